#include "replica_status.h"

#include <chrono>

namespace rolegraph::server {

std::optional<ApiError> RefuseWriteOnReplica(const HandlerContext& ctx) {
  if (ctx.deps.db == nullptr) return std::nullopt;
  const index::ReplicationInfo info = ctx.deps.db->Replication();
  if (!info.replica) return std::nullopt;
  const std::string writer = ctx.options.writer_url.empty()
                                 ? "the server that writes " + info.writer_dir
                                 : ctx.options.writer_url;
  return ApiError{409, "read_only_replica",
                  "this server is a read replica of " + info.writer_dir +
                      " and takes no writes; send writes to " + writer};
}

double ReplicaLagSeconds(const index::ReplicationInfo& info) {
  if (!info.replica || info.caught_up_unix_ms == 0) return 0;
  const int64_t now = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  return now > info.caught_up_unix_ms ? (now - info.caught_up_unix_ms) / 1000.0 : 0.0;
}

nlohmann::json ReplicationJson(const HandlerContext& ctx) {
  const index::ReplicationInfo info = ctx.deps.db->Replication();
  nlohmann::json j = {{"role", info.replica ? "replica" : "writer"}, {"version", info.version}};
  if (info.replica) {
    j["replica_of"] = info.writer_dir;
    if (!ctx.options.writer_url.empty()) j["writer_url"] = ctx.options.writer_url;
    j["lag_seconds"] = ReplicaLagSeconds(info);
  }
  return j;
}

}  // namespace rolegraph::server
