#include "access_log.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <ctime>

namespace rolegraph::server {
namespace {

constexpr size_t kMaxPathBytes = 512;
constexpr size_t kFlushAtBytes = 64 * 1024;
// When stderr blocks (a full pipe nobody reads), lines beyond this are
// dropped rather than growing memory without bound.
constexpr size_t kMaxBufferedBytes = 8u << 20;
constexpr auto kFlushEvery = std::chrono::milliseconds(200);

std::string Timestamp(std::chrono::system_clock::time_point t) {
  const auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(ms % 1000));
  return buf;
}

// Printable ASCII stays; everything else becomes \xHH (text) or \u00HH
// (JSON), so the line stays one line of valid UTF-8 / JSON.
std::string Escape(std::string_view in, bool json) {
  std::string out;
  const size_t n = std::min(in.size(), kMaxPathBytes);
  for (size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, json ? "\\u%04x" : "\\x%02x", c);
      out += buf;
    }
  }
  if (in.size() > n) out += "...";
  return out;
}

std::string Millis(double ms) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", ms);
  return buf;
}

}  // namespace

std::string FormatAccessLine(const AccessRecord& r, LogFormat format) {
  const bool json = format == LogFormat::kJson;
  const std::string method = Escape(r.method, json), route = Escape(r.route, json),
                    path = Escape(r.path, json), remote = Escape(r.remote_addr, json);
  if (json) {
    return "{\"time\":\"" + Timestamp(r.time) + "\",\"method\":\"" + method + "\",\"route\":\"" +
           route + "\",\"path\":\"" + path + "\",\"status\":" + std::to_string(r.status) +
           ",\"bytes\":" + std::to_string(r.bytes) + ",\"duration_ms\":" + Millis(r.duration_ms) +
           ",\"remote_addr\":\"" + remote + "\"}\n";
  }
  return Timestamp(r.time) + " " + (remote.empty() ? "-" : remote) + " \"" + method + " " + path +
         "\" " + std::to_string(r.status) + " " + std::to_string(r.bytes) + " " +
         Millis(r.duration_ms) + "ms route=" + route + "\n";
}

AccessLog::AccessLog(int fd, LogFormat format) : fd_(fd), format_(format) {
  flusher_ = std::thread([this] { FlushLoop(); });
}

AccessLog::~AccessLog() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  flusher_.join();
  Flush();
}

void AccessLog::Write(const AccessRecord& record) {
  const std::string line = FormatAccessLine(record, format_);
  bool full = false;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (buffer_.size() + line.size() > kMaxBufferedBytes) return;
    buffer_ += line;
    full = buffer_.size() >= kFlushAtBytes;
  }
  if (full) wake_.notify_one();
}

void AccessLog::Flush() {
  std::string chunk;
  std::lock_guard<std::mutex> write_lock(write_mu_);
  {
    std::lock_guard<std::mutex> lock(mu_);
    chunk.swap(buffer_);
  }
  WriteOut(chunk);
}

void AccessLog::FlushLoop() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stop_) {
    wake_.wait_for(lock, kFlushEvery);
    if (buffer_.empty()) continue;
    lock.unlock();
    Flush();
    lock.lock();
  }
}

void AccessLog::WriteOut(const std::string& bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // a closed stderr must not stop the server
    done += static_cast<size_t>(n);
  }
}

}  // namespace rolegraph::server
