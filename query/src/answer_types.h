// Private types of answer assembly shared by the engine and the role
// descriptions: evidence for a role and the per-request sentence cache.
#pragma once

#include "relation_index.h"
#include "word_classes.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "rolegraph/index/database.h"

namespace rolegraph::query {

constexpr size_t kMaxCitations = 3;

using SentenceKey = std::pair<std::string, uint32_t>;
// Sentences read during one request; evidence points into it. Shared with the
// reader's memo of the database version, not copied (issue 18).
using SentenceCache = std::map<SentenceKey, std::shared_ptr<const index::SentenceRecord>>;

struct RoleEvidence {
  double score = 0;
  double coverage = 0;
  const index::SentenceRecord* sentence = nullptr;
  std::vector<std::pair<uint32_t, uint32_t>> highlights;
  // The clause holds the question's action (see Concept::action).
  bool action_held = true;
  // How surely the sentence gives its words to the role: 1 for a name or a
  // pronoun, else the sentence's focus confidence (ingest/src/coreference.cc).
  double attribution = 1.0;
  // A relation fact (owned by the version's RelationIndex) whose sentence is
  // read only when it may be cited: `sentence` stays null until then
  // (related_roles.h).
  const RelationFact* fact = nullptr;
  // The highlights are the sentence's words that are question terms, listed
  // only when the evidence is cited (the ranking scores many sentences and
  // cites a few: a copy of them per evidence was an allocation each).
  bool term_highlights = false;
};

struct RoleScore {
  std::string id;
  double total = 0;
  std::vector<RoleEvidence> evidence;  // best first
};

// Moves answer `j` first, the others keeping their order; the first and
// second totals stay in their places, so the margin between them (which
// confidence reads) is what it was. For reorderings that know better than
// the scores which answer comes first (new_holder.h, ask_lines.cc).
inline void MoveFirstKeepingTotals(std::vector<RoleScore>* ranked, size_t j) {
  if (j == 0 || j >= ranked->size()) return;
  const double top = (*ranked)[0].total, runner_up = (*ranked)[1].total;
  std::rotate(ranked->begin(), ranked->begin() + static_cast<std::ptrdiff_t>(j),
              ranked->begin() + static_cast<std::ptrdiff_t>(j + 1));
  (*ranked)[0].total = top;
  (*ranked)[1].total = runner_up;
}


// Each named role with the sentences of its defining facts ("What does X
// do?"): definitions and responsibilities first, then the role's section in
// document order, relations last.
std::vector<RoleScore> DescribeRoles(index::Reader& reader, const std::vector<std::string>& roles,
                                     SentenceCache* cache);

// A comparison of the named roles: sentences setting them side by side (or
// one against something with a contrast word), then each role's description.
std::vector<RoleScore> CompareRoles(index::Reader& reader, const std::vector<std::string>& roles,
                                    const WordClasses& words, SentenceCache* cache);

}  // namespace rolegraph::query
