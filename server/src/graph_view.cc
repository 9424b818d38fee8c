#include "graph_view.h"

#include <algorithm>
#include <set>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::server {
namespace {

std::string Fold(std::string_view s) { return ingest::Normalize(s).text; }

}  // namespace

GraphView::GraphView(std::unique_ptr<index::Reader> reader) : reader_(std::move(reader)) {}

Result<std::vector<index::RoleRecord>> GraphView::Roles() { return reader_->ListRoles(); }

Result<index::RoleRecord> GraphView::ResolveRole(std::string_view key) {
  if (key.empty()) return Status::NotFound("empty role");
  auto exact = reader_->GetRole(key);
  if (exact.ok() || !exact.status().IsNotFound()) return exact;
  auto roles = reader_->ListRoles();
  if (!roles.ok()) return roles.status();
  const std::string folded = Fold(key);
  for (auto& role : *roles) {
    if (Fold(role.id) == folded || Fold(role.name) == folded) return std::move(role);
    for (const auto& alias : role.aliases) {
      if (Fold(alias) == folded) return std::move(role);
    }
  }
  return Status::NotFound("no role \"" + std::string(key) + "\"");
}

const index::Document* GraphView::CachedDocument(const std::string& doc_id) {
  auto it = documents_.find(doc_id);
  if (it == documents_.end()) {
    auto doc = reader_->GetDocument(doc_id);
    std::unique_ptr<index::Document> owned;
    if (doc.ok()) owned = std::make_unique<index::Document>(std::move(doc).value());
    it = documents_.emplace(doc_id, std::move(owned)).first;
  }
  return it->second.get();
}

query::Citation GraphView::CiteFact(const index::FactRecord& fact) {
  query::Citation c;
  c.doc_id = fact.doc_id;
  c.sentence = fact.sentence;
  c.start = fact.begin;
  c.end = fact.end;
  if (const index::Document* doc = CachedDocument(fact.doc_id)) {
    c.title = doc->meta.title;
    const auto size = static_cast<uint32_t>(doc->text.size());
    c.start = std::min(c.start, size);
    c.end = std::clamp(c.end, c.start, size);
    c.text = doc->text.substr(c.start, c.end - c.start);
  }
  return c;
}

Result<std::vector<CitedFact>> GraphView::Facts(const FactFilter& filter) {
  std::string role_id;
  if (!filter.role.empty()) {
    auto role = ResolveRole(filter.role);
    if (!role.ok()) return role.status();
    role_id = role->id;
  }
  auto facts = reader_->Facts(role_id);
  if (!facts.ok()) return facts.status();
  const std::string needle = filter.object_contains.empty() ? "" : Fold(filter.object_contains);
  std::vector<CitedFact> out;
  for (auto& fact : *facts) {
    if (!filter.predicate.empty() && fact.predicate != filter.predicate) continue;
    if (!needle.empty() && Fold(fact.object).find(needle) == std::string::npos) continue;
    CitedFact cited{std::move(fact), {}};
    cited.citation = CiteFact(cited.fact);
    out.push_back(std::move(cited));
  }
  return out;
}

Result<RoleGraphData> GraphView::Graph() {
  RoleGraphData graph;
  auto roles = reader_->ListRoles();
  if (!roles.ok()) return roles.status();
  graph.nodes = std::move(roles).value();
  auto facts = reader_->Facts("");
  if (!facts.ok()) return facts.status();
  std::set<std::string> known;
  for (const auto& node : graph.nodes) known.insert(node.id);
  for (auto& fact : *facts) {
    if (fact.object_role_id.empty()) continue;
    for (const std::string* id : {&fact.role_id, &fact.object_role_id}) {
      if (known.insert(*id).second) {
        index::RoleRecord stub;
        stub.id = *id;
        stub.name = *id;
        graph.nodes.push_back(std::move(stub));
      }
    }
    CitedFact cited{std::move(fact), {}};
    cited.citation = CiteFact(cited.fact);
    const std::string& p = cited.fact.predicate;
    auto& into = cited.fact.negated || !cited.fact.current ? graph.inactive_edges
                 : p == "similar_to" || p == "held_by"      ? graph.associations
                                                            : graph.edges;
    into.push_back(std::move(cited));
  }
  return graph;
}

}  // namespace rolegraph::server
