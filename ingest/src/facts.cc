#include "facts.h"
#include "sentence_facts.h"
#include "sentence_shape.h"

#include <algorithm>
#include <set>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace rolegraph::ingest {
namespace {

// Confidence scale of facts read from an alternative ("though a few
// answer to the CFO instead"): said of the same subject, but not its usual case.
constexpr float kAlternativeFactor = 0.8f;

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

// The role at `sp` is the object of a cue: back over "the" to the word that
// makes it one ("with", "kepada", "by", the last word of a cue phrase). A
// title after a copula ("X is the head of Y and leads ...") names the
// subject, not an object.
bool IsCueObject(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& sp) {
  auto ends_cue = [&](const std::string& w) {
    if (cues.IsReportPreposition(w) || cues.IsAgentMarker(w)) return true;
    for (const Cue& c : cues.cues())
      if (!c.words.empty() && c.words.back() == w) return true;
    return false;
  };
  for (size_t k = sp.first; k > 0; --k) {
    const std::string& w = t[k - 1].norm;
    if (cues.IsCopula(w)) return false;
    // A cue may end in an article ("is the"): the article alone makes no object.
    if (!cues.IsArticle(w) && ends_cue(w)) return true;
    // "... rekap bulanan untuk pemilik toko dan melapor ...": after a preposition.
    if (cues.IsRolePreposition(w)) return true;
    // Counts and determiners stand between a verb and its object ("leads
    // the twelve packers", "memimpin para operator").
    bool counted = t[k - 1].numeric || cues.IsObjectDeterminer(w) || cues.IsGroupWord(w);
    if (!cues.IsDangling(w) && !counted) return false;
  }
  return false;
}

// Only a conjunction, determiners and counts between two spans: the
// second is coordinated with the first ("oversees two drivers and one clerk").
bool Coordinated(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& a, const RoleSpan& b) {
  bool conjunction = false;
  for (size_t k = a.last + 1; k < b.first; ++k) {
    const std::string& w = t[k].norm;
    if (cues.IsConjunction(w)) conjunction = true;
    else if (!t[k].numeric && !cues.IsObjectDeterminer(w) && !cues.IsGroupWord(w) && !cues.IsArticle(w)) return false;
  }
  return conjunction && a.last < b.first;
}

// A conjunction, contrast or alternative in [from, to): the words after an
// object run on to a statement of their own ("... for all matters, and the
// clerks report to B", "..., although some report to B").
bool JoinIn(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to && k < t.size(); ++k)
    if (cues.IsConjunction(t[k].norm) || cues.IsContrast(t[k].norm) || cues.IsAlternative(t[k].norm)) return true;
  return false;
}

// Tokens of a tail the object may carry before a contrast or an alternative
// ("... to the A of their unit, although some ...").
constexpr size_t kObjectTailReach = 4;
// Tokens of a tail the object may carry before its subject's next predicate
// ("leads the packers on both night lines and reports to B").
constexpr size_t kPredicateTailReach = 7;

// A predicate starts at `v` after a conjunction: adverbs, then a reporting
// verb or a cue phrase ("... dan melapor kepada B", "and works with C").
bool PredicateAt(const FactCues& cues, const std::vector<Token>& t, size_t v) {
  while (v < t.size() && cues.IsAdverb(t[v].norm)) ++v;
  if (v >= t.size()) return false;
  if (cues.IsReportVerb(t[v].norm)) return true;
  for (const Cue& c : cues.cues())
    if (PhraseEnd(t, v, c.words, &cues)) return true;
  return false;
}

// A relation object of a cue, where the sentence goes on about the same
// subject ("... to A, though a few answer to B", "... to Y but to Z",
// "memimpin para A di tiap lorong dan melapor ke B"): that role does not open
// a clause of its own. `sp` is the last of the objects coordinated with it;
// `limit` the first token of the next role named.
bool ObjectContinuesSubject(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& sp, bool object,
                            size_t limit) {
  size_t next = sp.last + 1;
  if (!object || next >= t.size()) return false;
  if (cues.IsContrast(t[next].norm)) return true;
  for (size_t j = next; j < t.size() && j < next + kObjectTailReach; ++j) {
    if (cues.IsAlternative(t[j].norm)) return true;
    if (cues.IsConjunction(t[j].norm) || cues.IsContrast(t[j].norm) || cues.IsReportVerb(t[j].norm)) break;
  }
  // A second predicate of the same subject, joined by a conjunction after
  // the object and its tail ("... with A on budgets and reports to B").
  for (size_t j = next; j < limit && j < t.size() && j < next + kPredicateTailReach; ++j) {
    if (cues.IsContrast(t[j].norm) || cues.IsReportVerb(t[j].norm)) return false;
    if (cues.IsConjunction(t[j].norm) && PredicateAt(cues, t, j + 1)) return true;
  }
  return false;
}

// "The A is the B on the night shift and reports to C": B, after a copula
// and articles only, is what A is; what follows still speaks of A.
bool CopulaComplement(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& subject,
                      const RoleSpan& complement) {
  if (subject.pronoun || complement.first <= subject.last + 1 || !cues.IsCopula(t[subject.last + 1].norm))
    return false;
  for (size_t k = subject.last + 2; k < complement.first; ++k)
    if (!cues.IsArticle(t[k].norm)) return false;
  return true;
}

// The first token after a semicolon in (last, to), 0 if none.
size_t SemicolonAfter(std::string_view text, const std::vector<Token>& t, size_t last, size_t to) {
  for (size_t j = last + 1; j < to && j < t.size(); ++j)
    if (text.substr(t[j - 1].end, t[j].begin - t[j - 1].end).find(';') != std::string_view::npos) return j;
  return 0;
}

// An aside right after a subject: between commas when a relative word or
// another aside opener starts it ("X, which the B set up in 2020, reports to
// Z", "X, as the B explained, ...", "X, yang dibentuk oleh B, melapor kepada
// Z"), between brackets or between spaced dashes ("X (hired by B) reports to
// Z", "X - hired by B - reports to Z"). When one holds span `sp` and no later
// span: the first token after its close, where the subject's own clause goes
// on; 0 when `sp` is in none.
size_t AsideClose(const FactCues& cues, std::string_view text, const std::vector<Token>& t, const RoleSpan& subject,
                  const RoleSpan& sp, size_t to) {
  auto gap = [&](size_t j) { return text.substr(t[j - 1].end, t[j].begin - t[j - 1].end); };
  auto has = [](std::string_view g, std::string_view what) { return g.find(what) != std::string_view::npos; };
  const size_t opener = subject.last + 1;
  if (opener >= sp.first) return 0;
  const std::string_view open = gap(opener);
  std::string_view close;  // what the gap that ends the aside holds
  if (has(open, "(")) close = ")";
  else if (has(open, " - ")) close = " - ";
  else if (has(open, "\u2014")) close = "\u2014";  // em dash
  else if (has(open, "\u2013")) close = "\u2013";  // en dash
  else if (has(open, ",") && cues.IsAsideOpener(t[opener].norm)) close = ",";
  else return 0;
  for (size_t j = opener + 1; j <= sp.first; ++j)
    if (has(gap(j), close)) return 0;
  for (size_t j = sp.last + 1; j < to && j < t.size(); ++j)
    if (has(gap(j), close)) return j;
  return 0;  // no close before the next name: the clause runs on ("X, who then answers to Z")
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
  // A past marker right before the subject ("Previously the X reported to
  // Y", "...; formerly the clerks reported to Z"): the clause's relations are past.
  bool past_subject = false;
  // The role is the object of a cue before it: a relation further on is its
  // own only when no conjunction or contrast comes first ("... with the A,
  // who then answers to B", not "... to A for budgets, and the clerks report to B").
  bool object = false;
};

// A past marker (time_markers.tsv) ends right before the span, with only
// function words between and no comma ("Previously, ..." reads as
// "beforehand"), after the role before it.
bool PastBeforeSubject(std::string_view text, const std::vector<Token>& t, const SentenceMarks& m,
                       const RoleSpan& sp, size_t lower) {
  size_t j = sp.first;
  while (j > lower && !m.in_marker[j - 1] && t[j - 1].stop) --j;
  if (j <= lower || !m.in_marker[j - 1]) return false;  // spans may overlap: sp.first < lower
  if (text.substr(t[j - 1].end, t[sp.first].begin - t[j - 1].end).find(',') != std::string_view::npos) return false;
  size_t start = j - 1;
  while (start > lower && m.in_marker[start - 1]) --start;
  return PastIn(m, start, j);
}

// "Send your CV to X", "Kirimkan lamaran Anda ke X": the writer or the
// reader speaking, not the role in focus.
bool AddressesReader(const FactCues& cues, const std::vector<Token>& t) {
  return std::any_of(t.begin(), t.end(), [&](const Token& k) { return cues.IsPersonDeixis(k.norm); });
}

// Only list numbers, function words and cue adverbs in [from, to).
bool OpensClause(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to && k < t.size(); ++k)
    if (!t[k].stop && !t[k].numeric && !cues.IsAdverb(t[k].norm)) return false;
  return true;
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

// A move that names no old holder ("From June the key register passes to
// the Night Guard") takes the duty from the one role named in one of the
// kMoveLookBack sentences before it that holds at least kMoveSharedWords, and
// at least kMoveSharedShare, of the content words the moved clause has before
// the move phrase ("Until now the key register was kept by the Site
// Supervisor."); nearest first. Words around the duty (who decided it,
// when) make the share too small.
constexpr uint32_t kMoveLookBack = 2;
constexpr size_t kMoveSharedWords = 2;
constexpr double kMoveSharedShare = 0.5;

// Stems of the words of `s` in [from, to) that are neither stop words,
// numbers nor in a role's name.
std::set<std::string> ContentStems(const AnalyzedSentence& s, const std::vector<RoleSpan>& spans, size_t from, size_t to) {
  std::set<std::string> out;
  for (size_t k = from; k < to && k < s.tokens.size(); ++k) {
    const bool in_name = std::any_of(spans.begin(), spans.end(), [&](const RoleSpan& sp) { return sp.first <= k && k <= sp.last; });
    if (!s.tokens[k].stop && !s.tokens[k].numeric && !in_name) out.insert(s.tokens[k].stem);
  }
  return out;
}

std::string EarlierHolder(std::string_view text, const RecognizedRoles& roles,
                          const std::vector<AnalyzedSentence>& sentences, const std::vector<bool>& boilerplate,
                          uint32_t si, const SentenceFacts::UnsourcedMove& move) {
  const AnalyzedSentence& s = sentences[si];
  const std::set<std::string> duty = ContentStems(s, roles.spans[si], ClauseStart(text, s.tokens, move.at), move.at);
  for (uint32_t back = 1; back <= kMoveLookBack && back <= si; ++back) {
    const uint32_t e = si - back;
    if (boilerplate[e]) continue;
    std::string holder;
    for (const RoleSpan& sp : roles.spans[e]) {
      if (!IsRoleSpan(roles, sp) || sp.role_id == move.to->role_id || sp.role_id == holder) continue;
      if (!holder.empty()) return std::string();  // two roles: no telling whose duty it was
      holder = sp.role_id;
    }
    if (holder.empty()) continue;
    const std::set<std::string> earlier = ContentStems(sentences[e], roles.spans[e], 0, sentences[e].tokens.size());
    size_t shared = 0;
    for (const std::string& w : duty) shared += earlier.count(w);
    if (shared >= kMoveSharedWords && static_cast<double>(shared) >= kMoveSharedShare * static_cast<double>(duty.size()))
      return holder;
  }
  return std::string();
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
    std::vector<RoleSpan> spans;
    for (const auto& sp : roles.spans[si])
      if (IsRoleSpan(roles, sp)) spans.push_back(sp);
    const std::vector<RoleSpan> targets = RelationTargets(roles, roles.spans[si], spans);
    // A unit as the sentence's subject ("The Audit Unit reports to the
    // board") owns its relations, not the role in focus; it takes no duties.
    std::string subject_unit;
    if (!targets.empty() && !IsRoleSpan(roles, targets[0]) && (spans.empty() || targets[0].first < spans[0].first) &&
        OpensClause(cues, s.tokens, 0, targets[0].first)) {
      subject_unit = targets[0].role_id;
      spans.insert(spans.begin(), targets[0]);
    }
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
    // A question asserts nothing ("Who deputises for the X?", a FAQ line
    // before its answer): neither the role in focus nor one it names does
    // what it asks. A question merged with its answer ends with the answer.
    if (text[s.end - 1] == '?') continue;
    const std::string& focus_role = listed ? list_role : focus[si].role_id;
    SentenceFacts out(cues, text, s, si, spans, targets);
    // Clauses: each role span governs the tokens up to the next span; with
    // no span the sentence's focus role governs the whole sentence. A
    // relation's object followed by a contrast or an alternative ("... to the
    // CEO, although some ...") leaves the clause to its subject.
    std::vector<Clause> clauses;
    // Outside a list, a sentence that speaks to the reader gives the role in
    // focus nothing ("Send your CV to the Recruitment Team").
    const bool to_reader = !listed && !IsListItem(text, s) && AddressesReader(cues, s.tokens);
    if (spans.empty()) {
      if (!focus_role.empty() && !to_reader)
        clauses.push_back({focus_role, 0, s.tokens.size(), focus[si].confidence * 0.8f, SIZE_MAX, true});
    } else {
      // Words before the first name belong to it when it is the agent or
      // the owner of the duty ("... fall to the CFO", "X menjadi tugas
      // jabatan tersebut"), else to the role in focus.
      if (spans[0].first > 0) {
        const std::string& owner = focus_role;
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
        } else if (!focus_role.empty() && !to_reader) {
          // Without a role in focus the words before the first name are no
          // clause of that name ("The post reports to X": not X's line).
          clauses.push_back({owner, 0, spans[0].first, focus[si].confidence * 0.8f, SIZE_MAX, true});
        }
      }
      // Objects of a cue, and roles coordinated with one ("two drivers and one clerk").
      std::vector<bool> objects(spans.size());
      for (size_t k = 0; k < spans.size(); ++k)
        objects[k] = IsCueObject(cues, s.tokens, spans[k]) ||
                     (k > 0 && objects[k - 1] && Coordinated(cues, s.tokens, spans[k - 1], spans[k]));
      for (size_t k = 0; k < spans.size(); ++k) {
        size_t to = k + 1 < spans.size() ? spans[k + 1].first : s.tokens.size();
        // A name inside an aside after the subject: its clause ends with the
        // aside, and what follows is the subject's again.
        if (const size_t close = k > 0 && !objects[k - 1] && !spans[k - 1].pronoun &&
                                         spans[k].role_id != spans[k - 1].role_id
                                     ? AsideClose(cues, text, s.tokens, spans[k - 1], spans[k], to)
                                     : 0) {
          clauses.push_back({spans[k].role_id, spans[k].last + 1, close, 0.9f, SIZE_MAX, false, false, false});
          clauses.push_back({spans[k - 1].role_id, close, to, 0.9f, SIZE_MAX});
          continue;
        }
        const bool object = objects[k] && !IsPassiveAgent(cues, s.tokens, spans[k]);
        size_t last = k;  // the last object coordinated with this one
        while (last + 1 < spans.size() && objects[last + 1] &&
               Coordinated(cues, s.tokens, spans[last], spans[last + 1]))
          ++last;
        const size_t limit = last + 1 < spans.size() ? spans[last + 1].first : s.tokens.size();
        if (k > 0 && !clauses.empty() && clauses.back().role == spans[k - 1].role_id &&
            clauses.back().to == spans[k].first && CopulaComplement(cues, s.tokens, spans[k - 1], spans[k])) {
          clauses.back().to = to;
          continue;
        }
        if (ObjectContinuesSubject(cues, s.tokens, spans[last], objects[k], limit)) {
          if (!clauses.empty() && clauses.back().to == spans[k].first) {
            clauses.back().to = to;  // the subject's clause reads on past its object
            continue;
          }
          // "Most night crews report to A, although some report to B": the
          // subject is no role the text names, and the object is not it.
          if (k == 0 && object) continue;
        }
        const bool past = PastBeforeSubject(text, s.tokens, out.marks(), spans[k], k > 0 ? spans[k - 1].last + 1 : 0);
        // An object's clause ends at a semicolon; what follows without a
        // name of its own goes on about the sentence's subject ("X does not
        // report to Y; it reports to Z").
        const size_t semi = k > 0 ? SemicolonAfter(text, s.tokens, spans[k].last, to) : 0;
        clauses.push_back({spans[k].role_id, spans[k].last + 1, semi ? semi : to, spans[k].pronoun ? 0.8f : 0.9f,
                           k == 0 ? size_t{0} : SIZE_MAX, false, past, object});
        if (semi) clauses.push_back({spans[0].role_id, semi, to, spans[0].pronoun ? 0.8f : 0.9f, SIZE_MAX});
      }
    }
    for (const auto& clause : clauses) {
      bool found = false, reported = false;
      // "menyampaikan laporan harian kepada kepala unit", "sends the
      // monthly totals to the CFO": a reporting verb, then "kepada"/"to" and
      // a role within a few words. An alternative after it ("although some
      // report to W") is another reporting line of the same subject.
      size_t segment = clause.from;
      std::vector<std::pair<size_t, size_t>> read;  // reporting lines: [verb, object's last token]
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
        if (clause.object && JoinIn(cues, s.tokens, clause.from, i)) continue;
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
          for (const auto& sp : targets) {
            if (sp.first <= j || sp.first > j + 2 || sp.role_id == clause.role) continue;
            index::FactRecord f = MakeFact(cues, text, s, si, clause.role, handover ? "hands_to" : "reports_to", j + 1,
                                           sp.last, clause.confidence * scale);
            f.object_role_id = sp.role_id;
            out.Flag(&f, segment, i, j + 1, clause.lead);
            f.current = f.current && !clause.past_subject;
            out.Add(std::move(f), sp.last);
            next = sp.last;
            break;
          }
        }
        if (next == i) continue;
        reported = true;
        read.push_back({i, next});
        i = next;
        segment = next + 1;
      }
      // The cues read around the reporting lines ("memimpin para A ... dan
      // melapor ke B" leads A); `segment` is where the current statement of
      // the clause starts.
      segment = clause.from;
      scale = 1.0f;
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
          // next comma or semicolon ("whose line runs to the owners, handles ...").
          obj_last = s.tokens.size() - 1;
          for (size_t k = obj_first; k + 1 < s.tokens.size(); ++k)
            if (text.substr(s.tokens[k].end, s.tokens[k + 1].begin - s.tokens[k].end).find_first_of(",;") !=
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
        }
        if (obj_first > obj_last || obj_first >= s.tokens.size()) break;
        index::FactRecord f =
            MakeFact(cues, text, s, si, clause.role, cue->predicate, obj_first, obj_last, clause.confidence * scale);
        size_t obj_role_first = obj_first;
        // "supervises the ward nurses": a line of authority over the role it names.
        if (cue->predicate == "supervises" || cue->predicate == "leads") {
          for (const auto& sp : targets) {
            if (sp.first < obj_first || sp.role_id == clause.role) continue;
            // Only determiners, counts and a group noun before it: "membawahi
            // beberapa asisten", "supervises a squad of six porters", "memimpin regu tiga operator".
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
        if (cue->relation && !(clause.borrowed && !OpensClause(cues, s.tokens, clause.from, i)) &&
            !(clause.object && JoinIn(cues, s.tokens, clause.from, i))) {
          for (const auto& sp : targets)
            if (sp.first >= obj_first && sp.last <= obj_last && sp.role_id != clause.role) {
              f.object_role_id = sp.role_id;
              obj_role_first = sp.first;
              break;
            }
        }
        out.Flag(&f, segment, i, obj_role_first, clause.lead);
        if (!f.object_role_id.empty()) f.current = f.current && !clause.past_subject;
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
    if (denied) {
      (*denied)[si] = out.Denied();
      if (!subject_unit.empty() && !(*denied)[si].empty()) (*denied)[si].erase((*denied)[si].begin());
    }
    const size_t sentence_start = facts.size();
    for (auto& f : out.facts()) {
      if (f.role_id == subject_unit && f.object_role_id.empty()) continue;
      if (listed && f.object_role_id.empty()) continue;
      // One relation read twice from one sentence ("When A is on leave, B
      // acts as A": an absence cue and "acts as") is one edge of the graph.
      if (!f.object_role_id.empty() && SameRelationSince(facts, sentence_start, f)) continue;
      facts.push_back(std::move(f));
    }
    for (const SentenceFacts::UnsourcedMove& move : out.unsourced_moves())
      if (std::string from = EarlierHolder(text, roles, sentences, boilerplate, si, move); !from.empty()) {
        const RoleSpan& to = *move.to;
        index::FactRecord handed = MakeFact(cues, text, s, si, from, "hands_to", to.first, to.last, 0.85f);
        handed.object_role_id = to.role_id;
        if (!SameRelationSince(facts, sentence_start, handed)) facts.push_back(std::move(handed));
      }
  }
  return facts;
}

}  // namespace rolegraph::ingest
