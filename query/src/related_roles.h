// Relation answers ("Whom does the CFO answer to?", "Who does the Head of X
// work with?") from the version's RelationIndex, with the cited sentences
// read last (issue 18, round 6). Ranking needs only the facts (answer role,
// confidence, sentence key, object span); reading one sentence per fact to
// cite it was most of a symmetric relation question at 50,000 documents
// (113M of 142M instructions per ask), though at most kMaxCitations
// sentences of top_k roles are ever cited.
#pragma once

#include <string>
#include <vector>

#include "answer_types.h"
#include "relation_index.h"

namespace rolegraph::query {

// Roles in a relation with the named roles: direct ("Whom does the CFO
// answer to?" -> the object of the CFO's reports_to facts) or inverse ("Who
// answers to the CFO?" -> roles whose reports_to fact points at the CFO).
// Symmetric relations look both ways. A role's total sums the confidence of
// every fact naming it; its evidence is its first kMaxCitations distinct
// sentences in fact order (Assemble cites a prefix of at most that many),
// each with `fact` set and `sentence` still null: ReadCitedSentences fills
// them. The facts belong to `graph`, which must outlive the evidence.
std::vector<RoleScore> RelatedRoles(const RelationIndex& graph, const std::vector<std::string>& roles,
                                    const std::string& predicate, bool inverse);

// Reads into `cache` the sentence of every fact RelatedRoles counts. A
// question offering choices may keep none of the related roles and fall back
// to scoring every sentence read so far, which has always included these.
Status ReadEveryRelationSentence(index::Reader& reader, const RelationIndex& graph,
                                 const std::vector<std::string>& roles, const std::string& predicate, bool inverse,
                                 SentenceCache* cache);

// Sets the sentence and the object's highlight of every evidence with a
// fact but no sentence yet among the first `top_k` roles (all evidence of a
// RelatedRoles role may be cited). A storage error is returned.
Status ReadCitedSentences(index::Reader& reader, size_t top_k, std::vector<RoleScore>* ranked, SentenceCache* cache);

}  // namespace rolegraph::query
