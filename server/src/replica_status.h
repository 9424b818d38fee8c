// What a server says about replication: the version (RocksDB sequence
// number) it serves, and on a read replica the writer and the lag; writes
// sent to a replica are refused naming the writer.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "handlers.h"
#include "http_util.h"

namespace rolegraph::server {

// 409 read_only_replica naming the writer when this server is a read
// replica; nullopt on a writer (or before the database is open).
std::optional<ApiError> RefuseWriteOnReplica(const HandlerContext& ctx);

// Seconds since a replica last caught up with its writer: an upper bound on
// how old its answers may be. 0 on a writer.
double ReplicaLagSeconds(const index::ReplicationInfo& info);

// {"role": "writer"|"replica", "version": N, ["replica_of", "writer_url",
// "lag_seconds"]} for /readyz.
nlohmann::json ReplicationJson(const HandlerContext& ctx);

}  // namespace rolegraph::server
