// The question's concepts weighed by idf, and the candidate sentences read
// with their match and coverage.
#include "ask_run.h"

#include <cmath>
#include <unordered_map>

#include "coverage.h"

namespace rolegraph::query {
namespace {

double Idf(uint64_t n, uint64_t df) {
  return std::log(1.0 + (static_cast<double>(n) - df + 0.5) / (static_cast<double>(df) + 0.5));
}

}  // namespace

double AskRun::ConceptIdf(const Concept& c, double best, double unseen) {
  if (best == 0) return c.condition ? 0.0 : unseen * c.share;
  return best * c.share * (c.setting ? kAnswerOptions.setting_word_weight : 1.0);
}

void AskRun::WeighConcepts() {
  StageClock clock(&stages_.retrieval_ms);
  double unseen = Idf(n_, 0);
  total_idf_ = 0;
  for (size_t i = 0; i < q_.concepts.size(); ++i) {
    Concept& c = q_.concepts[i];
    double best = 0, strongest = 0;
    for (const auto& [term, tw] : c.terms) {
      uint64_t df = reader_.DocFreq(term);  // the reader remembers it per database version
      if (df == 0) continue;
      best = std::max(best, Idf(n_, df));
      strongest = std::max(strongest, tw.weight);
      term_concepts_[term].push_back({i, tw.weight});
      term_filter_.Add(term);
    }
    c.idf = ConceptIdf(c, best, unseen);
    // Found only through a thesaurus neighbour or two hops: not really found.
    if (strongest < kAnswerOptions.seen_weight && !c.condition) ++unseen_concepts_;
    total_idf_ += c.idf;
  }
}

Status AskRun::Retrieve() {
  StageClock clock(&stages_.retrieval_ms);
  std::vector<double> idf;
  for (const auto& c : q_.concepts) idf.push_back(c.idf);
  auto top = TopSentences(reader_, term_concepts_, idf, kAnswerOptions.max_candidates);
  if (!top.ok()) return top.status();
  const CoverTerms cover_terms = TranslationCoverTerms(q_, kAnswerOptions);
  std::unordered_map<uint32_t, std::string> doc_ids;
  // One table of the right size, not a rehash every few candidates (never iterated).
  candidates_.reserve(candidates_.size() + top->size());
  for (auto& t : *top) {
    uint32_t doc_num = static_cast<uint32_t>(t.number >> 32), index = static_cast<uint32_t>(t.number);
    auto it = doc_ids.find(doc_num);
    if (it == doc_ids.end()) {
      auto id = reader_.DocIdOf(doc_num);
      if (!id.ok()) return id.status();
      it = doc_ids.emplace(doc_num, std::move(*id)).first;
    }
    SentenceKey key{it->second, index};
    auto s = reader_.GetSentenceShared(key.first, key.second);
    if (!s.ok()) return s.status();
    if ((*s)->boilerplate) {
      // Not evidence; its match still counts where another step read it.
      if (auto read = sentences_.find(key); read != sentences_.end()) {
        Candidate& c = candidates_[read->second.get()];
        c.match = std::move(t.match);
        c.score = t.score;
      }
      continue;
    }
    // The record kept is the one scored: an earlier step may have read it.
    // try_emplace: no node built and dropped for a sentence already read.
    const index::SentenceRecord* kept = sentences_.try_emplace(std::move(key), std::move(*s)).first->second.get();
    Candidate& c = candidates_[kept];
    c.match = std::move(t.match);
    c.score = t.score;
    // Squared match weights (a loose synonym, 0.6, holds a concept only a
    // third as well as the word), translations as coverage.h says.
    c.coverage = SentenceCoverage(*kept, q_.concepts, c.match, cover_terms, total_idf_);
  }
  return Status::Ok();
}

}  // namespace rolegraph::query
