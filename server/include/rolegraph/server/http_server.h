// The RoleGraph HTTP JSON API (cpp-httplib behind this header).
//
// Endpoints and error codes are documented in docs/api.md. The server owns no
// domain objects: the database, analyzer, lexicon and engine are created by
// the caller (the `rolegraph serve` command) and must outlive the server.
// The server can run before they exist: /healthz answers at once, /readyz
// and the API answer 503 until SetReady() hands them over.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/index/status.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/ingester.h"
#include "rolegraph/query/engine.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::server {

enum class LogFormat { kText, kJson };

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;                   // 0: any free port, see HttpServer::port()
  int threads = 8;                   // worker threads serving requests
  size_t max_body_bytes = 5u << 20;  // larger request bodies get 413
  // Keys accepted in "Authorization: Bearer <key>". Writes (PUT/DELETE) need
  // one; with none configured, writes are accepted from loopback callers
  // only (127.0.0.0/8, ::1).
  std::vector<std::string> api_keys;
  // Reads need a key too (the health probes stay open). Needs api_keys.
  bool require_key_for_reads = false;
  // Folder with the web page, widget and openapi.json (web/ in the source
  // tree); empty: those paths are 404.
  std::string web_dir;
  // Origins (scheme://host[:port]) allowed to call the API from a browser;
  // others get no CORS headers.
  std::vector<std::string> cors_origins;
  // Slack's signing secret: when set, /v1/integrations/slack checks
  // X-Slack-Signature and rejects requests older than 5 minutes.
  std::string slack_signing_secret;
  // Mattermost's slash-command token: when set, the form's `token` must match.
  std::string mattermost_token;
  // A Microsoft Teams outgoing webhook's security token (base64, as Teams
  // shows it): /v1/integrations/teams verifies each request's HMAC with it;
  // empty: that endpoint is off (404).
  std::string teams_secret;
  // Base of links in chat answers (http://host:port); empty: no links.
  std::string public_url;
  // One line per request on stderr.
  bool access_log = true;
  LogFormat log_format = LogFormat::kText;
  // Idle keep-alive connections are closed after this; it also bounds how
  // long Stop() waits for an idle client.
  int keep_alive_seconds = 2;
  // Hostile clients (docs/api.md, "Limits"). The request line and headers
  // must arrive within this many seconds from their first byte.
  int header_timeout_seconds = 10;
  // Connections served at once (worker threads grow from `threads` to
  // this); more wait for a worker.
  int max_connections = 1024;
  // Connections one client address may hold at once; 0: no cap.
  int max_connections_per_address = 128;
  // A folder on the database's file system (the database folder); writes
  // get 507 while its free space is below disk_reserve_bytes. Empty: no
  // check.
  std::string data_dir;
  uint64_t disk_reserve_bytes = 128u << 20;
  // Read replicas (`serve --replica-of`): writes are refused with 409
  // read_only_replica naming the writer: this URL when given (where clients
  // should send writes), else the writer's database folder the replica reads.
  std::string writer_url;
};

class HttpServer {
 public:
  // Everything a handler may touch, all required.
  // Writes go through an ingest::Ingester over `db` and `analyzer`.
  struct Deps {
    index::Database* db = nullptr;
    const ingest::Analyzer* analyzer = nullptr;
    const query::QueryEngine* engine = nullptr;
    const query::Lexicon* lexicon = nullptr;
  };
  static Result<std::unique_ptr<HttpServer>> Create(const ServerOptions& options);
  // Create() then SetReady(deps).
  static Result<std::unique_ptr<HttpServer>> Create(const Deps& deps, const ServerOptions& options);
  virtual ~HttpServer() = default;

  // While not ready: what start-up is doing, for /readyz ("loading the
  // lexicon"). Thread-safe.
  virtual void SetLoading(const std::string& reason) = 0;
  // Hands over the loaded objects: /readyz turns 200 and the API answers.
  // Once only; InvalidArgument when one is missing. Thread-safe.
  virtual Status SetReady(const Deps& deps) = 0;
  // The database dropped damaged write-ahead log records when it opened
  // (acknowledged writes after the damage are lost): counted in /metrics.
  virtual void ReportWalDamage(const std::string& what) = 0;

  // Binds the listening socket; Unavailable when the address is taken. Split
  // from Run() so the caller can announce the address only once it is bound.
  virtual Status Bind() = 0;
  // Binds (unless Bind() already did) and serves until Stop().
  virtual Status Run() = 0;
  // Thread-safe; may be called before, during or after Run(). A Stop() that
  // races with the start of Run() still makes Run() return. Stops accepting
  // connections; Run() returns once requests in flight are answered.
  virtual void Stop() = 0;
  // The bound port (useful with port 0); -1 before Bind().
  virtual int port() const = 0;
};

}  // namespace rolegraph::server
