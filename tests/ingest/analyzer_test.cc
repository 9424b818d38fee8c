// Analyzer as a whole: creation, robustness on bad input, and identical
// results from many threads sharing one instance.

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "ingest/analyzer_test_util.h"

namespace rolegraph::ingest {
namespace {

using testing::SharedAnalyzer;

bool SameAnalysis(const std::vector<AnalyzedSentence>& a, const std::vector<AnalyzedSentence>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end || a[i].lang != b[i].lang ||
        a[i].heading != b[i].heading || a[i].tokens.size() != b[i].tokens.size()) {
      return false;
    }
    for (size_t k = 0; k < a[i].tokens.size(); ++k) {
      const Token& x = a[i].tokens[k];
      const Token& y = b[i].tokens[k];
      if (x.norm != y.norm || x.stem != y.stem || x.begin != y.begin || x.end != y.end || x.stop != y.stop) {
        return false;
      }
    }
  }
  return true;
}

TEST_CASE("Analyzer::Create gives independent working instances") {
  auto first = Analyzer::Create();
  auto second = Analyzer::Create();
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK((*first)->Stem("managers", Lang::kEn) == (*second)->Stem("managers", Lang::kEn));
  CHECK((*first)->Analyze("").empty());
  CHECK((*first)->Tokenize("", Lang::kEn).empty());
}

TEST_CASE("Analyze: invalid UTF-8 does not crash and offsets stay in range") {
  const std::string text = std::string("CTO \xFF\xFE mengelola.\n\xC3 tim ") + '\xE2' + '\x80';
  const auto sentences = SharedAnalyzer().Analyze(text);
  CHECK_FALSE(sentences.empty());
  for (const AnalyzedSentence& s : sentences) {
    CHECK(s.begin < s.end);
    CHECK(s.end <= text.size());
    for (const Token& t : s.tokens) {
      CHECK(t.begin >= s.begin);
      CHECK(t.end <= s.end);
    }
  }
  CHECK(SharedAnalyzer().Tokenize(text, Lang::kUnknown).size() >= 3);
}

TEST_CASE("Analyze: one instance, many threads, same results") {
  std::vector<std::string> texts;
  for (const char* name : {"000_224a974bfa5f13d0.txt", "001_bcad2f32bbdbc256.txt", "002_4cf627274d26885a.txt",
                           "003_746cc11769668220.txt"}) {
    texts.push_back(testing::ReadCorpusFile(name));
  }
  std::vector<std::vector<AnalyzedSentence>> expected;
  for (const std::string& text : texts) expected.push_back(SharedAnalyzer().Analyze(text));

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 10; ++round) {
        const size_t i = static_cast<size_t>(t + round) % texts.size();
        if (!SameAnalysis(SharedAnalyzer().Analyze(texts[i]), expected[i])) ++mismatches;
        if (SharedAnalyzer().DetectLanguage("Siapa yang mengawasi desain produk?") != Lang::kId) ++mismatches;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  CHECK(mismatches == 0);
}

}  // namespace
}  // namespace rolegraph::ingest
