#include "top_sentences.h"

#include <algorithm>
#include <limits>

namespace rolegraph::query {
namespace {

constexpr uint64_t kEnd = index::SentenceNumberCursor::kEnd;

struct Cursor {
  index::SentenceNumberCursor ids;
  double bound = 0;  // the most this term adds to a score
  const std::vector<std::pair<size_t, double>>* uses = nullptr;
};

// Worse-than for the top-k heap: lower score, or the same score and a later sentence.
bool Better(const ScoredSentence& a, const ScoredSentence& b) {
  return a.score != b.score ? a.score > b.score : a.number < b.number;
}

double Score(const double* match, size_t n, const std::vector<double>& idf) {
  double s = 0;
  for (size_t i = 0; i < n; ++i) s += idf[i] * match[i];
  return s;
}

double Score(const std::vector<double>& match, const std::vector<double>& idf) {
  return Score(match.data(), match.size(), idf);
}

void Apply(const Cursor& c, std::vector<double>* match) {
  for (const auto& [i, w] : *c.uses) (*match)[i] = std::max((*match)[i], w);
}

// TopSentences' working arrays, reused by a thread from question to question.
struct Scratch {
  std::vector<Cursor> cursors;
  std::vector<double> reach, prefix, without, best;
  std::vector<uint64_t> current;
  std::vector<std::vector<size_t>> concept_cursors;
  std::vector<size_t> required;
  ScoredSentence cand;
};

// True when a sentence scoring at most `bound` cannot enter: later sentences
// need a strictly higher score than the worst kept one. Exact in floating
// point: scores and bounds are the same sums in the same order over weights
// no smaller, and rounding is monotone.
bool CannotEnter(double bound, double theta) { return bound <= theta; }

}  // namespace

Result<std::vector<ScoredSentence>> TopSentences(index::Reader& reader, const TermConcepts& terms,
                                                 const std::vector<double>& concept_idf, size_t k) {
  if (k == 0) return std::vector<ScoredSentence>{};
  // The walk's working arrays are kept by the thread from question to
  // question and only resized: a dozen small allocations per question before
  // (issue 18). Each is filled below before it is read.
  thread_local Scratch scratch;
  std::vector<Cursor>& cursors = scratch.cursors;
  cursors.clear();
  // The cursors hold their lists only while the question runs.
  struct Release {
    std::vector<Cursor>& cursors;
    ~Release() { cursors.clear(); }
  } release{cursors};
  for (const auto& [term, uses] : terms) {
    auto ids = reader.OpenSentenceNumbers(term);
    if (!ids.ok()) return ids.status();
    if (ids->Current() == kEnd) continue;
    Cursor c;
    c.ids = std::move(*ids);
    c.uses = &uses;
    for (const auto& [i, w] : uses) c.bound += concept_idf[i] * w;
    cursors.push_back(std::move(c));
  }
  // Ascending bounds: a prefix of weak terms becomes non-essential.
  std::sort(cursors.begin(), cursors.end(), [](const Cursor& a, const Cursor& b) { return a.bound < b.bound; });
  const size_t n = cursors.size(), concepts = concept_idf.size();
  // reach[j][c]: the best weight of concept c among terms 0..j-1. A sentence
  // holding only those terms scores at most sum_c idf_c * reach[j][c]: terms
  // of one concept do not add up, the best counts.
  // One flat array, row j at reach[j * concepts] (one allocation, not n + 1).
  std::vector<double>& reach = scratch.reach;
  reach.assign((n + 1) * concepts, 0.0);
  auto reach_row = [&](size_t j) { return reach.data() + j * concepts; };
  std::vector<double>& prefix = scratch.prefix;
  prefix.assign(n + 1, 0);
  for (size_t j = 0; j < n; ++j) {
    double* row = reach_row(j + 1);
    std::copy(reach_row(j), reach_row(j) + concepts, row);
    for (const auto& [i, w] : *cursors[j].uses) row[i] = std::max(row[i], w);
    prefix[j + 1] = Score(row, concepts, concept_idf);
  }
  // The most a candidate holding `match` can score once terms 0..j-1 are checked.
  auto reachable = [&](const std::vector<double>& match, size_t j) {
    double s = 0;
    const double* row = reach_row(j);
    for (size_t i = 0; i < concepts; ++i) s += concept_idf[i] * std::max(match[i], row[i]);
    return s;
  };

  // Current ids side by side: finding the next candidate is a scan of one array.
  std::vector<uint64_t>& current = scratch.current;
  current.resize(n);
  for (size_t j = 0; j < n; ++j) current[j] = cursors[j].ids.Current();
  // A concept is required once a sentence without any of its terms cannot
  // enter (`without[c]`: the best score lacking concept c, summed as Score
  // sums). Candidates then come from the intersection of the required
  // concepts' lists, found by leapfrogging, not from the union of the
  // essential lists: common terms no longer make every sentence a candidate.
  std::vector<std::vector<size_t>>& concept_cursors = scratch.concept_cursors;
  if (concept_cursors.size() < concepts) concept_cursors.resize(concepts);
  for (size_t i = 0; i < concepts; ++i) concept_cursors[i].clear();
  for (size_t j = 0; j < n; ++j)
    for (const auto& [i, w] : *cursors[j].uses) concept_cursors[i].push_back(j);
  std::vector<double>& without = scratch.without;
  without.resize(concepts);
  std::vector<double>& best = scratch.best;
  best.assign(reach_row(n), reach_row(n) + concepts);
  for (size_t i = 0; i < concepts; ++i) {
    best[i] = 0;
    without[i] = Score(best, concept_idf);
    best[i] = reach_row(n)[i];
  }
  std::vector<size_t>& required = scratch.required;
  required.clear();
  size_t first_essential = 0;
  auto seek_min = [&](size_t j, uint64_t target) {
    if (current[j] < target) {
      cursors[j].ids.SeekTo(target);
      current[j] = cursors[j].ids.Current();
    }
    return current[j];
  };
  // The first sentence >= `next` holding an essential term and a term of
  // every required concept; every sentence skipped lacks one and cannot enter.
  auto leapfrog = [&](uint64_t next) {
    for (bool moved = true; moved && next != kEnd;) {
      moved = false;
      for (size_t c : required) {
        uint64_t m = kEnd;
        for (size_t j : concept_cursors[c]) m = std::min(m, seek_min(j, next));
        if (m > next) next = m, moved = true;
        if (next == kEnd) return next;
      }
      uint64_t e = kEnd;
      for (size_t j = first_essential; j < n; ++j) e = std::min(e, seek_min(j, next));
      if (e > next) next = e, moved = true;
    }
    return next;
  };
  std::vector<ScoredSentence> heap;  // the k best so far, worst on top
  heap.reserve(k);                   // filled to k: one allocation, not a regrowth every doubling
  auto worse_on_top = [](const ScoredSentence& a, const ScoredSentence& b) { return Better(a, b); };
  double required_theta = -1;
  ScoredSentence& cand = scratch.cand;
  while (true) {
    bool full = heap.size() >= k;
    double theta = full ? heap.front().score : -1;
    // Sentences holding only these terms cannot enter.
    while (full && first_essential < n && CannotEnter(prefix[first_essential + 1], theta)) ++first_essential;
    if (full && theta != required_theta) {
      required.clear();
      for (size_t i = 0; i < concepts; ++i)
        if (CannotEnter(without[i], theta)) required.push_back(i);
      required_theta = theta;
    }
    uint64_t next = kEnd;
    for (size_t j = first_essential; j < n; ++j) next = std::min(next, current[j]);
    if (!required.empty()) next = leapfrog(next);
    if (next == kEnd) break;
    cand.number = next;
    cand.match.assign(concept_idf.size(), 0.0);
    for (size_t j = first_essential; j < n; ++j) {
      if (current[j] != next) continue;
      Apply(cursors[j], &cand.match);
      cursors[j].ids.Next();
      current[j] = cursors[j].ids.Current();
    }
    cand.score = Score(cand.match, concept_idf);
    bool rejected = false;
    for (size_t j = first_essential; j-- > 0;) {
      if (full && CannotEnter(reachable(cand.match, j + 1), theta)) {
        rejected = true;
        break;
      }
      cursors[j].ids.SeekTo(next);
      current[j] = cursors[j].ids.Current();
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
  for (const auto& c : cursors)
    if (c.ids.corrupt()) return Status::Corruption("posting list");
  std::sort(heap.begin(), heap.end(), Better);
  return heap;
}

}  // namespace rolegraph::query
