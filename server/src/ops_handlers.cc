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
  {
    std::lock_guard<std::mutex> lock(ctx.degraded_mu);
    if (!ctx.degraded.empty()) {
      return SendJson(res, 503, {{"status", "degraded"}, {"reason", ctx.degraded}});
    }
  }
  const auto& d = ctx.deps;
  const index::CorpusStats stats = d.db->NewReader()->Stats();
  nlohmann::ordered_json body = {{"status", "ready"},
                                 {"documents", stats.documents},
                                 {"sentences", stats.sentences},
                                 {"facts", stats.facts},
                                 {"lexicon", d.lexicon->Stats()}};
  // Reads go on while writes are refused for lack of space: still ready.
  if (ctx.disk != nullptr) {
    const DiskGuard::State disk = ctx.disk->Snapshot();
    const bool refused = disk.below_reserve || disk.write_failed;
    body["storage"] = {{"writes", refused ? "refused" : "ok"},
                       {"free_bytes", disk.free_bytes},
                       {"reserve_bytes", disk.reserve_bytes}};
    if (disk.write_failed) body["storage"]["last_error"] = disk.last_error;
  }
  // role, version; a replica's writer and lag (kept in a local: a range-for
  // over a temporary's items() would outlive the temporary)
  const nlohmann::json replication = ReplicationJson(ctx);
  for (const auto& [key, value] : replication.items()) body[key] = value;
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
  HealthGauges health;
  if (ctx.disk != nullptr) {
    const DiskGuard::State disk = ctx.disk->Snapshot();
    if (disk.checked) health.disk_free_bytes = disk.free_bytes;
    health.disk_reserve_bytes = disk.reserve_bytes;
    health.writes_refused = disk.below_reserve || disk.write_failed;
  }
  health.corruption_errors = ctx.corruption_errors.load();
  health.wal_damaged_at_open = ctx.wal_damaged_at_open.load();
  {
    std::lock_guard<std::mutex> lock(ctx.degraded_mu);
    health.degraded = !ctx.degraded.empty();
  }
  gauges.health = health;
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
  auto backup = CreateBackup(*ctx.deps.db, path, ctx.options.data_dir);
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

void SendWriteError(const HandlerContext& ctx, httplib::Response& res, const Status& status) {
  SendError(res, ctx.disk != nullptr ? ctx.disk->OnWriteFailure(status) : ApiErrorFromStatus(status));
}

void RefreshRoleCount(const HandlerContext& ctx) {
  if (auto roles = ctx.deps.db->CountRoles(); roles.ok()) ctx.roles.store(*roles);
}

}  // namespace rolegraph::server
