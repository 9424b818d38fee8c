// Stemming (Snowball with our Indonesian fixes) and stop words.

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "ingest/analyzer_test_util.h"

namespace rolegraph::ingest {
namespace {

using testing::SharedAnalyzer;

TEST_CASE("Stem: Indonesian word families share a stem") {
  const std::vector<std::vector<std::string>> families = {
      {"mengelola", "pengelolaan", "dikelola", "pengelola"},
      {"mengawasi", "pengawasan", "diawasi"},
      {"bertanggung", "tanggung"},
      {"menentukan", "ditentukan", "ketentuan"},
      {"perusahaan", "perusahaannya"},
      {"memastikan", "dipastikan"},
  };
  for (const auto& family : families) {
    const std::string stem = SharedAnalyzer().Stem(family[0], Lang::kId);
    CHECK(!stem.empty());
    for (const std::string& word : family) {
      CAPTURE(word);
      CHECK(SharedAnalyzer().Stem(word, Lang::kId) == stem);
    }
  }
  CHECK(SharedAnalyzer().Stem("mengelola", Lang::kId) != SharedAnalyzer().Stem("mengawasi", Lang::kId));
  CHECK(SharedAnalyzer().Stem("tim", Lang::kId) == "tim");  // too short for the k/t fix
}

TEST_CASE("Stem: English") {
  struct Case {
    const char* word;
    const char* stem;
  };
  for (const Case& c : {Case{"manages", "manag"}, Case{"management", "manag"}, Case{"managed", "manag"},
                        Case{"companies", "compani"}, Case{"company's", "compani"},
                        Case{"responsible", "respons"}}) {
    CAPTURE(c.word);
    CHECK(SharedAnalyzer().Stem(c.word, Lang::kEn) == c.stem);
  }
  // kUnknown stems as English.
  CHECK(SharedAnalyzer().Stem("manages", Lang::kUnknown) == "manag");
}

TEST_CASE("Stem: an irregular English form shares its base's stem, in documents and questions") {
  struct Case {
    const char* form;
    const char* base;
  };
  for (const Case& c : {Case{"sent", "sends"}, Case{"kept", "keeps"}, Case{"led", "leads"}, Case{"written", "writes"},
                        Case{"bought", "buying"}, Case{"children", "child"}, Case{"went", "goes"}}) {
    CAPTURE(c.form);
    CHECK(SharedAnalyzer().Stem(c.form, Lang::kEn) == SharedAnalyzer().Stem(c.base, Lang::kEn));
    CHECK(SharedAnalyzer().Stem(c.form, Lang::kUnknown) == SharedAnalyzer().Stem(c.base, Lang::kEn));
  }
  // A form that is a word of its own keeps its stem: "ground" staff are not
  // grinders, a "found" company is founded, "leaves" may be time off.
  for (const Case& c : {Case{"ground", "grind"}, Case{"found", "find"}, Case{"leaves", "leaf"}, Case{"data", "datum"}}) {
    CAPTURE(c.form);
    CHECK(SharedAnalyzer().Stem(c.form, Lang::kEn) != SharedAnalyzer().Stem(c.base, Lang::kEn));
  }
  // A possessive irregular plural is the same word: "the children's ward",
  // "two children" and "a child" share a stem (and so the translations kept
  // under the base), in a document token as in a question.
  for (const Case& c : {Case{"children's", "child"}, Case{"children's", "children"},
                        Case{"grandchildren's", "grandchild"}, Case{"geese's", "goose"}}) {
    CAPTURE(c.form);
    CHECK(SharedAnalyzer().Stem(c.form, Lang::kEn) == SharedAnalyzer().Stem(c.base, Lang::kEn));
  }
  // Indonesian has no such table: an English-looking word there is left alone.
  CHECK(SharedAnalyzer().Stem("sent", Lang::kId) != SharedAnalyzer().Stem("sends", Lang::kEn));
  // Tokens of an analysed sentence carry the same stems.
  const auto sentences = SharedAnalyzer().Analyze("The invoices are sent by the billing clerk every month.");
  REQUIRE(sentences.size() == 1);
  bool found_sent = false;
  for (const Token& t : sentences[0].tokens)
    if (t.norm == "sent") found_sent = t.stem == SharedAnalyzer().Stem("send", Lang::kEn);
  CHECK(found_sent);
}

TEST_CASE("Stem: numbers and domains stem to themselves") {
  for (const char* word : {"2017", "3.500", "www.zdnet.com", "10"}) {
    CAPTURE(word);
    CHECK(SharedAnalyzer().Stem(word, Lang::kEn) == word);
    CHECK(SharedAnalyzer().Stem(word, Lang::kId) == word);
  }
  CHECK(SharedAnalyzer().Stem("", Lang::kEn).empty());
}

TEST_CASE("Stem: safe from many threads") {
  std::vector<std::thread> threads;
  std::atomic<int> mismatches{0};
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&mismatches] {
      for (int i = 0; i < 2000; ++i) {
        if (SharedAnalyzer().Stem("pengelolaan", Lang::kId) != SharedAnalyzer().Stem("dikelola", Lang::kId) ||
            SharedAnalyzer().Stem("managers", Lang::kEn) != "manag") {
          ++mismatches;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  CHECK(mismatches == 0);
}

TEST_CASE("IsStopWord") {
  struct Case {
    const char* word;
    Lang lang;
    bool stop;
  };
  const std::vector<Case> cases = {
      {"the", Lang::kEn, true},         {"who", Lang::kEn, true},        {"which", Lang::kEn, true},
      {"is", Lang::kEn, true},          {"it's", Lang::kEn, true},       {"manage", Lang::kEn, false},
      {"responsible", Lang::kEn, false}, {"position", Lang::kEn, false}, {"yang", Lang::kId, true},
      {"untuk", Lang::kId, true},       {"atas", Lang::kId, true},       {"pada", Lang::kId, true},
      {"siapa", Lang::kId, true},       {"apa", Lang::kId, true},        {"bagaimana", Lang::kId, true},
      {"tanggung", Lang::kId, false},   {"jawab", Lang::kId, false},     {"mengelola", Lang::kId, false},
      {"the", Lang::kId, false},        {"yang", Lang::kEn, false},      {"yang", Lang::kUnknown, true},
      {"the", Lang::kUnknown, true},    {"cto", Lang::kUnknown, false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.word);
    CAPTURE(static_cast<int>(c.lang));
    CHECK(SharedAnalyzer().IsStopWord(c.word, c.lang) == c.stop);
  }
}

}  // namespace
}  // namespace rolegraph::ingest
