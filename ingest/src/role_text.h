// Text helpers of role recognition: token shapes, spans and names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

struct AcronymDef {
  std::vector<std::string> words;  // folded expansion words
  bool role = false;
};

std::string_view Original(std::string_view text, const Token& t);
bool Adjacent(std::string_view text, const Token& a, const Token& b, bool allow_parens);
bool IsWord(const Token& t);
std::string Lower(std::string_view s);
// Capitalises each word but the small ones ("of", "dan").
std::string TitleCase(const LanguagePacks& packs, const std::vector<std::string>& words);
bool IsCSuiteShape(std::string_view a);
// A code of capitals and digits that starts with a letter ("K3", "P3K"): a
// field's short name, as an acronym is; never a number or a year.
bool IsCodeWord(std::string_view original);
bool InitialsMatch(std::string_view acronym, const std::vector<const Token*>& run);
// `verb_forms`: rule out words with a verb-forming prefix of any pack
// ("menyusun"); off where no verb can stand (a capitalised word inside a
// line, an English sentence, where "membership" or "digital" only look like one).
bool IsFreeModifier(const LanguagePacks& packs, const Token& t, bool verb_forms = true);
// A word that may stand in a Title Case job title ("Hub", "Ticketing").
bool IsTitleCaseWord(const LanguagePacks& packs, const Token& t, bool verb_forms = true);
// A word that may go on a run of capitalised words after a head-first title
// ("Kepala Bagian Distribusi"): looser than IsFreeModifier (short words,
// verb-like prefixes), never a function word, a number or a level word.
bool IsTitleRunWord(const LanguagePacks& packs, const Token& t);
// A three-letter noun of a head-first title's field ("petugas pintu air",
// "sopir bus"), which IsFreeModifier leaves out for its length: a lower-case
// content word, never a function word, a particle, a number or a level word.
bool IsShortFieldWord(const LanguagePacks& packs, const Token& t);
std::string FreeConcept(const Token& t);
// Adjectives and participles that qualify a title without naming a job
// ("good", "experienced", "leading").
bool LooksAdjectival(const LanguagePacks& packs, std::string_view w);
bool ContainsRoleHead(const LanguagePacks& packs, const std::vector<std::string>& words);

}  // namespace rolegraph::ingest
