// The words of a question that ask for a relation between roles
// (question_relations.tsv: "report to", "stands in for", "berhalangan").
#pragma once

#include <cstddef>
#include <vector>

#include "rolegraph/ingest/analyzer.h"
#include "question_cache.h"

namespace rolegraph::query {

// The first question_relations.tsv row of any pack for token `i` whose
// condition holds: "next:W" W follows the cue, "prev:W" W precedes it,
// "with:W" W is anywhere in the question; "|" separates alternatives
// ("with:while|when"); a row with several condition columns needs them all.
// Null when the token asks for no relation.
const ingest::WordTable::Row* RelationCueAt(const QuestionCache& cache, const std::vector<ingest::Token>& toks,
                                            size_t i);

// Whether any word of the question asks for a relation.
bool HasRelationCue(const QuestionCache& cache, const std::vector<ingest::Token>& toks);

}  // namespace rolegraph::query
