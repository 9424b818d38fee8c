// A duty handed from one role to another ("Mulai Maret, stok opname
// dialihkan dari A kepada B", "X moves from A to B"): the sentences that
// still give it to A describe how it was, so a who-question about it is
// answered by B.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "answer_types.h"
#include "relation_index.h"

namespace rolegraph::query {

// Puts the holder of the asked duty at the asked time first. Now (`past`
// false): where the first answer A has a current hands_to fact pointing at a
// B among the next `reach` answers, and one of B's first `reach` pieces of
// evidence is the sentence stating that hand-over (and A's best is not), B
// moves first. Before (`past` true): where the first answer B rests on the
// sentence by which an A among the next answers handed it the duty, A moves
// first. The one moved takes the first total and the other the runner-up's,
// so the margin between first and second is what it was.
// `facts_of(role, predicate)` gives a role's current facts of a predicate as
// the relation index keeps them (SubjectFactsCache): only the hand-overs of
// the answers compared are read.
using SubjectFactsOf = std::function<Result<std::shared_ptr<const std::vector<index::FactRecord>>>(
    const std::string& role, std::string_view predicate)>;
Status PreferHolderInTime(const SubjectFactsOf& facts_of, size_t reach, bool past, std::vector<RoleScore>* ranked);

}  // namespace rolegraph::query
