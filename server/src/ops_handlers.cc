// GET /healthz, /readyz, /metrics and POST /v1/admin/backup.
#include "backup.h"
#include "handlers.h"
#include "http_util.h"
#include "replica_status.h"

namespace rolegraph::server {

void HandleHealthz(const HandlerContext&, const httplib::Request&, httplib::Response& res) {
  SendJson(res, 200, {{"status", "ok"}});
}

void HandleReadyz(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  if (ctx.stopping.load()) {
    return SendJson(res, 503, {{"status", "stopping"}, {"reason", "the server is shutting down"}});
  }
  if (!ctx.ready.load(std::memory_order_acquire)) {
    std::lock_guard<std::mutex> lock(ctx.loading_mu);
    return SendJson(res, 503, {{"status", "not_ready"}, {"reason", ctx.loading}});
  }
  const auto& d = ctx.deps;
  const index::CorpusStats stats = d.db->NewReader()->Stats();
  nlohmann::json body = {{"status", "ready"},
                         {"documents", stats.documents},
                         {"sentences", stats.sentences},
                         {"facts", stats.facts},
                         {"lexicon", d.lexicon->Stats()}};
  body.update(ReplicationJson(ctx));  // role, version; a replica's writer and lag
  SendJson(res, 200, body);
}

void HandleMetrics(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  if (ctx.metrics == nullptr) return SendError(res, {503, "not_ready", "metrics are not collected"});
  ScrapeGauges gauges;
  gauges.ready = ctx.ready.load(std::memory_order_acquire);
  if (gauges.ready) {
    // One point read of the stats record and a few RocksDB properties: no scan.
    gauges.corpus = ctx.deps.db->NewReader()->Stats();
    gauges.roles = ctx.roles.load();
    gauges.storage = ctx.deps.db->GetStorageStats();
    const index::ReplicationInfo replication = ctx.deps.db->Replication();
    gauges.replication = ScrapeGauges::Replication{replication.replica, replication.version,
                                                   ReplicaLagSeconds(replication)};
  }
  res.status = 200;
  res.set_content(ctx.metrics->Render(gauges), "text/plain; version=0.0.4; charset=utf-8");
}

void HandleBackup(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  if (req.has_header("Content-Type") && !IsJsonContentType(req.get_header_value("Content-Type"))) {
    return SendError(res, {415, "unsupported_media_type", "Content-Type must be application/json"});
  }
  const auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object() || !body.contains("path") ||
      !body["path"].is_string()) {
    return SendError(res, {400, "invalid_request",
                           "expected {\"path\": \"/absolute/new/folder\"} (a folder on the "
                           "server that does not exist yet)"});
  }
  const std::string path = body["path"].get<std::string>();
  if (path.empty() || path.front() != '/') {
    return SendError(res, {400, "invalid_path", "path must be absolute (on the server)"});
  }
  auto backup = CreateBackup(*ctx.deps.db, path);
  if (!backup.ok()) {
    if (backup.status().IsInvalidArgument())
      return SendError(res, {400, "invalid_path", backup.status().message()});
    return SendStatusError(res, backup.status());
  }
  SendJson(res, 201,
           {{"path", backup->path},
            {"documents", backup->documents},
            {"bytes", backup->bytes},
            {"took_ms", backup->seconds * 1000}});
}

void RefreshRoleCount(const HandlerContext& ctx) {
  if (auto roles = ctx.deps.db->CountRoles(); roles.ok()) ctx.roles.store(*roles);
}

}  // namespace rolegraph::server
