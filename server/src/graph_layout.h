// The org chart: the role graph laid out by Graphviz `dot` (a layered
// layout: whoever is reported to sits above) and rendered as SVG for the
// web page's Graph view (GET /v1/graph?format=svg). `dot` runs as a child
// process with a deadline; nothing is linked from Graphviz.
#pragma once

#include <string>

#include "graph_view.h"
#include "rolegraph/index/status.h"

namespace rolegraph::server {

struct OrgChartOptions {
  // The `dot` program; found on PATH when it has no '/'.
  std::string dot_program = "dot";
  // A layout that takes longer is killed (Unavailable): the page must not
  // hang on a pathological graph.
  int timeout_ms = 10000;
  // Larger SVG output is refused (Unavailable); 100+ roles take ~100 KB.
  size_t max_output_bytes = 32u << 20;
  // Roles with no edge are left out of the chart (the page lists them
  // separately): a row of hundreds of unconnected boxes is unreadable.
  bool drop_isolated = true;
  // When more roles than this share one level of the hierarchy (25
  // department heads under one chief), the chart runs left to right: a
  // column of 25 boxes reads on a screen, a row of 25 does not.
  int max_level_width_top_down = 8;
  // Link target of a node; "{id}" is replaced by the URL-escaped role id.
  std::string node_url = "/roles/{id}";
};

// The DOT text of the chart: nodes with URL, id ("node-<id>") and class
// (role / org_unit), edges with class "edge-<predicate>". Hierarchy edges
// (reports_to up, supervises / leads / manages down) rank the nodes; the
// others (collaborates_with, coordinates_with, ...) are drawn dashed or
// dotted without moving anyone.
std::string RenderOrgChartDot(const RoleGraphData& graph, const OrgChartOptions& options = {});

// `dot -Tsvg` over `dot_text`. Unavailable when dot is missing, fails, runs
// past the deadline or writes too much.
Result<std::string> LayoutSvg(const std::string& dot_text, const OrgChartOptions& options = {});

}  // namespace rolegraph::server
