// Which role a word of a sentence belongs to: the clause grammar of answer
// ranking. A word belongs to the role named before it in the sentence; with
// none before, to the role named after it ("..., CFO menyusun anggaran itu",
// "held by a CRO"), unless that name only closes the sentence as an object
// and the sentence already has a role in focus. A name that is the object
// of a preposition or of a verb does not take the words after it from the
// subject named before it; a passive clause's words go to its agent
// ("... is given by the Extension Officer"); a denied or retired name
// ("not the CFO's job", "moves from A to B") gives its words to the next.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "rolegraph/index/records.h"
#include "word_classes.h"

namespace rolegraph::query {

// Where a role's name starts once its determiners are counted in ("the",
// "para"): the word before that position governs the name.
uint32_t NameStart(const index::SentenceRecord& s, const index::RoleMention& m, const WordClasses& words);

// An agent marker ("by", "oleh") before the name starting at token `k`,
// right before it or past up to two content words of one phrase ("by the
// certified Bunker Technician", "oleh petugas Call Center").
bool AgentMarkerBefore(const index::SentenceRecord& s, uint32_t k, const WordClasses& words);

// A negation word at most `window` words before a role's name, in the same
// clause: "bukan tugas X", "not the CFO's job", and the denied passive
// "tidak lagi dikerjakan oleh X" (its negation four words before the name
// once determiners are skipped).
bool NegatedBefore(const index::SentenceRecord& s, const index::RoleMention& m, const WordClasses& words,
                   uint32_t window);

// A unit (a department, a team, a committee) does what a sentence says only
// as its subject, opening the sentence ("The Audit Committee reviews ..."),
// or as the agent of a passive ("... ditangani oleh Bagian Umum", "approved
// by the Board"). Anywhere else it is where a role works or what it leads
// ("chairs the menu committee and approves ...") and takes no words.
bool UnitActs(const index::SentenceRecord& s, const index::RoleMention& m, const WordClasses& words);

class ClauseGovernor {
 public:
  // `spans`: the sentence's mentions that may govern words, in order;
  // `focus`: the role the sentence is about when no name governs a word
  // (empty for none); `question_objects`: for a who-question, the roles it
  // names only as what is acted on (null otherwise); `memo`: a buffer reused
  // from sentence to sentence (issue 18). All must outlive the governor.
  ClauseGovernor(const index::SentenceRecord& s, const WordClasses& words,
                 const std::vector<const index::RoleMention*>& spans, const std::string& focus,
                 const std::vector<std::string>* question_objects, uint32_t negation_window,
                 std::vector<int8_t>* memo, bool past_question = false);

  // The id of the role word `p` belongs to, by reference into the sentence
  // (or the focus; empty for none): asked for every matched word, a copy
  // each time was scoring's largest allocation (issue 18).
  const std::string& Govern(uint32_t p);

  // Whether a negation word before `m` denies what the sentence says of it.
  bool Negated(const index::RoleMention& m);

  // The agents of the passive clauses coordinated after the one the last
  // Govern(p) gave word `p` to, when `p` opens the sentence before any name
  // ("The yearly budget is drafted by A and approved by B", "Anggaran
  // disiapkan oleh A dan disahkan oleh B"): the subject they share is each
  // one's, so the verb decides between them. Into `out`, cleared first.
  void CoAgents(uint32_t p, std::vector<const index::RoleMention*>* out);

 private:
  // The rules below depend on the sentence and the mention only: each is
  // worked out once per mention, not once per matched word (issue 18).
  enum Rule : size_t { kObjectOfPreposition, kObjectOfVerb, kNegated, kRules };
  template <class Holds>
  bool Remembered(Rule rule, const index::RoleMention& m, Holds&& holds);
  bool ObjectOfPreposition(const index::RoleMention& m);
  bool ObjectOfVerb(const index::RoleMention& m);
  bool Object(const index::RoleMention& m) { return ObjectOfPreposition(m) || ObjectOfVerb(m); }
  bool ClauseBreak(uint32_t a, uint32_t b) const;
  bool AndBetween(uint32_t a, uint32_t b) const;
  bool IsAgent(const index::RoleMention& m) const;
  const index::RoleMention* AgentAhead(uint32_t p);
  bool QuestionObject(const index::RoleMention& m) const;
  const std::string& GovernFromAfter(uint32_t p);

  const index::SentenceRecord& s_;
  const WordClasses& words_;
  const std::vector<const index::RoleMention*>& spans_;
  const std::string& focus_;
  const std::vector<std::string>* question_objects_;
  uint32_t negation_window_;
  std::vector<int8_t>& memo_;
  // A question about before ("who used to ..."): a name the sentence retires
  // keeps its words.
  bool past_question_;
  // The agent the last Govern(p) took from AgentAhead with no name before
  // `p`, and that `p`; null otherwise.
  const index::RoleMention* shared_from_ = nullptr;
  uint32_t shared_word_ = 0;
};

}  // namespace rolegraph::query
