// The RoleGraph store: an embedded RocksDB database holding documents,
// sentences, postings, roles and facts. One WriteBatch per document, so a
// document is either wholly in its old version, its new one, or absent.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/index/records.h"
#include "rolegraph/index/status.h"

namespace rolegraph::index {

struct Options {
  bool create_if_missing = true;
  bool read_only = false;
  size_t block_cache_bytes = 32u << 20;
  // All column families' memtables together; beyond it the largest is
  // flushed. Without it each family may hold 64 MB, so a stream of writes
  // grows memory by hundreds of MB before the first flush.
  size_t memtable_budget_bytes = 16u << 20;
};

enum class PutOutcome { kAdded, kUpdated, kUnchanged };

// A consistent, read-only view of the database (a RocksDB snapshot): a reader
// sees a document wholly old or wholly new, never a mix. Not thread-safe; make
// one per request.
class Reader {
 public:
  virtual ~Reader() = default;

  virtual CorpusStats Stats() = 0;
  virtual Result<Document> GetDocument(std::string_view id) = 0;
  virtual Result<DocumentMeta> GetDocumentMeta(std::string_view id) = 0;
  virtual Result<std::vector<DocumentMeta>> ListDocuments() = 0;
  virtual Result<SentenceRecord> GetSentence(std::string_view doc_id, uint32_t index) = 0;
  virtual Result<std::vector<SentenceRecord>> GetSentences(std::string_view doc_id) = 0;

  // Calls fn for each posting of `term`; stops early when fn returns false.
  virtual Status ForEachPosting(std::string_view term,
                                const std::function<bool(const Posting&)>& fn) = 0;
  // Number of sentences that contain `term`.
  virtual uint64_t DocFreq(std::string_view term) = 0;
  // Stems in the corpus whose words share this cognate key.
  virtual std::vector<std::string> CognateTerms(std::string_view key) = 0;

  // Roles merged across documents; only roles with at least one mention.
  virtual Result<std::vector<RoleRecord>> ListRoles() = 0;
  virtual Result<RoleRecord> GetRole(std::string_view id) = 0;
  // Ids of the documents that mention a role.
  virtual Result<std::vector<std::string>> RoleDocuments(std::string_view role_id) = 0;
  // Facts of one role, or of every role when role_id is empty.
  virtual Result<std::vector<FactRecord>> Facts(std::string_view role_id) = 0;
};

class Database {
 public:
  static Result<std::unique_ptr<Database>> Open(const std::string& dir, const Options& options = {});
  virtual ~Database() = default;

  // Creates or atomically replaces the document and everything derived from it.
  // Identical content (same hash and title) is a no-op reported as kUnchanged.
  virtual Result<PutOutcome> Put(const IndexedDocument& doc) = 0;
  // Removes the document and all derived records; NotFound when absent.
  virtual Status Delete(std::string_view doc_id) = 0;
  virtual std::unique_ptr<Reader> NewReader() const = 0;
  // Content hash of a stored document, NotFound when absent (for incremental ingest).
  virtual Result<std::string> GetHash(std::string_view doc_id) const = 0;
  virtual Status Flush() = 0;
};

}  // namespace rolegraph::index
