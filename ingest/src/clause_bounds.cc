#include "clause_bounds.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace rolegraph::ingest {

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

bool OnlyListWords(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to, bool* conjunction) {
  *conjunction = false;
  for (size_t k = from; k < to; ++k) {
    const std::string& w = t[k].norm;
    if (cues.IsConjunction(w)) *conjunction = true;
    else if (!t[k].numeric && !cues.IsObjectDeterminer(w) && !cues.IsGroupWord(w) && !cues.IsArticle(w)) return false;
  }
  return true;
}

bool Coordinated(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& a, const RoleSpan& b) {
  bool conjunction = false;
  return OnlyListWords(cues, t, a.last + 1, b.first, &conjunction) && conjunction && a.last < b.first;
}

bool JoinIn(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to && k < t.size(); ++k)
    if (cues.IsConjunction(t[k].norm) || cues.IsContrast(t[k].norm) || cues.IsAlternative(t[k].norm)) return true;
  return false;
}

namespace {

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

}  // namespace

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

bool CopulaComplement(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& subject,
                      const RoleSpan& complement) {
  if (subject.pronoun || complement.first <= subject.last + 1 || !cues.IsCopula(t[subject.last + 1].norm))
    return false;
  for (size_t k = subject.last + 2; k < complement.first; ++k)
    if (!cues.IsArticle(t[k].norm)) return false;
  return true;
}

size_t SemicolonAfter(std::string_view text, const std::vector<Token>& t, size_t last, size_t to) {
  for (size_t j = last + 1; j < to && j < t.size(); ++j)
    if (text.substr(t[j - 1].end, t[j].begin - t[j - 1].end).find(';') != std::string_view::npos) return j;
  return 0;
}

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

bool OpensClause(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to && k < t.size(); ++k)
    if (!t[k].stop && !t[k].numeric && !cues.IsAdverb(t[k].norm)) return false;
  return true;
}

}  // namespace rolegraph::ingest
