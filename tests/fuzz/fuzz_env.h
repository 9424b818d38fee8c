// Shared by the fuzz targets that need the whole stack: an analyzer, the
// prebuilt lexicon and a RocksDB database in a temporary directory holding
// the repository's corpus, built once per fuzzing process.
#pragma once

#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "rolegraph/index/database.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/ingester.h"
#include "rolegraph/query/engine.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::fuzz {

class FuzzStack {
 public:
  static FuzzStack& Get() {
    static FuzzStack stack;
    return stack;
  }
  ~FuzzStack() {
    engine.reset();
    db.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }

  std::unique_ptr<ingest::Analyzer> analyzer;
  std::unique_ptr<query::Lexicon> lexicon;
  std::unique_ptr<index::Database> db;
  std::unique_ptr<query::QueryEngine> engine;

 private:
  FuzzStack() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "rolegraph-fuzz-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) Die("mkdtemp failed");
    dir_ = pattern;
    analyzer = Take(ingest::Analyzer::Create(), "analyzer");
    lexicon = Take(query::Lexicon::Load(ROLEGRAPH_DATA_DIR "/lexicon.bin"), "lexicon");
    db = Take(index::Database::Open(dir_ + "/db"), "database");
    ingest::Ingester ingester(*analyzer, *db);
    auto summary = ingester.IngestPaths({ROLEGRAPH_SOURCE_DIR "/corpus"}, /*prune=*/false);
    if (!summary.ok()) Die("ingest: " + summary.status().ToString());
    engine = std::make_unique<query::QueryEngine>(*db, *analyzer, *lexicon);
  }

  template <typename T>
  static T Take(Result<T> result, const char* what) {
    if (!result.ok()) Die(std::string(what) + ": " + result.status().ToString());
    return std::move(result).value();
  }
  [[noreturn]] static void Die(const std::string& message) {
    std::fprintf(stderr, "fuzz setup: %s\n", message.c_str());
    std::abort();
  }

  std::string dir_;
};

}  // namespace rolegraph::fuzz
