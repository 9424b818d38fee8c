// `rolegraph ingest --server URL`: pushes a folder to a running server over
// its HTTP API instead of opening the database (which the server holds).
#pragma once

#include <string>
#include <vector>

#include "rolegraph/ingest/ingester.h"

namespace rolegraph::cli {

struct PushOptions {
  std::string server;  // http://HOST:PORT
  std::string key;     // write key; empty: none (loopback servers without keys)
  bool prune = false;
};

// Reads and converts every file locally, compares its content hash with the
// server's (GET /v1/documents), PUTs new and changed documents as JSON and,
// with prune, DELETEs documents from these folders whose files are gone.
// Per-file failures land in summary.errors; a server that cannot be reached
// or refuses the listing is a Status.
Result<ingest::IngestSummary> PushPaths(const PushOptions& options, const std::vector<std::string>& paths,
                                        const ingest::ProgressFn& progress);

}  // namespace rolegraph::cli
