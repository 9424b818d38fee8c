#include "guarded_server.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "guarded_stream.h"
#include "request_head.h"

namespace rolegraph::server {
namespace {

thread_local bool tls_close_after_response = false;
thread_local const GuardedStream* tls_stream = nullptr;  // the request being served

// After refusing a request whose body is still coming, the client gets a
// moment to read our answer before the close: closing a socket with unread
// input sends a reset, which can destroy the answer in flight.
constexpr auto kLingerTime = std::chrono::milliseconds(500);
constexpr size_t kLingerBytes = 1u << 20;

const char* ReasonPhrase(int status) {
  switch (status) {
    case 400: return "Bad Request";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
  }
}

// An error envelope written straight to the socket, for requests refused
// before httplib parses them.
void WriteRawError(GuardedStream& strm, const ApiError& error) {
  httplib::Response res;
  SendError(res, error);
  std::string out = "HTTP/1.1 " + std::to_string(error.http_status) + " " +
                    ReasonPhrase(error.http_status) + "\r\nContent-Type: " + kJsonContentType +
                    "\r\nContent-Length: " + std::to_string(res.body.size()) +
                    "\r\nConnection: close\r\n";
  if (error.http_status == 503) out += "Retry-After: 1\r\n";
  out += "\r\n" + res.body;
  strm.write(out.data(), out.size());
}

void LingeringClose(socket_t sock) {
  ::shutdown(sock, SHUT_WR);
  const auto deadline = std::chrono::steady_clock::now() + kLingerTime;
  size_t drained = 0;
  char buf[16 * 1024];
  while (drained < kLingerBytes) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{sock, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    const ssize_t n = ::recv(sock, buf, sizeof buf, 0);
    if (n <= 0) break;
    drained += static_cast<size_t>(n);
  }
  ::close(sock);
}

}  // namespace

GuardedServer::GuardedServer(const ConnectionLimits& limits, RefusalObserver on_refusal)
    : limits_(limits), on_refusal_(std::move(on_refusal)) {}

void GuardedServer::CloseAfterResponse() { tls_close_after_response = true; }

bool GuardedServer::BodyOverCap() { return tls_stream != nullptr && tls_stream->body_over_cap(); }

bool GuardedServer::Admit(const std::string& addr) {
  std::lock_guard<std::mutex> lock(mu_);
  size_t& count = per_address_[addr];
  if (limits_.max_connections_per_address > 0 && count >= limits_.max_connections_per_address)
    return false;
  ++count;
  return true;
}

void GuardedServer::Release(const std::string& addr) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = per_address_.find(addr);
  if (it != per_address_.end() && --it->second == 0) per_address_.erase(it);
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  std::string addr;
  int port = 0;
  GuardedStream(sock, limits_.io_timeout).get_remote_ip_and_port(addr, port);
  if (!Admit(addr)) {
    GuardedStream strm(sock, limits_.io_timeout);
    WriteRawError(strm, {503, "too_many_connections",
                         "this address has " + std::to_string(limits_.max_connections_per_address) +
                             " connections open already; retry when one is closed"});
    if (on_refusal_) on_refusal_(addr, 503);
    LingeringClose(sock);
    return true;
  }
  ++open_connections_;
  const bool linger = ServeConnection(sock, addr);
  --open_connections_;
  Release(addr);
  if (linger) {
    LingeringClose(sock);
  } else {
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
  }
  return true;
}

bool GuardedServer::ServeConnection(socket_t sock, const std::string& addr) {
  GuardedStream strm(sock, limits_.io_timeout);
  for (size_t served = 0; served < limits_.max_requests_per_connection; ++served) {
    if (svr_sock_ == INVALID_SOCKET) return false;  // stopping: no new request
    const auto idle_deadline = GuardedStream::Clock::now() + limits_.keep_alive_timeout;
    std::optional<ApiError> refused;
    switch (strm.ReadHead(idle_deadline, limits_.head_timeout, limits_.max_head_bytes)) {
      case GuardedStream::HeadResult::kOk:
        break;
      case GuardedStream::HeadResult::kIdle:
      case GuardedStream::HeadResult::kClosed:
        return false;
      case GuardedStream::HeadResult::kTimeout:
        refused = ApiError{408, "request_timeout",
                           "the request line and headers did not arrive within " +
                               std::to_string(limits_.head_timeout.count() / 1000) + " s"};
        break;
      case GuardedStream::HeadResult::kTooLarge:
        refused = ApiError{431, "request_header_too_large",
                           "the request line and headers exceed " +
                               std::to_string(limits_.max_head_bytes) + " bytes"};
        break;
    }
    HeadCheck check;
    if (!refused) {
      check = CheckRequestHead(strm.head());
      refused = check.error;
    }
    if (refused) {
      WriteRawError(strm, *refused);
      if (on_refusal_) on_refusal_(addr, refused->http_status);
      return true;
    }
    strm.StartRequest(check.body, limits_.max_chunked_wire_bytes);
    tls_close_after_response = false;
    bool connection_closed = false;
    const bool last = served + 1 == limits_.max_requests_per_connection;
    tls_stream = &strm;
    const bool ok = process_request(strm, last, connection_closed, nullptr);
    tls_stream = nullptr;
    if (tls_close_after_response || strm.body_unread() || strm.body_over_cap()) return true;
    if (!ok || connection_closed) return false;
    strm.FinishRequest();
  }
  return false;
}

}  // namespace rolegraph::server
