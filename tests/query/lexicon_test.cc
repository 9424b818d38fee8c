// Lexicon built from the real Debian resources (FreeDict eng-ind, WordNet,
// mythes-id) and the project glossary. Expectations are written as surface
// words and stemmed with the real Analyzer, so they survive stemmer tweaks.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../../query/src/lexicon_internal.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::query {
namespace {

const ingest::Analyzer& TestAnalyzer() {
  static const std::unique_ptr<ingest::Analyzer> analyzer = [] {
    auto a = ingest::Analyzer::Create();
    REQUIRE(a.ok());
    return std::move(a).value();
  }();
  return *analyzer;
}

// Built once for the whole binary: reading WordNet takes a few seconds.
const Lexicon& TestLexicon() {
  static const std::unique_ptr<Lexicon> lexicon = [] {
    LexiconSources sources;
    sources.glossary = std::string(ROLEGRAPH_SOURCE_DIR) + "/query/data/glossary.tsv";
    auto built = Lexicon::Build(sources, TestAnalyzer());
    REQUIRE_MESSAGE(built.ok(), built.status().ToString());
    return std::move(built).value();
  }();
  return *lexicon;
}

std::string Stem(const std::string& word, Lang lang) { return TestAnalyzer().Stem(word, lang); }

// The expansion of `word` that is exactly `target` (one stem), or nullptr.
const Expansion* Find(const std::vector<Expansion>& expansions, const std::string& target,
                      Lang lang) {
  std::string stem = Stem(target, lang);
  for (const Expansion& e : expansions) {
    if (e.lang == lang && e.stems.size() == 1 && e.stems[0] == stem) return &e;
  }
  return nullptr;
}

std::vector<Expansion> ExpandWord(const std::string& word, Lang lang) {
  return TestLexicon().Expand(Stem(word, lang), lang);
}

std::string TempPath(const char* name) {
  return std::string("/tmp/rolegraph_lexicon_test_") + name + ".bin";
}

struct Row {
  const char* word;
  Lang lang;
  const char* target;
  Lang target_lang;
  const char* source;  // expected source, or nullptr for any
};

TEST_CASE("lexicon: translations and synonyms in stem space") {
  const Row rows[] = {
      {"manages", Lang::kEn, "mengelola", Lang::kId, "glossary"},
      {"supervise", Lang::kEn, "mengawasi", Lang::kId, "glossary"},
      {"improvement", Lang::kEn, "peningkatan", Lang::kId, "glossary"},
      {"vendor", Lang::kEn, "pemasok", Lang::kId, "glossary"},
      {"hire", Lang::kEn, "merekrut", Lang::kId, "glossary"},
      {"pelanggan", Lang::kId, "customer", Lang::kEn, "glossary"},
      {"tanggung", Lang::kId, "responsible", Lang::kEn, nullptr},
      {"salary", Lang::kEn, "gaji", Lang::kId, nullptr},
      {"decision", Lang::kEn, "keputusan", Lang::kId, nullptr},
      // In FreeDict only: the glossary pairs "employ" with work, not use.
      {"employ", Lang::kEn, "menggunakan", Lang::kId, "freedict"},
      {"financial", Lang::kEn, "finansial", Lang::kId, nullptr},
      {"keputusan", Lang::kId, "decision", Lang::kEn, nullptr},
      {"supervise", Lang::kEn, "oversee", Lang::kEn, "wordnet"},
      {"hire", Lang::kEn, "employ", Lang::kEn, "wordnet"},
      // General work vocabulary FreeDict lacks; Indonesian forms whose stems
      // differ from the meN- verb are listed in the glossary too.
      {"introduce", Lang::kEn, "memperkenalkan", Lang::kId, "glossary"},
      {"diperkenalkan", Lang::kId, "introduce", Lang::kEn, "glossary"},
      {"serve", Lang::kEn, "melayani", Lang::kId, "glossary"},
      {"understand", Lang::kEn, "memahami", Lang::kId, "glossary"},
      {"dipahami", Lang::kId, "understand", Lang::kEn, "glossary"},
      {"agree", Lang::kEn, "menyepakati", Lang::kId, "glossary"},
      {"save", Lang::kEn, "menghemat", Lang::kId, "glossary"},
      {"dinilai", Lang::kId, "assess", Lang::kEn, "glossary"},
      {"patient", Lang::kEn, "pasien", Lang::kId, "glossary"},
      // Everyday work of other trades and sectors (issue 14): each Indonesian
      // form whose stem differs finds the entry, in both directions.
      {"harvest", Lang::kEn, "memanen", Lang::kId, "glossary"},
      {"dipanen", Lang::kId, "harvest", Lang::kEn, "glossary"},
      {"mill", Lang::kEn, "menggiling", Lang::kId, "glossary"},
      {"penggilingan", Lang::kId, "mill", Lang::kEn, "glossary"},
      {"weave", Lang::kEn, "menenun", Lang::kId, "glossary"},
      {"sand", Lang::kEn, "mengamplas", Lang::kId, "glossary"},
      {"glue", Lang::kEn, "mengelem", Lang::kId, "glossary"},
      {"kiln", Lang::kEn, "tungku", Lang::kId, "glossary"},
      {"inspect", Lang::kEn, "pengecekan", Lang::kId, "glossary"},
      {"diperiksa", Lang::kId, "inspect", Lang::kEn, "glossary"},
      {"load", Lang::kEn, "memuat", Lang::kId, "glossary"},
      {"cashier", Lang::kEn, "kasir", Lang::kId, "glossary"},
      {"pawn", Lang::kEn, "menggadaikan", Lang::kId, "glossary"},
      {"receptionist", Lang::kEn, "resepsionis", Lang::kId, "glossary"},
      {"vaccinate", Lang::kEn, "imunisasi", Lang::kId, "glossary"},
      {"renovate", Lang::kEn, "merenovasi", Lang::kId, "glossary"},
      {"rehearse", Lang::kEn, "gladi", Lang::kId, "glossary"},
      {"volunteer", Lang::kEn, "relawan", Lang::kId, "glossary"},
      {"referee", Lang::kEn, "wasit", Lang::kId, "glossary"},
      {"sampling", Lang::kEn, "pencuplikan", Lang::kId, "glossary"},
      // Through German, Dutch, Polish or Finnish: words FreeDict eng-ind lacks.
      {"memerinci", Lang::kId, "specify", Lang::kEn, "pivot"},
  };
  for (const Row& row : rows) {
    std::string pair = std::string(row.word) + " -> " + row.target;
    CAPTURE(pair);
    std::vector<Expansion> list = ExpandWord(row.word, row.lang);
    const Expansion* e = Find(list, row.target, row.target_lang);
    REQUIRE(e != nullptr);
    CHECK(e->weight > 0.0f);
    CHECK(e->weight <= 1.0f);
    if (row.source != nullptr) CHECK(e->source == std::string(row.source));
  }
}

TEST_CASE("lexicon: WordNet keeps first senses and drops noisy synonyms") {
  // "tax" ~ "task" is the verb's third sense; "taxing" (onerous) is an adjective.
  std::vector<Expansion> tax = ExpandWord("tax", Lang::kEn);
  CHECK(Find(tax, "pajak", Lang::kId) != nullptr);
  CHECK(Find(tax, "task", Lang::kEn) == nullptr);
  CHECK(Find(tax, "onerous", Lang::kEn) == nullptr);
  // "decided" (adj: distinct) and "decidedly" share the verb's stem.
  std::vector<Expansion> decide = ExpandWord("decide", Lang::kEn);
  CHECK(Find(decide, "determine", Lang::kEn) != nullptr);
  CHECK(Find(decide, "distinct", Lang::kEn) == nullptr);
  // A second sense weighs less than the first.
  const Expansion* second = Find(decide, "settle", Lang::kEn);
  REQUIRE(second != nullptr);
  CHECK(second->weight == doctest::Approx(internal::kWordNetSecondSenseWeight));
  for (std::string word : {"tax", "decide", "serve", "agree", "handle", "run", "introduce"}) {
    CAPTURE(word);
    for (const Expansion& e : ExpandWord(word, Lang::kEn)) {
      if (e.source != "wordnet" || e.stems.size() != 1) continue;
      std::string syn = e.stems[0];
      CAPTURE(syn);
      CHECK(syn.size() >= internal::kMinWordNetStemLength);
      for (const char* common : {"one", "make", "get", "take", "go", "set", "put", "give"}) {
        CHECK(syn != Stem(common, Lang::kEn));
      }
    }
  }
}

TEST_CASE("lexicon: expansions are best first, capped and never the stem itself") {
  for (std::string word : {"manage", "run", "deal", "head", "system"}) {
    CAPTURE(word);
    std::string stem = Stem(word, Lang::kEn);
    std::vector<Expansion> list = TestLexicon().Expand(stem, Lang::kEn);
    CHECK(!list.empty());
    CHECK(list.size() <= internal::kMaxExpansionsPerKey);
    for (size_t i = 0; i < list.size(); ++i) {
      if (i > 0) CHECK(list[i - 1].weight >= list[i].weight);
      CHECK(!(list[i].lang == Lang::kEn && list[i].stems == std::vector<std::string>{stem}));
    }
  }
  CHECK(TestLexicon().Expand("qqqxqq", Lang::kEn).empty());
}

TEST_CASE("lexicon: the language argument selects the key side") {
  // "data" is a word in both languages; each side translates to the other.
  for (const Expansion& e : TestLexicon().Expand(Stem("data", Lang::kId), Lang::kId)) {
    if (e.source == "glossary" && e.weight >= internal::kGlossaryWeight) CHECK(e.lang == Lang::kEn);
  }
  CHECK(Find(ExpandWord("data", Lang::kEn), "data", Lang::kId) != nullptr);
}

std::vector<std::string> StemAll(const std::vector<std::string>& words, Lang lang) {
  std::vector<std::string> stems;
  for (const std::string& w : words) stems.push_back(Stem(w, lang));
  return stems;
}

TEST_CASE("lexicon: phrases are matched inside stem sequences") {
  struct PhraseRow {
    std::vector<std::string> words;
    Lang lang;
    size_t first, last;
    const char* target_word;  // one stem among the phrase's expansions
  };
  const PhraseRow rows[] = {
      {{"who", "is", "in", "charge", "of", "the", "budget"}, Lang::kEn, 2, 4, "bertanggung"},
      {{"the", "cto", "reports", "to", "the", "ceo"}, Lang::kEn, 2, 3, "melapor"},
      {{"siapa", "yang", "bertanggung", "jawab", "atas", "anggaran"}, Lang::kId, 2, 4, "responsible"},
      {{"uraian", "tugas", "manajer"}, Lang::kId, 0, 1, "job"},
  };
  for (const PhraseRow& row : rows) {
    std::string target_word = row.target_word;
    CAPTURE(target_word);
    std::vector<PhraseMatch> matches = TestLexicon().MatchPhrases(StemAll(row.words, row.lang), row.lang);
    REQUIRE(!matches.empty());
    CHECK(matches[0].first == row.first);
    CHECK(matches[0].last == row.last);
    Lang other = row.lang == Lang::kEn ? Lang::kId : Lang::kEn;
    std::string target = Stem(row.target_word, other);
    bool found = false;
    for (const Expansion& e : matches[0].expansions) {
      for (const std::string& s : e.stems) found |= (e.lang == other && s == target);
    }
    CHECK(found);
    for (size_t i = 1; i < matches.size(); ++i) {
      CHECK(matches[i - 1].last - matches[i - 1].first >= matches[i].last - matches[i].first);
      CHECK((matches[i].first > matches[0].last || matches[i].last < matches[0].first));
    }
  }
  CHECK(TestLexicon().MatchPhrases({}, Lang::kEn).empty());
  CHECK(TestLexicon().MatchPhrases({"charg"}, Lang::kEn).empty());
}

TEST_CASE("lexicon: FreeDict bodies yield translations, not glosses") {
  using internal::FreeDictTranslations;
  CHECK(FreeDictTranslations("gaji\nfixed amount of money paid\n") == std::vector<std::string>{"gaji"});
  CHECK(FreeDictTranslations("1. anggaran\nitemized summary\n2. anggaran, bujet\nthe amount\n") ==
        std::vector<std::string>{"anggaran", "anggaran", "bujet"});
  CHECK(FreeDictTranslations("tanggung jawab 2.\na duty, obligation\n 3.\nthe state\n") ==
        std::vector<std::string>{"tanggung jawab"});
  CHECK(FreeDictTranslations("menciptakan, membikin, membuat\n") ==
        std::vector<std::string>{"menciptakan", "membikin", "membuat"});
}

TEST_CASE("lexicon: Save and Load round-trip") {
  std::string path = TempPath("roundtrip");
  REQUIRE(TestLexicon().Save(path).ok());
  auto loaded = Lexicon::Load(path);
  REQUIRE_MESSAGE(loaded.ok(), loaded.status().ToString());
  CHECK((*loaded)->Stats() == TestLexicon().Stats());
  for (const char* word : {"manag", "supervis", "respons", "vendor", "improv", "hire"}) {
    auto a = TestLexicon().Expand(word, Lang::kEn);
    auto b = (*loaded)->Expand(word, Lang::kEn);
    REQUIRE(a.size() == b.size());
    for (size_t i = 0; i < a.size(); ++i) {
      CHECK(a[i].stems == b[i].stems);
      CHECK(a[i].lang == b[i].lang);
      CHECK(a[i].weight == b[i].weight);
      CHECK(a[i].source == b[i].source);
    }
  }
  std::vector<std::string> q = StemAll({"in", "charge", "of"}, Lang::kEn);
  CHECK((*loaded)->MatchPhrases(q, Lang::kEn).size() == TestLexicon().MatchPhrases(q, Lang::kEn).size());
  std::remove(path.c_str());
}

TEST_CASE("lexicon: a truncated or damaged file is Corruption") {
  std::string path = TempPath("corrupt");
  REQUIRE(TestLexicon().Save(path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto write = [&](const std::string& content) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << content;
  };
  for (size_t keep : {size_t{0}, size_t{3}, size_t{19}, bytes.size() / 2, bytes.size() - 1}) {
    CAPTURE(keep);
    write(bytes.substr(0, keep));
    auto loaded = Lexicon::Load(path);
    REQUIRE(!loaded.ok());
    CHECK(loaded.status().code() == Status::Code::kCorruption);
  }
  std::string flipped = bytes;
  flipped[flipped.size() / 3] ^= 0x5A;
  write(flipped);
  CHECK(Lexicon::Load(path).status().code() == Status::Code::kCorruption);
  std::remove(path.c_str());
  CHECK(Lexicon::Load(path).status().IsNotFound());
}

TEST_CASE("lexicon: pivot translations only fill gaps and need two pivot languages") {
  // "vendor" has glossary translations: no pivot guess joins them.
  for (const Expansion& e : ExpandWord("vendor", Lang::kEn)) CHECK(e.source != "pivot");
  // One pivot language alone proves nothing.
  LexiconSources sources;
  sources.glossary = std::string(ROLEGRAPH_SOURCE_DIR) + "/query/data/glossary.tsv";
  sources.pivot_languages = {"deu"};
  auto built = Lexicon::Build(sources, TestAnalyzer());
  REQUIRE(built.ok());
  CHECK((*built)->Stats().find("missing_pivot") != std::string::npos);
}

TEST_CASE("lexicon: Stats counts every source") {
  std::string stats = TestLexicon().Stats();
  for (const char* key : {"entries=", "phrases=", "glossary=", "freedict=", "wordnet=", "mythes=", "pivot="}) {
    CHECK(stats.find(key) != std::string::npos);
  }
  CHECK(stats.find("missing_") == std::string::npos);
}

TEST_CASE("lexicon: missing glossary is an error, missing optional resources are noted") {
  LexiconSources sources;
  sources.glossary = "/nonexistent/glossary.tsv";
  CHECK(!Lexicon::Build(sources, TestAnalyzer()).ok());
  sources.glossary = std::string(ROLEGRAPH_SOURCE_DIR) + "/query/data/glossary.tsv";
  sources.wordnet_dir = "/nonexistent";
  sources.mythes_dat = "/nonexistent";
  auto built = Lexicon::Build(sources, TestAnalyzer());
  REQUIRE(built.ok());
  CHECK((*built)->Stats().find("missing_wordnet") != std::string::npos);
  CHECK(Find((*built)->Expand(Stem("vendor", Lang::kEn), Lang::kEn), "pemasok", Lang::kId) != nullptr);
}

}  // namespace
}  // namespace rolegraph::query
