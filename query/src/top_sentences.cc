#include "top_sentences.h"

#include <algorithm>
#include <limits>

namespace rolegraph::query {
namespace {

constexpr uint64_t kEnd = std::numeric_limits<uint64_t>::max();

struct Cursor {
  std::vector<uint64_t> ids;
  size_t pos = 0;
  double bound = 0;  // the most this term adds to a score
  const std::vector<std::pair<size_t, double>>* uses = nullptr;

  uint64_t Current() const { return pos < ids.size() ? ids[pos] : kEnd; }
  // Moves to the first id >= target: gallop, then binary search.
  void SeekTo(uint64_t target) {
    if (Current() >= target) return;
    size_t step = 1, lo = pos, hi = pos + 1;
    while (hi < ids.size() && ids[hi] < target) {
      lo = hi;
      step *= 2;
      hi = pos + step;
    }
    hi = std::min(hi, ids.size());
    pos = static_cast<size_t>(std::lower_bound(ids.begin() + lo, ids.begin() + hi, target) - ids.begin());
  }
};

// Worse-than for the top-k heap: lower score, or the same score and a later sentence.
bool Better(const ScoredSentence& a, const ScoredSentence& b) {
  return a.score != b.score ? a.score > b.score : a.number < b.number;
}

double Score(const std::vector<double>& match, const std::vector<double>& idf) {
  double s = 0;
  for (size_t i = 0; i < match.size(); ++i) s += idf[i] * match[i];
  return s;
}

void Apply(const Cursor& c, std::vector<double>* match) {
  for (const auto& [i, w] : *c.uses) (*match)[i] = std::max((*match)[i], w);
}

// True when `bound` certainly cannot beat `theta` (rounding kept on the safe side).
bool Below(double bound, double theta) { return bound * (1 + 1e-9) + 1e-12 < theta; }

}  // namespace

Result<std::vector<ScoredSentence>> TopSentences(index::Reader& reader, const TermConcepts& terms,
                                                 const std::vector<double>& concept_idf, size_t k) {
  if (k == 0) return std::vector<ScoredSentence>{};
  std::vector<Cursor> cursors;
  for (const auto& [term, uses] : terms) {
    auto ids = reader.SentenceNumbers(term);
    if (!ids.ok()) return ids.status();
    if (ids->empty()) continue;
    Cursor c;
    c.ids = std::move(*ids);
    c.uses = &uses;
    for (const auto& [i, w] : uses) c.bound += concept_idf[i] * w;
    cursors.push_back(std::move(c));
  }
  // Ascending bounds: a prefix of weak terms becomes non-essential.
  std::sort(cursors.begin(), cursors.end(), [](const Cursor& a, const Cursor& b) { return a.bound < b.bound; });
  const size_t n = cursors.size();
  std::vector<double> prefix(n + 1, 0);
  for (size_t j = 0; j < n; ++j) prefix[j + 1] = prefix[j] + cursors[j].bound;

  // Current ids side by side: finding the next candidate is a scan of one array.
  std::vector<uint64_t> current(n);
  for (size_t j = 0; j < n; ++j) current[j] = cursors[j].Current();
  std::vector<ScoredSentence> heap;  // the k best so far, worst on top
  auto worse_on_top = [](const ScoredSentence& a, const ScoredSentence& b) { return Better(a, b); };
  size_t first_essential = 0;
  ScoredSentence cand;
  while (true) {
    bool full = heap.size() >= k;
    double theta = full ? heap.front().score : -1;
    // Sentences holding only these terms cannot enter: later sentences need
    // a strictly higher score than the worst kept one.
    while (full && first_essential < n && Below(prefix[first_essential + 1], theta)) ++first_essential;
    uint64_t next = kEnd;
    for (size_t j = first_essential; j < n; ++j) next = std::min(next, current[j]);
    if (next == kEnd) break;
    cand.number = next;
    cand.match.assign(concept_idf.size(), 0.0);
    for (size_t j = first_essential; j < n; ++j) {
      if (current[j] != next) continue;
      Apply(cursors[j], &cand.match);
      ++cursors[j].pos;
      current[j] = cursors[j].Current();
    }
    cand.score = Score(cand.match, concept_idf);
    bool rejected = false;
    for (size_t j = first_essential; j-- > 0;) {
      if (full && Below(cand.score + prefix[j + 1], theta)) {
        rejected = true;
        break;
      }
      cursors[j].SeekTo(next);
      current[j] = cursors[j].Current();
      if (current[j] != next) continue;
      Apply(cursors[j], &cand.match);
      cand.score = Score(cand.match, concept_idf);
    }
    if (rejected) continue;
    if (!full) {
      heap.push_back(cand);
      std::push_heap(heap.begin(), heap.end(), worse_on_top);
    } else if (Better(cand, heap.front())) {
      std::pop_heap(heap.begin(), heap.end(), worse_on_top);
      heap.back() = cand;
      std::push_heap(heap.begin(), heap.end(), worse_on_top);
    }
  }
  std::sort(heap.begin(), heap.end(), Better);
  return heap;
}

}  // namespace rolegraph::query
