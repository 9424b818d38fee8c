#include "cli_common.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace rolegraph::cli {
namespace {

#ifndef ROLEGRAPH_DATA_DIR
#define ROLEGRAPH_DATA_DIR ""
#endif
#ifndef ROLEGRAPH_SOURCE_DIR
#define ROLEGRAPH_SOURCE_DIR ""
#endif

std::string Env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

// The glossary for a fallback build: next to the prebuilt lexicon, else in
// the source tree the binary was built from.
std::string GlossaryPath() {
  for (const std::string& candidate :
       {std::string(ROLEGRAPH_DATA_DIR) + "/glossary.tsv",
        std::string(ROLEGRAPH_SOURCE_DIR) + "/query/data/glossary.tsv"}) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate;
  }
  return std::string(ROLEGRAPH_SOURCE_DIR) + "/query/data/glossary.tsv";
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

Result<std::unique_ptr<index::Database>> OpenDatabase(const std::string& dir, bool read_only) {
  if (read_only) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
      return Status::NotFound("no database at " + dir + " (run `rolegraph ingest --db " + dir +
                              " PATH...` first)");
    }
  }
  index::Options options;
  options.read_only = read_only;
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
  options.create_if_missing = !read_only;
  return index::Database::Open(dir, options);
}

Result<std::unique_ptr<query::Lexicon>> LoadLexicon(const std::string& flag_path,
                                                    const ingest::Analyzer& analyzer,
                                                    std::ostream& log) {
  std::string path = flag_path;
  if (path.empty()) path = Env("ROLEGRAPH_LEXICON");
  if (path.empty()) path = std::string(ROLEGRAPH_DATA_DIR) + "/lexicon.bin";
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

Status CompleteQueryStack(QueryStack& stack, const std::string& lexicon_path, std::ostream& log) {
  auto analyzer = ingest::Analyzer::Create();
  if (!analyzer.ok()) return analyzer.status();
  stack.analyzer = std::move(analyzer).value();
  auto lexicon = LoadLexicon(lexicon_path, *stack.analyzer, log);
  if (!lexicon.ok()) return lexicon.status();
  stack.lexicon = std::move(lexicon).value();
  stack.engine = std::make_unique<query::QueryEngine>(*stack.db, *stack.analyzer, *stack.lexicon);
  return Status::Ok();
}

}  // namespace rolegraph::cli
