// httplib::Server with connections served by our own loop (see
// guarded_stream.h): a deadline for each request head, strict framing
// checked on the raw head, a cap on concurrent connections per client
// address, body caps that hold for chunked bodies, and pipelined requests
// answered in order. Debian's libcpp-httplib is compiled, so this is done
// by overriding its one virtual per-connection hook.
#pragma once

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

#include "http_util.h"

namespace rolegraph::server {

struct ConnectionLimits {
  // The request line and headers must arrive within this, counted from
  // their first byte (a slow client cannot hold a worker longer).
  std::chrono::milliseconds head_timeout{10000};
  // Longest wait for one read of a body or one write of a response.
  std::chrono::milliseconds io_timeout{10000};
  // An idle kept-alive connection is closed after this.
  std::chrono::milliseconds keep_alive_timeout{2000};
  // Request line and headers together, as read; httplib then refuses a
  // line over 8 KB (400) and CheckHeaderSize headers over 64 KB (431).
  size_t max_head_bytes = 128 * 1024;
  // Bytes a chunked body may take on the wire (payload plus chunk framing).
  size_t max_chunked_wire_bytes = 5u << 20;
  // Requests served on one connection before it is closed.
  size_t max_requests_per_connection = 10000;
  // Connections one client address may hold at once; 0: no cap. Behind a
  // proxy every connection comes from the proxy's address: raise it there.
  size_t max_connections_per_address = 128;
};

class GuardedServer final : public httplib::Server {
 public:
  // Called for every request refused before httplib saw it (bad framing,
  // head timeout, too many connections): remote address and status.
  using RefusalObserver = std::function<void(const std::string& remote_addr, int status)>;

  GuardedServer(const ConnectionLimits& limits, RefusalObserver on_refusal);

  // Handlers call this when they answer without reading the body the
  // request declared: the connection is closed after the response, so the
  // unread body is never taken for the next request.
  static void CloseAfterResponse();
  // True while answering a request whose chunked body hit its byte cap.
  static bool BodyOverCap();

  size_t open_connections() const { return open_connections_.load(); }

 private:
  bool process_and_close_socket(socket_t sock) override;
  // Serves requests on `sock` until it closes, idles, or must close; true
  // when input may be left unread (close with a linger).
  bool ServeConnection(socket_t sock, const std::string& remote_addr);
  // Takes a connection slot for `addr`; false when the address is at its cap.
  bool Admit(const std::string& addr);
  void Release(const std::string& addr);

  const ConnectionLimits limits_;
  RefusalObserver on_refusal_;
  std::mutex mu_;
  std::unordered_map<std::string, size_t> per_address_;  // guarded by mu_
  std::atomic<size_t> open_connections_{0};
};

}  // namespace rolegraph::server
