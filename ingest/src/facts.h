// Fact extraction: (role, predicate, object) triples with their exact source
// spans, found by bilingual cue patterns over tokens. The predicate
// vocabulary is documented in docs/predicates.md.
#pragma once

#include <string_view>
#include <vector>

#include "coreference.h"
#include "rolegraph/index/records.h"

namespace rolegraph::ingest {

std::vector<index::FactRecord> ExtractFacts(std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                                            const RecognizedRoles& roles, const std::vector<SentenceFocus>& focus,
                                            const std::vector<bool>& boilerplate);

}  // namespace rolegraph::ingest
