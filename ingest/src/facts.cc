// Fact extraction over a document's sentences: which sentences state facts
// (not boilerplate, headings or questions), the duties of a list's role, and
// the facts kept from each sentence's clauses (fact_clauses.h).
#include "facts.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "clause_bounds.h"
#include "earlier_holder.h"
#include "fact_clauses.h"
#include "sentence_facts.h"
#include "sentence_shape.h"

namespace rolegraph::ingest {

bool IsRoleSpan(const RecognizedRoles& roles, const RoleSpan& s) {
  const RoleEntity* e = roles.Find(s.role_id);
  return e && e->kind == "role";
}

namespace {

// What a relation may run to: the role spans and the units no role span
// overlaps ("reports to the Finance Department", "works with the sales
// team"). Units open no clause of their own, so they never get duties.
std::vector<RoleSpan> RelationTargets(const RecognizedRoles& roles, const std::vector<RoleSpan>& all,
                                      const std::vector<RoleSpan>& role_spans) {
  std::vector<RoleSpan> out;
  for (const RoleSpan& sp : all) {
    const RoleEntity* e = roles.Find(sp.role_id);
    if (!e) continue;
    bool unit = e->kind != "role" && !sp.pronoun &&
                std::none_of(role_spans.begin(), role_spans.end(),
                             [&](const RoleSpan& r) { return r.first <= sp.last && sp.first <= r.last; });
    if (e->kind == "role" || unit) out.push_back(sp);
  }
  return out;
}

// "The CFO's duties are listed below:" / "... antara lain:" opens a list.
bool OpensList(const FactCues& cues, std::string_view text, const AnalyzedSentence& s) {
  std::string_view body = text.substr(s.begin, s.end - s.begin);
  bool colon = !body.empty() && body.back() == ':';
  bool follows = std::any_of(cues.list_openers().begin(), cues.list_openers().end(),
                             [&](const std::string& o) { return body.find(o) != std::string_view::npos; });
  bool duty = std::any_of(s.tokens.begin(), s.tokens.end(), [&](const Token& t) { return cues.IsDutyNoun(t.norm); });
  // A heading of a duty noun ("## Key responsibilities") opens the list below it too.
  return duty && (colon || follows || s.heading);
}

// "Send your CV to X", "Kirimkan lamaran Anda ke X": the writer or the
// reader speaking, not the role in focus.
bool AddressesReader(const FactCues& cues, const std::vector<Token>& t) {
  return std::any_of(t.begin(), t.end(), [&](const Token& k) { return cues.IsPersonDeixis(k.norm); });
}

// Whether facts[from..] holds the relation `f` states, with its polarity and time.
bool SameRelationSince(const std::vector<index::FactRecord>& facts, size_t from, const index::FactRecord& f) {
  for (size_t k = from; k < facts.size(); ++k) {
    const index::FactRecord& g = facts[k];
    if (g.role_id == f.role_id && g.predicate == f.predicate && g.object_role_id == f.object_role_id &&
        g.negated == f.negated && g.current == f.current)
      return true;
  }
  return false;
}

// A sentence's role spans and relation targets; a unit as its subject ("The
// Audit Unit reports to the board") owns its relations, not the role in
// focus, and takes no duties: it comes first among the spans, as
// `subject_unit`.
struct SentenceSpans {
  std::vector<RoleSpan> spans;
  std::vector<RoleSpan> targets;
  std::string subject_unit;
};

SentenceSpans SpansOf(const FactCues& cues, const RecognizedRoles& roles, const AnalyzedSentence& s, uint32_t si) {
  SentenceSpans out;
  for (const auto& sp : roles.spans[si])
    if (IsRoleSpan(roles, sp)) out.spans.push_back(sp);
  out.targets = RelationTargets(roles, roles.spans[si], out.spans);
  const std::vector<RoleSpan>& targets = out.targets;
  if (!targets.empty() && !IsRoleSpan(roles, targets[0]) &&
      (out.spans.empty() || targets[0].first < out.spans[0].first) && OpensClause(cues, s.tokens, 0, targets[0].first)) {
    out.subject_unit = targets[0].role_id;
    out.spans.insert(out.spans.begin(), targets[0]);
  }
  return out;
}

// An item of a list of duties ("  1. Manage the product team") is one duty
// of the list's role; its relations ("- Stands in for X", "- Passes the log
// to Y") are read as the role's clause.
void AddListDuty(const FactCues& cues, std::string_view text, const AnalyzedSentence& s, uint32_t si,
                 const std::string& list_role, std::vector<index::FactRecord>* facts) {
  size_t first = 0;
  while (first < s.tokens.size() && s.tokens[first].numeric) ++first;
  if (first < s.tokens.size())
    facts->push_back(MakeFact(cues, text, s, si, list_role, "responsible_for", first, s.tokens.size() - 1, 0.8f));
}

// The role whose duties the lines after sentence `si` list, or empty.
std::string ListRoleOf(const FactCues& cues, std::string_view text, const AnalyzedSentence& s, uint32_t si,
                       const std::vector<SentenceFocus>& focus) {
  std::string list_role = OpensList(cues, text, s) ? focus[si].role_id : std::string();
  // A duty heading naming no role ("## Key responsibilities") lists the
  // duties of the role the text was about before it.
  for (uint32_t back = si; list_role.empty() && s.heading && OpensList(cues, text, s) && back > 0; --back)
    list_role = focus[back - 1].role_id;
  return list_role;
}

// The sentence's own facts, into `facts`: no duties of a unit subject or of
// a list item's names, and one relation read twice from one sentence ("When
// A is on leave, B acts as A": an absence cue and "acts as") is one edge of
// the graph.
void KeepSentenceFacts(SentenceFacts* out, const std::string& subject_unit, bool listed, size_t sentence_start,
                       std::vector<index::FactRecord>* facts) {
  for (auto& f : out->facts()) {
    if (f.role_id == subject_unit && f.object_role_id.empty()) continue;
    if (listed && f.object_role_id.empty()) continue;
    if (!f.object_role_id.empty() && SameRelationSince(*facts, sentence_start, f)) continue;
    facts->push_back(std::move(f));
  }
}

// The facts of sentence `si`, read clause by clause, into `facts`; its
// denied role spans into `denied`.
void ReadSentenceFacts(const FactCues& cues, std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                       const RecognizedRoles& roles, const std::vector<bool>& boilerplate, uint32_t si,
                       const SentenceSpans& spans, const std::string& focus_role, float focus_confidence, bool listed,
                       std::vector<index::FactRecord>* facts, std::vector<bool>* denied) {
  const AnalyzedSentence& s = sentences[si];
  SentenceFacts out(cues, text, s, si, spans.spans, spans.targets);
  const FactSentence fs{cues, text, s, si, spans.spans, spans.targets, out};
  // Outside a list, a sentence that speaks to the reader gives the role in
  // focus nothing ("Send your CV to the Recruitment Team").
  const bool to_reader = !listed && !IsListItem(text, s) && AddressesReader(cues, s.tokens);
  for (const Clause& clause : SplitClauses(fs, focus_role, focus_confidence, to_reader)) ReadClause(fs, clause);
  out.TurnContrasts();
  out.ApplyMoves();
  out.ApplyTransfers();
  out.FindDeputies();
  out.FindPassiveRelations();
  out.FindListedSubjects();
  if (denied) {
    *denied = out.Denied();
    if (!spans.subject_unit.empty() && !denied->empty()) denied->erase(denied->begin());
  }
  const size_t sentence_start = facts->size();
  KeepSentenceFacts(&out, spans.subject_unit, listed, sentence_start, facts);
  for (const SentenceFacts::UnsourcedMove& move : out.unsourced_moves())
    if (std::string from = EarlierHolder(text, roles, sentences, boilerplate, si, move); !from.empty()) {
      const RoleSpan& to = *move.to;
      index::FactRecord handed = MakeFact(cues, text, s, si, from, "hands_to", to.first, to.last, 0.85f);
      handed.object_role_id = to.role_id;
      if (!SameRelationSince(*facts, sentence_start, handed)) facts->push_back(std::move(handed));
    }
}

}  // namespace

std::vector<index::FactRecord> ExtractFacts(const FactCues& cues, std::string_view text,
                                            const std::vector<AnalyzedSentence>& sentences,
                                            const RecognizedRoles& roles, const std::vector<SentenceFocus>& focus,
                                            const std::vector<bool>& boilerplate,
                                            std::vector<std::vector<bool>>* denied) {
  std::vector<index::FactRecord> facts;
  if (denied) denied->assign(sentences.size(), {});
  std::string list_role;
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const AnalyzedSentence& s = sentences[si];
    if (boilerplate[si] || s.tokens.empty()) continue;
    const SentenceSpans spans = SpansOf(cues, roles, s, si);
    const bool listed = !list_role.empty() && IsListItem(text, s);
    if (listed) {
      AddListDuty(cues, text, s, si, list_role, &facts);
      if (spans.spans.empty()) continue;
    } else {
      list_role = ListRoleOf(cues, text, s, si, focus);
      if (s.heading) continue;
    }
    // A question asserts nothing ("Who deputises for the X?", a FAQ line
    // before its answer): neither the role in focus nor one it names does
    // what it asks. A question merged with its answer ends with the answer.
    if (text[s.end - 1] == '?') continue;
    const std::string& focus_role = listed ? list_role : focus[si].role_id;
    ReadSentenceFacts(cues, text, sentences, roles, boilerplate, si, spans, focus_role, focus[si].confidence, listed,
                      &facts, denied ? &(*denied)[si] : nullptr);
  }
  return facts;
}

}  // namespace rolegraph::ingest
