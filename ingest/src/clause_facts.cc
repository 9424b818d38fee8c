// The facts read inside one clause (ReadClause in fact_clauses.h).
#include <algorithm>
#include <string_view>
#include <utility>

#include "clause_bounds.h"
#include "fact_clauses.h"

namespace rolegraph::ingest {
namespace {

// Confidence scale of facts read from an alternative ("though a few
// answer to the CFO instead"): said of the same subject, but not its usual case.
constexpr float kAlternativeFactor = 0.8f;

// Tokens after a reporting verb in which its preposition and object may come.
constexpr size_t kReportReach = 8;

// A reporting line: [verb, object's last token].
using ReportLine = std::pair<size_t, size_t>;

// Whether a relation cue or reporting verb at `i` may be the clause role's:
// a borrowed role's verb opens its clause, an object's comes before any
// conjunction or contrast (Clause::borrowed, Clause::object).
bool RelationIsClauses(const FactSentence& fs, const Clause& clause, size_t i) {
  return !(clause.borrowed && !OpensClause(fs.cues, fs.s.tokens, clause.from, i)) &&
         !(clause.object && JoinIn(fs.cues, fs.s.tokens, clause.from, i));
}

// The reporting line of the verb at `i` ("kepada"/"to", or a transfer target
// after a handover, then a role within two words): its fact into `fs.out`,
// and the object's last token; `i` when there is none.
size_t ReadReportLine(const FactSentence& fs, const Clause& clause, size_t i, bool handover, size_t segment,
                      float scale) {
  const FactCues& cues = fs.cues;
  const AnalyzedSentence& s = fs.s;
  size_t next = i;
  for (size_t j = i + 1; j < s.tokens.size() && j <= i + kReportReach && next == i; ++j) {
    // The reporting verb's object stays in its own stretch: not past a
    // comma ("kepadanya, sedangkan ia ... kepada X") or another such verb.
    if (fs.text.substr(s.tokens[j - 1].end, s.tokens[j].begin - s.tokens[j - 1].end).find(',') !=
            std::string_view::npos ||
        cues.IsReportVerb(s.tokens[j].norm))
      break;
    if (!cues.IsReportPreposition(s.tokens[j].norm) && !(handover && cues.IsTransferTarget(s.tokens[j].norm)))
      continue;
    for (const auto& sp : fs.targets) {
      if (sp.first <= j || sp.first > j + 2 || sp.role_id == clause.role) continue;
      index::FactRecord f = MakeFact(cues, fs.text, s, fs.si, clause.role, handover ? "hands_to" : "reports_to", j + 1,
                                     sp.last, clause.confidence * scale);
      f.object_role_id = sp.role_id;
      fs.out.Flag(&f, segment, i, j + 1, clause.lead);
      f.current = f.current && !clause.past_subject;
      fs.out.Add(std::move(f), sp.last);
      next = sp.last;
      break;
    }
  }
  return next;
}

// "menyampaikan laporan harian kepada kepala unit", "sends the monthly
// totals to the CFO": a reporting verb, then "kepada"/"to" and a role within
// a few words. An alternative after it ("although some report to W") is
// another reporting line of the same subject.
std::vector<ReportLine> ReadReportLines(const FactSentence& fs, const Clause& clause) {
  const FactCues& cues = fs.cues;
  const AnalyzedSentence& s = fs.s;
  size_t segment = clause.from;
  std::vector<ReportLine> read;
  float scale = 1.0f;
  for (size_t i = clause.from; i < clause.to; ++i) {
    if (cues.IsAlternative(s.tokens[i].norm)) {
      segment = i;
      scale = kAlternativeFactor;
    }
    // "forwards the complaint to the lab": a handover, read the same way.
    const bool handover = cues.IsHandoverVerb(s.tokens[i].norm);
    if (!handover && !cues.IsReportVerb(s.tokens[i].norm)) continue;
    if (!RelationIsClauses(fs, clause, i)) continue;
    const size_t next = ReadReportLine(fs, clause, i, handover, segment, scale);
    if (next == i) continue;
    read.push_back({i, next});
    i = next;
    segment = next + 1;
  }
  return read;
}

// The first cue phrase starting at token `i`, with its end in `end`; null if none.
const Cue* CueAt(const FactCues& cues, const std::vector<Token>& t, size_t i, size_t* end) {
  for (const auto& c : cues.cues())
    if ((*end = PhraseEnd(t, i, c.words, &cues)) != 0) return &c;
  return nullptr;
}

// The last token of a relation's object from `obj_first`: up to the role it
// names, else to the next comma or semicolon ("whose line runs to the
// owners, handles ...").
size_t RelationObjectLast(const FactSentence& fs, const Clause& clause, size_t obj_first) {
  const AnalyzedSentence& s = fs.s;
  const std::vector<RoleSpan>& targets = fs.targets;
  size_t obj_last = s.tokens.size() - 1;
  for (size_t k = obj_first; k + 1 < s.tokens.size(); ++k)
    if (fs.text.substr(s.tokens[k].end, s.tokens[k + 1].begin - s.tokens[k].end).find_first_of(",;") !=
        std::string_view::npos) {
      obj_last = k;
      break;
    }
  for (size_t k = 0; k < targets.size(); ++k) {
    if (targets[k].first < obj_first || targets[k].role_id == clause.role) continue;
    obj_last = std::max<size_t>(targets[k].last, obj_first);
    // "the chief risk officer (CRO)": the name and its acronym.
    while (k + 1 < targets.size() && targets[k + 1].role_id == targets[k].role_id &&
           targets[k + 1].first <= obj_last + 1)
      obj_last = targets[++k].last;
    break;
  }
  return obj_last;
}

// "supervises the ward nurses": a line of authority over the first role
// after `obj_first` with only determiners, counts and a group noun before
// it ("membawahi beberapa asisten", "supervises a squad of six porters",
// "memimpin regu tiga operator"); `f`, `obj_last` and `obj_role_first` then
// reach to it.
void ReadAuthorityObject(const FactSentence& fs, const Clause& clause, const Cue& cue, size_t obj_first, float scale,
                         index::FactRecord* f, size_t* obj_last, size_t* obj_role_first) {
  const FactCues& cues = fs.cues;
  const AnalyzedSentence& s = fs.s;
  for (const auto& sp : fs.targets) {
    if (sp.first < obj_first || sp.role_id == clause.role) continue;
    bool direct = true;
    for (size_t k = obj_first; k < sp.first; ++k)
      direct = direct && (cues.IsDangling(s.tokens[k].norm) || cues.IsObjectDeterminer(s.tokens[k].norm) ||
                          s.tokens[k].numeric || cues.IsGroupWord(s.tokens[k].norm));
    if (!direct) return;
    *obj_last = std::max<size_t>(*obj_last, sp.last);
    *f = MakeFact(cues, fs.text, s, fs.si, clause.role, cue.predicate, obj_first, *obj_last,
                  clause.confidence * scale);
    f->object_role_id = sp.role_id;
    *obj_role_first = sp.first;
    return;
  }
}

// "membawahi A, B dan C", "supervises the A, the B and two Cs": the roles
// listed after the first object `f` of a line of authority (only commas,
// conjunctions, determiners and counts between them) are under it too.
void ReadListedAuthority(const FactSentence& fs, const Clause& clause, const index::FactRecord& f, size_t obj_last) {
  const FactCues& cues = fs.cues;
  const auto& t = fs.s.tokens;
  size_t prev_last = obj_last;
  for (const auto& sp : fs.targets) {
    if (sp.first <= prev_last) continue;
    if (sp.role_id == clause.role || sp.pronoun) return;
    bool joined = false;  // a conjunction or a comma between the two names
    if (!OnlyListWords(cues, t, prev_last + 1, sp.first, &joined)) return;
    for (size_t k = prev_last + 1; k <= sp.first && !joined; ++k)
      joined = fs.text.substr(t[k - 1].end, t[k].begin - t[k - 1].end).find(',') != std::string_view::npos;
    if (!joined) return;
    index::FactRecord g = MakeFact(cues, fs.text, fs.s, fs.si, clause.role, f.predicate, sp.first, sp.last, f.confidence);
    g.object_role_id = sp.role_id;
    g.negated = f.negated;
    g.current = f.current;
    fs.out.Add(std::move(g), sp.last);
    prev_last = sp.last;
  }
}

// The cues read around the reporting lines `read` ("memimpin para A ... dan
// melapor ke B" leads A). Whether a duty cue gave the clause its main predicate.
bool ReadCues(const FactSentence& fs, const Clause& clause, const std::vector<ReportLine>& read) {
  const FactCues& cues = fs.cues;
  const AnalyzedSentence& s = fs.s;
  bool found = false;
  size_t segment = clause.from;  // where the current statement of the clause starts
  float scale = 1.0f;
  size_t line = 0;  // the next reporting line in `read`
  for (size_t i = clause.from; i < clause.to; ++i) {
    if (line < read.size() && i >= read[line].first) {
      i = read[line++].second;
      segment = i + 1;
      continue;
    }
    // After the main predicate only a second one joined by a conjunction
    // is read: "leads the cashiers and liaises with the CFO".
    if (found && !(i > 0 && cues.IsConjunction(s.tokens[i - 1].norm))) continue;
    if (cues.IsAlternative(s.tokens[i].norm)) {
      segment = i;
      scale = kAlternativeFactor;
    }
    size_t end = 0;
    const Cue* cue = CueAt(cues, s.tokens, i, &end);
    if (!cue || (found && !cue->relation)) continue;
    size_t obj_first = end;
    size_t obj_last = cue->relation ? RelationObjectLast(fs, clause, obj_first) : clause.to - 1;
    const bool authority = cue->predicate == "supervises" || cue->predicate == "leads";
    // "Manajer Gudang membawahi Kepala Regu": the object's name opens the
    // next clause right at the cue; only a line of authority reads it.
    if (authority && obj_first == clause.to && obj_first < s.tokens.size()) obj_last = obj_first;
    if (obj_first > obj_last || obj_first >= s.tokens.size()) break;
    index::FactRecord f =
        MakeFact(cues, fs.text, s, fs.si, clause.role, cue->predicate, obj_first, obj_last, clause.confidence * scale);
    size_t obj_role_first = obj_first;
    if (authority) {
      ReadAuthorityObject(fs, clause, *cue, obj_first, scale, &f, &obj_last, &obj_role_first);
      if (f.object_role_id.empty() && obj_first == clause.to) break;
    }
    if (cue->relation && RelationIsClauses(fs, clause, i)) {
      for (const auto& sp : fs.targets)
        if (sp.first >= obj_first && sp.last <= obj_last && sp.role_id != clause.role) {
          f.object_role_id = sp.role_id;
          obj_role_first = sp.first;
          break;
        }
    }
    fs.out.Flag(&f, segment, i, obj_role_first, clause.lead);
    if (!f.object_role_id.empty()) f.current = f.current && !clause.past_subject;
    if (cue->relation) {
      i = obj_last;  // a relation may be a side remark: keep reading the clause
      segment = obj_last + 1;
    } else {
      found = true;  // the first duty cue is the clause's main predicate
    }
    const bool listed = authority && !f.object_role_id.empty();
    const index::FactRecord first = listed ? f : index::FactRecord{};
    fs.out.Add(std::move(f), obj_last);
    if (listed) ReadListedAuthority(fs, clause, first, obj_last);
  }
  return found;
}

// No cue: "Jabatan tersebut menyiapkan jadwal ...", "The CRO drafts the
// limits": the verb right after the subject is what the role does.
void ReadBareVerb(const FactSentence& fs, const Clause& clause) {
  const AnalyzedSentence& s = fs.s;
  size_t v = clause.from;
  while (v < clause.to && fs.cues.IsAdverb(s.tokens[v].norm)) ++v;
  if (v + 1 < clause.to && fs.cues.LooksLikeFiniteVerb(s.tokens[v], s.lang)) {
    index::FactRecord f =
        MakeFact(fs.cues, fs.text, s, fs.si, clause.role, "performs", v, clause.to - 1, clause.confidence * 0.9f);
    fs.out.Flag(&f, clause.from, v, v, clause.lead);
    fs.out.Add(std::move(f), clause.to - 1);
  }
}

}  // namespace

void ReadClause(const FactSentence& fs, const Clause& clause) {
  const std::vector<ReportLine> read = ReadReportLines(fs, clause);
  const bool found = ReadCues(fs, clause, read);
  if (!found && read.empty() && clause.from < clause.to) ReadBareVerb(fs, clause);
}

}  // namespace rolegraph::ingest
