#include "top_sentences.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace rolegraph::query {
namespace {

constexpr uint64_t kEnd = index::SentenceNumberCursor::kEnd;
// The cover pass's bits take at most this many 64-bit words (8 MB) each:
// a wider span of documents and sentence indexes is left to the walk.
constexpr size_t kMaxCoverWords = size_t{1} << 20;

struct Cursor {
  index::SentenceNumberCursor ids;
  double bound = 0;  // the most this term adds to a score
  const std::vector<std::pair<size_t, double>>* uses = nullptr;
};

// Worse-than for the top-k heap: lower score, or the same score and a later sentence.
bool Better(const ScoredSentence& a, const ScoredSentence& b) {
  return a.score != b.score ? a.score > b.score : a.number < b.number;
}

// Keeps the k best candidates seen so far in a heap whose top is the worst of
// them: a candidate enters while there is room, or by replacing the top. The
// cover pass and the walk both offer candidates this way.
inline void OfferToHeap(std::vector<ScoredSentence>* heap, size_t k, const ScoredSentence& cand) {
  auto worse_on_top = [](const ScoredSentence& a, const ScoredSentence& b) { return Better(a, b); };
  if (heap->size() < k) {
    heap->push_back(cand);
    std::push_heap(heap->begin(), heap->end(), worse_on_top);
  } else if (Better(cand, heap->front())) {
    std::pop_heap(heap->begin(), heap->end(), worse_on_top);
    heap->back() = cand;
    std::push_heap(heap->begin(), heap->end(), worse_on_top);
  }
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
  std::vector<Cursor> cover_cursors;
  std::vector<uint64_t> cover_all, cover_one;
};

// True when a sentence scoring at most `bound` cannot enter: later sentences
// need a strictly higher score than the worst kept one. Exact in floating
// point: scores and bounds are the same sums in the same order over weights
// no smaller, and rounding is monotone.
bool CannotEnter(double bound, double theta) { return bound <= theta; }

// Bits over the sentences the lists can hold: one 64-bit word per 64
// sentence indexes of a document, documents from the lowest the lists hold.
struct CoverLayout {
  uint64_t first_doc = 0, words_per_doc = 1;
  size_t words = 0;
  size_t Word(uint64_t number) const {
    return ((number >> 32) - first_doc) * words_per_doc + ((number & 0xffffffffu) >> 6);
  }
  uint64_t Number(size_t word, unsigned bit) const {
    return ((first_doc + word / words_per_doc) << 32) | ((word % words_per_doc) * 64 + bit);
  }
};

// The span of documents and indexes the cursors' numbers reach; false when
// its bits would pass kMaxCoverWords or a list reads as corrupt (the walk
// reports it).
bool LayOut(const std::vector<Cursor>& cursors, CoverLayout* layout) {
  uint64_t first_doc = kEnd, last_doc = 0, max_index = 0;
  for (const Cursor& c : cursors) {
    first_doc = std::min(first_doc, c.ids.Current() >> 32);
    const uint64_t bound = c.ids.PackedIndexBound(), last = c.ids.PackedLast();
    if (bound != kEnd && last != kEnd) {
      max_index = std::max(max_index, bound);
      last_doc = std::max(last_doc, last >> 32);
      continue;
    }
    const bool whole = c.ids.ForEachRemaining([&](uint64_t x) {
      max_index = std::max<uint64_t>(max_index, x & 0xffffffffu);
      last_doc = std::max(last_doc, x >> 32);
    });
    if (!whole) return false;
  }
  layout->first_doc = first_doc;
  layout->words_per_doc = (max_index >> 6) + 1;
  const uint64_t docs = last_doc - first_doc + 1;
  if (layout->words_per_doc > kMaxCoverWords || docs > kMaxCoverWords / layout->words_per_doc) return false;
  layout->words = docs * layout->words_per_doc;
  return true;
}

// Whether at least k bits are set, counted only until there are.
bool AtLeast(const std::vector<uint64_t>& bits, size_t k) {
  size_t set = 0;
  for (uint64_t w : bits) {
    for (; w != 0 && set < k; w &= w - 1) ++set;  // no popcount instruction in the baseline x86-64 target
    if (set >= k) return true;
  }
  return set >= k;
}

// Sets `all` to the sentences holding a term of every concept: each
// concept's lists as bits, the concepts' bits and-ed, the concept with the
// fewest numbers first. False as soon as fewer than k sentences are left
// (the pass cannot find k), or when a number falls outside the layout (a
// list reading as corrupt: the walk reports it).
bool CoverBits(const std::vector<Cursor>& cursors, const std::vector<std::vector<size_t>>& concept_cursors,
               size_t concepts, size_t k, const CoverLayout& layout, Scratch* s) {
  std::vector<std::pair<uint64_t, size_t>> order;  // (numbers, concept)
  for (size_t i = 0; i < concepts; ++i) {
    uint64_t numbers = 0;
    for (size_t j : concept_cursors[i]) numbers += cursors[j].ids.size();
    order.push_back({numbers, i});
  }
  std::sort(order.begin(), order.end());
  std::vector<uint64_t>& all = s->cover_all;
  std::vector<uint64_t>& one = s->cover_one;
  const size_t words = layout.words;
  bool inside = true;
  for (size_t r = 0; r < order.size(); ++r) {
    std::vector<uint64_t>& bits = r == 0 ? all : one;
    bits.assign(words, 0);
    uint64_t* out = bits.data();
    for (size_t j : concept_cursors[order[r].second])
      inside = cursors[j].ids.ForEachRemaining([out, words, &layout, &inside](uint64_t x) {
        const size_t w = layout.Word(x);
        if (w < words) out[w] |= uint64_t{1} << (x & 63);
        else inside = false;
      }) && inside;
    if (!inside) return false;
    if (r > 0)
      for (size_t w = 0; w < words; ++w) all[w] &= one[w];
    if (!AtLeast(all, k)) return false;
  }
  return true;
}

// Whether a candidate holds a term of every concept.
bool HoldsEvery(const std::vector<double>& match) {
  for (double m : match)
    if (m <= 0) return false;
  return true;
}

// Whether a cover pass can apply: the lists are long and the question has
// more than one concept.
bool CoverPassApplies(const std::vector<Cursor>& cursors, size_t concepts, uint64_t min_postings) {
  if (concepts < 2) return false;
  uint64_t postings = 0;
  for (const Cursor& c : cursors) postings += c.ids.size();
  return postings >= min_postings;
}

// An exact pass for a question whose k best sentences hold every concept,
// over `cursors` at their lists' first numbers (it moves them). A sentence
// lacking a concept scores at most the largest `without`, so the k best
// scoring above that are the answer; they are among the sentences holding
// every concept, found by and-ing each concept's lists as bits, and each is
// scored exactly by reading every list at it. A broad question at 50,000
// documents otherwise leapfrogged ~20,000 rounds over fourteen lists to
// find the same ~150 sentences (issue 18). False, and the walk goes on,
// when fewer than k score that much or the span is too wide, and without
// reading the lists when the walk so far makes k unlikely: `covering` of
// the `read` sentences it read before `next` held every concept, and that many
// per document read, over all the documents, is fewer than k (a guess
// that costs time, never an answer).
bool CoverPass(std::vector<Cursor>& cursors, const std::vector<std::vector<size_t>>& concept_cursors,
               const std::vector<double>& without, double highest, const std::vector<double>& idf, size_t k,
               size_t read, size_t covering, uint64_t next, Scratch* s, std::vector<ScoredSentence>* heap) {
  const size_t concepts = idf.size();
  const double lacking = *std::max_element(without.begin(), without.end());
  const double bar = std::nextafter(lacking, std::numeric_limits<double>::infinity());
  if (bar > highest) return false;  // a concept no list holds
  CoverLayout layout;
  if (!LayOut(cursors, &layout)) return false;
  const double docs_read = static_cast<double>((next >> 32) - layout.first_doc + 1);
  const double docs = static_cast<double>(layout.words / layout.words_per_doc);
  if (read > 0 && static_cast<double>(covering) * docs < static_cast<double>(k) * docs_read) return false;
  if (!CoverBits(cursors, concept_cursors, concepts, k, layout, s)) return false;
  ScoredSentence cand;
  std::vector<ScoredSentence> top;
  top.reserve(k);
  for (size_t w = 0; w < layout.words; ++w) {
    for (uint64_t bits = s->cover_all[w]; bits != 0; bits &= bits - 1) {
      cand.number = layout.Number(w, static_cast<unsigned>(__builtin_ctzll(bits)));
      cand.match.assign(concepts, 0.0);
      for (Cursor& c : cursors) {
        c.ids.SeekTo(cand.number);
        if (c.ids.Current() == cand.number) Apply(c, &cand.match);
      }
      cand.score = Score(cand.match, idf);
      if (cand.score < bar) continue;
      OfferToHeap(&top, k, cand);
    }
  }
  for (const Cursor& c : cursors)
    if (c.ids.corrupt()) return false;  // the walk reads the list too, and says so
  if (top.size() < k) return false;
  *heap = std::move(top);
  return true;
}

// The scratch of this thread's questions (TopSentences).
Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

// Frees the cover bits when they pass `kept_bytes` (CoverPassLimits).
void TrimCoverBits(Scratch* s, size_t kept_bytes) {
  const size_t bytes = (s->cover_all.capacity() + s->cover_one.capacity()) * sizeof(uint64_t);
  if (bytes <= kept_bytes) return;
  std::vector<uint64_t>().swap(s->cover_all);
  std::vector<uint64_t>().swap(s->cover_one);
}

}  // namespace

size_t CoverBitsKeptByThisThread() {
  const Scratch& s = ThreadScratch();
  return (s.cover_all.capacity() + s.cover_one.capacity()) * sizeof(uint64_t);
}

Result<std::vector<ScoredSentence>> TopSentences(index::Reader& reader, const TermConcepts& terms,
                                                 const std::vector<double>& concept_idf, size_t k,
                                                 const CoverPassLimits& cover) {
  if (k == 0) return std::vector<ScoredSentence>{};
  // The walk's working arrays are kept by the thread from question to
  // question and only resized: a dozen small allocations per question before
  // (issue 18). Each is filled below before it is read.
  Scratch& scratch = ThreadScratch();
  std::vector<Cursor>& cursors = scratch.cursors;
  cursors.clear();
  // The cursors hold their lists only while the question runs.
  struct Release {
    std::vector<Cursor>& cursors;
    Scratch& scratch;
    size_t kept_bits_bytes;
    ~Release() {
      cursors.clear();
      scratch.cover_cursors.clear();
      TrimCoverBits(&scratch, kept_bits_bytes);
    }
  } release{cursors, scratch, cover.kept_bits_bytes};
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
  // The cover pass, if the walk runs long, reads the lists from their first numbers.
  std::vector<Cursor>& cover_cursors = scratch.cover_cursors;
  const bool may_cover = CoverPassApplies(cursors, concepts, cover.min_postings);
  if (may_cover) cover_cursors = cursors;
  size_t walked = 0, covering = 0;
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
    // A long walk: the cover pass, when it finds the k best, ends it (exact either way).
    if (may_cover && walked++ == cover.after_candidates &&
        CoverPass(cover_cursors, concept_cursors, without, prefix[n], concept_idf, k, cover.after_candidates,
                  covering, next, &scratch, &heap))
      break;
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
    if (may_cover && walked <= cover.after_candidates) covering += HoldsEvery(cand.match);  // a lower bound if rejected
    if (rejected) continue;
    OfferToHeap(&heap, k, cand);
  }
  for (const auto& c : cursors)
    if (c.ids.corrupt()) return Status::Corruption("posting list");
  std::sort(heap.begin(), heap.end(), Better);
  return heap;
}

}  // namespace rolegraph::query
