// How much of a question one sentence covers, with translations counted as
// translations. Retrieval weighs every expansion of a question word the same
// way and coverage squares that weight, so a loose same-language synonym
// (0.6) holds a concept only a third as well as the word itself. A
// dictionary translation is not a loose synonym: an English question whose
// only evidence is an Indonesian sentence ("who hands out the rations?" over
// "Juru masak membagikan ransum") can match nothing but translations, and
// squared they left that sentence below the abstention line. Here a
// translation into the other language (weight at least
// AnswerOptions::translation_cover_min_weight) holds its concept at
// translation_cover_exponent instead of squared (2.0, squared, by default:
// see answer_options.h for why it ships off).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "answer_options.h"
#include "question.h"
#include "rolegraph/index/database.h"
#include "term_filter.h"

namespace rolegraph::query {

// (index term, concept index, coverage weight) for the question's
// translations that hold their concept better than their squared weight,
// with a filter of the terms so most sentence words skip the lookup. A
// question has a dozen or so: a flat list, scanned only for a word the
// filter lets through, instead of a map node, a key and a vector each
// (issue 18). The terms are views into the question's concepts.
struct CoverTerm {
  std::string_view term;
  size_t concept_index = 0;
  double weight = 0;
};
struct CoverTerms {
  std::vector<CoverTerm> terms;
  TermFilter filter;
};

CoverTerms TranslationCoverTerms(const ParsedQuestion& q, const AnswerOptions& options);

// Share of the question's idf the sentence holds: per concept the larger of
// `match` squared (retrieval's best weight) and the coverage weight of a
// translation the sentence holds. `match` may be shorter than the concepts.
double SentenceCoverage(const index::SentenceRecord& s, const std::vector<Concept>& concepts,
                        const std::vector<double>& match, const CoverTerms& cover, double total_idf);

}  // namespace rolegraph::query
