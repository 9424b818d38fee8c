// Turns role documents into indexed records: analysis, role recognition,
// coreference, fact extraction; then one atomic Put per document.
#pragma once

#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/index/status.h"
#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

struct DocumentInput {
  std::string id;     // required, safe characters only
  std::string title;  // empty: first line of the text
  std::string lang;   // empty: detected
  std::string source;
  std::string text;   // UTF-8
};

struct IngestSummary {
  uint32_t added = 0, updated = 0, unchanged = 0, removed = 0, failed = 0;
  uint64_t documents = 0, sentences = 0, roles = 0, facts = 0, bytes = 0;
  double seconds = 0;
  bool cancelled = false;  // stopped early by `cancel`; nothing was pruned
  std::vector<std::string> errors;  // "path: message"
};

// Called after each file: done, total, current path.
using ProgressFn = std::function<void(size_t, size_t, const std::string&)>;

// Pure: analyse one document into the records the index stores.
Result<index::IndexedDocument> BuildDocument(const Analyzer& analyzer, const DocumentInput& input);

// Checks an id: 1..128 of [A-Za-z0-9._-], not starting with '.'.
Status ValidateDocumentId(std::string_view id);

class Ingester {
 public:
  Ingester(const Analyzer& analyzer, index::Database& db) : analyzer_(analyzer), db_(db) {}

  Result<index::PutOutcome> IngestDocument(const DocumentInput& input);
  // Files and directories (recursively: *.txt, *.md). A manifest.json in a
  // directory supplies id, title, lang and source per file; files without an
  // entry get id = file stem and title = first line. With prune, stored
  // documents that came from these folders and whose files are gone are
  // removed; documents from elsewhere (HTTP) are kept. When `cancel` turns
  // true (another thread, a signal), ingest stops before the next file and
  // skips pruning; every document already written stays whole.
  Result<IngestSummary> IngestPaths(const std::vector<std::string>& paths, bool prune,
                                    const ProgressFn& progress = nullptr,
                                    const std::atomic<bool>* cancel = nullptr);

 private:
  const Analyzer& analyzer_;
  index::Database& db_;
};

}  // namespace rolegraph::ingest
