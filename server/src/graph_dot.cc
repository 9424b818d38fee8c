// Graphviz rendering of the role graph (GET /v1/graph?format=dot, `rolegraph graph`).
#include <string>

#include "graph_view.h"

namespace rolegraph::server {
namespace {

// A DOT double-quoted string: escape quotes and backslashes, flatten newlines.
std::string Quote(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else {
      out += c;
    }
  }
  out += '"';
  return out;
}

}  // namespace

std::string RenderDot(const RoleGraphData& graph) {
  std::string out = "digraph rolegraph {\n  rankdir=LR;\n  node [shape=box, style=rounded];\n";
  for (const auto& node : graph.nodes) {
    out += "  " + Quote(node.id) + " [label=" + Quote(node.name.empty() ? node.id : node.name);
    if (node.kind == "org_unit") out += ", shape=ellipse";
    out += "];\n";
  }
  for (const auto& edge : graph.edges) {
    out += "  " + Quote(edge.fact.role_id) + " -> " + Quote(edge.fact.object_role_id) +
           " [label=" + Quote(edge.fact.predicate) + "];\n";
  }
  out += "}\n";
  return out;
}

}  // namespace rolegraph::server
