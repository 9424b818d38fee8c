// Fact extraction: (role, predicate, object) triples with their exact source
// spans, found by bilingual cue patterns (data/lang/<code>/fact_cues.tsv and
// the lists FactCues reads) over tokens, with polarity (a negated cue) and
// validity (time markers: formerly, since a date, transferred). The predicate vocabulary
// is documented in docs/predicates.md.
#pragma once

#include <string_view>
#include <vector>

#include "coreference.h"
#include "fact_cues.h"
#include "rolegraph/index/records.h"

namespace rolegraph::ingest {

// Whether span `s` names a role (not a unit or another kind of entity).
bool IsRoleSpan(const RecognizedRoles& roles, const RoleSpan& s);

// `denied`, when given, gets one flag per role span of each sentence
// (aligned with roles.spans[i]): the sentence denies or retires what it says
// of that role there, so it is no evidence for it.
std::vector<index::FactRecord> ExtractFacts(const FactCues& cues, std::string_view text,
                                            const std::vector<AnalyzedSentence>& sentences,
                                            const RecognizedRoles& roles, const std::vector<SentenceFocus>& focus,
                                            const std::vector<bool>& boilerplate,
                                            std::vector<std::vector<bool>>* denied = nullptr);

}  // namespace rolegraph::ingest
