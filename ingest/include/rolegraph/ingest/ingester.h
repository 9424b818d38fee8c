// Turns role documents into indexed records: analysis, role recognition,
// coreference, fact extraction; then one atomic Put per document.
#pragma once

#include <atomic>
#include <filesystem>
#include <functional>
#include <set>
#include <string>
#include <utility>
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

// The document files under some paths, as IngestPaths finds them (for a
// client that pushes them to a server instead of a local database).
struct DocumentFileList {
  std::vector<std::pair<std::string, DocumentInput>> files;  // path, metadata (no text yet)
  std::vector<std::string> dirs;                              // the folders, canonical
  std::set<std::string> manifest_ids;                         // ids named by their manifests
  // Whether a stored document came from these folders (prune may remove it).
  bool Contains(const index::DocumentMeta& document) const;
};
Result<DocumentFileList> ListDocumentFiles(const std::vector<std::string>& paths);

// Hash of a document's text and metadata, as stored in DocumentMeta::hash:
// equal hashes mean there is nothing to re-ingest.
std::string ContentHash(const DocumentInput& input);

// Reads a file of any supported format (rolegraph/ingest/convert.h) into
// input->text; fills input->title from the file's metadata when empty.
// Errors say why the file cannot be read ("PDF is encrypted ...").
Status ReadDocumentFile(const std::filesystem::path& path, DocumentInput* input);

// Checks an id: 1..128 of [A-Za-z0-9._-], not starting with '.'.
Status ValidateDocumentId(std::string_view id);

class Ingester {
 public:
  Ingester(const Analyzer& analyzer, index::Database& db) : analyzer_(analyzer), db_(db) {}

  Result<index::PutOutcome> IngestDocument(const DocumentInput& input);
  // Files and directories (recursively: *.txt, *.md, *.html, *.docx, *.odt,
  // *.pdf; the content decides the format). A manifest.json in a
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
