#include "cli_common.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "rolegraph/ingest/install_layout.h"

namespace rolegraph::cli {
namespace {

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

// The glossary for a fallback build: share/rolegraph/glossary.tsv next to
// the binary (installed, or the build tree's link to query/data).
std::string GlossaryPath() {
  std::string found = ingest::FindSharedFile("glossary.tsv");
  return found.empty() ? std::string("share/rolegraph/glossary.tsv") : found;
}

}  // namespace

int UsageError(const std::string& message) {
  std::string line = message;
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  std::cerr << "rolegraph: error: " << line << std::endl;
  return kExitUsage;
}

int Failure(const std::string& message) {
  std::cerr << "rolegraph: " << message << std::endl;
  return kExitFailure;
}

std::optional<int> ParseArgs(ArgParser& parser, const std::vector<std::string>& args) {
  Status s = parser.Parse(args);
  if (!s.ok()) return UsageError(s.message());
  if (parser.help()) {
    std::cout << parser.Usage() << std::flush;
    return kExitOk;
  }
  return std::nullopt;
}

namespace {

Result<index::Options> OptionsFromEnvironment() {
  index::Options options;
  // $ROLEGRAPH_CACHE_MB (RocksDB's block cache, default 32),
  // $ROLEGRAPH_MEMTABLE_MB (all memtables together, default 16) and
  // $ROLEGRAPH_POSTING_CACHE_MB (decoded posting lists, default 24): the
  // memory the database may fill. The soak test makes them small so they are
  // full before memory is measured.
  for (auto [name, bytes] : {std::pair{"ROLEGRAPH_CACHE_MB", &options.block_cache_bytes},
                             std::pair{"ROLEGRAPH_MEMTABLE_MB", &options.memtable_budget_bytes},
                             std::pair{"ROLEGRAPH_POSTING_CACHE_MB", &options.posting_cache_bytes}}) {
    const std::string mb = Env(name);
    if (mb.empty()) continue;
    char* end = nullptr;
    const unsigned long long value = std::strtoull(mb.c_str(), &end, 10);
    if (end == mb.c_str() || *end != '\0' || value < 1 || value > (1u << 20)) {
      return Status::InvalidArgument(std::string(name) + " must be a number of megabytes 1..1048576");
    }
    *bytes = static_cast<size_t>(value) << 20;
  }
  return options;
}

}  // namespace

Result<std::unique_ptr<index::Database>> OpenDatabase(const std::string& dir, bool read_only) {
  if (read_only) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      return Status::NotFound("no database at " + dir + " (run `rolegraph ingest --db " + dir +
                              " PATH...` first)");
    }
  }
  auto options = OptionsFromEnvironment();
  if (!options.ok()) return options.status();
  options->read_only = read_only;
  options->create_if_missing = !read_only;
  return index::Database::Open(dir, *options);
}

Result<std::unique_ptr<index::Database>> OpenReplica(const std::string& writer_dir,
                                                     const std::string& own_dir) {
  std::error_code ec;
  const bool backups = index::Database::IsBackupFolder(writer_dir);
  if (!backups && !std::filesystem::is_regular_file(std::filesystem::path(writer_dir) / "CURRENT", ec)) {
    return Status::NotFound("neither a RocksDB database nor a backup folder at " + writer_dir +
                            " (--replica-of names the writer's --db or --publish-backups folder)");
  }
  if (std::filesystem::exists(own_dir, ec) && std::filesystem::equivalent(writer_dir, own_dir, ec)) {
    return Status::InvalidArgument("a replica needs its own --db folder, not the writer's (" +
                                   writer_dir + ")");
  }
  std::filesystem::create_directories(own_dir, ec);
  if (ec) return Status::IOError("cannot create " + own_dir + ": " + ec.message());
  auto options = OptionsFromEnvironment();
  if (!options.ok()) return options.status();
  options->create_if_missing = false;
  if (backups) return index::Database::OpenBackupReplica(writer_dir, own_dir, *options);
  options->secondary_dir = own_dir;
  return index::Database::Open(writer_dir, *options);
}

Result<std::unique_ptr<query::Lexicon>> LoadLexicon(const std::string& flag_path,
                                                    const ingest::Analyzer& analyzer,
                                                    std::ostream& log) {
  std::string path = flag_path;
  if (path.empty()) path = Env("ROLEGRAPH_LEXICON");
  if (path.empty()) path = ingest::FindSharedFile("lexicon.bin");
  if (path.empty()) path = "share/rolegraph/lexicon.bin";  // named in the message below
  auto loaded = query::Lexicon::Load(path);
  if (loaded.ok()) return loaded;

  const auto start = std::chrono::steady_clock::now();
  query::LexiconSources sources;
  sources.glossary = GlossaryPath();
  log << "rolegraph: cannot load lexicon " << path << " (" << loaded.status().ToString()
      << "); building one from " << sources.glossary << std::endl;
  auto built = query::Lexicon::Build(sources, analyzer);
  if (!built.ok()) return built.status();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  log << "rolegraph: built lexicon in " << seconds << " s: " << (*built)->Stats() << std::endl;
  return built;
}

Status LoadLanguage(QueryStack& stack, const std::string& lexicon_path, std::ostream& log) {
  auto analyzer = ingest::Analyzer::Create();
  if (!analyzer.ok()) return analyzer.status();
  stack.analyzer = std::move(analyzer).value();
  auto lexicon = LoadLexicon(lexicon_path, *stack.analyzer, log);
  if (!lexicon.ok()) return lexicon.status();
  stack.lexicon = std::move(lexicon).value();
  return Status::Ok();
}

Status CompleteQueryStack(QueryStack& stack, const std::string& lexicon_path, std::ostream& log) {
  if (!stack.lexicon) {
    if (Status s = LoadLanguage(stack, lexicon_path, log); !s.ok()) return s;
  }
  stack.engine = std::make_unique<query::QueryEngine>(*stack.db, *stack.analyzer, *stack.lexicon);
  return Status::Ok();
}

std::optional<int> OpenQueryStackReadOnly(const ArgParser& parser, QueryStack& stack) {
  auto db = OpenDatabase(parser.Get("db"), /*read_only=*/true);
  if (!db.ok()) return Failure("cannot open database: " + db.status().ToString());
  stack.db = std::move(db).value();
  if (Status s = CompleteQueryStack(stack, parser.Get("lexicon"), std::cerr); !s.ok())
    return Failure("cannot load the query engine: " + s.ToString());
  return std::nullopt;
}

}  // namespace rolegraph::cli
