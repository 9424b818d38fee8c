// Word tokens: offsets slice back to the original exactly, norms, flags,
// apostrophes, hyphens, URLs, numbers and acronyms.

#include <string>
#include <vector>

#include "ingest/analyzer_test_util.h"

namespace rolegraph::ingest {
namespace {

using testing::SharedAnalyzer;
using testing::Slice;

std::vector<std::string> Norms(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.norm);
  return out;
}

std::vector<std::string> Surfaces(std::string_view text, const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(Slice(text, t.begin, t.end));
  return out;
}

TEST_CASE("tokenize: norms and surfaces") {
  struct Case {
    std::string text;
    std::vector<std::string> surfaces;
    std::vector<std::string> norms;
  };
  const std::vector<Case> cases = {
      {"The CEO communicates the company\u2019s vision.",
       {"The", "CEO", "communicates", "the", "company\u2019s", "vision"},
       {"the", "ceo", "communicates", "the", "company's", "vision"}},
      {"dikutip dari www.zdnet.com, dulu", {"dikutip", "dari", "www.zdnet.com", "dulu"},
       {"dikutip", "dari", "www.zdnet.com", "dulu"}},
      {"mencapai 3.500 aplikasi (32%)", {"mencapai", "3.500", "aplikasi", "32"},
       {"mencapai", "3.500", "aplikasi", "32"}},
      {"jalan sendiri-sendiri; marketing-tech", {"jalan", "sendiri", "sendiri", "marketing", "tech"},
       {"jalan", "sendiri", "sendiri", "marketing", "tech"}},
      {"\u00C9QUIPE Stra\u00DFe", {"\u00C9QUIPE", "Stra\u00DFe"}, {"\u00E9quipe", "strasse"}},
      {"  ...  ", {}, {}},
      // Capitals joined by a bare ampersand are one acronym; with spaces the
      // words stay apart, and lower-case words are never joined.
      {"our R&D lab and F&B desk", {"our", "R&D", "lab", "and", "F&B", "desk"},
       {"our", "r&d", "lab", "and", "f&b", "desk"}},
      {"Dispatch & Billing, salt&pepper", {"Dispatch", "Billing", "salt", "pepper"},
       {"dispatch", "billing", "salt", "pepper"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto tokens = SharedAnalyzer().Tokenize(c.text, Lang::kEn);
    CHECK(Surfaces(c.text, tokens) == c.surfaces);
    CHECK(Norms(tokens) == c.norms);
  }
}

TEST_CASE("tokenize: case and number flags") {
  const std::string text = "Department TI dan IT di CEOs Steve 2017 eCommerce";
  const auto tokens = SharedAnalyzer().Tokenize(text, Lang::kId);
  REQUIRE(tokens.size() == 9);
  struct Flags {
    const char* surface;
    bool upper, capital, numeric;
  };
  const Flags expected[] = {
      {"Department", false, true, false}, {"TI", true, true, false},   {"dan", false, false, false},
      {"IT", true, true, false},          {"di", false, false, false}, {"CEOs", false, true, false},
      {"Steve", false, true, false},      {"2017", false, false, true}, {"eCommerce", false, false, false},
  };
  for (size_t i = 0; i < tokens.size(); ++i) {
    CAPTURE(expected[i].surface);
    CHECK(Slice(text, tokens[i].begin, tokens[i].end) == expected[i].surface);
    CHECK(tokens[i].upper == expected[i].upper);
    CHECK(tokens[i].capital == expected[i].capital);
    CHECK(tokens[i].numeric == expected[i].numeric);
  }
}

TEST_CASE("tokenize: acronyms keep their norm, plural acronyms fold") {
  const auto tokens = SharedAnalyzer().Tokenize("CEOs and the CEO\u2019s CTO, IT", Lang::kEn);
  REQUIRE(tokens.size() == 6);
  CHECK(tokens[0].stem == "ceo");  // CEOs
  CHECK(tokens[3].stem == "ceo");  // CEO’s
  CHECK(tokens[4].stem == "cto");
  CHECK(tokens[5].stem == "it");
  CHECK_FALSE(tokens[5].stop);     // "IT" is not the pronoun "it"
  CHECK(tokens[1].stop);           // "and"
}

TEST_CASE("tokenize: stems and stop words follow the language") {
  const auto id = SharedAnalyzer().Tokenize("CTO mengelola departemen untuk perusahaan", Lang::kId);
  REQUIRE(id.size() == 5);
  CHECK(id[1].stem == SharedAnalyzer().Stem("dikelola", Lang::kId));
  CHECK(id[3].stop);
  CHECK_FALSE(id[2].stop);
  const auto unknown = SharedAnalyzer().Tokenize("Siapa yang mengelola anggaran?", Lang::kUnknown);
  REQUIRE(unknown.size() == 4);
  CHECK(unknown[0].stop);  // detected Indonesian: "siapa" is a stop word
  CHECK(unknown[2].stem == SharedAnalyzer().Stem("mengelola", Lang::kId));
}

TEST_CASE("tokenize: offsets slice the original in Analyze too, over a whole corpus file") {
  const std::string text = testing::ReadCorpusFile("002_4cf627274d26885a.txt");
  size_t count = 0;
  for (const AnalyzedSentence& s : SharedAnalyzer().Analyze(text)) {
    for (const Token& t : s.tokens) {
      REQUIRE(t.begin >= s.begin);
      REQUIRE(t.end <= s.end);
      REQUIRE(t.begin < t.end);
      const std::string surface = Slice(text, t.begin, t.end);
      CHECK(Normalize(surface).text == t.norm);
      CHECK_FALSE(t.stem.empty());
      ++count;
    }
  }
  CHECK(count > 500);
}

}  // namespace
}  // namespace rolegraph::ingest
