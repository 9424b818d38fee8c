// Ingest with a progress bar and a summary, shared by `ingest` and
// `serve --corpus`.
#pragma once

#include <string>
#include <vector>

#include "rolegraph/ingest/ingester.h"

namespace rolegraph::cli {

// Draws a progress bar on stderr when stderr is a terminal; also calls
// `also` after each file. Stops early when `cancel` turns true.
Result<ingest::IngestSummary> IngestWithProgress(ingest::Ingester& ingester,
                                                 const std::vector<std::string>& paths, bool prune,
                                                 const ingest::ProgressFn& also = nullptr,
                                                 const std::atomic<bool>* cancel = nullptr);
// Two lines: document counts by outcome, then what was indexed and how long it took.
std::string FormatIngestSummary(const ingest::IngestSummary& summary);

}  // namespace rolegraph::cli
