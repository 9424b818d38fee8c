// One client connection as httplib reads it, with the limits httplib itself
// cannot enforce (Debian's libcpp-httplib 0.11.4 is a compiled library):
//  - the request head is read by us first, against one deadline for the
//    whole head (not per socket read: a client sending a byte a second would
//    otherwise hold a worker forever);
//  - httplib then sees exactly one request: the head, and no more body bytes
//    than the head declared (none without Content-Length or chunked, so a
//    length-less body is never read to the connection's end), chunked
//    bodies cut off at a byte cap;
//  - bytes after the request (a pipelined request) stay buffered for the
//    next one; httplib's own stream dropped them.
#pragma once

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "request_head.h"

namespace rolegraph::server {

class GuardedStream final : public httplib::Stream {
 public:
  using Clock = std::chrono::steady_clock;

  GuardedStream(int fd, std::chrono::milliseconds io_timeout) : fd_(fd), io_timeout_(io_timeout) {}

  enum class HeadResult {
    kOk,        // head() is a whole head
    kIdle,      // no request began before the idle deadline
    kClosed,    // the peer closed (or reset) before a whole head
    kTimeout,   // no whole head before the deadline
    kTooLarge,  // no blank line within max_bytes
  };
  // Waits until a request starts (a byte arrives) or `idle_deadline`;
  // then reads until the blank line ending the head, until `head_deadline`
  // counted from the first byte. Empty lines before a request are skipped.
  HeadResult ReadHead(Clock::time_point idle_deadline, std::chrono::milliseconds head_timeout,
                      size_t max_bytes);
  std::string_view head() const { return std::string_view(buf_).substr(pos_, head_len_); }

  // Lets httplib read the head and then the body as `framing` declares it;
  // a chunked body may take at most `chunked_cap` bytes on the wire.
  void StartRequest(const BodyFraming& framing, size_t chunked_cap);
  // True once a chunked body reached its cap (httplib saw a read error).
  bool body_over_cap() const { return over_cap_; }
  // True when the body the head declared was not read to its end (the
  // handler refused early): the connection cannot carry another request.
  bool body_unread() const;
  // Drops what httplib read of this request; keeps pipelined bytes.
  void FinishRequest();

  // httplib::Stream
  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return fd_; }

 private:
  size_t Buffered() const { return buf_.size() - pos_; }
  // Appends what one recv() returns, waiting at most until `deadline`.
  // kTimedOut when
  // nothing came in time, kClosed when the peer closed or the read failed.
  enum class FillResult { kData, kTimedOut, kClosed };
  FillResult Fill(Clock::time_point deadline);

  int fd_;
  std::chrono::milliseconds io_timeout_;
  std::string buf_;  // bytes received, not yet handed to httplib from pos_
  size_t pos_ = 0;
  size_t head_len_ = 0;  // the current head's length, from pos_ at ReadHead
  // What httplib may still read of the current request.
  size_t head_left_ = 0;
  BodyFraming::Kind body_kind_ = BodyFraming::Kind::kNone;
  uint64_t body_left_ = 0;
  bool over_cap_ = false;
  bool body_started_ = false;  // httplib read a body byte
};

}  // namespace rolegraph::server
