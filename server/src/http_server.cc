// HttpServer on cpp-httplib: the route table, JSON envelopes for every error
// httplib produces itself (404, 405, 413, ...), and exception safety.
#include "rolegraph/server/http_server.h"

#include <httplib.h>

#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <regex>
#include <thread>
#include <vector>

#include "auth.h"
#include "handlers.h"
#include "http_util.h"
#include "request_limits.h"

namespace rolegraph::server {
namespace {

using HandlerFn = void (*)(const HandlerContext&, const httplib::Request&, httplib::Response&);

struct Route {
  const char* method;
  const char* pattern;  // httplib regex, matched against the whole path
  Access access;
  HandlerFn handler;
};

constexpr const char* kDocumentPath = R"(/v1/documents/([^/]+))";

constexpr Route kRoutes[] = {
    {"GET", "/healthz", Access::kOpen, HandleHealthz},
    {"GET", "/readyz", Access::kOpen, HandleReadyz},
    {"POST", "/v1/ask", Access::kRead, HandleAskPost},
    {"GET", "/v1/ask", Access::kRead, HandleAskGet},
    {"GET", "/v1/roles", Access::kRead, HandleRoles},
    {"GET", R"(/v1/roles/([^/]+))", Access::kRead, HandleRole},
    {"GET", "/v1/facts", Access::kRead, HandleFacts},
    {"GET", "/v1/graph", Access::kRead, HandleGraph},
    {"GET", "/v1/documents", Access::kRead, HandleDocuments},
    {"GET", kDocumentPath, Access::kRead, HandleDocument},
    {"GET", R"(/v1/documents/([^/]+)/sentences)", Access::kRead, HandleDocumentSentences},
    {"PUT", kDocumentPath, Access::kWrite, HandleDocumentPut},
    {"DELETE", kDocumentPath, Access::kWrite, HandleDocumentDelete},
    // Chat platforms cannot send our Bearer keys: Slack requests are signed
    // (--slack-signing-secret), Mattermost's carry a token.
    {"POST", "/v1/integrations/slack", Access::kOpen, HandleSlack},
    {"POST", "/v1/integrations/mattermost", Access::kOpen, HandleMattermost},
    // The web page and the widget; their data comes from the API above.
    {"GET", "/", Access::kOpen, HandleIndexPage},
    {"GET", R"(/docs/([^/]+))", Access::kOpen, HandleDocumentPage},
    {"GET", "/roles", Access::kOpen, HandleRolesPage},
    {"GET", R"(/roles/([^/]+))", Access::kOpen, HandleRolesPage},
    {"GET", R"(/assets/([A-Za-z0-9_-]+\.(?:js|css)))", Access::kOpen, HandleAsset},
    {"GET", "/widget.js", Access::kOpen, HandleWidget},
    {"GET", "/openapi.json", Access::kOpen, HandleOpenApi},
};

constexpr int kListenBacklog = 1024;

constexpr const char* kMethods[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

class HttpServerImpl final : public HttpServer {
 public:
  HttpServerImpl(const Deps& deps, const ServerOptions& options) : ctx_{deps, options, {}} {
    for (const Route& r : kRoutes) route_patterns_.emplace_back(r.method, std::regex(r.pattern));
    Configure();
  }

  ~HttpServerImpl() override { Stop(); }

  Status Bind() override {
    if (port_ >= 0) return Status::Ok();
    const auto& o = ctx_.options;
    if (o.port == 0) {
      const int port = server_.bind_to_any_port(o.host);
      if (port <= 0) return Status::Unavailable("cannot bind " + o.host + ":0");
      port_ = port;
    } else {
      if (!server_.bind_to_port(o.host, o.port)) {
        return Status::Unavailable("cannot bind " + o.host + ":" + std::to_string(o.port) +
                                   " (address in use or not available)");
      }
      port_ = o.port;
    }
    // Debian's libcpp-httplib listens with a backlog of 5: a burst of new
    // connections (64 clients at once) overflows it and some connections
    // are dropped. listen() again on the bound socket raises the backlog.
    if (listen_socket_ >= 0) ::listen(listen_socket_, kListenBacklog);
    return Status::Ok();
  }

  Status Run() override {
    if (Status s = Bind(); !s.ok()) return s;
    running_ = true;
    // Paired with Stop(): either Stop() sees running_ and waits for the
    // accept loop to start, or we see stop_requested_ here.
    if (!stop_requested_) server_.listen_after_bind();
    running_ = false;
    return Status::Ok();
  }

  void Stop() override {
    stop_requested_ = true;
    while (running_ && !server_.is_running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (server_.is_running()) server_.stop();
  }

  int port() const override { return port_; }

 private:
  void Configure() {
    const int threads = std::max(1, ctx_.options.threads);
    server_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server_.set_tcp_nodelay(true);
    // httplib's default adds SO_REUSEPORT, which lets a second server bind
    // the same port and silently share its traffic; a taken port must fail.
    server_.set_socket_options([this](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
      listen_socket_ = sock;
    });
    server_.set_payload_max_length(ctx_.options.max_body_bytes);
    server_.set_read_timeout(10, 0);
    server_.set_write_timeout(10, 0);
    ConfigureLimitsAndCors();

    for (const Route& r : kRoutes) {
      auto handler = [this, fn = r.handler, access = r.access](const httplib::Request& req,
                                                               httplib::Response& res) {
        if (auto denied = CheckAccess(ctx_.options, access, req.get_header_value("Authorization"),
                                      req.remote_addr)) {
          if (denied->http_status == 401) res.set_header("WWW-Authenticate", "Bearer");
          return SendError(res, *denied);
        }
        fn(ctx_, req, res);
      };
      const std::string_view method = r.method;
      if (method == "GET") server_.Get(r.pattern, handler);
      if (method == "POST") server_.Post(r.pattern, handler);
      if (method == "PUT") server_.Put(r.pattern, handler);
      if (method == "DELETE") server_.Delete(r.pattern, handler);
    }
    // Catch-alls, registered last: a known path with another method is 405,
    // anything else 404, both as JSON.
    auto fallback = [this](const httplib::Request& req, httplib::Response& res) {
      Fallback(req, res);
    };
    server_.Get(".*", fallback);
    server_.Post(".*", fallback);
    server_.Put(".*", fallback);
    server_.Patch(".*", fallback);
    server_.Delete(".*", fallback);
    server_.Options(".*", fallback);

    // httplib's own errors (bad request line, 413 payload) arrive without a
    // body; give them the JSON envelope. Handlers' errors already have one.
    server_.set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
          if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          SendError(res, ApiErrorForHttpStatus(res.status));
          return httplib::Server::HandlerResponse::Handled;
        }));
    server_.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
          std::string what = "unknown exception";
          try {
            if (ep) std::rethrow_exception(ep);
          } catch (const std::exception& e) {
            what = e.what();
          } catch (...) {
          }
          res.headers.clear();
          SendError(res, {500, "internal", "internal error: " + what});
        });
  }

  // Request limits (refused before routing) and CORS:
  // browsers on an allowed origin get Access-Control-Allow-Origin on every
  // response and an answer to their preflight; other origins get nothing
  // CORS, so the browser refuses to hand them our responses.
  void ConfigureLimitsAndCors() {
    // Before routing, so before httplib reads or parses the body: refuse
    // oversized headers and bodies no endpoint takes, and close the
    // connection (the unread body must not be taken for the next request).
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      auto refused = CheckHeaderSize(req);
      if (!refused) refused = CheckBodyType(req);
      if (refused) {
        SendError(res, *refused);
        res.set_header("Connection", "close");
        return httplib::Server::HandlerResponse::Handled;
      }
      if (ctx_.options.cors_origins.empty()) return httplib::Server::HandlerResponse::Unhandled;
      if (req.method != "OPTIONS" || !req.has_header("Access-Control-Request-Method"))
        return httplib::Server::HandlerResponse::Unhandled;
      if (!CorsAllowed(req.get_header_value("Origin")))
        return httplib::Server::HandlerResponse::Unhandled;
      res.status = 204;
      res.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
      res.set_header("Access-Control-Allow-Headers", "Content-Type, Authorization");
      res.set_header("Access-Control-Max-Age", "600");
      return httplib::Server::HandlerResponse::Handled;
    });
    if (ctx_.options.cors_origins.empty()) return;
    server_.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (!res.has_header("Vary")) res.set_header("Vary", "Origin");
      const std::string origin = req.get_header_value("Origin");
      if (CorsAllowed(origin) && !res.has_header("Access-Control-Allow-Origin")) {
        res.set_header("Access-Control-Allow-Origin", origin);
      }
    });
  }

  bool CorsAllowed(const std::string& origin) const {
    if (origin.empty()) return false;
    for (const auto& allowed : ctx_.options.cors_origins) {
      if (allowed == origin || allowed == "*") return true;
    }
    return false;
  }

  void Fallback(const httplib::Request& req, httplib::Response& res) const {
    std::string allow;
    for (const auto& [method, pattern] : route_patterns_) {
      if (method != req.method && std::regex_match(req.path, pattern)) {
        if (allow.find(method) == std::string::npos)
          allow += allow.empty() ? method : ", " + method;
      }
    }
    if (allow.empty()) {
      return SendError(res, {404, "not_found", "no endpoint " + req.path});
    }
    // HEAD is served by the GET routes, so it is always allowed where GET is.
    if (allow.find("GET") != std::string::npos) allow += ", HEAD";
    res.set_header("Allow", allow);
    SendError(res, {405, "method_not_allowed",
                    req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")"});
  }

  HandlerContext ctx_;
  httplib::Server server_;
  std::vector<std::pair<std::string, std::regex>> route_patterns_;
  int port_ = -1;
  socket_t listen_socket_ = -1;
  std::atomic<bool> running_{false};
  std::atomic<bool> stop_requested_{false};
};

}  // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::Create(const Deps& deps,
                                                       const ServerOptions& options) {
  if (deps.db == nullptr || deps.analyzer == nullptr || deps.engine == nullptr) {
    return Status::InvalidArgument("HttpServer needs a database, an analyzer and an engine");
  }
  if (options.port < 0 || options.port > 65535) {
    return Status::InvalidArgument("port out of range: " + std::to_string(options.port));
  }
  if (options.threads < 1) return Status::InvalidArgument("threads must be at least 1");
  if (options.require_key_for_reads && options.api_keys.empty()) {
    return Status::InvalidArgument("requiring a key for reads needs at least one API key");
  }
  return std::unique_ptr<HttpServer>(std::make_unique<HttpServerImpl>(deps, options));
}

}  // namespace rolegraph::server
