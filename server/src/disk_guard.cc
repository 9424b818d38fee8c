#include "disk_guard.h"

#include <sys/statvfs.h>

namespace rolegraph::server {
namespace {

ApiError InsufficientStorage(const std::string& why) {
  return ApiError{507, "insufficient_storage",
                  why + "; writes are refused until space is freed (reads go on)"};
}

std::string Mib(uint64_t bytes) { return std::to_string(bytes >> 20) + " MiB"; }

}  // namespace

std::optional<uint64_t> DiskGuard::FreeBytes() const {
  struct statvfs vfs {};
  if (path_.empty() || statvfs(path_.c_str(), &vfs) != 0) return std::nullopt;
  return static_cast<uint64_t>(vfs.f_bavail) * vfs.f_frsize;
}

bool DiskGuard::IsNoSpace(const Status& status) {
  if (status.ok()) return false;
  const std::string& m = status.message();
  return m.find("No space left") != std::string::npos ||
         m.find("Disk quota exceeded") != std::string::npos || m.find("NoSpace") != std::string::npos;
}

std::optional<ApiError> DiskGuard::CheckWrite(index::Database* db, uint64_t body_bytes) {
  const auto free = FreeBytes();
  const uint64_t needed = reserve_bytes_ + body_bytes * kDiskBytesPerBodyByte;
  if (free && *free < needed) {
    return InsufficientStorage("the database's disk has " + Mib(*free) + " free; this write needs " +
                               Mib(needed) + " (the " + Mib(reserve_bytes_) +
                               " reserve and room for the write)");
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (!write_failed_) return std::nullopt;
  // Space is back (or cannot be measured): let RocksDB leave its
  // background-error state; it refuses while the cause persists.
  if (db != nullptr) {
    if (Status s = db->Resume(); !s.ok()) {
      last_error_ = s.ToString();
      return InsufficientStorage("the database stopped after a failed write (" + last_error_ +
                                 ") and cannot resume yet");
    }
  }
  write_failed_ = false;
  last_error_.clear();
  return std::nullopt;
}

ApiError DiskGuard::OnWriteFailure(const Status& status) {
  if (!IsNoSpace(status)) return ApiErrorFromStatus(status);
  std::lock_guard<std::mutex> lock(mu_);
  write_failed_ = true;
  last_error_ = status.ToString();
  return InsufficientStorage("the disk filled up during the write (" + last_error_ + ")");
}

DiskGuard::State DiskGuard::Snapshot() const {
  State s;
  s.reserve_bytes = reserve_bytes_;
  if (const auto free = FreeBytes()) {
    s.checked = true;
    s.free_bytes = *free;
    s.below_reserve = *free < reserve_bytes_;
  }
  std::lock_guard<std::mutex> lock(mu_);
  s.write_failed = write_failed_;
  s.last_error = last_error_;
  return s;
}

}  // namespace rolegraph::server
