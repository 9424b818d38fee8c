#include "sentence_facts.h"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace rolegraph::ingest {
namespace {

// Tokens a negator may sit before the cue it denies ("does not directly report").
constexpr size_t kNegationReach = 4;
// Tokens between a contrast word and the role it turns to ("but rather to the board").
constexpr size_t kContrastReach = 4;
// Tokens between a past marker and the role it retires: a verb, an agent
// marker and an article ("previously handled by the A").
constexpr size_t kRetiredAgentGap = 3;

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

// A period already over right at `at` ("until last year", "hingga tahun lalu").
bool PastPeriodFollows(const FactCues& cues, const std::vector<Token>& t, size_t at) {
  for (const auto& period : cues.past_periods())
    if (PhraseEnd(t, at, period, nullptr)) return true;
  return false;
}

}  // namespace

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




bool IsPassiveAgent(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& sp) {
  size_t k = sp.first;
  while (k > 0 && cues.IsArticle(t[k - 1].norm)) --k;
  return k > 0 && cues.IsAgentMarker(t[k - 1].norm);
}

SentenceMarks MarkTime(const FactCues& cues, const std::vector<Token>& t) {
  SentenceMarks m;
  m.in_marker.assign(t.size(), false);
  for (size_t i = 0; i < t.size(); ++i)
    for (const auto& tm : cues.time_markers()) {
      // "has now passed to", "kini sudah dialihkan": an adverb inside the phrase.
      size_t end = PhraseEnd(t, i, tm.words, &cues);
      if (!end) continue;
      if (tm.kind == TimeKind::kPastToYear && !YearFollows(t, end) && !PastPeriodFollows(cues, t, end)) continue;
      if (tm.kind == TimeKind::kNone) {  // read past the phrase: its words date nothing
        i = end - 1;
        break;
      }
      for (size_t k = i; k < end; ++k) m.in_marker[k] = true;
      if (tm.kind == TimeKind::kPast || tm.kind == TimeKind::kPastToYear) m.past.push_back(i);
      if (tm.kind == TimeKind::kPastToYear) m.dated_past.push_back(i);
      else if (tm.kind == TimeKind::kMoved) {
        // "has moved to" and its tail "moved to" end at the same word: one move.
        if (std::find(m.moved.begin(), m.moved.end(), end) == m.moved.end()) m.moved.push_back(end);
      }
      else m.moved_from.push_back({i, end});
      break;
    }
  return m;
}

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

void SentenceFacts::Flag(index::FactRecord* f, size_t seg, size_t cue, size_t obj_first, size_t lead) const {
  f->negated = NegatedBefore(cues_, s_.tokens, marks_, seg, cue) ||
               (obj_first > cue && NegatedBefore(cues_, s_.tokens, marks_, cue, obj_first));
  const bool same_stretch =
      lead < seg && text_.substr(s_.tokens[lead].begin, s_.tokens[cue].begin - s_.tokens[lead].begin)
                            .find(';') == std::string_view::npos;
  f->current = !PastIn(marks_, seg, obj_first) && !(same_stretch && DatedPastIn(marks_, lead, seg));
}

void SentenceFacts::Add(index::FactRecord f, size_t obj_last) {
  facts_.push_back(std::move(f));
  obj_last_.push_back(obj_last);
}

void SentenceFacts::TurnContrasts() {
  size_t n = facts_.size();
  for (size_t k = 0; k < n; ++k) {
    const index::FactRecord& f = facts_[k];
    if (!f.negated || f.object_role_id.empty()) continue;
    size_t c = obj_last_[k] + 1;
    if (c >= s_.tokens.size() || !cues_.IsContrast(s_.tokens[c].norm)) continue;
    for (const RoleSpan& sp : targets_) {
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

void SentenceFacts::ApplyMoves() {
  for (size_t at : marks_.moved) {
    const RoleSpan* to = nullptr;
    for (const RoleSpan& sp : spans_)
      if (sp.first >= at && sp.first <= at + 2) {
        to = &sp;
        break;
      }
    if (!to) continue;
    size_t n = facts_.size();
    std::vector<std::string> gave;  // roles that held a duty the sentence moves
    for (size_t k = 0; k < n; ++k) {
      index::FactRecord& f = facts_[k];
      if (f.role_id == to->role_id || f.object_role_id == to->role_id || f.negated) continue;
      f.current = false;
      if (f.object_role_id.empty() && std::find(gave.begin(), gave.end(), f.role_id) == gave.end())
        gave.push_back(f.role_id);
      index::FactRecord g = f;
      g.role_id = to->role_id;
      g.current = true;
      Add(std::move(g), obj_last_[k]);
    }
    // "Rina counted the returns, but that job has now passed to Dedi": no
    // fact of the sentence moved (a past tense states none), yet one role
    // opens an earlier clause of it: the old holder. With none the holder is
    // an earlier sentence's (EarlierHolder).
    if (gave.empty()) {
      if (const RoleSpan* giver = OnlyRoleBefore(ClauseStart(text_, s_.tokens, at), *to)) {
        gave.push_back(giver->role_id);
        retired_givers_.push_back(giver);
      } else {
        unsourced_moves_.push_back({to, at});
      }
    }
    // The duty went from its old holder to the new one, as with "moves from A to B".
    for (const std::string& from : gave) {
      index::FactRecord handed = MakeFact(cues_, text_, s_, index_, from, "hands_to", to->first, to->last, 0.85f);
      handed.object_role_id = to->role_id;
      Add(std::move(handed), to->last);
    }
  }
}

size_t ClauseStart(std::string_view text, const std::vector<Token>& t, size_t at) {
  if (t.empty()) return 0;
  for (size_t j = std::min(at, t.size() - 1); j > 0; --j)
    if (text.substr(t[j - 1].end, t[j].begin - t[j - 1].end).find_first_of(",;:") != std::string_view::npos) return j;
  return 0;
}

void SentenceFacts::ApplyTransfers() {
  const auto& t = s_.tokens;
  for (auto [at, end] : marks_.moved_from) {
    const RoleSpan* from = SpanNear(end, 1);
    if (!from || at == 0) continue;
    size_t k = from->last + 1;
    if (k >= t.size() || !cues_.IsTransferTarget(t[k].norm)) continue;
    const RoleSpan* to = SpanNear(k + 1, 1);
    if (!to || to->role_id == from->role_id) continue;
    // The duty: what precedes the phrase in its clause.
    const size_t first = ClauseStart(text_, t, at);
    if (first >= at) continue;
    // What else the sentence gave the old holder over the moved duty (a
    // clause of the role in focus: "Forum sepakat, sejak Juni X
    // dipindahkan dari A kepada B" after a sentence about A) is past too.
    for (size_t k = 0; k < facts_.size(); ++k)
      if (facts_[k].role_id == from->role_id && facts_[k].object_role_id.empty() && obj_last_[k] < end &&
          obj_last_[k] >= first)
        facts_[k].current = false;
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

const RoleSpan* SentenceFacts::IntroducedAs(size_t cue) const {
  const auto& t = s_.tokens;
  size_t k = cue;
  while (k > 0 && t[k - 1].stop && !cues_.IsIntroductionAs(t[k - 1].norm)) --k;
  if (k == 0 || !cues_.IsIntroductionAs(t[k - 1].norm)) return nullptr;
  const RoleSpan* holder = nullptr;
  for (const RoleSpan& sp : spans_)
    if (sp.last + 1 < k) holder = &sp;
  return holder;
}

// The absent role and its deputy that cue `dc`, found at tokens [i, end),
// names: {null, null} when it names no pair.
SentenceFacts::DeputyPair SentenceFacts::DeputyAt(const DeputyCue& dc, size_t i, size_t end) const {
  DeputyPair out{nullptr, nullptr, dc.position == DeputyPosition::kActing};
  if (dc.position == DeputyPosition::kBefore) {
    for (const RoleSpan& sp : spans_)
      if (!out.absent && sp.first >= end && sp.first <= end + 2) out.absent = &sp;
    if (out.absent) out.deputy = DoerAfter(out.absent->last + 1, *out.absent);
    return out;
  }
  if (dc.position == DeputyPosition::kAfter) {
    for (const RoleSpan& sp : spans_)
      if (sp.last < i && sp.last + 2 >= i) out.absent = &sp;
    if (!out.absent) return out;
    // "Wakil mandor menggantikan mandor ketika mandor tidak berada di tempat, sehingga
    // ...": an absence clause after the main clause names its deputy
    // before it, as the main clause's subject; a role after it belongs to
    // the clause that follows.
    if (const size_t opener = ConditionOpenerBefore(*out.absent); opener != 0)
      for (const RoleSpan& sp : spans_)
        if (!out.deputy && sp.last < opener && sp.role_id != out.absent->role_id) out.deputy = &sp;
    if (!out.deputy) out.deputy = DoerAfter(end, *out.absent);
    return out;
  }
  // "Plt. Kepala Dinas dijabat oleh Sekretaris": the acting title's holder
  // deputises for it.
  for (const RoleSpan& sp : spans_)
    if (sp.first >= end && sp.first <= end + 1) out.absent = &sp;
  if (out.absent)
    for (const auto& f : facts_)
      if (f.role_id == out.absent->role_id && f.predicate == "held_by" && !f.object_role_id.empty() && !f.negated)
        for (const RoleSpan& sp : spans_)
          if (sp.role_id == f.object_role_id) out.deputy = &sp;
  // "X ditunjuk sebagai Plt Y", "X serves as the acting Y": the role
  // introduced as the acting title's holder.
  if (out.absent && !out.deputy) out.deputy = IntroducedAs(i);
  // "Selama A berada di Medan, B bertindak sebagai pelaksana harian kebun":
  // no title after the cue; the one other role the sentence names before
  // the holder is the one held for.
  if (!out.absent && (out.deputy = IntroducedAs(i)) != nullptr) out.absent = OnlyOtherRoleBefore(*out.deputy);
  return out;
}

namespace {

// Whether one of `found` names an acting holder of `absent`'s title.
bool ActingHolderNamed(const std::vector<SentenceFacts::DeputyPair>& found, const std::string& absent) {
  return std::any_of(found.begin(), found.end(),
                     [&](const SentenceFacts::DeputyPair& p) { return p.acting && p.absent->role_id == absent; });
}

// Whether another pair of `found` says who really stands in for whom:
// - "When the A is on leave, the B names a senior C as acting A": the
//   acting title's holder stands in, not the first role after the absence
//   (who may only appoint);
// - "when the A is away, the B acts as duty officer": an absence the same
//   holder covers under another title stands in for A, not for "duty
//   officer".
bool Superseded(const SentenceFacts::DeputyPair& a, const std::vector<SentenceFacts::DeputyPair>& found) {
  if (!a.acting) return ActingHolderNamed(found, a.absent->role_id);
  return std::any_of(found.begin(), found.end(), [&](const SentenceFacts::DeputyPair& p) {
    return !p.acting && p.deputy->role_id == a.deputy->role_id && p.absent->role_id != a.absent->role_id &&
           !ActingHolderNamed(found, p.absent->role_id);
  });
}

}  // namespace

void SentenceFacts::FindDeputies() {
  const auto& t = s_.tokens;
  std::vector<DeputyPair> found;
  for (const DeputyCue& dc : cues_.deputy_cues())
    for (size_t i = 0; i < t.size(); ++i)
      if (size_t end = PhraseEnd(t, i, dc.words, nullptr)) {
        DeputyPair p = DeputyAt(dc, i, end);
        if (p.absent && p.deputy && p.absent->role_id != p.deputy->role_id) found.push_back(p);
      }
  std::vector<DeputyPair> kept;
  for (const DeputyPair& p : found)
    if (!Superseded(p, found)) kept.push_back(p);
  // An absence's deputy stands in for that role only: the deputises_for
  // facts other cues gave the same deputy go.
  for (const DeputyPair& p : kept)
    if (!p.acting) DropDeputyFactsOtherThan(p);
  for (const DeputyPair& p : kept) {
    index::FactRecord f =
        MakeFact(cues_, text_, s_, index_, p.deputy->role_id, "deputises_for", p.absent->first, p.absent->last, 0.85f);
    f.object_role_id = p.absent->role_id;
    f.current = !PastIn(marks_, 0, t.size());
    Add(std::move(f), p.absent->last);
  }
}

void SentenceFacts::DropDeputyFactsOtherThan(const DeputyPair& p) {
  for (size_t k = facts_.size(); k > 0; --k) {
    const index::FactRecord& f = facts_[k - 1];
    if (f.predicate != "deputises_for" || f.role_id != p.deputy->role_id || f.object_role_id.empty() ||
        f.object_role_id == p.absent->role_id)
      continue;
    facts_.erase(facts_.begin() + static_cast<std::ptrdiff_t>(k - 1));
    obj_last_.erase(obj_last_.begin() + static_cast<std::ptrdiff_t>(k - 1));
  }
}

const RoleSpan* SentenceFacts::OnlyRoleBefore(size_t limit, const RoleSpan& to) const {
  const RoleSpan* found = nullptr;
  for (const RoleSpan& sp : spans_) {
    if (sp.last >= limit || sp.role_id == to.role_id) continue;
    if (found && found->role_id != sp.role_id) return nullptr;
    found = &sp;
  }
  return found;
}

// The one role other than `holder` named before it in the sentence; null
// when there is none or more than one.
const RoleSpan* SentenceFacts::OnlyOtherRoleBefore(const RoleSpan& holder) const {
  const RoleSpan* other = nullptr;
  for (const RoleSpan& sp : spans_) {
    if (sp.first >= holder.first || sp.role_id == holder.role_id || sp.pronoun) continue;
    if (other && other->role_id != sp.role_id) return nullptr;
    other = &sp;
  }
  return other;
}

// The position of a condition opener right before `absent` ("ketika",
// "when"; an article may stand between) inside a clause that began before
// it; 0 when there is none.
size_t SentenceFacts::ConditionOpenerBefore(const RoleSpan& absent) const {
  const auto& t = s_.tokens;
  size_t k = absent.first;
  while (k > 0 && t[k - 1].stop && !cues_.IsConditionOpener(t[k - 1].norm)) --k;
  if (k < 2 || !cues_.IsConditionOpener(t[k - 1].norm)) return 0;
  // After a comma the condition opens the main clause ("In practice, when
  // the X is away, the Y ..."): its deputy follows.
  const size_t opener = k - 1;
  const std::string_view gap = text_.substr(t[opener - 1].end, t[opener].begin - t[opener - 1].end);
  return gap.find_first_of(",;:") == std::string_view::npos ? opener : 0;
}

// The first role from token `from` on other than `absent`, unless a later
// one is a passive's agent ("..., the meeting is chaired by the Y"): the
// agent does the work; a role before it is what the work is about.
const RoleSpan* SentenceFacts::DoerAfter(size_t from, const RoleSpan& absent) const {
  const RoleSpan* first = nullptr;
  for (const RoleSpan& sp : spans_) {
    if (sp.first < from || sp.role_id == absent.role_id) continue;
    // An agent past a comma is another clause's ("..., which is then signed by Z").
    if (first && text_.substr(s_.tokens[first->last].end, s_.tokens[sp.first].begin - s_.tokens[first->last].end)
                         .find_first_of(",;") != std::string_view::npos)
      break;
    if (IsPassiveAgent(cues_, s_.tokens, sp)) return &sp;
    if (!first) first = &sp;
  }
  return first;
}

void SentenceFacts::FindPassiveRelations() {
  const auto& t = s_.tokens;
  for (size_t k = 1; k < spans_.size(); ++k) {
    const RoleSpan& patient = spans_[k - 1];
    const RoleSpan& agent = spans_[k];
    // A pronoun patient ("they are overseen by X") may stand for staff
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
    const RoleSpan* turned = f.negated ? ContrastedAgent(k, patient) : nullptr;
    if (turned) {
      // "overseen not by A but by B": B holds the line A is denied.
      index::FactRecord g = f;
      g.role_id = turned->role_id;
      g.negated = false;
      Add(std::move(g), patient.last);
    }
    Add(std::move(f), patient.last);
  }
}

const RoleSpan* SentenceFacts::ContrastedAgent(size_t k, const RoleSpan& patient) const {
  const auto& t = s_.tokens;
  const size_t c = spans_[k].last + 1;
  if (c >= t.size() || !cues_.IsContrast(t[c].norm)) return nullptr;
  for (size_t j = k + 1; j < spans_.size(); ++j) {
    const RoleSpan& sp = spans_[j];
    if (sp.first <= c || sp.first > c + kContrastReach) break;
    if (sp.role_id != patient.role_id && sp.role_id != spans_[k].role_id && !sp.pronoun) return &sp;
  }
  return nullptr;
}

void SentenceFacts::FindListedSubjects() {
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

std::vector<bool> SentenceFacts::Denied() const {
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
      if (f.role_id == sp.role_id && f.predicate != "hands_to" && !EarlierClause(f, sp))
        (off ? subject_off : subject_on) = true;
    }
    const bool gave_up = std::find(retired_givers_.begin(), retired_givers_.end(), &sp) != retired_givers_.end();
    out[k] = (object_off && !object_on && !subject_on) || (subject_off && !subject_on && !object_on) ||
             ((RetiredAgent(sp) || gave_up) && !object_on);
  }
  return out;
}

// "... dialihkan kepada B, sedangkan A hanya memegang kas": the duty A gave
// up ends before a clause break, and the name after it opens a clause of its
// own, so what A still does there is not retired with the duty.
bool SentenceFacts::EarlierClause(const index::FactRecord& f, const RoleSpan& sp) const {
  const uint32_t name = s_.tokens[sp.first].begin;
  if (f.object_end > name) return false;
  const std::string_view between = text_.substr(f.object_end, name - f.object_end);
  return between.find_first_of(",;:") != std::string_view::npos;
}

// "... yang sebelumnya dikerjakan A diserahkan ke B", "previously handled by
// the A": a past marker, then a verb (and its agent marker) right before the
// role: A did it before and no longer does. A marker set off by a comma
// ("Sebelumnya, A memeriksa ...") reads as "beforehand" and retires no one.
bool SentenceFacts::RetiredAgent(const RoleSpan& sp) const {
  const auto& t = s_.tokens;
  for (size_t m : marks_.past) {
    size_t end = m;
    while (end < t.size() && marks_.in_marker[end]) ++end;
    if (end >= sp.first || sp.first - end > kRetiredAgentGap) continue;
    const std::string_view between = text_.substr(t[m].begin, t[sp.first].begin - t[m].begin);
    if (between.find_first_of(",;:()") != std::string_view::npos) continue;
    // "dulu dikenal sebagai A", "formerly known as the A": an old name, not a holder.
    bool naming = false;
    for (size_t k = end; k < sp.first; ++k) naming = naming || cues_.IsKnownAsCue(t[k].norm);
    if (naming) continue;
    const bool other_role = std::any_of(spans_.begin(), spans_.end(), [&](const RoleSpan& o) {
      return &o != &sp && o.first >= end && o.first < sp.first;
    });
    if (!other_role) return true;
  }
  return false;
}

const RoleSpan* SentenceFacts::SpanNear(size_t k, size_t slack) const {
  for (const RoleSpan& sp : spans_)
    if (sp.first >= k && sp.first <= k + slack) return &sp;
  return nullptr;
}

}  // namespace rolegraph::ingest
