// Backups of a RoleGraph database: a RocksDB checkpoint into a new folder,
// and a restore that checks what it is given before replacing anything.
// Shared by `rolegraph backup|restore` and POST /v1/admin/backup.
#pragma once

#include <cstdint>
#include <string>

#include "rolegraph/index/database.h"
#include "rolegraph/index/status.h"

namespace rolegraph::server {

struct BackupInfo {
  std::string path;  // absolute
  uint64_t documents = 0;
  uint64_t bytes = 0;  // on disk (hard links count fully)
  double seconds = 0;
};

// Checkpoints `db` into `out`, which must not exist (its parent must).
// InvalidArgument for a bad target (a NUL byte, a folder that cannot be
// created, a path inside `db_dir`, the live database's folder, when given);
// the folder is removed again on failure. The counts are read from the
// checkpoint itself, opened read-only, so they describe the copy.
Result<BackupInfo> CreateBackup(const index::Database& db, const std::string& out,
                                const std::string& db_dir = "");

// Copies the backup at `backup` into `db_dir`. The backup must open as a
// RoleGraph database. A non-empty `db_dir` is replaced only with `force`, and
// only when it holds a RocksDB database no process has open (anything else
// is refused, so a typo cannot wipe an unrelated folder). The copy goes to a
// sibling folder first and is renamed into place.
Result<BackupInfo> RestoreBackup(const std::string& backup, const std::string& db_dir, bool force);

}  // namespace rolegraph::server
