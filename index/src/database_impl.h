// RocksDB-backed Database and Reader (private to index/).
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/utilities/checkpoint.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "keys.h"
#include "rolegraph/index/database.h"

namespace rolegraph::index {

Status FromRocks(const rocksdb::Status& s);

class DatabaseImpl final : public Database {
 public:
  DatabaseImpl(rocksdb::DB* db, std::vector<rocksdb::ColumnFamilyHandle*> handles)
      : db_(db), cf_(std::move(handles)) {}
  ~DatabaseImpl() override;

  Result<PutOutcome> Put(const IndexedDocument& doc) override;
  Status Delete(std::string_view doc_id) override;
  std::unique_ptr<Reader> NewReader() const override;
  Result<std::string> GetHash(std::string_view doc_id) const override;
  Status Flush() override;
  StorageStats GetStorageStats() const override;  // database_ops.cc
  Result<uint64_t> CountRoles() const override;
  Status CreateCheckpoint(const std::string& dir) const override;

 private:
  // Adds to `batch` the removal of every record of the stored version of
  // doc_id; updates stats and df deltas. False when there is no stored version.
  Result<bool> RemoveStored(std::string_view doc_id, rocksdb::WriteBatch* batch, CorpusStats* stats,
                            std::map<std::string, int64_t>* df_delta);
  void AddNew(const IndexedDocument& doc, rocksdb::WriteBatch* batch, CorpusStats* stats,
              std::map<std::string, int64_t>* df_delta);
  Status ApplyDf(const std::map<std::string, int64_t>& df_delta, rocksdb::WriteBatch* batch);
  CorpusStats LoadStats();

  rocksdb::DB* db_;
  std::vector<rocksdb::ColumnFamilyHandle*> cf_;
  std::mutex write_mu_;  // one writer at a time: read-modify-write of stats and df
};

}  // namespace rolegraph::index
