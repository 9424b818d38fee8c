// `rolegraph check --db DIR`: verifies a database without changing it.
// The write-ahead log is replayed strictly (a damaged record is an error,
// where `serve` would recover up to it and drop the rest), then every
// block of every table file is read and its checksum checked.
#include <iostream>
#include <string>

#include "cli_commands.h"
#include "cli_common.h"
#include "rolegraph/index/database.h"

namespace rolegraph::cli {

int RunCheck(const Args& args) {
  ArgParser parser("check [--db DIR]",
                   "Verify the database in DIR: the write-ahead log and every checksum of every\n"
                   "table file. Read-only (run it while the server is stopped, or on a copy).\n"
                   "Exit 0: intact; 1: damaged (what and where on stderr), or cannot open.");
  parser.Option("db", "DIR", "database directory", kDefaultDb).Positionals(0, 0, "");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  const std::string dir = parser.Get("db");
  index::Options options;
  options.read_only = true;
  options.create_if_missing = false;
  options.strict_wal_recovery = true;
  auto db = index::Database::Open(dir, options);
  if (!db.ok()) {
    if (db.status().code() == Status::Code::kCorruption) {
      return Failure("damaged: " + db.status().message());
    }
    return Failure("cannot open database " + dir + ": " + db.status().message());
  }
  if (Status s = (*db)->VerifyChecksums(); !s.ok()) {
    return Failure("damaged: " + dir + ": " + s.ToString());
  }
  const auto stats = (*db)->NewReader()->Stats();
  std::cout << "ok: " << dir << ": " << stats.documents << " documents, " << stats.sentences
            << " sentences; write-ahead log and table checksums verified" << std::endl;
  return kExitOk;
}

}  // namespace rolegraph::cli
