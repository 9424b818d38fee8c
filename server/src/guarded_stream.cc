#include "guarded_stream.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace rolegraph::server {
namespace {

constexpr size_t kRecvChunk = 16 * 1024;

// Rounded up: poll() waking a fraction of a millisecond before the deadline
// must not read as "not late yet" (a dribbled head then got no 408).
int MillisUntil(GuardedStream::Clock::time_point deadline) {
  const auto left =
      std::chrono::ceil<std::chrono::milliseconds>(deadline - GuardedStream::Clock::now());
  return static_cast<int>(std::clamp<long long>(left.count(), 0, 1 << 30));
}

bool WaitFor(int fd, short events, int timeout_ms) {
  pollfd p{fd, events, 0};
  int n;
  do {
    n = ::poll(&p, 1, timeout_ms);
  } while (n < 0 && errno == EINTR);
  return n > 0;
}

void AddressOf(const sockaddr_storage& addr, socklen_t len, std::string& ip, int& port) {
  char host[NI_MAXHOST];
  char serv[NI_MAXSERV];
  if (getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host, sizeof host, serv,
                  sizeof serv, NI_NUMERICHOST | NI_NUMERICSERV) != 0)
    return;
  ip = host;
  port = std::atoi(serv);
}

// The end of the head (just past its blank line) in `s`, or npos.
size_t HeadEnd(std::string_view s) {
  for (size_t lf = s.find('\n'); lf != std::string_view::npos; lf = s.find('\n', lf + 1)) {
    if (lf + 1 < s.size() && s[lf + 1] == '\n') return lf + 2;
    if (lf + 2 < s.size() && s[lf + 1] == '\r' && s[lf + 2] == '\n') return lf + 3;
  }
  return std::string_view::npos;
}

}  // namespace

GuardedStream::FillResult GuardedStream::Fill(Clock::time_point deadline) {
  if (!WaitFor(fd_, POLLIN, MillisUntil(deadline))) return FillResult::kTimedOut;
  const size_t old = buf_.size();
  buf_.resize(old + kRecvChunk);
  ssize_t n;
  do {
    n = ::recv(fd_, buf_.data() + old, kRecvChunk, 0);
  } while (n < 0 && errno == EINTR);
  buf_.resize(old + static_cast<size_t>(std::max<ssize_t>(n, 0)));
  return n > 0 ? FillResult::kData : FillResult::kClosed;
}

GuardedStream::HeadResult GuardedStream::ReadHead(Clock::time_point idle_deadline,
                                                  std::chrono::milliseconds head_timeout,
                                                  size_t max_bytes) {
  head_len_ = 0;
  Clock::time_point head_deadline{};
  bool started = false;
  size_t scanned = 0;  // bytes from pos_ known not to finish the head
  while (true) {
    // Empty lines before a request line are allowed (RFC 9112 2.2).
    while (Buffered() > 0 && (buf_[pos_] == '\r' || buf_[pos_] == '\n')) ++pos_;
    if (Buffered() > 0 && !started) {
      started = true;
      head_deadline = Clock::now() + head_timeout;
    }
    if (started) {
      const std::string_view pending = std::string_view(buf_).substr(pos_);
      const size_t from = scanned > 2 ? scanned - 2 : 0;
      const size_t end = HeadEnd(pending.substr(from));
      if (end != std::string_view::npos) {
        head_len_ = from + end;
        return head_len_ > max_bytes ? HeadResult::kTooLarge : HeadResult::kOk;
      }
      scanned = pending.size();
      if (scanned > max_bytes) return HeadResult::kTooLarge;
    }
    // Compact before reading more: what httplib consumed is gone.
    if (pos_ > 0 && pos_ == buf_.size()) {
      buf_.clear();
      pos_ = 0;
    }
    const Clock::time_point deadline = started ? head_deadline : idle_deadline;
    const HeadResult late = started ? HeadResult::kTimeout : HeadResult::kIdle;
    if (Clock::now() >= deadline) return late;
    switch (Fill(deadline)) {
      case FillResult::kData:
        break;
      case FillResult::kTimedOut:
        return late;
      case FillResult::kClosed:
        return HeadResult::kClosed;
    }
  }
}

void GuardedStream::StartRequest(const BodyFraming& framing, size_t chunked_cap) {
  head_left_ = head_len_;
  body_kind_ = framing.kind;
  body_left_ = framing.kind == BodyFraming::Kind::kLength    ? framing.length
               : framing.kind == BodyFraming::Kind::kChunked ? chunked_cap
                                                             : 0;
  over_cap_ = false;
  body_started_ = false;
}

bool GuardedStream::body_unread() const {
  switch (body_kind_) {
    case BodyFraming::Kind::kNone:
      return false;
    case BodyFraming::Kind::kLength:
      return body_left_ > 0;
    case BodyFraming::Kind::kChunked:
      return !body_started_ || over_cap_;
  }
  return true;
}

void GuardedStream::FinishRequest() {
  head_left_ = 0;
  body_left_ = 0;
  body_kind_ = BodyFraming::Kind::kNone;
  buf_.erase(0, pos_);
  pos_ = 0;
}

bool GuardedStream::is_readable() const {
  if (head_left_ > 0) return true;
  if (body_left_ == 0) return false;
  return Buffered() > 0 || WaitFor(fd_, POLLIN, static_cast<int>(io_timeout_.count()));
}

bool GuardedStream::is_writable() const {
  return WaitFor(fd_, POLLOUT, static_cast<int>(io_timeout_.count()));
}

ssize_t GuardedStream::read(char* ptr, size_t size) {
  if (size == 0) return 0;
  size_t allowed;
  if (head_left_ > 0) {
    allowed = head_left_;
  } else if (body_left_ > 0) {
    allowed = static_cast<size_t>(std::min<uint64_t>(body_left_, SIZE_MAX));
    if (Buffered() == 0) {
      // Keep the buffer small: only what is not yet handed over stays.
      buf_.clear();
      pos_ = 0;
      if (Fill(Clock::now() + io_timeout_) != FillResult::kData) return -1;
    }
  } else {
    // The declared body is all read. A chunked body still going is over
    // its cap: an error for httplib, and the connection is closed after.
    if (body_kind_ == BodyFraming::Kind::kChunked) {
      over_cap_ = true;
      return -1;
    }
    return 0;
  }
  const size_t n = std::min({size, allowed, Buffered()});
  std::memcpy(ptr, buf_.data() + pos_, n);
  pos_ += n;
  if (head_left_ > 0) {
    head_left_ -= n;
  } else {
    body_left_ -= n;
    body_started_ = true;
  }
  return static_cast<ssize_t>(n);
}

ssize_t GuardedStream::write(const char* ptr, size_t size) {
  size_t done = 0;
  while (done < size) {
    if (!WaitFor(fd_, POLLOUT, static_cast<int>(io_timeout_.count()))) return -1;
    const ssize_t n = ::send(fd_, ptr + done, size - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return -1;
    done += static_cast<size_t>(n);
  }
  return static_cast<ssize_t>(done);
}

void GuardedStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (getpeername(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
    AddressOf(addr, len, ip, port);
}

void GuardedStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
    AddressOf(addr, len, ip, port);
}

}  // namespace rolegraph::server
