// Operations on the whole database: monitoring figures, role count,
// checkpoints for backups.
#include <rocksdb/utilities/checkpoint.h>

#include "database_impl.h"

namespace rolegraph::index {
namespace {

uint64_t SumProperty(rocksdb::DB* db, const std::string& property) {
  uint64_t value = 0;
  return db->GetAggregatedIntProperty(property, &value) ? value : 0;
}

}  // namespace

StorageStats DatabaseImpl::GetStorageStats() const {
  StorageStats stats;
  stats.estimated_keys = SumProperty(db_, rocksdb::DB::Properties::kEstimateNumKeys);
  stats.live_sst_bytes = SumProperty(db_, rocksdb::DB::Properties::kLiveSstFilesSize);
  stats.total_sst_bytes = SumProperty(db_, rocksdb::DB::Properties::kTotalSstFilesSize);
  stats.memtable_bytes = SumProperty(db_, rocksdb::DB::Properties::kCurSizeAllMemTables);
  stats.pending_compaction_bytes =
      SumProperty(db_, rocksdb::DB::Properties::kEstimatePendingCompactionBytes);
  // Every column family shares one block cache, so one family's figure is
  // the whole cache's.
  db_->GetIntProperty(cf_[keys::kDefault], rocksdb::DB::Properties::kBlockCacheUsage,
                      &stats.block_cache_usage_bytes);
  db_->GetIntProperty(cf_[keys::kDefault], rocksdb::DB::Properties::kBlockCacheCapacity,
                      &stats.block_cache_capacity_bytes);
  return stats;
}

Result<uint64_t> DatabaseImpl::CountRoles() const {
  // role_docs keys are role_id '\0' doc_id: after one key of a role, seek
  // past every key with its prefix ('\x01' sorts right after '\0').
  rocksdb::ReadOptions ro;
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf_[keys::kRoleDocs]));
  uint64_t roles = 0;
  for (it->SeekToFirst(); it->Valid();) {
    const std::string_view key = it->key().ToStringView();
    const std::string role(key.substr(0, key.find('\0')));
    ++roles;
    it->Seek(role + '\x01');
  }
  if (!it->status().ok()) return FromRocks(it->status());
  return roles;
}

Status DatabaseImpl::CreateCheckpoint(const std::string& dir) const {
  rocksdb::Checkpoint* raw = nullptr;
  if (auto s = rocksdb::Checkpoint::Create(db_, &raw); !s.ok()) return FromRocks(s);
  std::unique_ptr<rocksdb::Checkpoint> checkpoint(raw);
  // log_size_for_flush 0: flush the memtables first, so the copy needs no
  // write-ahead log replay.
  return FromRocks(checkpoint->CreateCheckpoint(dir, /*log_size_for_flush=*/0));
}

Status DatabaseImpl::Resume() { return FromRocks(db_->Resume()); }

Status DatabaseImpl::VerifyChecksums() const { return FromRocks(db_->VerifyChecksum()); }

}  // namespace rolegraph::index
