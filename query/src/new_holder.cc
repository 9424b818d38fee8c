#include "new_holder.h"

#include <algorithm>

namespace rolegraph::query {
namespace {

constexpr std::string_view kHandsTo = "hands_to";  // the predicate of a duty handed on (ingest/src/facts.cc)

bool SameSentence(const RoleEvidence& ev, const index::FactRecord& f) {
  return ev.sentence != nullptr && ev.sentence->doc_id == f.doc_id && ev.sentence->index == f.sentence;
}

// The hands_to fact of `from` pointing at `to`, or nullptr (`from_facts`:
// from's hands_to facts).
const index::FactRecord* HandOver(const std::vector<index::FactRecord>& from_facts, const std::string& to) {
  for (const index::FactRecord& f : from_facts)
    if (f.object_role_id == to) return &f;
  return nullptr;
}

bool EvidenceHolds(const RoleScore& rs, size_t reach, const index::FactRecord& f) {
  const size_t n = std::min(reach, rs.evidence.size());
  return std::any_of(rs.evidence.begin(), rs.evidence.begin() + static_cast<std::ptrdiff_t>(n),
                     [&](const RoleEvidence& ev) { return SameSentence(ev, f); });
}

}  // namespace

Status PreferHolderInTime(const SubjectFactsOf& facts_of, size_t reach, bool past, std::vector<RoleScore>* ranked) {
  if (ranked->size() < 2) return Status::Ok();
  const RoleScore& first = (*ranked)[0];
  std::shared_ptr<const std::vector<index::FactRecord>> first_facts;  // read once, now
  for (size_t j = 1; j < ranked->size() && j <= reach; ++j) {
    const RoleScore& other = (*ranked)[j];
    // Now: the first answer handed the duty on to `other`, whose evidence
    // is the hand-over. Before: `other` handed it to the first answer, whose
    // best evidence is the hand-over that names them both.
    std::shared_ptr<const std::vector<index::FactRecord>> from_facts = first_facts;
    if (past || from_facts == nullptr) {
      auto read = facts_of(past ? other.id : first.id, kHandsTo);
      if (!read.ok()) return read.status();
      from_facts = *read;
      if (!past) first_facts = from_facts;
    }
    const index::FactRecord* f = HandOver(*from_facts, past ? first.id : other.id);
    if (f == nullptr) continue;
    const bool first_rests_on_it = !first.evidence.empty() && SameSentence(first.evidence[0], *f);
    if (past ? !first_rests_on_it : (first_rests_on_it || !EvidenceHolds(other, reach, *f))) continue;
    MoveFirstKeepingTotals(ranked, j);
    return Status::Ok();
  }
  return Status::Ok();
}

}  // namespace rolegraph::query
