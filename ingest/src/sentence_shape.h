// Shapes of a sentence on the page that coreference and fact extraction
// both read: list items and question lines.
#pragma once

#include <string_view>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

// "1. ...", "- ...", "• ...": an item of the list the previous sentence opened.
bool IsListItem(std::string_view text, const AnalyzedSentence& s);

// "- **Potters** shape the pots ...": a list item that opens with an
// emphasised label (Markdown ** or __) and goes straight on, no colon after
// the label. The label is what the item is about. Returns the byte offset
// where the label ends (0 when the item has no such label); "- **Budget:**
// ..." (a field of the section's role) has none.
size_t EmphasisedSubjectEnd(std::string_view text, const AnalyzedSentence& s);

// A short question alone on its line ("What is a Plant Manager for?",
// "Siapa itu CFO?"): it opens a section like a heading does.
bool IsQuestionLine(std::string_view text, const AnalyzedSentence& s);

}  // namespace rolegraph::ingest
