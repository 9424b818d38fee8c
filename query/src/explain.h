// The `explain` part of an answer (AskRequest::explain): what the question
// was read as, the terms the corpus holds for it, and why the first answer
// won, with the parts of its score. Kept apart from the ranking so the
// engine holds only what decides an answer.
#pragma once

#include <cstddef>
#include <vector>

#include "answer_types.h"
#include "question.h"
#include "rolegraph/query/engine.h"
#include "top_sentences.h"

namespace rolegraph::query {

// What the ranking knew of one question when it finished.
struct ExplainInputs {
  const ParsedQuestion& question;
  const TermConcepts& term_concepts;  // the corpus' terms for the question's concepts
  double total_idf = 0;               // of the question's concepts
  size_t unseen_concepts = 0;         // concepts nothing in the corpus matches
  // For the first answer's best sentence: how well it holds each concept
  // (empty when no candidate sentence is known).
  std::vector<double> best_sentence_match;
};

// Fills `e` from the ranked roles (best first).
void FillExplanation(const ExplainInputs& in, const std::vector<RoleScore>& ranked, Explanation* e);

}  // namespace rolegraph::query
