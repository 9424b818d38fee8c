#include "facts.h"
#include "sentence_shape.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace rolegraph::ingest {
namespace {

// Confidence scale of facts read from an alternative ("though a few
// answer to the CFO instead"): said of the same subject, but not its usual case.
constexpr float kAlternativeFactor = 0.8f;
// Tokens a negator may sit before the cue it denies ("does not directly report").
constexpr size_t kNegationReach = 4;
// Tokens between a contrast word and the role it turns to ("but rather to the board").
constexpr size_t kContrastReach = 4;

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

bool IsRoleSpan(const RecognizedRoles& roles, const RoleSpan& s) {
  const RoleEntity* e = roles.Find(s.role_id);
  return e && e->kind == "role";
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

index::FactRecord MakeFact(const FactCues& cues, std::string_view text, const AnalyzedSentence& s, uint32_t index,
                           std::string role, std::string_view predicate, size_t obj_first, size_t obj_last,
                           float confidence) {
  index::FactRecord f;
  f.role_id = std::move(role);
  f.predicate = std::string(predicate);
  f.sentence = index;
  f.begin = s.begin;
  f.end = s.end;
  while (obj_last > obj_first && cues.IsDangling(s.tokens[obj_last].norm)) --obj_last;  // no trailing "the", "dengan"
  f.object_begin = s.tokens[obj_first].begin;
  f.object_end = s.tokens[obj_last].end;
  f.object = std::string(text.substr(f.object_begin, f.object_end - f.object_begin));
  f.confidence = confidence;
  return f;
}

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

// A year within kYearReach tokens from `at` ("2021", "March 2021").
bool YearFollows(const std::vector<Token>& t, size_t at) {
  constexpr size_t kYearReach = 2;
  constexpr int kFirstYear = 1900, kLastYear = 2199;
  for (size_t k = at; k < t.size() && k < at + kYearReach; ++k) {
    if (!t[k].numeric || t[k].norm.size() != 4) continue;
    const int year = std::atoi(t[k].norm.c_str());
    if (year >= kFirstYear && year <= kLastYear) return true;
  }
  return false;
}

SentenceMarks MarkTime(const FactCues& cues, const std::vector<Token>& t) {
  SentenceMarks m;
  m.in_marker.assign(t.size(), false);
  for (size_t i = 0; i < t.size(); ++i)
    for (const auto& tm : cues.time_markers()) {
      size_t end = PhraseEnd(t, i, tm.words, nullptr);
      if (!end) continue;
      if (tm.kind == TimeKind::kPastToYear && !YearFollows(t, end)) continue;
      for (size_t k = i; k < end; ++k) m.in_marker[k] = true;
      if (tm.kind == TimeKind::kPast || tm.kind == TimeKind::kPastToYear) m.past.push_back(i);
      if (tm.kind == TimeKind::kPastToYear) m.dated_past.push_back(i);
      else if (tm.kind == TimeKind::kMoved) m.moved.push_back(end);
      else m.moved_from.push_back({i, end});
      break;
    }
  return m;
}

// A negator in [from, to), outside time markers, at most kNegationReach
// tokens before `to`.
bool NegatedBefore(const FactCues& cues, const std::vector<Token>& t, const SentenceMarks& m, size_t from, size_t to) {
  for (size_t k = to; k > from && to - k < kNegationReach; --k) {
    if (m.in_marker[k - 1]) continue;
    for (const auto& n : cues.negators())
      if (size_t end = PhraseEnd(t, k - 1, n, nullptr); end && end <= to) return true;
  }
  return false;
}

bool PastIn(const SentenceMarks& m, size_t from, size_t to) {
  return std::any_of(m.past.begin(), m.past.end(), [&](size_t p) { return p >= from && p < to; });
}

bool DatedPastIn(const SentenceMarks& m, size_t from, size_t to) {
  return std::any_of(m.dated_past.begin(), m.dated_past.end(), [&](size_t p) { return p >= from && p < to; });
}

// A relation object of a cue, where the sentence goes on about the same
// subject ("... to A, though a few answer to B", "... to Y but to Z"): that role does not open a clause of its own.
bool ObjectContinuesSubject(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& sp) {
  // Any cue: "X oversees the ticket clerks and works with Z" goes on about X.
  auto ends_cue = [&](const std::string& w) {
    if (cues.IsReportPreposition(w) || cues.IsAgentMarker(w)) return true;
    for (const Cue& c : cues.cues())
      if (!c.words.empty() && c.words.back() == w) return true;
    return false;
  };
  // Back over "the" to the word that makes it an object ("with", "kepada").
  bool object = false;
  for (size_t k = sp.first; k > 0; --k) {
    if (ends_cue(t[k - 1].norm)) {
      object = true;
      break;
    }
    if (!cues.IsDangling(t[k - 1].norm)) break;
  }
  size_t next = sp.last + 1;
  if (!object || next >= t.size()) return false;
  if (cues.IsContrast(t[next].norm) || cues.IsAlternative(t[next].norm)) return true;
  // "... bekerja sama dengan A dan melapor kepada B": a
  // second predicate of the same subject, joined by a conjunction.
  if (cues.IsConjunction(t[next].norm) && next + 1 < t.size()) {
    size_t v = next + 1;
    while (v < t.size() && cues.IsAdverb(t[v].norm)) ++v;
    if (v < t.size() && cues.IsReportVerb(t[v].norm)) return true;
    for (const Cue& c : cues.cues())
      if (c.relation && PhraseEnd(t, v, c.words, &cues)) return true;
  }
  return false;
}

struct Clause {
  std::string role;
  size_t from, to;  // token range [from, to)
  float confidence;
  // First token of the words before the subject that set its time ("Until
  // 2021 the X reported to Y"): from, except for the sentence's first subject.
  size_t lead = SIZE_MAX;
  // The role is the sentence's focus, not named in it: a relation read here
  // needs its verb to open the clause ("- Forwards the log to X"); after a
  // subject of its own ("Complaints are forwarded to X", "Three clerks
  // report to X: ...") the relation is not the focus role's.
  bool borrowed = false;
};

// Only list numbers, function words and cue adverbs in [from, to).
bool OpensClause(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to && k < t.size(); ++k)
    if (!t[k].stop && !t[k].numeric && !cues.IsAdverb(t[k].norm)) return false;
  return true;
}

// Relation and duty facts of one sentence, with polarity and time. Keeps the
// token range of each relation object so a contrast can turn a denied
// relation to its true object.
class SentenceFacts {
 public:
  SentenceFacts(const FactCues& cues, std::string_view text, const AnalyzedSentence& s, uint32_t index,
                const std::vector<RoleSpan>& spans)
      : cues_(cues), text_(text), s_(s), index_(index), spans_(spans), marks_(MarkTime(cues, s.tokens)) {}

  // Flags of a fact whose cue starts at `cue` and whose object starts at
  // `obj_first`, read in the clause segment that starts at `seg`.
  // A dated past marker in the clause's `lead` counts up to the first
  // semicolon ("Until 2021 X reported to A; since then reports to B"); an
  // undated one there ("Once a plan is signed, X ...") may not be about time.
  void Flag(index::FactRecord* f, size_t seg, size_t cue, size_t obj_first, size_t lead = SIZE_MAX) const {
    f->negated = NegatedBefore(cues_, s_.tokens, marks_, seg, cue) ||
                 (obj_first > cue && NegatedBefore(cues_, s_.tokens, marks_, cue, obj_first));
    const bool same_stretch =
        lead < seg && text_.substr(s_.tokens[lead].begin, s_.tokens[cue].begin - s_.tokens[lead].begin)
                              .find(';') == std::string_view::npos;
    f->current = !PastIn(marks_, seg, obj_first) && !(same_stretch && DatedPastIn(marks_, lead, seg));
  }

  void Add(index::FactRecord f, size_t obj_last) {
    facts_.push_back(std::move(f));
    obj_last_.push_back(obj_last);
  }

  // "X answers not to Y but to Z": a denied relation followed by a
  // contrast word and another role gives the relation to that role.
  void TurnContrasts() {
    size_t n = facts_.size();
    for (size_t k = 0; k < n; ++k) {
      const index::FactRecord& f = facts_[k];
      if (!f.negated || f.object_role_id.empty()) continue;
      size_t c = obj_last_[k] + 1;
      if (c >= s_.tokens.size() || !cues_.IsContrast(s_.tokens[c].norm)) continue;
      for (const RoleSpan& sp : spans_) {
        if (sp.first <= c || sp.first > c + kContrastReach) continue;
        if (sp.role_id == f.role_id || sp.role_id == f.object_role_id) break;
        index::FactRecord g = MakeFact(cues_, text_, s_, index_, f.role_id, f.predicate, sp.first, sp.last,
                                       f.confidence);
        g.object_role_id = sp.role_id;
        g.current = f.current;
        Add(std::move(g), sp.last);
        break;
      }
    }
  }

  // "Tugas X sebelumnya dipegang oleh A, sejak 2025 dialihkan ke B": what
  // the sentence gave other roles is past, B holds it now.
  void ApplyMoves() {
    for (size_t at : marks_.moved) {
      const RoleSpan* to = nullptr;
      for (const RoleSpan& sp : spans_)
        if (sp.first >= at && sp.first <= at + 2) {
          to = &sp;
          break;
        }
      if (!to) continue;
      size_t n = facts_.size();
      for (size_t k = 0; k < n; ++k) {
        index::FactRecord& f = facts_[k];
        if (f.role_id == to->role_id || f.object_role_id == to->role_id || f.negated) continue;
        f.current = false;
        index::FactRecord g = f;
        g.role_id = to->role_id;
        g.current = true;
        Add(std::move(g), obj_last_[k]);
      }
    }
  }

  // "Mulai Maret, tugas X dialihkan dari A kepada B", "the weekly count
  // moves from A to B": B holds X now, A held it before.
  void ApplyTransfers() {
    const auto& t = s_.tokens;
    for (auto [at, end] : marks_.moved_from) {
      const RoleSpan* from = SpanNear(end, 1);
      if (!from || at == 0) continue;
      size_t k = from->last + 1;
      if (k >= t.size() || !cues_.IsTransferTarget(t[k].norm)) continue;
      const RoleSpan* to = SpanNear(k + 1, 1);
      if (!to || to->role_id == from->role_id) continue;
      // The duty: what precedes the phrase in its clause.
      size_t first = 0;
      for (size_t j = at; j > 0; --j)
        if (text_.substr(t[j - 1].end, t[j].begin - t[j - 1].end).find_first_of(",;:") != std::string_view::npos) {
          first = j;
          break;
        }
      if (first >= at) continue;
      for (const RoleSpan* holder : {to, from}) {
        index::FactRecord f =
            MakeFact(cues_, text_, s_, index_, holder->role_id, "responsible_for", first, at - 1, 0.85f);
        f.current = holder == to;
        Add(std::move(f), at - 1);
      }
      index::FactRecord handed = MakeFact(cues_, text_, s_, index_, from->role_id, "hands_to", to->first, to->last, 0.85f);
      handed.object_role_id = to->role_id;
      Add(std::move(handed), to->last);
    }
  }

  // Deputies: "While A is away, B ..." / "Bila A tidak hadir, B ..." /
  // "A (acting) is held by B": B deputises for A.
  void FindDeputies() {
    const auto& t = s_.tokens;
    for (const DeputyCue& dc : cues_.deputy_cues()) {
      for (size_t i = 0; i < t.size(); ++i) {
        size_t end = PhraseEnd(t, i, dc.words, nullptr);
        if (!end) continue;
        const RoleSpan* absent = nullptr;
        const RoleSpan* deputy = nullptr;
        if (dc.position == DeputyPosition::kBefore) {
          for (const RoleSpan& sp : spans_)
            if (!absent && sp.first >= end && sp.first <= end + 2) absent = &sp;
            else if (absent && sp.first > absent->last && sp.role_id != absent->role_id) {
              deputy = &sp;
              break;
            }
        } else if (dc.position == DeputyPosition::kAfter) {
          for (const RoleSpan& sp : spans_)
            if (sp.last < i && sp.last + 2 >= i) absent = &sp;
          for (const RoleSpan& sp : spans_)
            if (absent && sp.first >= end && sp.role_id != absent->role_id) {
              deputy = &sp;
              break;
            }
        } else {
          // "Plt. Kepala Dinas dijabat oleh Sekretaris": the acting title's
          // holder deputises for it.
          for (const RoleSpan& sp : spans_)
            if (sp.first >= end && sp.first <= end + 1) absent = &sp;
          if (absent)
            for (const auto& f : facts_)
              if (f.role_id == absent->role_id && f.predicate == "held_by" && !f.object_role_id.empty() && !f.negated)
                for (const RoleSpan& sp : spans_)
                  if (sp.role_id == f.object_role_id) deputy = &sp;
        }
        if (!absent || !deputy || absent->role_id == deputy->role_id) continue;
        index::FactRecord f =
            MakeFact(cues_, text_, s_, index_, deputy->role_id, "deputises_for", absent->first, absent->last, 0.85f);
        f.object_role_id = absent->role_id;
        f.current = !PastIn(marks_, 0, t.size());
        Add(std::move(f), absent->last);
      }
    }
  }

  // Passive lines of authority between two roles: "The painters are
  // supervised by the foreman", "Para mekanik diawasi oleh kepala bengkel":
  // the agent holds the passive verb's predicate (passive_predicates.tsv)
  // over the role before the verb, when only function words and cue adverbs
  // stand around the verb. Lines of authority only, as for active verbs.
  void FindPassiveRelations() {
    const auto& t = s_.tokens;
    for (size_t k = 1; k < spans_.size(); ++k) {
      const RoleSpan& patient = spans_[k - 1];
      const RoleSpan& agent = spans_[k];
      // A pronoun patient ("they are supervised by X") may stand for staff
      // the document names no role for: no line of authority from it.
      if (patient.pronoun || patient.role_id == agent.role_id || agent.first <= patient.last + 1) continue;
      size_t marker = agent.first;  // the agent marker: "by", "oleh", before "the"
      while (marker > patient.last + 1 && cues_.IsDangling(t[marker - 1].norm)) --marker;
      if (marker <= patient.last + 2 || !cues_.IsAgentMarker(t[marker - 1].norm)) continue;
      std::string_view predicate;
      for (size_t v = patient.last + 1; v + 1 < marker; ++v) {
        const std::string_view p = cues_.PassivePredicate(t[v].norm);
        if (!p.empty()) predicate = p;
        else if (!t[v].stop && !cues_.IsAdverb(t[v].norm)) predicate = {}, v = marker;  // more than a passive verb
      }
      if (predicate != "supervises" && predicate != "leads") continue;
      index::FactRecord f = MakeFact(cues_, text_, s_, index_, agent.role_id, std::string(predicate), patient.first,
                                     patient.last, 0.85f);
      f.object_role_id = patient.role_id;
      f.negated = NegatedBefore(cues_, t, marks_, patient.last + 1, marker);
      f.current = !PastIn(marks_, patient.last + 1, marker);
      Add(std::move(f), patient.last);
    }
  }

  // Subjects listed after a colon: "Three managers report to the plant
  // director: the production manager, the quality manager and ...". The
  // sentence's own subject names no role; the one role before the colon is
  // the object of a reporting line, and each role after it reports to it.
  void FindListedSubjects() {
    const auto& t = s_.tokens;
    const size_t colon = text_.substr(s_.begin, s_.end - s_.begin).find(':');
    if (colon == std::string_view::npos || spans_.size() < 2) return;
    const size_t colon_byte = s_.begin + colon;
    const RoleSpan& object = spans_[0];
    if (object.pronoun || t[object.last].end > colon_byte || t[spans_[1].first].begin < colon_byte) return;
    bool reporting = false;  // a reporting verb or a reports_to cue before the object
    for (size_t i = 0; i < object.first && !reporting; ++i) {
      reporting = cues_.IsReportVerb(t[i].norm);
      for (const Cue& c : cues_.cues())
        if (c.relation && c.predicate == "reports_to" && PhraseEnd(t, i, c.words, &cues_)) reporting = true;
    }
    if (!reporting) return;
    for (size_t k = 1; k < spans_.size(); ++k) {
      const RoleSpan& listed = spans_[k];
      if (listed.pronoun || listed.role_id == object.role_id) continue;
      index::FactRecord f = MakeFact(cues_, text_, s_, index_, listed.role_id, "reports_to", object.first, object.last, 0.8f);
      f.object_role_id = object.role_id;
      f.negated = NegatedBefore(cues_, t, marks_, 0, object.first);
      f.current = !PastIn(marks_, 0, object.first);
      Add(std::move(f), object.last);
    }
  }

  // Mentions the sentence denies or retires: the object of a denied or past
  // relation, and a subject whose every fact here is denied or past.
  std::vector<bool> Denied() const {
    std::vector<bool> out(spans_.size(), false);
    for (size_t k = 0; k < spans_.size(); ++k) {
      const RoleSpan& sp = spans_[k];
      bool object_off = false, object_on = false, subject_off = false, subject_on = false;
      for (size_t j = 0; j < facts_.size(); ++j) {
        const index::FactRecord& f = facts_[j];
        bool off = f.negated || !f.current;
        if (f.object_role_id == sp.role_id && s_.tokens[sp.last].end <= f.object_end &&
            s_.tokens[sp.first].begin >= f.object_begin)
          (off ? object_off : object_on) = true;
        // Handing a duty on says nothing for the giver still holding it.
        if (f.role_id == sp.role_id && f.predicate != "hands_to") (off ? subject_off : subject_on) = true;
      }
      out[k] = (object_off && !object_on && !subject_on) || (subject_off && !subject_on && !object_on);
    }
    return out;
  }

  std::vector<index::FactRecord>& facts() { return facts_; }

  const SentenceMarks& marks() const { return marks_; }

 private:
  // The role span starting at `k` or at most `slack` tokens after it ("the").
  const RoleSpan* SpanNear(size_t k, size_t slack) const {
    for (const RoleSpan& sp : spans_)
      if (sp.first >= k && sp.first <= k + slack) return &sp;
    return nullptr;
  }

  const FactCues& cues_;
  std::string_view text_;
  const AnalyzedSentence& s_;
  uint32_t index_;
  const std::vector<RoleSpan>& spans_;
  SentenceMarks marks_;
  std::vector<index::FactRecord> facts_;
  std::vector<size_t> obj_last_;
};

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
    std::vector<RoleSpan> spans;
    for (const auto& sp : roles.spans[si])
      if (IsRoleSpan(roles, sp)) spans.push_back(sp);
    // An item of a list of duties ("  1. Manage the product team") is one
    // duty of the list's role; its relations ("- Stands in for X", "-
    // Passes the log to Y") are read below, as the role's clause.
    const bool listed = !list_role.empty() && IsListItem(text, s);
    if (listed) {
      size_t first = 0;
      while (first < s.tokens.size() && s.tokens[first].numeric) ++first;
      if (first < s.tokens.size())
        facts.push_back(MakeFact(cues, text, s, si, list_role, "responsible_for", first, s.tokens.size() - 1, 0.8f));
      if (spans.empty()) continue;
    } else {
      list_role = OpensList(cues, text, s) ? focus[si].role_id : std::string();
      // A duty heading naming no role ("## Key responsibilities") lists the
      // duties of the role the text was about before it.
      for (uint32_t back = si; list_role.empty() && s.heading && OpensList(cues, text, s) && back > 0; --back)
        list_role = focus[back - 1].role_id;
      if (s.heading) continue;
    }
    const std::string& focus_role = listed ? list_role : focus[si].role_id;
    SentenceFacts out(cues, text, s, si, spans);
    // Clauses: each role span governs the tokens up to the next span; with
    // no span the sentence's focus role governs the whole sentence. A
    // relation's object followed by a contrast or an alternative ("... to the
    // CEO, although some ...") leaves the clause to its subject.
    std::vector<Clause> clauses;
    if (spans.empty()) {
      if (!focus_role.empty())
        clauses.push_back({focus_role, 0, s.tokens.size(), focus[si].confidence * 0.8f, SIZE_MAX, true});
    } else {
      // Words before the first name belong to it when it is the agent or
      // the owner of the duty ("... fall to the CFO", "X menjadi tugas
      // jabatan tersebut"), else to the role in focus.
      if (spans[0].first > 0) {
        std::string owner = !focus_role.empty() ? focus_role : spans[0].role_id;
        size_t before = spans[0].first;
        while (before > 0 && s.tokens[before - 1].stop) --before;
        bool owned = before > 0 && cues.IsDutyOwnerNoun(s.tokens[before - 1].norm);
        bool agent = spans[0].first > 0 && (cues.IsAgentMarker(s.tokens[spans[0].first - 1].norm) ||
                                            (spans[0].first > 1 && cues.IsAgentMarker(s.tokens[spans[0].first - 2].norm)));
        if (owned || agent) {
          size_t cue = FindDutyLead(cues, s.tokens, spans[0].first);
          if (cue > 0) {
            index::FactRecord f = MakeFact(cues, text, s, si, spans[0].role_id,
                                           PassivePredicate(cues, s.tokens, cue, spans[0].first), 0, cue - 1,
                                           spans[0].pronoun ? 0.75f : 0.85f);
            out.Flag(&f, 0, cue, cue);
            out.Add(std::move(f), cue - 1);
          }
        } else {
          clauses.push_back({owner, 0, spans[0].first, focus[si].confidence * 0.8f, SIZE_MAX, true});
        }
      }
      for (size_t k = 0; k < spans.size(); ++k) {
        size_t to = k + 1 < spans.size() ? spans[k + 1].first : s.tokens.size();
        if (k > 0 && ObjectContinuesSubject(cues, s.tokens, spans[k]) && !clauses.empty() &&
            clauses.back().to == spans[k].first) {
          clauses.back().to = to;  // the subject's clause reads on past its object
          continue;
        }
        clauses.push_back({spans[k].role_id, spans[k].last + 1, to, spans[k].pronoun ? 0.8f : 0.9f,
                           k == 0 ? size_t{0} : SIZE_MAX});
      }
    }
    for (const auto& clause : clauses) {
      bool found = false, reported = false;
      // "menyampaikan laporan harian kepada kepala unit", "sends the
      // monthly totals to the CFO": a reporting verb, then "kepada"/"to" and
      // a role within a few words. An alternative after it ("although some
      // report to W") is another reporting line of the same subject.
      size_t resume = clause.from, segment = clause.from;
      float scale = 1.0f;
      for (size_t i = clause.from; i < clause.to; ++i) {
        if (cues.IsAlternative(s.tokens[i].norm)) {
          segment = i;
          scale = kAlternativeFactor;
        }
        // "forwards the complaint to the lab": a handover, read the same way.
        const bool handover = cues.IsHandoverVerb(s.tokens[i].norm);
        if (!handover && !cues.IsReportVerb(s.tokens[i].norm)) continue;
        if (clause.borrowed && !OpensClause(cues, s.tokens, clause.from, i)) continue;
        size_t next = i;
        for (size_t j = i + 1; j < s.tokens.size() && j <= i + 8 && next == i; ++j) {
          // The reporting verb's object stays in its own stretch: not past a
          // comma ("kepadanya, sedangkan ia ... kepada X") or another such verb.
          if (text.substr(s.tokens[j - 1].end, s.tokens[j].begin - s.tokens[j - 1].end).find(',') !=
                  std::string_view::npos ||
              cues.IsReportVerb(s.tokens[j].norm))
            break;
          if (!cues.IsReportPreposition(s.tokens[j].norm) && !(handover && cues.IsTransferTarget(s.tokens[j].norm)))
            continue;
          for (const auto& sp : spans) {
            if (sp.first <= j || sp.first > j + 2 || sp.role_id == clause.role) continue;
            index::FactRecord f = MakeFact(cues, text, s, si, clause.role, handover ? "hands_to" : "reports_to", j + 1,
                                           sp.last, clause.confidence * scale);
            f.object_role_id = sp.role_id;
            out.Flag(&f, segment, i, j + 1, clause.lead);
            out.Add(std::move(f), sp.last);
            next = sp.last;
            break;
          }
        }
        if (next == i) continue;
        reported = true;
        i = next;
        resume = segment = next + 1;
      }
      // The cues read on after the reporting lines; `segment` is where the
      // current statement of the clause starts.
      segment = resume;
      scale = 1.0f;
      for (size_t i = resume; i < clause.to; ++i) {
        // After the main predicate only a second one joined by a conjunction
        // is read: "leads the cashiers and liaises with the CFO".
        if (found && !(i > 0 && cues.IsConjunction(s.tokens[i - 1].norm))) continue;
        if (cues.IsAlternative(s.tokens[i].norm)) {
          segment = i;
          scale = kAlternativeFactor;
        }
        const Cue* cue = nullptr;
        size_t end = 0;
        for (const auto& c : cues.cues())
          if ((end = PhraseEnd(s.tokens, i, c.words, &cues)) != 0) {
            cue = &c;
            break;
          }
        if (!cue || (found && !cue->relation)) continue;
        size_t obj_first = end;
        size_t obj_last = clause.to - 1;
        if (cue->relation) {
          // The relation's object: up to the role it names, else to the
          // next comma ("who is accountable to the owners, handles ...").
          obj_last = s.tokens.size() - 1;
          for (size_t k = obj_first; k + 1 < s.tokens.size(); ++k)
            if (text.substr(s.tokens[k].end, s.tokens[k + 1].begin - s.tokens[k].end).find(',') != std::string_view::npos) {
              obj_last = k;
              break;
            }
          for (size_t k = 0; k < spans.size(); ++k) {
            if (spans[k].first < obj_first || spans[k].role_id == clause.role) continue;
            obj_last = std::max<size_t>(spans[k].last, obj_first);
            // "the chief risk officer (CRO)": the name and its acronym.
            while (k + 1 < spans.size() && spans[k + 1].role_id == spans[k].role_id &&
                   spans[k + 1].first <= obj_last + 1)
              obj_last = spans[++k].last;
            break;
          }
        }
        if (obj_first > obj_last || obj_first >= s.tokens.size()) break;
        index::FactRecord f =
            MakeFact(cues, text, s, si, clause.role, cue->predicate, obj_first, obj_last, clause.confidence * scale);
        size_t obj_role_first = obj_first;
        // "supervises the ward nurses": a line of authority over the role it names.
        if (cue->predicate == "supervises" || cue->predicate == "leads") {
          for (const auto& sp : spans) {
            if (sp.first < obj_first || sp.role_id == clause.role) continue;
            // Only determiners, counts and a group noun before it: "membawahi
            // beberapa asisten", "leads a crew of four drivers", "memimpin regu tiga operator".
            bool direct = true;
            for (size_t k = obj_first; k < sp.first; ++k)
              direct = direct && (cues.IsDangling(s.tokens[k].norm) || cues.IsObjectDeterminer(s.tokens[k].norm) ||
                                  s.tokens[k].numeric || cues.IsGroupWord(s.tokens[k].norm));
            if (!direct) break;
            {
              obj_last = std::max<size_t>(obj_last, sp.last);
              f = MakeFact(cues, text, s, si, clause.role, cue->predicate, obj_first, obj_last,
                           clause.confidence * scale);
              f.object_role_id = sp.role_id;
              obj_role_first = sp.first;
              break;
            }
          }
        }
        if (cue->relation && !(clause.borrowed && !OpensClause(cues, s.tokens, clause.from, i))) {
          for (const auto& sp : spans)
            if (sp.first >= obj_first && sp.last <= obj_last && sp.role_id != clause.role) {
              f.object_role_id = sp.role_id;
              obj_role_first = sp.first;
              break;
            }
        }
        out.Flag(&f, segment, i, obj_role_first, clause.lead);
        if (cue->relation) {
          i = obj_last;  // a relation may be a side remark: keep reading the clause
          segment = obj_last + 1;
        } else {
          found = true;  // the first duty cue is the clause's main predicate
        }
        out.Add(std::move(f), obj_last);
      }
      // No cue: "Jabatan tersebut menyiapkan jadwal ...", "The CRO drafts the
      // limits": the verb right after the subject is what the role does.
      if (!found && !reported && clause.from < clause.to) {
        size_t v = clause.from;
        while (v < clause.to && cues.IsAdverb(s.tokens[v].norm)) ++v;
        if (v + 1 < clause.to && cues.LooksLikeFiniteVerb(s.tokens[v], s.lang)) {
          index::FactRecord f =
              MakeFact(cues, text, s, si, clause.role, "performs", v, clause.to - 1, clause.confidence * 0.9f);
          out.Flag(&f, clause.from, v, v, clause.lead);
          out.Add(std::move(f), clause.to - 1);
        }
      }
    }
    out.TurnContrasts();
    out.ApplyMoves();
    out.ApplyTransfers();
    out.FindDeputies();
    out.FindPassiveRelations();
    out.FindListedSubjects();
    if (denied) (*denied)[si] = out.Denied();
    for (auto& f : out.facts())
      if (!listed || !f.object_role_id.empty()) facts.push_back(std::move(f));
  }
  return facts;
}

}  // namespace rolegraph::ingest
