// Attribution from document structure (blocks.h): who does what when the
// sentence itself does not say it.
// - A responsibility matrix (a table whose header row names roles and whose
//   rows are activities, cells from data/lang/<code>/raci.tsv) gives one fact
//   per marked cell, and each row is about the role that does the activity.
// - A table with a reporting column ("| Role | Reports to |") gives each
//   row's role a reporting line to the role or unit in that column.
// - A question/answer pair is one unit of evidence: the role named in the
//   answer does what the question asks.
#pragma once

#include <string_view>
#include <vector>

#include "rolegraph/ingest/blocks.h"
#include "coreference.h"
#include "rolegraph/index/records.h"

namespace rolegraph::ingest {

// Whether a table cell holds matrix marks only ("R", "A/R", "✓";
// raci.tsv), not words.
bool IsMatrixMark(std::string_view cell, const LanguagePacks& packs);

// Merges each question line with the first sentence of its answer, so the
// pair is cited together. Call before roles are recognised.
void MergeQuestionAnswers(const std::vector<Block>& blocks, std::vector<AnalyzedSentence>* sentences);

// Facts from matrix cells and Q/A pairs; sets the focus of matrix rows and
// Q/A sentences to the role that does the activity, and marks matrix body
// rows as content rather than headings.
std::vector<index::FactRecord> AttributeBlocks(std::string_view text, const std::vector<Block>& blocks,
                                               const LanguagePacks& packs, const RecognizedRoles& roles,
                                               std::vector<AnalyzedSentence>* sentences,
                                               std::vector<SentenceFocus>* focus);

}  // namespace rolegraph::ingest
