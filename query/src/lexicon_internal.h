// Private pieces of the lexicon shared by the resource readers
// (lexicon_readers.cc), the builder (lexicon_build.cc), the in-memory
// implementation and its binary form (lexicon.cc).
// Resources are first read into surface-word relations (RawRelation), then
// turned into stem space in one place, so every parser stays a small, testable
// text reader that knows nothing about Snowball.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "rolegraph/ingest/language_pack.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::query::internal {

// Weights by provenance (docs/lexicon.md explains the ordering): curated
// translations beat dictionary translations beat synonyms; a synonym followed
// by a translation is two uncertain steps and weighs least.
inline constexpr float kGlossaryWeight = 0.85f;
inline constexpr float kFreeDictWeight = 0.75f;
inline constexpr float kWordNetWeight = 0.6f;             // a lemma's first WordNet sense
inline constexpr float kWordNetSecondSenseWeight = 0.45f;  // its second sense; later ones dropped
// A verb with more senses than this keeps only its first ("serve" has 15).
inline constexpr size_t kWordNetManyVerbSenses = 5;
// WordNet synonyms with a shorter stem ("ai", "go") are dropped.
inline constexpr size_t kMinWordNetStemLength = 3;
inline constexpr float kGlossarySiblingWeight = 0.55f;  // alternatives on one glossary line
inline constexpr float kMythesWeight = 0.5f;
// Through a third language: two pivot languages agreeing, or three or more.
inline constexpr float kPivotWeight = 0.6f;
inline constexpr float kPivotStrongWeight = 0.7f;
inline constexpr size_t kMaxPivotTranslations = 6;  // per word and direction, most agreed first
inline constexpr float kOneHopWeight = 0.45f;
// A word of an Indonesian glossary phrase ("tanggung" in "tanggung jawab")
// without a glossary translation of its own inherits the phrase's meaning.
inline constexpr float kPhrasePartWeight = 0.55f;
inline constexpr size_t kMaxExpansionsPerKey = 24;
inline constexpr size_t kMaxPhraseWords = 4;

// One relation between surface phrases (lower-case UTF-8), before stemming.
struct RawRelation {
  std::string from;
  Lang from_lang = Lang::kUnknown;
  std::string to;
  Lang to_lang = Lang::kUnknown;
  float weight = 0.0f;
  std::string source;  // "glossary", "freedict", "wordnet", "mythes"
};

// Parsers: append relations to `out`; Status for unreadable files.
// `count` receives the number of headwords (or glossary lines) used.
Status ReadGlossary(const std::string& path, std::vector<RawRelation>* out, size_t* count);
Status ReadFreeDict(const std::string& index_path, const std::string& dict_path,
                    std::vector<RawRelation>* out, size_t* count);
// Indonesian <-> English through third languages: FreeDict's X-Indonesian
// and X-English dictionaries in `dictd_dir` for each X in `pivots`. A pair
// counts only when pivots in at least two languages agree.
Status ReadPivotTranslations(const std::string& dictd_dir, const std::vector<std::string>& pivots,
                             std::vector<RawRelation>* out, size_t* count);
// Every entry of a dictd dictionary: lower-cased headword and translations
// (proper nouns skipped).
Status ForEachFreeDictEntry(const std::string& index_path, const std::string& dict_path,
                            const std::function<void(const std::string&, const std::vector<std::string>&)>& fn);
// `light_words` (the English pack's wordnet_light_words.txt): light verbs and
// words with dozens of senses ("take", "thing"); as WordNet synonyms they
// match almost any sentence, so no single-word relation starts or ends on one.
Status ReadWordNet(const std::string& dir, const ingest::WordList& light_words, std::vector<RawRelation>* out,
                   size_t* count);
Status ReadMythes(const std::string& path, std::vector<RawRelation>* out, size_t* count);

// Translation lines of one FreeDict entry body (without its header line):
// the line after the header and the line after each "N." marker, split on
// commas. Exposed for tests.
std::vector<std::string> FreeDictTranslations(const std::string& body);

// The whole lexicon in stem space. Keys are "<lang byte><stem>" for single
// stems and "<lang byte><stem>\x1f<stem>..." for phrases (stop words kept).
struct LexiconData {
  std::unordered_map<std::string, std::vector<Expansion>> words;
  std::unordered_map<std::string, std::vector<Expansion>> phrases;
  size_t max_phrase_len = 0;
  std::string stats;  // computed at build time, kept verbatim in the file
};

std::string WordKey(std::string_view stem, Lang lang);
std::string PhraseKey(const std::vector<std::string>& stems, size_t first, size_t last, Lang lang);

// Sorts best first, keeps one expansion per (lang, stems) with its highest
// weight, drops `self` and caps the list.
void NormalizeExpansions(const std::string& self_stem, Lang self_lang,
                         std::vector<Expansion>* expansions);

std::unique_ptr<Lexicon> MakeLexicon(LexiconData data);
Result<LexiconData> DecodeLexicon(const std::string& bytes);
std::string EncodeLexicon(const LexiconData& data);

}  // namespace rolegraph::query::internal
