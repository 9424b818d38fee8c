#include "fact_clauses.h"

#include <string>
#include <string_view>
#include <utility>

#include "clause_bounds.h"

namespace rolegraph::ingest {
namespace {

// Start of the words that hand a duty to the role named at `name`: "are held
// by", "ditangani oleh", "termasuk tugas", "falls to": the lead words
// in fact_cues.tsv. Returns the token where the duty itself ends.
size_t FindDutyLead(const FactCues& cues, const std::vector<Token>& t, size_t name) {
  size_t k = name;
  while (k > 0 && cues.IsDutyLead(t[k - 1].norm)) --k;
  return k;
}

// The predicate a passive verb hands to its agent ("is led by" -> leads).
std::string_view PassivePredicate(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k)
    if (auto p = cues.PassivePredicate(t[k].norm); !p.empty()) return p;
  return "responsible_for";
}

// Words before the first name belong to it when it is the agent or the
// owner of the duty ("... fall to the CFO", "X menjadi tugas jabatan
// tersebut"): a fact of that name; else a clause of the role in focus.
void ReadBeforeFirstName(const FactSentence& fs, const std::string& focus_role, float focus_confidence,
                         bool to_reader, std::vector<Clause>* clauses) {
  const FactCues& cues = fs.cues;
  const AnalyzedSentence& s = fs.s;
  const std::vector<RoleSpan>& spans = fs.spans;
  SentenceFacts& out = fs.out;
  size_t before = spans[0].first;
  while (before > 0 && s.tokens[before - 1].stop) --before;
  bool owned = before > 0 && cues.IsDutyOwnerNoun(s.tokens[before - 1].norm);
  bool agent = spans[0].first > 0 && (cues.IsAgentMarker(s.tokens[spans[0].first - 1].norm) ||
                                      (spans[0].first > 1 && cues.IsAgentMarker(s.tokens[spans[0].first - 2].norm)));
  if (owned || agent) {
    size_t cue = FindDutyLead(cues, s.tokens, spans[0].first);
    if (cue > 0) {
      index::FactRecord f = MakeFact(cues, fs.text, s, fs.si, spans[0].role_id,
                                     PassivePredicate(cues, s.tokens, cue, spans[0].first), 0, cue - 1,
                                     spans[0].pronoun ? 0.75f : 0.85f);
      out.Flag(&f, 0, cue, cue);
      out.Add(std::move(f), cue - 1);
    }
  } else if (!focus_role.empty() && !to_reader) {
    // Without a role in focus the words before the first name are no
    // clause of that name ("The post reports to X": not X's line).
    clauses->push_back({focus_role, 0, spans[0].first, focus_confidence * 0.8f, SIZE_MAX, true});
  }
}

// Objects of a cue, and roles coordinated with one ("two drivers and one clerk").
std::vector<bool> CueObjects(const FactSentence& fs) {
  const std::vector<RoleSpan>& spans = fs.spans;
  std::vector<bool> objects(spans.size());
  for (size_t k = 0; k < spans.size(); ++k)
    objects[k] = IsCueObject(fs.cues, fs.s.tokens, spans[k]) ||
                 (k > 0 && objects[k - 1] && Coordinated(fs.cues, fs.s.tokens, spans[k - 1], spans[k]));
  return objects;
}

// The clause span `k` opens, or the clause before it read on past it.
void AddSpanClause(const FactSentence& fs, const std::vector<bool>& objects, size_t k, std::vector<Clause>* out) {
  const FactCues& cues = fs.cues;
  std::string_view text = fs.text;
  const AnalyzedSentence& s = fs.s;
  const std::vector<RoleSpan>& spans = fs.spans;
  std::vector<Clause>& clauses = *out;
  size_t to = k + 1 < spans.size() ? spans[k + 1].first : s.tokens.size();
  // A name inside an aside after the subject: its clause ends with the
  // aside, and what follows is the subject's again.
  if (const size_t close = k > 0 && !objects[k - 1] && !spans[k - 1].pronoun &&
                                   spans[k].role_id != spans[k - 1].role_id
                               ? AsideClose(cues, text, s.tokens, spans[k - 1], spans[k], to)
                               : 0) {
    clauses.push_back({spans[k].role_id, spans[k].last + 1, close, 0.9f, SIZE_MAX, false, false, false});
    clauses.push_back({spans[k - 1].role_id, close, to, 0.9f, SIZE_MAX});
    return;
  }
  const bool object = objects[k] && !IsPassiveAgent(cues, s.tokens, spans[k]);
  size_t last = k;  // the last object coordinated with this one
  while (last + 1 < spans.size() && objects[last + 1] && Coordinated(cues, s.tokens, spans[last], spans[last + 1]))
    ++last;
  const size_t limit = last + 1 < spans.size() ? spans[last + 1].first : s.tokens.size();
  if (k > 0 && !clauses.empty() && clauses.back().role == spans[k - 1].role_id &&
      clauses.back().to == spans[k].first && CopulaComplement(cues, s.tokens, spans[k - 1], spans[k])) {
    clauses.back().to = to;
    return;
  }
  if (ObjectContinuesSubject(cues, s.tokens, spans[last], objects[k], limit)) {
    if (!clauses.empty() && clauses.back().to == spans[k].first) {
      clauses.back().to = to;  // the subject's clause reads on past its object
      return;
    }
    // "Most night crews report to A, although some report to B": the
    // subject is no role the text names, and the object is not it.
    if (k == 0 && object) return;
  }
  const bool past = PastBeforeSubject(text, s.tokens, fs.out.marks(), spans[k], k > 0 ? spans[k - 1].last + 1 : 0);
  // An object's clause ends at a semicolon; what follows without a
  // name of its own goes on about the sentence's subject ("X does not
  // report to Y; it reports to Z").
  const size_t semi = k > 0 ? SemicolonAfter(text, s.tokens, spans[k].last, to) : 0;
  clauses.push_back({spans[k].role_id, spans[k].last + 1, semi ? semi : to, spans[k].pronoun ? 0.8f : 0.9f,
                     k == 0 ? size_t{0} : SIZE_MAX, false, past, object});
  if (semi) clauses.push_back({spans[0].role_id, semi, to, spans[0].pronoun ? 0.8f : 0.9f, SIZE_MAX});
}

}  // namespace

std::vector<Clause> SplitClauses(const FactSentence& fs, const std::string& focus_role, float focus_confidence,
                                 bool to_reader) {
  std::vector<Clause> clauses;
  if (fs.spans.empty()) {
    if (!focus_role.empty() && !to_reader)
      clauses.push_back({focus_role, 0, fs.s.tokens.size(), focus_confidence * 0.8f, SIZE_MAX, true});
    return clauses;
  }
  if (fs.spans[0].first > 0) ReadBeforeFirstName(fs, focus_role, focus_confidence, to_reader, &clauses);
  const std::vector<bool> objects = CueObjects(fs);
  for (size_t k = 0; k < fs.spans.size(); ++k) AddSpanClause(fs, objects, k, &clauses);
  return clauses;
}

}  // namespace rolegraph::ingest
