// One title being read around a head noun. Recognizer::TryTitle
// (title_scanner.cc) finds the head and hands the rest to a TitleScan: the
// modifiers before an English-order head (title_modifiers.cc), the field
// after a head-first one (title_head_first.cc), then the name, id and
// aliases (title_naming.cc). Where a title starts and stops: title_rules.h.
// A nested class of the Recognizer, so its parts share the recognizer's state.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "role_recognizer.h"
#include "role_vocabulary.h"

namespace rolegraph::ingest::internal {

struct Recognizer::TitleScan {
  TitleScan(Recognizer& recognizer, uint32_t sentence, size_t head_at, std::vector<bool>& used_tokens,
            const HeadNoun& head_noun, bool head_of_field, bool cased, bool body);

  // Reads the whole title and records it, or records nothing where the head
  // names no role here (title_scanner.cc).
  void Run();

  // English order (title_modifiers.cc): the modifiers before the head; false
  // where a later head takes the run ("Assistant Branch Manager").
  bool ScanModifiers();
  void ScanForField();
  // The first token of the hyphenated word whose last part is toks[last]
  // ("computer-to-plate"), not reaching into a used token.
  size_t HyphenWordStart(size_t last) const;
  // A hyphenated word's first half may qualify a head: no adjective and no
  // generic word ("full-time" says how the post is held).
  bool HyphenHalfQualifies(const Token& half) const;
  // Concepts of toks[from, to), word by word, before the title's others.
  void PrependFreeConcepts(size_t from, size_t to);
  size_t TakeHyphenWord(size_t k);
  // "bagian umum dan kepegawaian": a lower-case head-first unit whose
  // field, taken up to `last`, joins the plain noun at `field2` after a
  // conjunction.
  bool LowerUnitJoin(size_t field2, size_t last) const;
  // Head-first order (title_head_first.cc): a deputy rank before the head,
  // then the field after it; `titled` takes only vocabulary concepts or
  // capitalised words ("Supervisor Gudang" in an Indonesian sentence).
  void ScanHeadFirst();
  void ScanFollowing(bool titled);
  // The next word after the ranking head at `k` is one it may head: it
  // opens a title of its own ("sekretaris kepala desa").
  bool RankHeadOpensTitle(size_t k) const;
  // The word at `k` is a role head of an English-order pack.
  bool HeadsEnglishTitle(size_t k) const;
  bool ListWord(size_t at) const;
  size_t CommaListEnd(size_t at) const;
  bool ClosingAcronym(size_t at) const;
  // Token `k` is a lone capital I right after the title's last word `last`
  // that closes the title (or follows a head-first one): an ordinal.
  bool RomanOne(size_t k, size_t last, bool head_first_order) const;
  // An owner's title names the business owned, a unit or a code, or no
  // field at all (role_heads.tsv flag `owns`, owned_businesses.txt).
  bool OwnsBusiness() const;
  // The name, id, aliases and mention of the title read (title_naming.cc).
  void Record();

  // Shared parts (title_scanner.cc).
  // After a conjunction a head, a unit or a rank ("dan Wakil Kepala ...")
  // starts a second title; so does a word right before a head.
  bool OpensTitle(const std::vector<Token>& ts, size_t at) const;
  // The last token of a Title Case run from `at` closing with an
  // organisation unit's head ("Records Division") before any role head, or 0
  // (title_head_first.cc).
  size_t UnitRunEnd(size_t at) const;
  // Whether token `k` goes on a lower-case "head of X" field ("the head of
  // customer accounts"): a noun of the phrase, not the clause's verb.
  bool OfChainWord(size_t k) const;
  bool EndsOfChain(size_t k) const;
  // A bare head in the plural as the subject of an English clause.
  bool PluralSubject() const;
  // A bare head in the singular opening a clause, right before its verb.
  bool SingularSubject(bool opens) const;
  // A modifier's concept; an acronym one is remembered to keep its capitals.
  std::string Concept(const Token& t);
  std::string ModifierOf(const Token& t) const { return r.ModifierOf(t); }
  // Only a comma (and blanks) between token `a` and the next.
  bool CommaGap(size_t a) const;
  // Only " & " between token `a` and the next.
  bool AmpersandGap(size_t a) const;
  // "QC & Packing Lead", "Seksi Humas & Media": an ampersand between two
  // capitalised words of a title joins a second field, as "and" does.
  bool AmpersandJoin(size_t a) const;
  void ReverseKeepingAcronymRuns(std::vector<std::string>* concepts, size_t from) const;

  Recognizer& r;
  const LanguagePacks& packs_;
  std::string_view text_;
  const std::vector<Token>& toks;
  std::vector<bool>& used;
  const uint32_t si;
  const size_t i;              // the head noun
  const HeadNoun* const head;  // TryTitle's, alive for the whole scan
  bool head_of;                // "head of X": the field follows "of"
  const bool cased_head;       // a generic word closing a Title Case run: needs a modifier
  const bool governing_body;   // a board or council: its members' noun names it
  // On a line in capitals ("STAF GUDANG", "OUTREACH SERVICES COORDINATOR")
  // every word is upper-case: none of them is an acronym for that.
  const bool caps_line;
  const bool head_first_order;
  const bool indonesian;

  std::vector<std::string> concepts;
  size_t first, last;
  bool free_modifier = false;  // a modifier outside our vocabulary: keep the document's wording as name
  bool conjoined = false;      // "Safety and Training Officer": concepts alone would drop the "and"
  bool unit_field = false;     // "kepala seksi X": the unit's own modifiers would come out in the wrong English order
  bool field_marked = false;   // "... bidang X": a field phrase of its own after the title's modifiers
  bool person = false;         // "Kapten Andi Saputra": a courtesy title opens a person's name
  bool owned = false;          // "the mayor's office": a role's possessive opens the title
  // An acronym modifier ("PPIC", "HSE") is the same in every language: the
  // English name keeps it as written ("PPIC Staff", not "Ppic Staff").
  std::set<std::string> acronym_concepts;
};

}  // namespace rolegraph::ingest::internal
