// The forms a question word may take in a role's name, shared by the two
// places that match question words against role names word by word: a
// relation question naming its role by a paraphrase (question.cc) and the
// other side of a choice (choice_phrase.cc).
#pragma once

#include <string>
#include <vector>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::query {

// The word folded, its stem, its stem in each index language, and the
// stems of its one-word translations from resolve_expansion_weight
// (answer_options.h) on. May hold duplicates and empty strings.
std::vector<std::string> NameFormsOf(const ingest::Token& t, const ingest::Analyzer& analyzer, const Lexicon& lexicon,
                                     Lang lang);

}  // namespace rolegraph::query
