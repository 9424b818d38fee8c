#include "backup.h"

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <system_error>

namespace rolegraph::server {
namespace fs = std::filesystem;
namespace {

uint64_t FolderBytes(const fs::path& dir) {
  uint64_t bytes = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file(ec)) bytes += entry.file_size(ec);
  }
  return bytes;
}

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Opens `dir` read-only as a RoleGraph database (all our column families)
// and returns its document count.
Result<uint64_t> CheckRoleGraphDatabase(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_regular_file(fs::path(dir) / "CURRENT", ec)) {
    return Status::InvalidArgument(dir + " is not a RocksDB database (no CURRENT file)");
  }
  index::Options options;
  options.read_only = true;
  options.create_if_missing = false;
  auto db = index::Database::Open(dir, options);
  if (!db.ok()) {
    return Status::InvalidArgument(dir + " is not a RoleGraph database: " + db.status().message());
  }
  return (*db)->NewReader()->Stats().documents;
}

bool IsEmptyOrMissing(const fs::path& dir) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return true;
  return fs::is_directory(dir, ec) && fs::is_empty(dir, ec);
}


// True when `inner` is `outer` or lies below it (both made canonical as far
// as they exist, so links and ".." cannot hide it).
bool IsWithin(const fs::path& inner, const fs::path& outer) {
  std::error_code ec;
  const fs::path a = fs::weakly_canonical(inner, ec);
  if (ec) return false;
  const fs::path b = fs::weakly_canonical(outer, ec);
  if (ec) return false;
  auto it = a.begin();
  for (const auto& part : b) {
    if (part.empty()) continue;  // a trailing separator
    if (it == a.end() || *it != part) return false;
    ++it;
  }
  return true;
}

}  // namespace

Result<BackupInfo> CreateBackup(const index::Database& db, const std::string& out,
                                const std::string& db_dir) {
  const auto start = std::chrono::steady_clock::now();
  if (out.empty()) return Status::InvalidArgument("backup path is empty");
  if (out.find('\0') != std::string::npos) {
    return Status::InvalidArgument("backup path contains a NUL byte");
  }
  std::error_code ec;
  const fs::path target = fs::absolute(out, ec).lexically_normal();
  if (ec) return Status::InvalidArgument("bad backup path " + out + ": " + ec.message());
  if (!db_dir.empty() && IsWithin(target, db_dir)) {
    return Status::InvalidArgument("backup target " + target.string() +
                                   " is inside the database folder " + db_dir);
  }
  if (fs::exists(target, ec)) {
    return Status::InvalidArgument("backup target " + target.string() + " already exists");
  }
  if (!fs::is_directory(target.parent_path(), ec)) {
    return Status::InvalidArgument("the folder " + target.parent_path().string() +
                                   " does not exist");
  }
  // Whether the folder can be made at all (read-only or virtual file
  // systems such as /proc cannot) is the caller's mistake, not ours.
  if (!fs::create_directory(target, ec) || ec) {
    return Status::InvalidArgument("cannot create the folder " + target.string() + ": " +
                                   (ec ? ec.message() : "it exists"));
  }
  fs::remove(target, ec);
  if (Status s = db.CreateCheckpoint(target.string()); !s.ok()) {
    fs::remove_all(target, ec);
    return s;
  }
  auto documents = CheckRoleGraphDatabase(target.string());
  if (!documents.ok()) {
    fs::remove_all(target, ec);
    return Status::IOError("the checkpoint in " + target.string() +
                           " does not open: " + documents.status().message());
  }
  BackupInfo info;
  info.path = target.string();
  info.documents = *documents;
  info.bytes = FolderBytes(target);
  info.seconds = SecondsSince(start);
  return info;
}

Result<BackupInfo> RestoreBackup(const std::string& backup, const std::string& db_dir, bool force) {
  const auto start = std::chrono::steady_clock::now();
  auto documents = CheckRoleGraphDatabase(backup);
  if (!documents.ok()) return documents.status();

  std::error_code ec;
  const fs::path target = fs::absolute(db_dir, ec);
  if (ec || target.filename().empty()) return Status::InvalidArgument("bad --db path " + db_dir);
  if (fs::equivalent(backup, target, ec)) {
    return Status::InvalidArgument("the backup and the database are the same folder");
  }
  const bool replace = !IsEmptyOrMissing(target);
  if (replace) {
    if (!force) {
      return Status::InvalidArgument(target.string() +
                                     " is not empty; pass --force to replace that database");
    }
    if (!fs::is_regular_file(target / "CURRENT", ec)) {
      return Status::InvalidArgument(target.string() +
                                     " is not a RocksDB database; refusing to replace it");
    }
    // Opening read-write takes RocksDB's lock: it fails while a server has
    // the database open.
    index::Options options;
    options.create_if_missing = false;
    auto open = index::Database::Open(target.string(), options);
    if (!open.ok()) {
      return Status::Unavailable("cannot replace " + target.string() +
                                 " (in use by a running server?): " + open.status().message());
    }
  }

  const fs::path staging = target.parent_path() /
                           (target.filename().string() + ".restoring-" + std::to_string(getpid()));
  fs::remove_all(staging, ec);
  fs::copy(backup, staging, fs::copy_options::recursive, ec);
  if (ec) {
    fs::remove_all(staging, ec);
    return Status::IOError("cannot copy " + backup + " to " + staging.string() + ": " +
                           ec.message());
  }
  if (replace || fs::exists(target)) fs::remove_all(target, ec);
  if (!ec) fs::rename(staging, target, ec);
  if (ec) {
    return Status::IOError("cannot move " + staging.string() + " to " + target.string() + ": " +
                           ec.message());
  }
  auto restored = CheckRoleGraphDatabase(target.string());
  if (!restored.ok()) return restored.status();

  BackupInfo info;
  info.path = target.string();
  info.documents = *restored;
  info.bytes = FolderBytes(target);
  info.seconds = SecondsSince(start);
  return info;
}

}  // namespace rolegraph::server
