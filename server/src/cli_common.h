// What the `rolegraph` subcommands share: exit codes, error printing,
// argument handling, and opening the database / analyzer / lexicon / engine.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli_args.h"
#include "rolegraph/index/database.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/engine.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;
inline constexpr const char* kDefaultDb = "./rolegraph.db";

// "rolegraph: error: <message>" on stderr (one line); returns kExitUsage.
int UsageError(const std::string& message);
// "rolegraph: <message>" on stderr; returns kExitFailure.
int Failure(const std::string& message);

// Parses args; on --help prints usage to stdout and returns kExitOk, on
// misuse returns kExitUsage; nullopt means "go on".
std::optional<int> ParseArgs(ArgParser& parser, const std::vector<std::string>& args);

// Read-only opens require an existing database directory.
Result<std::unique_ptr<index::Database>> OpenDatabase(const std::string& dir, bool read_only);
// A read replica of the database another process writes at `writer_dir`
// (a RocksDB secondary), or of the backups it publishes there (a folder of
// BackupEngine backups, restored and swapped in); `own_dir` (created if
// missing) holds the replica's own files.
Result<std::unique_ptr<index::Database>> OpenReplica(const std::string& writer_dir,
                                                     const std::string& own_dir);

// --lexicon PATH, else $ROLEGRAPH_LEXICON, else the prebuilt
// share/rolegraph/lexicon.bin next to the binary (ingest/install_layout.h);
// when none loads, builds one from the glossary and says so on `log`.
Result<std::unique_ptr<query::Lexicon>> LoadLexicon(const std::string& flag_path,
                                                    const ingest::Analyzer& analyzer,
                                                    std::ostream& log);

// Everything needed to answer questions, owned together.
struct QueryStack {
  std::unique_ptr<index::Database> db;
  std::unique_ptr<ingest::Analyzer> analyzer;
  std::unique_ptr<query::Lexicon> lexicon;
  std::unique_ptr<query::QueryEngine> engine;
};
// Creates the analyzer and loads the lexicon. They need no database, so
// `serve` loads them while the database opens.
Status LoadLanguage(QueryStack& stack, const std::string& lexicon_path, std::ostream& log);
// With an open database: creates the analyzer and loads the lexicon unless
// LoadLanguage did, makes the engine.
Status CompleteQueryStack(QueryStack& stack, const std::string& lexicon_path, std::ostream& log);
// Opens --db read-only and builds the engine on it (--lexicon); on failure
// says why on stderr and returns the exit code.
std::optional<int> OpenQueryStackReadOnly(const ArgParser& parser, QueryStack& stack);

}  // namespace rolegraph::cli
