// HttpServer on cpp-httplib: the route table, readiness gating, JSON
// envelopes for every error httplib produces itself (404, 405, 413, ...),
// exception safety, and per-request metrics and access-log lines.
#include "rolegraph/server/http_server.h"

#include <httplib.h>

#include <sys/socket.h>

#include <atomic>
#include <cstdlib>
#include <chrono>
#include <functional>
#include <iostream>
#include <regex>
#include <thread>
#include <vector>

#include "access_log.h"
#include "auth.h"
#include "elastic_pool.h"
#include "guarded_server.h"
#include "handlers.h"
#include "http_util.h"
#include "metrics.h"
#include "replica_status.h"
#include "request_limits.h"

namespace rolegraph::server {
namespace {

using HandlerFn = void (*)(const HandlerContext&, const httplib::Request&, httplib::Response&);

struct Route {
  const char* method;
  const char* pattern;  // httplib regex, matched against the whole path
  const char* label;    // the pattern as metrics and the access log show it
  Access access;
  bool needs_ready;  // 503 not_ready until the database and lexicon are loaded
  HandlerFn handler;
};

constexpr const char* kDocumentPath = R"(/v1/documents/([^/]+))";

constexpr Route kRoutes[] = {
    {"GET", "/healthz", "/healthz", Access::kOpen, false, HandleHealthz},
    {"GET", "/readyz", "/readyz", Access::kOpen, false, HandleReadyz},
    {"GET", "/metrics", "/metrics", Access::kRead, false, HandleMetrics},
    {"POST", "/v1/ask", "/v1/ask", Access::kRead, true, HandleAskPost},
    {"GET", "/v1/ask", "/v1/ask", Access::kRead, true, HandleAskGet},
    {"GET", "/v1/roles", "/v1/roles", Access::kRead, true, HandleRoles},
    {"GET", R"(/v1/roles/([^/]+))", "/v1/roles/{id}", Access::kRead, true, HandleRole},
    {"GET", "/v1/facts", "/v1/facts", Access::kRead, true, HandleFacts},
    {"GET", "/v1/graph", "/v1/graph", Access::kRead, true, HandleGraph},
    {"GET", "/v1/documents", "/v1/documents", Access::kRead, true, HandleDocuments},
    {"GET", kDocumentPath, "/v1/documents/{id}", Access::kRead, true, HandleDocument},
    {"GET", R"(/v1/documents/([^/]+)/sentences)", "/v1/documents/{id}/sentences", Access::kRead,
     true, HandleDocumentSentences},
    {"PUT", kDocumentPath, "/v1/documents/{id}", Access::kWrite, true, HandleDocumentPut},
    {"DELETE", kDocumentPath, "/v1/documents/{id}", Access::kWrite, true, HandleDocumentDelete},
    // Backups write a folder on the server's disk: a write key, like PUT.
    {"POST", "/v1/admin/backup", "/v1/admin/backup", Access::kWrite, true, HandleBackup},
    // Chat platforms cannot send our Bearer keys: Slack requests are signed
    // (--slack-signing-secret), Mattermost's carry a token; without those
    // they are reads like any other (auth.h).
    {"POST", "/v1/integrations/slack", "/v1/integrations/slack", Access::kSlack, true,
     HandleSlack},
    {"POST", "/v1/integrations/mattermost", "/v1/integrations/mattermost", Access::kMattermost,
     true, HandleMattermost},
    // Teams signs requests with the webhook's token (--teams-secret); without one it is off.
    {"POST", "/v1/integrations/teams", "/v1/integrations/teams", Access::kOpen, true, HandleTeams},
    // AI assistants: the Model Context Protocol (mcp_handlers.cc), same keys as reads.
    {"POST", "/mcp", "/mcp", Access::kRead, true, HandleMcp},
    // The web page and the widget; their data comes from the API above.
    {"GET", "/", "/", Access::kOpen, false, HandleIndexPage},
    {"GET", R"(/docs/([^/]+))", "/docs/{id}", Access::kOpen, false, HandleDocumentPage},
    {"GET", "/roles", "/roles", Access::kOpen, false, HandleRolesPage},
    {"GET", "/documents", "/documents", Access::kOpen, false, HandleDocumentsPage},
    {"GET", R"(/roles/([^/]+))", "/roles/{id}", Access::kOpen, false, HandleRolesPage},
    {"GET", "/graph", "/graph", Access::kOpen, false, HandleGraphPage},
    {"GET", R"(/assets/([A-Za-z0-9_-]+\.(?:js|css)))", "/assets/{file}", Access::kOpen, false,
     HandleAsset},
    {"GET", "/widget.js", "/widget.js", Access::kOpen, false, HandleWidget},
    {"GET", "/openapi.json", "/openapi.json", Access::kOpen, false, HandleOpenApi},
};
constexpr size_t kNumRoutes = sizeof kRoutes / sizeof kRoutes[0];

std::vector<std::string> RouteLabels() {
  std::vector<std::string> labels;
  for (const Route& r : kRoutes) labels.emplace_back(r.label);
  return labels;
}

// What the logger needs from routing. httplib serves a connection on one
// worker thread from request line to log call, so a thread-local carries it.
struct RequestTrace {
  std::chrono::steady_clock::time_point start;
  bool started = false;  // false for requests httplib rejects before routing
  size_t route = kNumRoutes;
};
thread_local RequestTrace tls_trace;

constexpr int kListenBacklog = 1024;

constexpr const char* kMethods[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"};

class HttpServerImpl final : public HttpServer {
 public:
  explicit HttpServerImpl(const ServerOptions& options)
      : metrics_(RouteLabels()),
        disk_(options.data_dir, options.disk_reserve_bytes),
        server_(LimitsFor(options), [this](const std::string& addr, int status) {
          ObserveRefusal(addr, status);
        }) {
    ctx_.options = options;
    ctx_.metrics = &metrics_;
    ctx_.disk = &disk_;
    ctx_.loading = "starting";
    if (options.access_log) access_log_ = std::make_unique<AccessLog>(2, options.log_format);
    for (const Route& r : kRoutes) route_patterns_.emplace_back(r.method, std::regex(r.pattern));
    Configure();
  }

  void SetLoading(const std::string& reason) override {
    std::lock_guard<std::mutex> lock(ctx_.loading_mu);
    ctx_.loading = reason;
  }

  void ReportWalDamage(const std::string&) override { ++ctx_.wal_damaged_at_open; }

  Status SetReady(const Deps& deps) override {
    if (deps.db == nullptr || deps.analyzer == nullptr || deps.engine == nullptr ||
        deps.lexicon == nullptr) {
      return Status::InvalidArgument(
          "HttpServer needs a database, an analyzer, a lexicon and an engine");
    }
    if (ctx_.ready.load()) return Status::InvalidArgument("the server is already ready");
    ctx_.deps = deps;
    RefreshRoleCount(ctx_);
    ctx_.ready.store(true, std::memory_order_release);
    return Status::Ok();
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
    ctx_.stopping = true;
    while (running_ && !server_.is_running()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (server_.is_running()) server_.stop();
  }

  int port() const override { return port_; }

 private:
  void Configure() {
    const size_t threads = static_cast<size_t>(std::max(1, ctx_.options.threads));
    const size_t max_threads =
        std::max(threads, static_cast<size_t>(std::max(1, ctx_.options.max_connections)));
    server_.new_task_queue = [threads, max_threads] {
      return new ElasticPool(threads, max_threads);
    };
    server_.set_tcp_nodelay(true);
    // httplib closes a kept-alive connection after 5 requests by default;
    // reconnecting then costs more than most requests.
    server_.set_keep_alive_max_count(10000);
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
    server_.set_keep_alive_timeout(std::max(1, ctx_.options.keep_alive_seconds));
    ConfigurePreRouting();
    ConfigureCorsHeaders();
    server_.set_logger(
        [this](const httplib::Request& req, const httplib::Response& res) { Observe(req, res); });

    for (size_t i = 0; i < kNumRoutes; ++i) {
      const Route& r = kRoutes[i];
      auto handler = [this, i](const httplib::Request& req, httplib::Response& res) {
        tls_trace.route = i;
        const Route& route = kRoutes[i];
        if (auto denied = CheckAccess(ctx_.options, route.access,
                                      req.get_header_value("Authorization"), req.remote_addr)) {
          if (denied->http_status == 401) res.set_header("WWW-Authenticate", "Bearer");
          return SendError(res, *denied);
        }
        if (route.needs_ready && !ctx_.ready.load(std::memory_order_acquire)) {
          return SendNotReady(res);
        }
        // httplib applies the payload limit only to bodies with a length.
        if (req.body.size() > ctx_.options.max_body_bytes) return SendError(res, TooLarge());
        if (route.access == Access::kWrite) {
          if (auto refused = RefuseWriteOnReplica(ctx_)) return SendError(res, *refused);
        }
        route.handler(ctx_, req, res);
        if (res.status == 500 && res.body.find("\"storage_corruption\"") != std::string::npos) {
          MarkDegraded(res.body);
        }
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
          // A chunked body cut off at its cap reads as a broken body (400).
          if (GuardedServer::BodyOverCap()) res.status = 413;
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

  // Starts the request's clock, then answers what needs no body before
  // httplib reads one (Gate), then CORS preflights: browsers on an allowed
  // origin get an answer, other origins nothing CORS, so the browser refuses
  // to hand them our responses.
  void ConfigurePreRouting() {
    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      tls_trace = {std::chrono::steady_clock::now(), true, kNumRoutes};
      if (Gate(req, res)) return httplib::Server::HandlerResponse::Handled;
      if (ctx_.options.cors_origins.empty() || req.method != "OPTIONS" ||
          !req.has_header("Access-Control-Request-Method"))
        return httplib::Server::HandlerResponse::Unhandled;
      if (!CorsAllowed(req.get_header_value("Origin")))
        return httplib::Server::HandlerResponse::Unhandled;
      res.status = 204;
      res.set_header("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
      // MCP clients in a browser also send MCP-Protocol-Version (/mcp).
      res.set_header("Access-Control-Allow-Headers",
                     "Content-Type, Authorization, MCP-Protocol-Version");
      res.set_header("Access-Control-Max-Age", "600");
      return httplib::Server::HandlerResponse::Handled;
    });
    // A client that asks before sending its body gets the same answer.
    server_.set_expect_100_continue_handler(
        [this](const httplib::Request& req, httplib::Response& res) {
          tls_trace = {std::chrono::steady_clock::now(), true, kNumRoutes};
          return Gate(req, res) ? res.status : 100;
        });
  }

  // Everything decided from the headers alone, before any body byte is
  // read (a refused body is never read: memory per request stays bounded):
  // oversized headers, unwanted body types, unknown routes, missing keys,
  // not ready yet, a declared body over the limit. True when `res` holds
  // the refusal; the connection is then closed after it, since the unread
  // body must not be taken for the next request.
  bool Gate(const httplib::Request& req, httplib::Response& res) {
    const bool has_body = req.has_header("Transfer-Encoding") ||
                          (req.has_header("Content-Length") &&
                           req.get_header_value("Content-Length") != "0");
    auto refuse = [&res, has_body] {
      if (has_body) {
        res.set_header("Connection", "close");
        GuardedServer::CloseAfterResponse();
      }
      return true;
    };
    if (auto refused = CheckHeaderSize(req)) return SendError(res, *refused), refuse();
    if (auto refused = CheckBodyType(req)) return SendError(res, *refused), refuse();
    const size_t route = FindRoute(req.method, req.path);
    if (route == kNumRoutes) {
      if (!has_body) return false;  // the fallbacks answer 404/405
      Fallback(req, res);
      return refuse();
    }
    tls_trace.route = route;
    const Route& r = kRoutes[route];
    if (auto denied = CheckAccess(ctx_.options, r.access, req.get_header_value("Authorization"),
                                  req.remote_addr)) {
      if (denied->http_status == 401) res.set_header("WWW-Authenticate", "Bearer");
      return SendError(res, *denied), refuse();
    }
    if (r.needs_ready && !ctx_.ready.load(std::memory_order_acquire)) {
      return SendNotReady(res), refuse();
    }
    if (r.access == Access::kWrite) {
      // A chunked body may be as large as the limit.
      const uint64_t body_bytes =
          req.has_header("Content-Length")
              ? std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10)
              : (has_body ? ctx_.options.max_body_bytes : 0);
      if (auto full = disk_.CheckWrite(ctx_.deps.db, std::min<uint64_t>(
                                                         body_bytes, ctx_.options.max_body_bytes)))
        return SendError(res, *full), refuse();
    }
    if (req.has_header("Content-Length") &&
        std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) >
            ctx_.options.max_body_bytes) {
      return SendError(res, TooLarge()), refuse();
    }
    return false;
  }

  // A read met damaged storage: every later /readyz says so, so a load
  // balancer takes this node out until the database is repaired.
  void MarkDegraded(const std::string& error_body) {
    ++ctx_.corruption_errors;
    std::lock_guard<std::mutex> lock(ctx_.degraded_mu);
    if (!ctx_.degraded.empty()) return;
    const auto error = nlohmann::json::parse(error_body, nullptr, false);
    ctx_.degraded = "a read met damaged storage (run `rolegraph check`): " +
                    (error.is_object() ? error["error"].value("message", "") : std::string());
    std::cerr << "rolegraph: error: " << ctx_.degraded << std::endl;
  }

  ApiError TooLarge() const {
    return {413, "payload_too_large",
            "the request body exceeds " + std::to_string(ctx_.options.max_body_bytes) + " bytes"};
  }

  // The route serving `method` on `path` (HEAD as GET), or kNumRoutes.
  size_t FindRoute(const std::string& method, const std::string& path) const {
    const std::string& m = method == "HEAD" ? std::string("GET") : method;
    for (size_t i = 0; i < kNumRoutes; ++i) {
      if (route_patterns_[i].first == m && std::regex_match(path, route_patterns_[i].second))
        return i;
    }
    return kNumRoutes;
  }

  static ConnectionLimits LimitsFor(const ServerOptions& o) {
    ConnectionLimits limits;
    limits.head_timeout = std::chrono::seconds(std::max(1, o.header_timeout_seconds));
    limits.keep_alive_timeout = std::chrono::seconds(std::max(1, o.keep_alive_seconds));
    // Chunk framing costs a few bytes per chunk; clients send large chunks.
    limits.max_chunked_wire_bytes = o.max_body_bytes + o.max_body_bytes / 8 + 4096;
    limits.max_connections_per_address =
        static_cast<size_t>(std::max(0, o.max_connections_per_address));
    return limits;
  }

  // Requests refused before routing are counted and logged as unmatched.
  void ObserveRefusal(const std::string& addr, int status) {
    metrics_.ObserveRequest(kNumRoutes, "OTHER", status, 0.0);
    if (!access_log_) return;
    AccessRecord record;
    record.time = std::chrono::system_clock::now();
    record.method = "OTHER";
    record.route = "unmatched";
    record.remote_addr = addr;
    record.status = status;
    access_log_->Write(record);
  }

  // Access-Control-Allow-Origin on every response to an allowed origin.
  void ConfigureCorsHeaders() {
    if (ctx_.options.cors_origins.empty()) return;
    server_.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (!res.has_header("Vary")) res.set_header("Vary", "Origin");
      const std::string origin = req.get_header_value("Origin");
      if (CorsAllowed(origin) && !res.has_header("Access-Control-Allow-Origin")) {
        res.set_header("Access-Control-Allow-Origin", origin);
      }
    });
  }

  void SendNotReady(httplib::Response& res) const {
    std::string reason;
    {
      std::lock_guard<std::mutex> lock(ctx_.loading_mu);
      reason = ctx_.loading;
    }
    res.set_header("Retry-After", "1");
    SendError(res, {503, "not_ready", "the server is starting (" + reason + "); retry shortly"});
  }

  // Called by httplib once a response is written: metrics, then the log line.
  void Observe(const httplib::Request& req, const httplib::Response& res) {
    const RequestTrace trace = tls_trace;
    tls_trace = {};
    const double seconds =
        trace.started
            ? std::chrono::duration<double>(std::chrono::steady_clock::now() - trace.start).count()
            : 0.0;
    metrics_.ObserveRequest(trace.route, req.method, res.status, seconds);
    if (!access_log_) return;
    AccessRecord record;
    record.time = std::chrono::system_clock::now();
    record.method = req.method;
    record.route = trace.route < kNumRoutes ? kRoutes[trace.route].label : "unmatched";
    record.path = req.path;
    record.remote_addr = req.remote_addr;
    record.status = res.status;
    record.bytes = res.body.size();
    record.duration_ms = seconds * 1000;
    access_log_->Write(record);
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
  Metrics metrics_;
  DiskGuard disk_;
  std::unique_ptr<AccessLog> access_log_;  // null with access_log off
  GuardedServer server_;
  std::vector<std::pair<std::string, std::regex>> route_patterns_;
  int port_ = -1;
  socket_t listen_socket_ = -1;
  std::atomic<bool> running_{false};
  std::atomic<bool> stop_requested_{false};
};

}  // namespace

Result<std::unique_ptr<HttpServer>> HttpServer::Create(const ServerOptions& options) {
  if (options.port < 0 || options.port > 65535) {
    return Status::InvalidArgument("port out of range: " + std::to_string(options.port));
  }
  if (options.threads < 1) return Status::InvalidArgument("threads must be at least 1");
  if (options.require_key_for_reads && options.api_keys.empty()) {
    return Status::InvalidArgument("requiring a key for reads needs at least one API key");
  }
  return std::unique_ptr<HttpServer>(std::make_unique<HttpServerImpl>(options));
}

Result<std::unique_ptr<HttpServer>> HttpServer::Create(const Deps& deps,
                                                       const ServerOptions& options) {
  auto server = Create(options);
  if (!server.ok()) return server;
  if (Status s = (*server)->SetReady(deps); !s.ok()) return s;
  return server;
}

}  // namespace rolegraph::server
