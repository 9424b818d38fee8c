// A read-only browse of the knowledge graph in one database snapshot: roles,
// their facts with citations, and the role-to-role relation graph. Shared by
// the HTTP handlers and the `roles`, `facts` and `graph` commands.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/index/records.h"
#include "rolegraph/index/status.h"
#include "rolegraph/query/engine.h"

namespace rolegraph::server {

struct CitedFact {
  index::FactRecord fact;
  query::Citation citation;  // the fact's sentence; no highlights
};

struct FactFilter {
  std::string role;             // id, name or alias; empty: every role
  std::string predicate;        // exact; empty: any
  std::string object_contains;  // case-insensitive substring of the object; empty: any
};

struct RoleGraphData {
  std::vector<index::RoleRecord> nodes;  // every role, plus relation targets
  std::vector<CitedFact> edges;          // affirmed, current facts with a non-empty object_role_id
  // Relations a sentence denies ("does not report to") or says no longer hold
  // ("previously reported to"): shown apart, never as edges.
  std::vector<CitedFact> inactive_edges;
  // Role-to-role associations that are no line of reporting, deputising or
  // working together ("similar to", "the post is held by").
  std::vector<CitedFact> associations;
};

// Not thread-safe (it owns a Reader and a document cache); one per request.
class GraphView {
 public:
  explicit GraphView(std::unique_ptr<index::Reader> reader);

  Result<std::vector<index::RoleRecord>> Roles();
  // By id first, then by a case-insensitive name or alias; NotFound otherwise.
  Result<index::RoleRecord> ResolveRole(std::string_view key);
  // NotFound when filter.role names no role.
  Result<std::vector<CitedFact>> Facts(const FactFilter& filter);
  Result<RoleGraphData> Graph();

  index::Reader& reader() { return *reader_; }

 private:
  query::Citation CiteFact(const index::FactRecord& fact);
  const index::Document* CachedDocument(const std::string& doc_id);

  std::unique_ptr<index::Reader> reader_;
  // nullptr marks a document that could not be read.
  std::map<std::string, std::unique_ptr<index::Document>> documents_;
};

// Graphviz text: one node per role, one labelled edge per relation fact.
std::string RenderDot(const RoleGraphData& graph);

}  // namespace rolegraph::server
