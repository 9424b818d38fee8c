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
#include "rolegraph/index/sentence_numbers.h"
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
  // Long posting lists kept decoded into arrays of numbers, per database version.
  size_t posting_cache_bytes = 24u << 20;
  // Open fails with Corruption when a write-ahead log record is damaged
  // (a torn last record after a crash is still tolerated). Off: recovery
  // stops at the damage and drops the log after it (RocksDB's point-in-time
  // recovery), reporting it only in RocksDB's LOG.
  bool strict_wal_recovery = false;
  // Non-empty: open `dir` as a read replica of the process that writes it (a
  // RocksDB secondary instance, on the same machine or a shared volume);
  // this folder holds the replica's own files. Writes are refused and
  // CatchUp() reads the writer's new writes.
  std::string secondary_dir;
};

// Which writes this instance serves, for /readyz and /metrics.
struct ReplicationInfo {
  bool replica = false;
  std::string writer_dir;         // replicas: the writer's database folder
  uint64_t version = 0;           // RocksDB sequence number of the last write seen
  int64_t caught_up_unix_ms = 0;  // replicas: when CatchUp() last succeeded (0: never)
};

enum class PutOutcome { kAdded, kUpdated, kUnchanged };

// What the storage engine reports about itself, for monitoring. Estimates,
// summed over every column family; cheap to read (no scan).
struct StorageStats {
  uint64_t estimated_keys = 0;
  uint64_t live_sst_bytes = 0;   // SST files the current version uses
  uint64_t total_sst_bytes = 0;  // all SST files, including obsolete ones not yet deleted
  uint64_t memtable_bytes = 0;
  uint64_t block_cache_usage_bytes = 0;
  uint64_t block_cache_capacity_bytes = 0;
  uint64_t pending_compaction_bytes = 0;
};

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
  // The same records without a copy: shared with what readers of this
  // database version keep in memory (issue 18: copying a sentence's terms
  // or a document's text per question cost more than finding them). The
  // defaults copy the results above.
  virtual Result<std::shared_ptr<const SentenceRecord>> GetSentenceShared(std::string_view doc_id, uint32_t index) {
    auto s = GetSentence(doc_id, index);
    if (!s.ok()) return s.status();
    return std::make_shared<const SentenceRecord>(std::move(*s));
  }
  virtual Result<std::shared_ptr<const Document>> GetDocumentShared(std::string_view id) {
    auto d = GetDocument(id);
    if (!d.ok()) return d.status();
    return std::make_shared<const Document>(std::move(*d));
  }
  virtual Result<std::vector<SentenceRecord>> GetSentences(std::string_view doc_id) = 0;

  // Calls fn for each posting of `term`; stops early when fn returns false.
  virtual Status ForEachPosting(std::string_view term,
                                const std::function<bool(const Posting&)>& fn) = 0;
  // The sentences that contain `term` as sorted sentence numbers:
  // (document number << 32) | sentence index. Document numbers are integers
  // given when a document version is written; DocIdOf maps them back.
  virtual Result<std::vector<uint64_t>> SentenceNumbers(std::string_view term) = 0;
  // The same numbers read lazily.
  virtual Result<SentenceNumberCursor> OpenSentenceNumbers(std::string_view term) = 0;
  // The document id of a document number; NotFound for a removed version.
  virtual Result<std::string> DocIdOf(uint32_t doc_num) = 0;
  // Changes whenever the database is written: keys caches of derived data.
  virtual uint64_t Version() const = 0;
  // Number of sentences that contain `term`.
  virtual uint64_t DocFreq(std::string_view term) = 0;
  // Stems in the corpus whose words share this cognate key.
  virtual std::vector<std::string> CognateTerms(std::string_view key) = 0;
  // The same stems without a copy (never null).
  virtual std::shared_ptr<const std::vector<std::string>> CognateTermsShared(std::string_view key) {
    return std::make_shared<const std::vector<std::string>>(CognateTerms(key));
  }

  // Roles merged across documents; only roles with at least one mention.
  virtual Result<std::vector<RoleRecord>> ListRoles() = 0;
  virtual Result<RoleRecord> GetRole(std::string_view id) = 0;
  // Ids of the documents that mention a role.
  virtual Result<std::vector<std::string>> RoleDocuments(std::string_view role_id) = 0;
  // Facts of one role, or of every role when role_id is empty.
  virtual Result<std::vector<FactRecord>> Facts(std::string_view role_id) = 0;
  // The same facts one at a time, by document id then order in the
  // document; stops early when fn returns false.
  virtual Status ForEachFact(std::string_view role_id, const std::function<bool(const FactRecord&)>& fn) = 0;
};

class Database {
 public:
  static Result<std::unique_ptr<Database>> Open(const std::string& dir, const Options& options = {});
  virtual ~Database() = default;

  // Creates or atomically replaces the document and everything derived from it.
  // Identical content (same hash and title) is a no-op reported as kUnchanged.
  virtual Result<PutOutcome> Put(const IndexedDocument& doc) = 0;
  // Several documents in one write (faster ingest); each document is still
  // wholly old, new or absent to readers. Ids must be distinct.
  virtual Result<std::vector<PutOutcome>> PutMany(const std::vector<IndexedDocument>& docs) = 0;
  // Removes the document and all derived records; NotFound when absent.
  virtual Status Delete(std::string_view doc_id) = 0;
  virtual std::unique_ptr<Reader> NewReader() const = 0;
  // Content hash of a stored document, NotFound when absent (for incremental ingest).
  virtual Result<std::string> GetHash(std::string_view doc_id) const = 0;
  virtual Status Flush() = 0;
  // After a write or flush failed for lack of space RocksDB refuses every
  // write (a background error) until resumed: Ok once writes work again,
  // the error while its cause persists. Ok when there was no error.
  virtual Status Resume() = 0;
  // Reads every table file and checks every block checksum: Corruption
  // naming the damage, else Ok. Reads the whole database.
  virtual Status VerifyChecksums() const = 0;

  // Monitoring figures (see StorageStats).
  virtual StorageStats GetStorageStats() const = 0;
  // Number of distinct roles with at least one mention; seeks from role to
  // role instead of reading every (role, document) pair.
  virtual Result<uint64_t> CountRoles() const = 0;
  // A consistent copy of the database in `dir`, which must not exist yet
  // (a RocksDB checkpoint: hard links on the same file system, else copies).
  // Safe while readers and writers run.
  virtual Status CreateCheckpoint(const std::string& dir) const = 0;

  // Replicas: brings in the writer's writes since the last call (RocksDB
  // TryCatchUpWithPrimary); Readers open meanwhile keep their view, new ones
  // wait for it (milliseconds). Writers: nothing to do.
  virtual Status CatchUp() = 0;
  virtual ReplicationInfo Replication() const = 0;

  // Writers: an incremental RocksDB BackupEngine backup into `backup_dir`
  // (created if missing; only files not yet there are copied), keeping the
  // newest `keep`. Replicas read these where they cannot see the writer's
  // own folder. Returns the new backup's id.
  virtual Result<uint32_t> PublishBackup(const std::string& backup_dir, uint32_t keep) = 0;

  // A read replica served from the newest backup in `backup_dir` (see
  // PublishBackup): it is restored into a fresh folder under `work_dir` and
  // opened read-only; CatchUp() restores a newer backup when one appears and
  // swaps it in while Readers of the old one finish. Versions stay the
  // writer's (sequence numbers survive a backup).
  static Result<std::unique_ptr<Database>> OpenBackupReplica(const std::string& backup_dir,
                                                             const std::string& work_dir,
                                                             const Options& options = {});
  // True when `dir` looks like a BackupEngine folder (a meta/ subfolder).
  static bool IsBackupFolder(const std::string& dir);
};

}  // namespace rolegraph::index
