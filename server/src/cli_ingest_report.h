// Ingest with a progress bar and a summary, shared by `ingest` and
// `serve --corpus`.
#pragma once

#include <string>
#include <vector>

#include "rolegraph/ingest/ingester.h"

namespace rolegraph::cli {

// Draws a progress bar on stderr when stderr is a terminal.
Result<ingest::IngestSummary> IngestWithProgress(ingest::Ingester& ingester,
                                                 const std::vector<std::string>& paths, bool prune);
// Two lines: document counts by outcome, then what was indexed and how long it took.
std::string FormatIngestSummary(const ingest::IngestSummary& summary);

}  // namespace rolegraph::cli
