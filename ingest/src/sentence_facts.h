// One sentence's facts as the fact reader (facts.cc) builds them: the
// sentence's time and polarity marks, and the passes that read relations
// across its clauses (contrasts, moves and transfers, deputies, passive lines
// of authority, subjects listed after a colon). Internal to ingest.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coreference.h"
#include "fact_cues.h"
#include "rolegraph/index/records.h"

namespace rolegraph::ingest {

// A fact of `role` read from sentence `s` (number `index`), its object the
// tokens [obj_first, obj_last] without trailing dangling words.
index::FactRecord MakeFact(const FactCues& cues, std::string_view text, const AnalyzedSentence& s, uint32_t index,
                           std::string role, std::string_view predicate, size_t obj_first, size_t obj_last,
                           float confidence);

// Polarity and time of one sentence: which tokens belong to a time marker
// (so "no longer" is read as past, not as a negation), where past markers and
// "moved to" markers sit.
struct SentenceMarks {
  std::vector<bool> in_marker;
  std::vector<size_t> past;   // first token of each past marker
  std::vector<size_t> dated_past;  // those followed by a year ("until 2021")
  std::vector<size_t> moved;  // token after each "moved to" marker
  std::vector<std::pair<size_t, size_t>> moved_from;  // first token and end of each "moves from" marker
};

// The role at `sp` is the agent of a passive ("handled by the X", "dipimpin
// oleh X"): the doer, though a cue word stands before it.
bool IsPassiveAgent(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& sp);

SentenceMarks MarkTime(const FactCues& cues, const std::vector<Token>& t);
// A negator in [from, to), outside time markers, at most kNegationReach
// tokens before `to`.
bool NegatedBefore(const FactCues& cues, const std::vector<Token>& t, const SentenceMarks& m, size_t from, size_t to);
// A past marker starts in [from, to).
bool PastIn(const SentenceMarks& m, size_t from, size_t to);
// A dated past marker ("until 2021") starts in [from, to).
bool DatedPastIn(const SentenceMarks& m, size_t from, size_t to);
// The first token of the clause token `at` is in: the one after the last
// comma, semicolon or colon before `at`, else 0.
size_t ClauseStart(std::string_view text, const std::vector<Token>& t, size_t at);

// Relation and duty facts of one sentence, with polarity and time. Keeps the
// token range of each relation object so a contrast can turn a denied
// relation to its true object.
class SentenceFacts {
 public:
  SentenceFacts(const FactCues& cues, std::string_view text, const AnalyzedSentence& s, uint32_t index,
                const std::vector<RoleSpan>& spans, const std::vector<RoleSpan>& targets)
      : cues_(cues),
        text_(text),
        s_(s),
        index_(index),
        spans_(spans),
        targets_(targets),
        marks_(MarkTime(cues, s.tokens)) {}

  // Flags of a fact whose cue starts at `cue` and whose object starts at
  // `obj_first`, read in the clause segment that starts at `seg`.
  // A dated past marker in the clause's `lead` counts up to the first
  // semicolon ("Until 2021 X reported to A; since then reports to B"); an
  // undated one there ("Once a plan is signed, X ...") may not be about time.
  void Flag(index::FactRecord* f, size_t seg, size_t cue, size_t obj_first, size_t lead = SIZE_MAX) const;

  void Add(index::FactRecord f, size_t obj_last);

  // "X answers not to Y but to Z": a denied relation followed by a
  // contrast word and another role gives the relation to that role.
  void TurnContrasts();

  // "Tugas X sebelumnya dipegang oleh A, sejak 2025 dialihkan ke B": what
  // the sentence gave other roles is past, B holds it now.
  void ApplyMoves();

  // "Mulai Maret, tugas X dialihkan dari A kepada B", "the weekly count
  // moves from A to B": B holds X now, A held it before.
  void ApplyTransfers();

  // Deputies: "While A is away, B ..." / "Bila A tidak hadir, B ..." /
  // "A (acting) is held by B": B deputises for A.
  void FindDeputies();

  // Passive lines of authority between two roles: "The painters are
  // supervised by the foreman", "Para mekanik diawasi oleh kepala bengkel":
  // the agent holds the passive verb's predicate (passive_predicates.tsv)
  // over the role before the verb, when only function words and cue adverbs
  // stand around the verb. Lines of authority only, as for active verbs.
  void FindPassiveRelations();

  // Subjects listed after a colon: "Two clerks answer to the head
  // librarian: the loans clerk and the stock clerk". The
  // sentence's own subject names no role; the one role before the colon is
  // the object of a reporting line, and each role after it reports to it.
  void FindListedSubjects();

  // Mentions the sentence denies or retires: the object of a denied or past
  // relation, and a subject whose every fact here is denied or past.
  std::vector<bool> Denied() const;

  std::vector<index::FactRecord>& facts() { return facts_; }

  // The new holders of moves whose old holder this sentence does not name
  // ("From June the key register passes to the Night Guard"), with the token
  // where the move phrase ends, after ApplyMoves.
  struct UnsourcedMove {
    const RoleSpan* to;
    size_t at;
  };
  const std::vector<UnsourcedMove>& unsourced_moves() const { return unsourced_moves_; }

  const SentenceMarks& marks() const { return marks_; }

  // An absent role and the one who stands in for it, as one deputy cue names
  // them; `acting` when the cue is an acting title ("acts as", "Plt").
  struct DeputyPair {
    const RoleSpan* absent;
    const RoleSpan* deputy;
    bool acting;
  };

 private:
  // A past marker and a verb (with its agent marker) right before `sp`:
  // "sebelumnya dikerjakan A", "previously handled by the A".
  bool RetiredAgent(const RoleSpan& sp) const;

  // `f`'s object ends before `sp`'s name with a clause break (a comma, a
  // semicolon, a colon) between: it is another clause's, not the name's.
  bool EarlierClause(const index::FactRecord& f, const RoleSpan& sp) const;

  // "The clerks are overseen not by A but by B": the role a contrast right
  // after the denied agent spans_[k] turns the line to, else null.
  const RoleSpan* ContrastedAgent(size_t k, const RoleSpan& patient) const;

  DeputyPair DeputyAt(const DeputyCue& dc, size_t i, size_t end) const;
  // "When the A is away, the B acts as duty officer": B stands in for A;
  // the title it takes on is a function, not a post it deputises for. Drops
  // the deputy facts of p's holder to any role but p's absent one.
  void DropDeputyFactsOtherThan(const DeputyPair& p);

  // The deputy named after an absence cue: the first role from `from` on,
  // or a passive's agent after it.
  const RoleSpan* OnlyOtherRoleBefore(const RoleSpan& holder) const;
  // The one role other than `to` named before token `limit`, a pronoun or a
  // name standing for it included; null when none or two.
  const RoleSpan* OnlyRoleBefore(size_t limit, const RoleSpan& to) const;
  const RoleSpan* DoerAfter(size_t from, const RoleSpan& absent) const;
  size_t ConditionOpenerBefore(const RoleSpan& absent) const;

  // The role span starting at `k` or at most `slack` tokens after it ("the").
  const RoleSpan* SpanNear(size_t k, size_t slack) const;

  const FactCues& cues_;
  std::string_view text_;
  const AnalyzedSentence& s_;
  uint32_t index_;
  // The role named before "as"/"sebagai" right before an acting cue at
  // `cue` ("X is appointed as acting Y"), null when none.
  const RoleSpan* IntroducedAs(size_t cue) const;

  const std::vector<RoleSpan>& spans_;    // roles: subjects and clause boundaries
  const std::vector<RoleSpan>& targets_;  // roles and units a relation may run to
  SentenceMarks marks_;
  std::vector<UnsourcedMove> unsourced_moves_;
  std::vector<const RoleSpan*> retired_givers_;  // old holders a move names with no fact of theirs
  std::vector<index::FactRecord> facts_;
  std::vector<size_t> obj_last_;
};

}  // namespace rolegraph::ingest
