// Shapes of a sentence on the page that coreference and fact extraction
// both read: list items and question lines.
#pragma once

#include <string_view>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

// "1. ...", "- ...", "• ...": an item of the list the previous sentence opened.
bool IsListItem(std::string_view text, const AnalyzedSentence& s);

// A short question alone on its line ("What is a Plant Manager for?",
// "Siapa itu CFO?"): it opens a section like a heading does.
bool IsQuestionLine(std::string_view text, const AnalyzedSentence& s);

}  // namespace rolegraph::ingest
