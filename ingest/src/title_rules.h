// Where a title starts and stops: the context that makes a derived word a
// title, the words that end a head-first title, verbal nouns that name the
// work, and Title Case runs that reach a later head. Used by the title
// scanner (title_scanner.cc, title_head_first.cc, title_modifiers.cc).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "role_text.h"
#include "roles.h"

namespace rolegraph::ingest::internal {

// Where a head derived from a lexical resource (FindContextHead) names a
// role: the text writes the word as a title.
bool InTitleContext(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s, size_t i);
// The first token of a count right before toks[i] ("nine", "about 40",
// "six to eight"), or i where none stands there.
size_t CountPhraseStart(const LanguagePacks& packs, const std::vector<Token>& toks, size_t i);
// "the volunteers who sort ...", "twelve enumerators, who ...", "its
// stenographers attend ...": a lower-case plural of a person head that
// opens its noun phrase and a relative pronoun of persons follows, or that
// the organisation's possessive opens, names the document's people of that
// trade.
bool NamesPeopleOfTrade(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i);
// A lower-case word after a head-first title that never names its field.
bool EndsHeadFirstPhrase(const LanguagePacks& packs, const Token& t);
// "The Ketua represents ...": after a head-first title opened by `opener`,
// the article of a language whose modifiers precede the head, a lower-case
// word with that language's finite-verb shape is the clause's verb.
bool VerbOfOpeningClause(const LanguagePacks& packs, const Token& opener, const Token& t);
// "seksi-seksi", "masing-masing": token `a` and the next are one word
// written twice with a hyphen.
bool Reduplicated(std::string_view text, const std::vector<Token>& toks, size_t a);
// A capitalised agent noun after a capitalised rank word ("the Chief
// Jointer"): a post, though our vocabulary lacks the noun.
bool RankedAgentNoun(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i);
// A verbal noun keeps more than this many bytes before its "-ing"
// (gerund_suffixes.txt): three ("the mixing technician", "the baking
// supervisor", "a coding instructor"), so "king" or "bring" is none.
inline constexpr size_t kMinGerundStem = 2;
// A lower-case verbal noun that names the work ("the cleaning crew").
bool NamesWork(const LanguagePacks& packs, const Token& t, bool unit_head, bool right_before_head);
// An English-order head opening a Title Case run that reaches another
// English-order role head ("Assistant Branch Manager").
bool RunReachesHead(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i);
// A lower-case English-order role head at `i` that a determiner, a
// possessive or a count opens and another such head follows ("the associate
// curators", "our president commissioner"): the pair is one title, which the
// later head takes.
bool OpensRoleCompound(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i);
// Token `at` opens a clause: it starts the sentence, a clause opener
// ("while", "but") or a conjunction ("and") stands right before it or a comma, semicolon or colon
// parts it from the word before ("When a lock jams, the locksmith ...").
bool OpensClauseAt(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t at);
// An article, a determiner or a possessive ("the", "every", "our"): a word
// that opens a noun phrase, so the nouns after it belong to one title.
bool OpensNounPhrase(const LanguagePacks& packs, std::string_view w);
// Tokens `a` and `a + 1` are the two halves of one hyphenated word
// ("on-call", "after-hours").
bool HyphenJoined(std::string_view text, const std::vector<Token>& toks, size_t a);

}  // namespace rolegraph::ingest::internal
