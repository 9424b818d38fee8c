// RocksDB-backed Database and Reader (private to index/).
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/utilities/checkpoint.h>

#include <atomic>
#include <map>
#include <unordered_map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "catch_up_gate.h"
#include "keys.h"
#include "posting_cache.h"
#include "versioned_memo.h"
#include "rolegraph/index/database.h"

namespace rolegraph::index {

// Roles merged across documents, kept for the database version (snapshot
// sequence number) they were read at: questions read them on every ask,
// and any write makes a new version.
class RoleCache {
 public:
  using Roles = std::shared_ptr<const std::vector<RoleRecord>>;
  Roles Get(uint64_t version) const {
    std::lock_guard<std::mutex> lock(mu_);
    return version == version_ ? roles_ : nullptr;
  }
  void Set(uint64_t version, Roles roles) {
    std::lock_guard<std::mutex> lock(mu_);
    if (version >= version_ || !roles_) {
      version_ = version;
      roles_ = std::move(roles);
    }
  }

 private:
  mutable std::mutex mu_;
  uint64_t version_ = 0;
  Roles roles_;
};

// What readers of one database version share (versioned_memo.h); the
// bounds keep the memory small next to the posting cache at any corpus size.
struct ReadMemos {
  VersionedMemo<uint64_t> doc_freq{1u << 18};
  VersionedMemo<std::shared_ptr<const std::vector<std::string>>> cognates{1u << 16};
  VersionedMemo<std::string> doc_ids{1u << 16};
  VersionedMemo<std::shared_ptr<const SentenceRecord>> sentences{1u << 12};
  // Posting lists too short for the posting cache (nullptr: the term has none).
  VersionedMemo<std::shared_ptr<const SentenceNumberCursor::List>> short_lists{1u << 14};
  VersionedMemo<CorpusStats> stats{1};
  // Documents cited by answers, the small ones only (kMaxMemoDocumentBytes).
  VersionedMemo<std::shared_ptr<const Document>> documents{1u << 10};
};

Status FromRocks(const rocksdb::Status& s);

class DatabaseImpl final : public Database {
 public:
  // What a batch of document writes changes in the shared, counted records;
  // written once per batch as merge operands.
  struct Deltas {
    std::unordered_map<std::string, int64_t> df;
    std::unordered_map<std::string, std::vector<uint64_t>> lists;  // sentence numbers to append
    std::map<std::pair<std::string, std::string>, int64_t> cognates;
  };

  DatabaseImpl(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> handles, uint32_t next_doc_num,
               size_t posting_cache_bytes)
      : db_(db), cf_(std::move(handles)), posting_cache_(posting_cache_bytes), next_doc_num_(next_doc_num) {}
  ~DatabaseImpl() override;

  Result<PutOutcome> Put(const IndexedDocument& doc) override;
  Result<std::vector<PutOutcome>> PutMany(const std::vector<IndexedDocument>& docs) override;
  Status Delete(std::string_view doc_id) override;
  std::unique_ptr<Reader> NewReader() const override;
  Result<std::string> GetHash(std::string_view doc_id) const override;
  Status Flush() override;
  Status Resume() override;  // database_ops.cc
  Status VerifyChecksums() const override;
  StorageStats GetStorageStats() const override;  // database_ops.cc
  Result<uint64_t> CountRoles() const override;
  Status CreateCheckpoint(const std::string& dir) const override;
  Status CatchUp() override;                       // replica.cc
  ReplicationInfo Replication() const override;    // replica.cc
  Result<uint32_t> PublishBackup(const std::string& backup_dir, uint32_t keep) override;  // backup_replica.cc
  // Makes this a read replica of the writer at writer_dir (replica.cc).
  void SetReplicaOf(std::string writer_dir);
  // A Reader that keeps `owner` (this database) alive while it lives: the
  // backup replica drops a swapped-out database once its last Reader ends.
  std::unique_ptr<Reader> NewReaderKeeping(std::shared_ptr<const void> owner) const;

 private:
  // InvalidArgument naming the writer when this is a replica (replica.cc).
  Status RefuseWriteOnReplica() const;

  // Adds to `batch` the removal of every record of the stored version of
  // doc_id; updates stats and df deltas. False when there is no stored version.
  Result<bool> RemoveStored(std::string_view doc_id, rocksdb::WriteBatch* batch, CorpusStats* stats,
                            Deltas* deltas);
  void AddNew(const IndexedDocument& doc, rocksdb::WriteBatch* batch, CorpusStats* stats,
              Deltas* deltas);
  void ApplyDeltas(const Deltas& deltas, rocksdb::WriteBatch* batch);
  CorpusStats LoadStats();

  rocksdb::DB* db_;
  std::vector<rocksdb::ColumnFamilyHandle*> cf_;
  mutable RoleCache role_cache_;
  mutable PostingCache posting_cache_;
  mutable ReadMemos memos_;
  std::mutex write_mu_;  // one writer at a time: read-modify-write of stats
  uint32_t next_doc_num_;  // guarded by write_mu_
  // Replicas only (empty writer_dir_ otherwise): see catch_up_gate.h.
  std::string writer_dir_;
  mutable CatchUpGate gate_;
  std::atomic<int64_t> caught_up_unix_ms_{0};
};

}  // namespace rolegraph::index
