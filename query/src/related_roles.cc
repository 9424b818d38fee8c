#include "related_roles.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace rolegraph::query {
namespace {

bool Symmetric(const std::string& predicate) {
  return predicate == "collaborates_with" || predicate == "coordinates_with";
}

// "A supervises B", "A memimpin B" say that B reports to A: a reporting
// question reads these lines of authority the other way round, after the
// reporting lines themselves (ingest/src/facts.cc predicates).
constexpr std::string_view kReportsTo = "reports_to";
const std::string kAuthority[] = {"supervises", "leads"};

// Calls fn(answer role id, fact) for every relation fact answering the
// question, in the order answers are ranked from: each named role's own
// facts, then the facts of co-mentioned roles pointing at it, in id order.
// The index holds neither denied nor past facts ("not to the CEO",
// "previously"): those are never an answer.
template <typename Fn>
Status ForEachRelationFact(const RelationIndex& graph, const std::vector<std::string>& roles,
                           const std::string& predicate, bool inverse, Fn&& fn) {
  auto named = [&](const std::string& id) { return std::find(roles.begin(), roles.end(), id) != roles.end(); };
  const bool symmetric = Symmetric(predicate);
  for (const auto& id : roles) {
    if (!inverse || symmetric) {
      if (const auto* facts = graph.Outgoing(id))
        for (const auto& f : *facts)
          if (*f.predicate == predicate && !named(*f.object_role_id))
            if (Status s = fn(*f.object_role_id, f); !s.ok()) return s;
    }
    if (inverse || symmetric) {
      // Roles whose facts point at this one, among the roles named in the
      // documents that name it, in id order.
      if (const auto* incoming = graph.IncomingOf(id))
        for (const auto& in : *incoming) {
          if (!in.co_mentioned || named(in.subject)) continue;
          const std::vector<RelationFact>& facts = *graph.Outgoing(in.subject);
          for (uint32_t k : in.facts)
            if (*facts[k].predicate == predicate)
              if (Status s = fn(in.subject, facts[k]); !s.ok()) return s;
        }
    }
  }
  if (predicate == kReportsTo)
    for (const std::string& authority : kAuthority)
      if (Status s = ForEachRelationFact(graph, roles, authority, !inverse, fn); !s.ok()) return s;
  return Status::Ok();
}

bool SameSentence(const RelationFact& a, const RelationFact& b) {
  return a.sentence == b.sentence && *a.doc_id == *b.doc_id;
}

}  // namespace

std::vector<RoleScore> RelatedRoles(const RelationIndex& graph, const std::vector<std::string>& roles,
                                    const std::string& predicate, bool inverse) {
  std::vector<RoleScore> ranked;  // first fact first: documents state the usual case first
  std::unordered_map<std::string_view, size_t> slot;  // answer id (owned by graph) -> ranked index
  (void)ForEachRelationFact(graph, roles, predicate, inverse, [&](const std::string& answer, const RelationFact& f) {
    const auto ins = slot.try_emplace(answer, ranked.size());
    if (ins.second) {
      ranked.emplace_back();
      ranked.back().id = answer;
    }
    RoleScore& rs = ranked[ins.first->second];
    rs.total += f.confidence;
    if (rs.evidence.size() >= kMaxCitations) return Status::Ok();
    for (const auto& ev : rs.evidence)
      if (SameSentence(*ev.fact, f)) return Status::Ok();
    RoleEvidence ev;
    ev.score = f.confidence;
    ev.coverage = 1.0;
    ev.fact = &f;
    rs.evidence.push_back(std::move(ev));
    return Status::Ok();
  });
  std::stable_sort(ranked.begin(), ranked.end(), [](const RoleScore& a, const RoleScore& b) { return a.total > b.total; });
  return ranked;
}

namespace {

Result<const index::SentenceRecord*> Read(index::Reader& reader, const RelationFact& f, SentenceCache* cache) {
  SentenceKey key{*f.doc_id, f.sentence};
  auto it = cache->find(key);
  if (it == cache->end()) {
    auto s = reader.GetSentenceShared(*f.doc_id, f.sentence);
    if (!s.ok()) return s.status();
    it = cache->emplace(std::move(key), std::move(*s)).first;
  }
  return it->second.get();
}

}  // namespace

Status ReadEveryRelationSentence(index::Reader& reader, const RelationIndex& graph,
                                 const std::vector<std::string>& roles, const std::string& predicate, bool inverse,
                                 SentenceCache* cache) {
  return ForEachRelationFact(graph, roles, predicate, inverse, [&](const std::string&, const RelationFact& f) {
    auto s = Read(reader, f, cache);
    return s.ok() ? Status::Ok() : s.status();
  });
}

Status ReadCitedSentences(index::Reader& reader, size_t top_k, std::vector<RoleScore>* ranked, SentenceCache* cache) {
  for (size_t k = 0; k < ranked->size() && k < top_k; ++k)
    for (auto& ev : (*ranked)[k].evidence) {
      if (ev.sentence || !ev.fact) continue;
      auto s = Read(reader, *ev.fact, cache);
      if (!s.ok()) return s.status();
      const index::SentenceRecord& rec = **s;
      ev.sentence = &rec;
      ev.highlights = {{ev.fact->object_begin - rec.begin, ev.fact->object_end - rec.begin}};
    }
  return Status::Ok();
}

}  // namespace rolegraph::query
