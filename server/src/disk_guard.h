// Disk space as a resource, like Elasticsearch's disk watermarks: before a
// write, the free space of the database's file system is compared with a
// reserve; below it writes get 507 insufficient_storage and reads go on.
// RocksDB must never meet ENOSPC itself: on a full disk it stops in a
// background-error state (writes fail until DB::Resume()), and Debian's
// build can abort on an assertion in that path. If a write still fails for
// lack of space (another process filled the disk between check and write),
// writes stay refused until space is back and Resume() succeeds.
#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "http_util.h"
#include "rolegraph/index/database.h"
#include "rolegraph/index/status.h"

namespace rolegraph::server {

// Disk bytes one body byte may take before it settles: the write-ahead
// log, the memtable flushed to a table file, and a compaction's rewrite.
inline constexpr uint64_t kDiskBytesPerBodyByte = 4;

class DiskGuard {
 public:
  // `path`: a folder on the database's file system (empty: no checks);
  // `reserve_bytes`: free space kept back from writes.
  DiskGuard(std::string path, uint64_t reserve_bytes)
      : path_(std::move(path)), reserve_bytes_(reserve_bytes) {}

  // nullopt when a write of `body_bytes` may go on (free space stays above
  // the reserve after kDiskBytesPerBodyByte per body byte); else the 507 to
  // send. Resumes `db` (when given) if an earlier write failed and space is
  // back.
  std::optional<ApiError> CheckWrite(index::Database* db, uint64_t body_bytes = 0);
  // After a failed write: remembers a failure that looks like a full disk
  // (until CheckWrite resumes) and returns the error for the client: 507
  // for a full disk, else the status's usual mapping.
  ApiError OnWriteFailure(const Status& status);

  struct State {
    bool checked = false;    // false when there is no path to check
    uint64_t free_bytes = 0;
    uint64_t reserve_bytes = 0;
    bool below_reserve = false;
    bool write_failed = false;  // a write met a full disk; not resumed yet
    std::string last_error;
  };
  State Snapshot() const;

  // True when `status` says the disk (or quota) is full.
  static bool IsNoSpace(const Status& status);

 private:
  // Free bytes for unprivileged writers, or nullopt when statvfs fails.
  std::optional<uint64_t> FreeBytes() const;

  const std::string path_;
  const uint64_t reserve_bytes_;
  mutable std::mutex mu_;
  bool write_failed_ = false;  // guarded by mu_
  std::string last_error_;     // guarded by mu_
};

}  // namespace rolegraph::server
