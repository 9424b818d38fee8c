// `rolegraph backup --db DIR OUT` and `rolegraph restore BACKUP --db DIR`.
#include <iostream>

#include "backup.h"
#include "cli_commands.h"
#include "cli_common.h"

namespace rolegraph::cli {
namespace {

void PrintInfo(const char* what, const server::BackupInfo& info) {
  std::cout << what << " " << info.path << ": " << info.documents << " documents, " << info.bytes
            << " bytes in " << info.seconds << " s" << std::endl;
}

}  // namespace

int RunBackup(const Args& args) {
  ArgParser parser("backup [--db DIR] OUT",
                   "Copy the database into the new folder OUT (a RocksDB "
                   "checkpoint: consistent,\n"
                   "hard links where OUT is on the same file system). RocksDB "
                   "lets one process\n"
                   "open a database for writing, so while `rolegraph serve` "
                   "runs on DIR ask the\n"
                   "server instead (write key required):\n"
                   "  curl -X POST -H 'Authorization: Bearer KEY' "
                   "http://HOST:PORT/v1/admin/backup \\\n"
                   "       -d '{\"path\": \"/absolute/OUT\"}'");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Positionals(1, 1, "OUT (a folder that does not exist yet)");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  const std::string dir = parser.Get("db");
  index::Options options;
  options.create_if_missing = false;
  auto db = index::Database::Open(dir, options);
  if (!db.ok()) {
    const std::string why = db.status().message();
    if (why.find("lock") != std::string::npos) {
      return Failure("database " + dir +
                     " is open in another process (a running server?); use POST "
                     "/v1/admin/backup on that server (see `rolegraph backup --help`)");
    }
    return Failure("cannot open database " + dir + ": " + why);
  }
  auto info = server::CreateBackup(**db, parser.positional()[0], dir);
  if (!info.ok()) return Failure("backup failed: " + info.status().message());
  PrintInfo("backup", *info);
  return kExitOk;
}

int RunRestore(const Args& args) {
  ArgParser parser("restore [--db DIR] [--force] BACKUP",
                   "Copy the backup BACKUP (from `rolegraph backup` or POST "
                   "/v1/admin/backup)\n"
                   "into DIR. BACKUP must be a RoleGraph database. A non-empty "
                   "DIR is replaced\n"
                   "only with --force, only when it is a RocksDB database, and "
                   "never while a\n"
                   "server has it open. BACKUP itself is left as it was.");
  parser.Option("db", "DIR", "database directory to restore into", kDefaultDb)
      .Flag("force", "replace an existing database in DIR")
      .Positionals(1, 1, "BACKUP (a backup folder)");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  auto info = server::RestoreBackup(parser.positional()[0], parser.Get("db"), parser.Has("force"));
  if (!info.ok()) return Failure("restore failed: " + info.status().message());
  PrintInfo("restored", *info);
  return kExitOk;
}

}  // namespace rolegraph::cli
