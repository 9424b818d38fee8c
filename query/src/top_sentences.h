// The best-scoring sentences for a question's expanded terms, without
// scoring every sentence that holds one of them: MaxScore over sorted
// posting lists. A sentence's score is the sum over concepts of the
// concept's idf times the weight of the best term of that concept it holds,
// so a term adds at most idf * weight; lists whose bounds together cannot
// beat the k-th best score so far only check candidates from the others.
// The result is exactly the top k of scoring every sentence, ties going to
// the lower sentence number.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/index/word_hash.h"

namespace rolegraph::query {

// Index term -> (concept index, weight) for each concept it expands.
// Scoring looks every candidate word up here; the short-key hash
// (index/word_hash.h) is a third of std::hash's work. TopSentences walks it
// to open the lists, and its result does not depend on that order (exact
// top k, ties to the lower sentence number).
using TermConcepts = std::unordered_map<std::string, std::vector<std::pair<size_t, double>>, index::WordHash,
                                        std::equal_to<>>;

struct ScoredSentence {
  uint64_t number = 0;        // Reader::SentenceNumbers encoding
  std::vector<double> match;  // per concept: best weight held
  double score = 0;           // sum of idf * match, in concept order
};

// When the walk tries a pass over the sentences holding every concept
// (CoverPass in top_sentences.cc). Tests lower both to read both ways.
struct CoverPassLimits {
  // The question's lists hold at least this many numbers together: none do
  // at the shipped corpus' size, where the walk is already short.
  uint64_t min_postings = 50000;
  // The walk has read this many candidates without finishing: most walks
  // end sooner, and the pass reads every number of every list once.
  size_t after_candidates = 2048;
  // The thread keeps its cover bits for the next question only up to this
  // many bytes: at 50,000 documents they are ~0.8 MB a thread, and each of
  // the server's workers that once ran a pass kept them (~20 MB of its peak
  // RSS under 32 connections, mem17); allocating them per pass costs less
  // than reading the lists that fill them.
  size_t kept_bits_bytes = 64 << 10;
};

// The bytes of cover bits this thread keeps between questions (tests).
size_t CoverBitsKeptByThisThread();

// Best first.
Result<std::vector<ScoredSentence>> TopSentences(index::Reader& reader, const TermConcepts& terms,
                                                 const std::vector<double>& concept_idf, size_t k,
                                                 const CoverPassLimits& cover = {});

}  // namespace rolegraph::query
