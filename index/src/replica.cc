// Read replicas: a RocksDB secondary instance over the writer's folder
// (database.h, Options::secondary_dir). The writer's process owns every file;
// the replica replays its manifest and log on CatchUp().
#include <chrono>

#include "database_impl.h"

namespace rolegraph::index {
namespace {

int64_t NowUnixMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

void DatabaseImpl::SetReplicaOf(std::string writer_dir) {
  writer_dir_ = std::move(writer_dir);
  caught_up_unix_ms_ = NowUnixMs();  // Open() read everything the writer had
}

Status DatabaseImpl::RefuseWriteOnReplica() const {
  if (writer_dir_.empty()) return Status::Ok();
  return Status::InvalidArgument("this is a read replica of the database at " + writer_dir_ +
                                 "; send writes to the process that serves it");
}

Status DatabaseImpl::CatchUp() {
  if (writer_dir_.empty()) return Status::Ok();
  gate_.EnterCatchUp();
  rocksdb::Status s = db_->TryCatchUpWithPrimary();
  gate_.LeaveCatchUp();
  if (!s.ok()) return Status::IOError("catching up with " + writer_dir_ + ": " + s.ToString());
  caught_up_unix_ms_ = NowUnixMs();
  return Status::Ok();
}

ReplicationInfo DatabaseImpl::Replication() const {
  ReplicationInfo info;
  info.replica = !writer_dir_.empty();
  info.writer_dir = writer_dir_;
  info.version = db_->GetLatestSequenceNumber();
  info.caught_up_unix_ms = info.replica ? caught_up_unix_ms_.load() : 0;
  return info;
}

}  // namespace rolegraph::index
