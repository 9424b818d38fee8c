#include "coverage.h"

#include <algorithm>
#include <cmath>

namespace rolegraph::query {

CoverTerms TranslationCoverTerms(const ParsedQuestion& q, const AnswerOptions& options) {
  CoverTerms out;
  const std::string question_lang = index::LangCode(q.lang);
  for (size_t i = 0; i < q.concepts.size(); ++i) {
    for (const auto& [term, tw] : q.concepts[i].terms) {
      // Only the other language: a same-language synonym stays a guess.
      if (tw.lang.empty() || tw.lang == question_lang) continue;
      if (tw.weight < options.translation_cover_min_weight) continue;
      const double w = std::pow(tw.weight, options.translation_cover_exponent);
      if (w <= tw.weight * tw.weight) continue;
      out.terms.push_back({term, i, w});
      out.filter.Add(term);
    }
  }
  return out;
}

double SentenceCoverage(const index::SentenceRecord& s, const std::vector<Concept>& concepts,
                        const std::vector<double>& match, const CoverTerms& cover, double total_idf) {
  if (total_idf <= 0) return 0;
  // Reused by the thread from sentence to sentence: one allocation per
  // candidate sentence before (issue 18).
  thread_local std::vector<double> held;
  held.assign(concepts.size(), 0.0);
  for (size_t i = 0; i < concepts.size() && i < match.size(); ++i) held[i] = match[i] * match[i];
  if (!cover.terms.empty()) {
    for (const auto& t : s.terms) {
      if (t.stop || !cover.filter.MayHold(t)) continue;
      for (const CoverTerm& c : cover.terms)
        if (c.term == t.term) held[c.concept_index] = std::max(held[c.concept_index], c.weight);
    }
  }
  double sum = 0, asked = total_idf;
  for (size_t i = 0; i < concepts.size(); ++i) {
    sum += concepts[i].idf * held[i];
    // The absence a deputy is asked under counts as far as the sentence
    // holds it: the stand-in's evidence often says only what it does.
    if (concepts[i].absence) asked -= concepts[i].idf * (1.0 - held[i]);
  }
  return asked > 0 ? std::min(1.0, sum / asked) : 0;
}

}  // namespace rolegraph::query
