// The pruned top-k retrieval returns exactly what scoring every sentence
// would, ties included, over a real store with replaced and deleted documents.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <string>
#include <unistd.h>

#include "../query/src/top_sentences.h"
#include "rolegraph/index/database.h"

namespace fs = std::filesystem;
using namespace rolegraph;
using namespace rolegraph::query;

namespace {

struct TempDir {
  fs::path path = fs::temp_directory_path() / ("rolegraph-top-" + std::to_string(::getpid()));
  TempDir() { fs::remove_all(path); }
  ~TempDir() { fs::remove_all(path); }
};

// `index_step` spreads the sentence indexes (a long document's are past 64).
index::IndexedDocument RandomDoc(const std::string& id, std::mt19937& rng, int version, uint32_t index_step = 1) {
  static const char* kWords[] = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota", "kappa"};
  index::IndexedDocument d;
  d.doc.meta.id = id;
  d.doc.meta.title = id;
  d.doc.meta.hash = id + std::to_string(version);
  d.doc.text = std::string(200, 'x');
  uint32_t sentences = 1 + rng() % 6;
  for (uint32_t i = 0; i < sentences; ++i) {
    index::SentenceRecord s;
    s.index = i * index_step;
    s.end = 10;
    uint32_t words = 1 + rng() % 4;
    for (uint32_t w = 0; w < words; ++w) s.terms.push_back({kWords[rng() % 10], 0, 1, rng() % 7 == 0});
    d.sentences.push_back(s);
  }
  return d;
}

std::vector<ScoredSentence> BruteForce(index::Reader& reader, const TermConcepts& terms,
                                       const std::vector<double>& idf, size_t k) {
  std::map<uint64_t, std::vector<double>> match;
  for (const auto& [term, uses] : terms) {
    auto ids = reader.SentenceNumbers(term);
    REQUIRE(ids.ok());
    for (uint64_t id : *ids) {
      auto& m = match[id];
      if (m.empty()) m.assign(idf.size(), 0.0);
      for (const auto& [i, w] : uses) m[i] = std::max(m[i], w);
    }
  }
  std::vector<ScoredSentence> all;
  for (auto& [id, m] : match) {
    double score = 0;
    for (size_t i = 0; i < m.size(); ++i) score += idf[i] * m[i];
    all.push_back({id, m, score});
  }
  std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  if (all.size() > k) all.resize(k);
  return all;
}

std::string Id(int i) { return std::string("d") + std::to_string(i); }

}  // namespace

// Puts `n` random documents (ids Id(0)..Id(n-1), version 0) in one batch.
void PutRandomDocs(index::Database& db, std::mt19937& rng, int n) {
  std::vector<index::IndexedDocument> batch;
  for (int i = 0; i < n; ++i) batch.push_back(RandomDoc(Id(i), rng, 0));
  REQUIRE(db.PutMany(batch).ok());
}

TEST_CASE("top sentences equal scoring every sentence, ties to the earlier sentence") {
  TempDir dir;
  auto db = index::Database::Open(dir.path.string());
  REQUIRE(db.ok());
  std::mt19937 rng(7);
  // Every fifth document long: its sentence indexes run past 64.
  for (int i = 0; i < 300; ++i) REQUIRE((*db)->Put(RandomDoc(Id(i), rng, 0, i % 5 == 0 ? 40 : 1)).ok());
  // Replacements get new document numbers; deletions leave holes.
  for (int i = 0; i < 300; i += 7) REQUIRE((*db)->Put(RandomDoc(Id(i), rng, 1)).ok());
  for (int i = 3; i < 300; i += 11) REQUIRE((*db)->Delete(Id(i)).ok());
  auto reader = (*db)->NewReader();

  const std::vector<std::string> words = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota"};
  const double weights[] = {1.0, 0.9, 0.85, 0.6};
  for (int trial = 0; trial < 60; ++trial) {
    size_t concepts = 1 + rng() % 4;
    std::vector<double> idf;
    for (size_t c = 0; c < concepts; ++c) idf.push_back(trial % 3 == 0 ? 1.0 : 0.5 + (rng() % 8) * 0.25);
    TermConcepts terms;
    for (size_t c = 0; c < concepts; ++c)
      for (int t = 0, n = 1 + rng() % 3; t < n; ++t) terms[words[rng() % words.size()]].push_back({c, weights[rng() % 4]});
    size_t k = 1 + rng() % 60;
    auto slow = BruteForce(*reader, terms, idf, k);
    CAPTURE(trial);
    // The walk alone, and the cover pass first wherever it applies.
    for (const CoverPassLimits& cover : {CoverPassLimits{}, CoverPassLimits{0, 0}, CoverPassLimits{0, 5}}) {
      auto fast = TopSentences(*reader, terms, idf, k, cover);
      REQUIRE(fast.ok());
      CAPTURE(cover.after_candidates);
      REQUIRE(fast->size() == slow.size());
      for (size_t i = 0; i < slow.size(); ++i) {
        CHECK((*fast)[i].number == slow[i].number);
        CHECK((*fast)[i].score == slow[i].score);
        CHECK((*fast)[i].match == slow[i].match);
      }
    }
  }
}

TEST_CASE("long lists read from the posting cache as decoded arrays give the same top sentences, before and after a write") {
  TempDir dir;
  auto db = index::Database::Open(dir.path.string());
  REQUIRE(db.ok());
  std::mt19937 rng(11);
  // Lists of a few thousand sentences: cached as arrays, seeks gallop.
  PutRandomDocs(**db, rng, 3000);
  const std::vector<std::string> words = {"alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota"};
  const double weights[] = {1.0, 0.9, 0.85, 0.45};
  auto check = [&](int trials) {
    for (int trial = 0; trial < trials; ++trial) {
      auto reader = (*db)->NewReader();
      size_t concepts = 2 + rng() % 3;
      std::vector<double> idf;
      for (size_t c = 0; c < concepts; ++c) idf.push_back(0.5 + (rng() % 8) * 0.25);
      TermConcepts terms;
      for (size_t c = 0; c < concepts; ++c)
        for (int t = 0, n = 1 + rng() % 3; t < n; ++t) terms[words[rng() % words.size()]].push_back({c, weights[rng() % 4]});
      size_t k = 1 + rng() % 60;
      auto slow = BruteForce(*reader, terms, idf, k);
      CAPTURE(trial);
      for (const CoverPassLimits& cover : {CoverPassLimits{}, CoverPassLimits{0, 0}, CoverPassLimits{0, 5}}) {
        auto fast = TopSentences(*reader, terms, idf, k, cover);
        REQUIRE(fast.ok());
        CAPTURE(cover.after_candidates);
        REQUIRE(fast->size() == slow.size());
        for (size_t i = 0; i < slow.size(); ++i) CHECK((*fast)[i].number == slow[i].number);
      }
    }
  };
  check(20);
  // A write is a new version: lists cached before it are not read after it.
  for (int i = 0; i < 3000; i += 5) REQUIRE((*db)->Delete(Id(i)).ok());
  check(20);
}

TEST_CASE("a thread keeps its cover-pass bits only up to CoverPassLimits::kept_bits_bytes, with the same answers") {
  TempDir dir;
  auto db = index::Database::Open(dir.path.string());
  REQUIRE(db.ok());
  std::mt19937 rng(5);
  PutRandomDocs(**db, rng, 3000);
  auto reader = (*db)->NewReader();
  TermConcepts terms;
  terms["alpha"].push_back({0, 1.0});
  terms["beta"].push_back({1, 1.0});
  const std::vector<double> idf = {1.0, 1.0};
  const auto slow = BruteForce(*reader, terms, idf, 10);
  struct Row {
    size_t kept_bits_bytes;
    bool keeps;  // the bits of a 3,000-document pass outlive the question
  };
  for (const Row& row : {Row{size_t{1} << 30, true}, Row{1024, false}, Row{0, false}, Row{size_t{1} << 30, true}}) {
    CAPTURE(row.kept_bits_bytes);
    auto fast = TopSentences(*reader, terms, idf, 10, CoverPassLimits{0, 0, row.kept_bits_bytes});
    REQUIRE(fast.ok());
    REQUIRE(fast->size() == slow.size());
    for (size_t i = 0; i < slow.size(); ++i) CHECK((*fast)[i].number == slow[i].number);
    CHECK(CoverBitsKeptByThisThread() <= row.kept_bits_bytes);
    CHECK((CoverBitsKeptByThisThread() > 1024) == row.keeps);
  }
}

TEST_CASE("a deleted document leaves no sentence numbers; a replaced one has a new number") {
  TempDir dir;
  auto db = index::Database::Open(dir.path.string());
  REQUIRE(db.ok());
  std::mt19937 rng(1);
  auto doc = RandomDoc("a", rng, 0);
  doc.sentences = {doc.sentences[0]};
  doc.sentences[0].terms = {{"vendor", 0, 1, false}};
  REQUIRE((*db)->Put(doc).ok());
  auto first = (*db)->NewReader()->SentenceNumbers("vendor");
  REQUIRE(first.ok());
  REQUIRE(first->size() == 1);
  doc.doc.meta.hash = "changed";
  REQUIRE((*db)->Put(doc).ok());
  auto reader = (*db)->NewReader();
  auto second = reader->SentenceNumbers("vendor");
  REQUIRE(second->size() == 1);
  CHECK((*second)[0] > (*first)[0]);
  CHECK(*reader->DocIdOf(static_cast<uint32_t>((*second)[0] >> 32)) == "a");
  CHECK(reader->DocFreq("vendor") == 1);
  REQUIRE((*db)->Delete("a").ok());
  auto after = (*db)->NewReader();
  CHECK(after->SentenceNumbers("vendor")->empty());
  CHECK(after->DocFreq("vendor") == 0);
  CHECK(after->DocIdOf(static_cast<uint32_t>((*second)[0] >> 32)).status().IsNotFound());
}
