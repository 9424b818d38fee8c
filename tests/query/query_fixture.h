// A query engine over a fresh database in the temp directory, holding the
// documents a test writes (file name -> text) or a folder of the repository.
// One fixture per test file, shared by its test cases.
#pragma once

#include <doctest/doctest.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/ingester.h"
#include "rolegraph/query/engine.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::testing {

using Documents = std::vector<std::pair<std::string, std::string>>;

struct QueryFixture {
  std::filesystem::path dir;
  std::unique_ptr<index::Database> db;
  std::unique_ptr<ingest::Analyzer> analyzer;
  std::unique_ptr<query::Lexicon> lexicon;
  std::unique_ptr<query::QueryEngine> engine;

  // `tag` names the temp folder. With `docs` empty and `folder` empty the
  // database starts empty.
  QueryFixture(const std::string& tag, const Documents& docs, const std::string& folder = "") {
    namespace fs = std::filesystem;
    dir = fs::temp_directory_path() / ("rolegraph-" + tag + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "docs");
    for (const auto& [name, text] : docs) std::ofstream(dir / "docs" / name) << text;
    auto a = ingest::Analyzer::Create();
    REQUIRE(a.ok());
    analyzer = std::move(*a);
    auto d = index::Database::Open((dir / "db").string());
    REQUIRE(d.ok());
    db = std::move(*d);
    auto l = query::Lexicon::Load(std::string(ROLEGRAPH_DATA_DIR) + "/lexicon.bin");
    REQUIRE(l.ok());
    lexicon = std::move(*l);
    const std::string source = !docs.empty() ? (dir / "docs").string() : folder;
    if (!source.empty()) {
      ingest::Ingester ingester(*analyzer, *db);
      auto summary = ingester.IngestPaths({source}, true);
      REQUIRE(summary.ok());
      REQUIRE(summary->failed == 0);
    }
    engine = std::make_unique<query::QueryEngine>(*db, *analyzer, *lexicon);
  }
  ~QueryFixture() {
    engine.reset();
    db.reset();
    std::filesystem::remove_all(dir);
  }

  // Ingests one English document into the live database (a new version).
  void Add(const std::string& id, const std::string& text) {
    ingest::Ingester ingester(*analyzer, *db);
    ingest::DocumentInput input;
    input.id = id;
    input.lang = "en";
    input.text = text;
    REQUIRE(ingester.IngestDocument(input).ok());
  }

  query::AskResponse Ask(const std::string& q) {
    query::AskRequest r;
    r.question = q;
    auto out = engine->Ask(r);
    REQUIRE(out.ok());
    return *out;
  }
};

inline bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

inline std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Whether the answer's role name or one of its aliases, lower case, holds
// `part` (NamesRole) or is `name` (IsNamed).
inline bool NamesRole(const query::Answer& a, const std::string& part) {
  if (Contains(Lower(a.role.name), part)) return true;
  for (const auto& alias : a.role.aliases)
    if (Contains(Lower(alias), part)) return true;
  return false;
}
inline bool IsNamed(const query::Answer& a, const std::string& name) {
  if (Lower(a.role.name) == name) return true;
  for (const auto& alias : a.role.aliases)
    if (Lower(alias) == name) return true;
  return false;
}

}  // namespace rolegraph::testing
