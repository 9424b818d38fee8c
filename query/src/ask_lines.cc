// Which of a role's relation lines a question's own words pick: "Deckhands
// report to the Bosun, though a few answer to the Marina Warden while they
// are on the winter mooring rota" holds two reporting lines of one subject,
// the usual one first; "who do deckhands on the winter rota report to?" asks
// for the second.
#include <algorithm>
#include <set>

#include "ask_run.h"

namespace rolegraph::query {
namespace {

// The terms of the clause holding the bytes [begin, end) of `s`: from the
// punctuation before them to the punctuation after (a gap wider than one
// space between two words, as the clause governor reads it).
std::pair<uint32_t, uint32_t> ClauseAround(const index::SentenceRecord& s, uint32_t begin, uint32_t end) {
  const auto& t = s.terms;
  auto gap = [&](size_t k) { return t[k].begin > t[k - 1].end + 1; };  // punctuation before term k
  uint32_t first = 0, last = static_cast<uint32_t>(t.size());
  for (uint32_t k = 0; k < t.size(); ++k) {
    if (t[k].begin < begin && k > 0 && gap(k)) first = k;
    if (t[k].begin >= end && k > 0 && gap(k)) {
      last = k;
      break;
    }
  }
  return {first, last};
}

}  // namespace

size_t AskRun::LineWordsHeld(const RoleEvidence& ev) const {
  if (ev.sentence == nullptr || ev.fact == nullptr) return 0;
  const index::SentenceRecord& s = *ev.sentence;
  const auto [first, last] = ClauseAround(s, ev.fact->object_begin, ev.fact->object_end);
  std::set<size_t> held;
  for (uint32_t p = first; p < last; ++p) {
    const auto* uses = QuestionTermAt(s, p);
    if (uses == nullptr) continue;
    for (const auto& [i, w] : *uses) {
      const Concept& c = q_.concepts[i];
      if ((c.work || c.condition) && !c.role_word && !c.setting && w >= kAnswerOptions.seen_weight) held.insert(i);
    }
  }
  return held.size();
}

void AskRun::PreferLineOfQuestionWords(std::vector<RoleScore>* ranked) const {
  const size_t reach = std::min(ranked->size(), static_cast<size_t>(request_.top_k));
  if (reach < 2 || (*ranked)[0].evidence.empty()) return;
  size_t best = 0, best_held = LineWordsHeld((*ranked)[0].evidence[0]);
  for (size_t j = 1; j < reach; ++j) {
    if ((*ranked)[j].evidence.empty()) continue;
    const size_t held = LineWordsHeld((*ranked)[j].evidence[0]);
    if (held > best_held) best = j, best_held = held;
  }
  MoveFirstKeepingTotals(ranked, best);
}

}  // namespace rolegraph::query
