// Agent nouns made by word formation in a head-first language (Indonesian
// pe(N)- + verb: "penyunting", "penaksir"): roles no head table lists, read
// only where the text writes them as a title.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "role_text.h"
#include "role_vocabulary.h"
#include "roles.h"

namespace rolegraph::ingest::internal {

// The head an agent noun `t` of `pack` forms (agent_noun_affixes.tsv): a
// prefix the language's stemmer strips whole, leaving the base and no
// suffix ("pemeriksa" -> "periksa", never "pemeriksaan"), or an agent
// suffix. Its English is the word itself (no translation is known), so
// `untranslated` is set and the title keeps the document's wording.
std::optional<HeadNoun> FindAgentNoun(const LanguagePack& pack, const Token& t);

// Loanwords of another pack's role heads ("instruktur" of "instructor",
// "mekanik" of "mechanic"): a language borrows occupation names with its
// own spelling, so the borrowing pack's tables need not list them. A word
// whose cognate spelling (CognateKey, cognate.cc) equals that of a
// person head (not a unit) of another pack is a head where written as a
// title, like an agent noun: read only in InHeadFirstTitleContext. Built
// once per pack set and borrowing pack (a few thousand keys; kept by
// LanguagePacks::Derived, not rebuilt per document or question).
class LoanHeads {
 public:
  LoanHeads(const LanguagePacks& packs, const LanguagePack& borrower);
  // The head `t` names, its English the word itself (`untranslated`):
  // only the lender's spelling is known, not a translation of the title.
  std::optional<HeadNoun> Find(const LanguagePack& borrower, const Token& t) const;

 private:
  std::unordered_set<std::string> keys_;
};

// Where a head-first language writes a word as a title: after a
// role-context word ("bekerja sebagai penaksir"), in lower case after a
// determiner or a plural marker ("seorang penaksir"), or capitalised inside a
// running sentence after a lower-case word ("diperiksa oleh Penaksir
// Pendamping"), not inside a capitalised name ("Dinas Pemadam Kebakaran").
// After a comma that closes a head-first title in a list of titles
// ("Kepala Panti, Pekerja Sosial"), a capitalised word is the next title.
bool InHeadFirstTitleContext(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s, size_t i);

// Where a head-first language writes an agent noun (FindAgentNoun, not a
// loanword) as the subject of a clause: opening it right before an active
// verb ("Penimbang mencatat ...", "..., pengepak menyusun ..."), the one
// doing the work, so the name of a post. A loanword there is left to the
// title contexts: the question side does not read its plural in the other
// language ("mechanics") as that role, so a bare subject would answer for it.
bool InAgentSubjectContext(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s, size_t i);

}  // namespace rolegraph::ingest::internal
