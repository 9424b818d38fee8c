// Language identification: whole texts (questions) and per-sentence
// decisions inside documents, including the corpus.

#include <string>
#include <vector>

#include "ingest/analyzer_test_util.h"

namespace rolegraph::ingest {
namespace {

using testing::SharedAnalyzer;
using testing::Slice;

TEST_CASE("DetectLanguage: table") {
  struct Case {
    std::string text;
    Lang lang;
  };
  const std::vector<Case> cases = {
      {"Siapa yang mengawasi desain produk?", Lang::kId},
      {"Who manages vendors for product improvement?", Lang::kEn},
      {"Apa tanggung jawab CTO?", Lang::kId},
      {"What does a CTO do?", Lang::kEn},
      {"Bagaimana CIO bekerja dengan CMO?", Lang::kId},
      {"Which role is responsible for the budget?", Lang::kEn},
      {"Hal itu seiring dengan tingginya demand terhadap digital experience sebagai bagian dari kampanye brand.",
       Lang::kId},
      {"CTO", Lang::kEn},  // no evidence: English
      {"", Lang::kEn},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(SharedAnalyzer().DetectLanguage(c.text) == c.lang);
  }
}

// A question is tokenised once: the language it is read in and its tokens
// are what detecting, then tokenising, gives.
TEST_CASE("TokenizeDetecting: the language and tokens of DetectLanguage then Tokenize") {
  const std::vector<std::string> texts = {"Siapa yang merapikan gudang arsip lama?",
                                          "Which clerk files the old invoices each Friday?", "42 / 7", ""};
  for (const std::string& text : texts) {
    CAPTURE(text);
    Lang expected = SharedAnalyzer().DetectLanguage(text);
    if (expected == Lang::kUnknown) expected = Lang::kEn;
    const std::vector<Token> want = SharedAnalyzer().Tokenize(text, expected);
    Lang got = Lang::kUnknown;
    const std::vector<Token> tokens = SharedAnalyzer().TokenizeDetecting(text, Lang::kEn, &got);
    CHECK(got == expected);
    REQUIRE(tokens.size() == want.size());
    for (size_t i = 0; i < tokens.size(); ++i) {
      CHECK(tokens[i].norm == want[i].norm);
      CHECK(tokens[i].stem == want[i].stem);
      CHECK(tokens[i].begin == want[i].begin);
      CHECK(tokens[i].end == want[i].end);
      CHECK(tokens[i].stop == want[i].stop);
    }
  }
}

TEST_CASE("Analyze: short or ambiguous sentences take the document language") {
  const std::string text =
      "1. CEO\nmarketing-tech\nCIO bertanggung jawab untuk komunikasi dan kolaborasi dengan vendor ini.\n"
      "Sign In\nYour email address will not be published.\nCTO juga berurusan dengan vendor.\n";
  const auto sentences = SharedAnalyzer().Analyze(text);
  REQUIRE(sentences.size() == 6);
  CHECK(sentences[0].lang == Lang::kId);  // "1. CEO": no evidence
  CHECK(sentences[1].lang == Lang::kId);  // "marketing-tech": too short
  CHECK(sentences[2].lang == Lang::kId);
  CHECK(sentences[3].lang == Lang::kId);  // "Sign In": too short
  CHECK(sentences[4].lang == Lang::kEn);  // English boilerplate keeps its own language
  CHECK(sentences[5].lang == Lang::kId);
}

TEST_CASE("Analyze: an English document gives its headings English") {
  const auto sentences =
      SharedAnalyzer().Analyze("2. CPO\nIt is rare for a company to have only one product in this age.\n");
  REQUIRE(sentences.size() == 2);
  CHECK(sentences[0].lang == Lang::kEn);
  CHECK(sentences[0].tokens.at(1).stem == "cpo");
}

TEST_CASE("Analyze: corpus sentences get the right language") {
  struct Case {
    const char* file;
    Lang lang;
  };
  for (const Case& c : {Case{"000_224a974bfa5f13d0.txt", Lang::kId}, Case{"003_746cc11769668220.txt", Lang::kId},
                        Case{"002_4cf627274d26885a.txt", Lang::kEn}}) {
    CAPTURE(c.file);
    const std::string text = testing::ReadCorpusFile(c.file);
    const auto sentences = SharedAnalyzer().Analyze(text);
    CHECK(sentences.size() > 10);
    for (const AnalyzedSentence& s : sentences) {
      CAPTURE(Slice(text, s.begin, s.end));
      CHECK(s.lang == c.lang);
    }
  }
}

TEST_CASE("Analyze: Indonesian article with English site furniture (corpus 001)") {
  const std::string text = testing::ReadCorpusFile("001_bcad2f32bbdbc256.txt");
  int english = 0;
  for (const AnalyzedSentence& s : SharedAnalyzer().Analyze(text)) {
    const std::string sentence = Slice(text, s.begin, s.end);
    CAPTURE(sentence);
    if (sentence.starts_with("Your email address") || sentence.starts_with("This site uses") ||
        sentence.starts_with("Learn how")) {
      CHECK(s.lang == Lang::kEn);
      ++english;
    } else if (sentence.starts_with("Hal itu seiring") || sentence.starts_with("Akan tetapi") ||
               sentence.starts_with("#1 CIO") || sentence.starts_with("Tim CIO")) {
      CHECK(s.lang == Lang::kId);
    }
  }
  CHECK(english == 3);
}

}  // namespace
}  // namespace rolegraph::ingest
