// Replication through RocksDB BackupEngine, for replicas that cannot see the
// writer's folder: the writer publishes incremental backups to a shared
// location; a replica restores the newest into a fresh folder, opens it
// read-only and swaps it in while requests on the old copy finish.
#include <rocksdb/utilities/backup_engine.h>

#include <chrono>
#include <filesystem>
#include <mutex>

#include "database_impl.h"

namespace rolegraph::index {
namespace fs = std::filesystem;
namespace {

constexpr const char* kRestorePrefix = "restore-";

int64_t NowUnixMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

Status FromIo(const rocksdb::IOStatus& s, const std::string& what) {
  if (s.ok()) return Status::Ok();
  return Status::IOError(what + ": " + s.ToString());
}

class BackupReplica final : public Database {
 public:
  BackupReplica(std::string backup_dir, std::string work_dir, Options options)
      : backup_dir_(std::move(backup_dir)), work_dir_(std::move(work_dir)), options_(options) {}

  Result<PutOutcome> Put(const IndexedDocument&) override { return Refuse(); }
  Result<std::vector<PutOutcome>> PutMany(const std::vector<IndexedDocument>&) override { return Refuse(); }
  Status Delete(std::string_view) override { return Refuse(); }
  Result<uint32_t> PublishBackup(const std::string&, uint32_t) override { return Refuse(); }
  Status Flush() override { return Status::Ok(); }
  // A restored copy is opened read-only: it never enters RocksDB's
  // background-error state, so there is nothing to resume.
  Status Resume() override { return Status::Ok(); }
  Status VerifyChecksums() const override { return Current()->VerifyChecksums(); }

  std::unique_ptr<Reader> NewReader() const override {
    auto db = Current();
    const auto* impl = static_cast<const DatabaseImpl*>(db.get());
    return impl->NewReaderKeeping(std::move(db));
  }
  Result<std::string> GetHash(std::string_view doc_id) const override { return Current()->GetHash(doc_id); }
  StorageStats GetStorageStats() const override { return Current()->GetStorageStats(); }
  Result<uint64_t> CountRoles() const override { return Current()->CountRoles(); }
  Status CreateCheckpoint(const std::string& dir) const override { return Current()->CreateCheckpoint(dir); }

  ReplicationInfo Replication() const override {
    ReplicationInfo info;
    info.replica = true;
    info.writer_dir = backup_dir_;
    info.version = Current()->Replication().version;
    info.caught_up_unix_ms = caught_up_unix_ms_.load();
    return info;
  }

  // Restores the newest backup when it is not the one served. One at a
  // time (catch_up_mu_); readers never wait: they hold the old copy.
  Status CatchUp() override {
    std::lock_guard<std::mutex> catching_up(catch_up_mu_);
    rocksdb::BackupEngineReadOnly* raw = nullptr;
    rocksdb::BackupEngineOptions engine_options(backup_dir_);
    engine_options.max_background_operations = 2;
    if (Status s = FromIo(rocksdb::BackupEngineReadOnly::Open(engine_options, rocksdb::Env::Default(), &raw),
                          "cannot read backups in " + backup_dir_);
        !s.ok())
      return s;
    std::unique_ptr<rocksdb::BackupEngineReadOnly> engine(raw);
    std::vector<rocksdb::BackupInfo> backups;
    engine->GetBackupInfo(&backups);
    if (backups.empty()) return Status::NotFound("no backups in " + backup_dir_ + " yet");
    const rocksdb::BackupID newest = backups.back().backup_id;
    if (newest != served_id_) {
      const fs::path folder = fs::path(work_dir_) / (kRestorePrefix + std::to_string(newest));
      std::error_code ec;
      fs::remove_all(folder, ec);
      if (Status s = FromIo(engine->RestoreDBFromBackup(newest, folder.string(), folder.string()),
                            "cannot restore backup " + std::to_string(newest) + " from " + backup_dir_);
          !s.ok())
        return s;
      Options open_options = options_;
      open_options.read_only = true;
      open_options.create_if_missing = false;
      open_options.secondary_dir.clear();
      auto opened = Database::Open(folder.string(), open_options);
      if (!opened.ok()) return opened.status();
      // The swapped-out copy is closed and its folder deleted once the last
      // Reader holding it is gone.
      const std::string path = folder.string();
      std::shared_ptr<Database> fresh(opened.value().release(), [path](Database* db) {
        delete db;
        std::error_code ignored;
        fs::remove_all(path, ignored);
      });
      {
        std::lock_guard<std::mutex> lock(mu_);
        current_ = std::move(fresh);
      }
      served_id_ = newest;
    }
    caught_up_unix_ms_ = NowUnixMs();
    return Status::Ok();
  }

  // Folders left by an earlier run that was killed before it cleaned up.
  void RemoveStaleRestores() {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(work_dir_, ec)) {
      if (entry.path().filename().string().rfind(kRestorePrefix, 0) == 0) fs::remove_all(entry.path(), ec);
    }
  }

 private:
  std::shared_ptr<Database> Current() const {
    std::lock_guard<std::mutex> lock(mu_);
    return current_;
  }
  Status Refuse() const {
    return Status::InvalidArgument("this is a read replica of the backups in " + backup_dir_ +
                                   "; send writes to the process that publishes them");
  }

  const std::string backup_dir_, work_dir_;
  const Options options_;
  mutable std::mutex mu_;  // guards current_
  std::shared_ptr<Database> current_;
  std::mutex catch_up_mu_;
  rocksdb::BackupID served_id_ = 0;  // guarded by catch_up_mu_
  std::atomic<int64_t> caught_up_unix_ms_{0};
};

}  // namespace

bool Database::IsBackupFolder(const std::string& dir) {
  std::error_code ec;
  return fs::is_directory(fs::path(dir) / "meta", ec);
}

Result<std::unique_ptr<Database>> Database::OpenBackupReplica(const std::string& backup_dir,
                                                             const std::string& work_dir,
                                                             const Options& options) {
  std::error_code ec;
  fs::create_directories(work_dir, ec);
  if (ec) return Status::IOError("cannot create " + work_dir + ": " + ec.message());
  auto replica = std::make_unique<BackupReplica>(backup_dir, work_dir, options);
  replica->RemoveStaleRestores();
  if (Status s = replica->CatchUp(); !s.ok()) return s;
  return std::unique_ptr<Database>(std::move(replica));
}

Result<uint32_t> DatabaseImpl::PublishBackup(const std::string& backup_dir, uint32_t keep) {
  if (Status s = RefuseWriteOnReplica(); !s.ok()) return s;
  rocksdb::BackupEngine* raw = nullptr;
  rocksdb::BackupEngineOptions engine_options(backup_dir);
  engine_options.max_background_operations = 2;
  if (Status s = FromIo(rocksdb::BackupEngine::Open(engine_options, rocksdb::Env::Default(), &raw),
                        "cannot open backup folder " + backup_dir);
      !s.ok())
    return s;
  std::unique_ptr<rocksdb::BackupEngine> engine(raw);
  rocksdb::CreateBackupOptions create;
  create.flush_before_backup = false;  // the live log is copied instead: no tiny table files
  rocksdb::BackupID id = 0;
  if (Status s = FromIo(engine->CreateNewBackup(create, db_, &id), "cannot back up into " + backup_dir); !s.ok())
    return s;
  if (Status s = FromIo(engine->PurgeOldBackups(std::max<uint32_t>(keep, 1)), "cannot purge old backups in " + backup_dir);
      !s.ok())
    return s;
  return static_cast<uint32_t>(id);
}

}  // namespace rolegraph::index
