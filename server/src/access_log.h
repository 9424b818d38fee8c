// One line per HTTP request on stderr (or any file descriptor), as text or
// JSON. Lines are appended to a buffer under a short lock and written by a
// background thread every 200 ms (or at once when the buffer is large), so
// request threads never wait on the terminal or a pipe.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "rolegraph/server/http_server.h"

namespace rolegraph::server {

// What one line says. Never the query string, headers or body: API keys,
// tokens and questions stay out of the log.
struct AccessRecord {
  std::chrono::system_clock::time_point time;
  std::string_view method;
  std::string_view route;  // the route pattern, "unmatched" when none
  std::string_view path;   // decoded path, without the query string
  std::string_view remote_addr;
  int status = 0;
  size_t bytes = 0;  // response body bytes
  double duration_ms = 0;
};

// text: 2026-11-23T20:05:01.123Z 127.0.0.1 "GET /v1/ask" 200 1234 1.912ms
// route=/v1/ask json:
// {"time":"...","method":"GET","route":"/v1/ask","path":"/v1/ask","status":200,
//        "bytes":1234,"duration_ms":1.912,"remote_addr":"127.0.0.1"}
// Control characters, quotes and non-ASCII bytes in the path are escaped,
// so a request cannot forge log lines; long paths are cut.
std::string FormatAccessLine(const AccessRecord& record, LogFormat format);

class AccessLog {
 public:
  AccessLog(int fd, LogFormat format);
  ~AccessLog();  // writes what is buffered
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  void Write(const AccessRecord& record);
  void Flush();

 private:
  void FlushLoop();
  void WriteOut(const std::string& bytes);

  const int fd_;
  const LogFormat format_;
  std::mutex mu_;  // guards buffer_ and stop_
  std::condition_variable wake_;
  std::string buffer_;
  bool stop_ = false;
  std::mutex write_mu_;  // keeps flushed chunks in order
  std::thread flusher_;
};

}  // namespace rolegraph::server
