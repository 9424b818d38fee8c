// GET /v1/roles, /v1/roles/{id}, /v1/facts, /v1/graph: the knowledge graph.
#include "graph_layout.h"
#include "graph_view.h"
#include "handlers.h"
#include "http_util.h"
#include "json_codec.h"

namespace rolegraph::server {
namespace {

GraphView NewView(const HandlerContext& ctx) { return GraphView(ctx.deps.db->NewReader()); }

bool RequireDb(const HandlerContext& ctx, httplib::Response& res) {
  if (ctx.deps.db != nullptr) return true;
  SendError(res, {503, "unavailable", "the database is not open"});
  return false;
}

}  // namespace

void HandleRoles(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  if (!RequireDb(ctx, res)) return;
  auto view = NewView(ctx);
  auto roles = view.Roles();
  if (!roles.ok()) return SendStatusError(res, roles.status());
  SendJson(res, 200, EncodeRoles(*roles));
}

void HandleRole(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  if (!RequireDb(ctx, res)) return;
  auto view = NewView(ctx);
  auto role = view.ResolveRole(req.matches[1].str());
  if (!role.ok()) return SendStatusError(res, role.status());
  FactFilter filter;
  filter.role = role->id;
  auto facts = view.Facts(filter);
  if (!facts.ok()) return SendStatusError(res, facts.status());
  SendJson(res, 200, EncodeRoleDetail(*role, *facts));
}

void HandleFacts(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  if (!RequireDb(ctx, res)) return;
  FactFilter filter{.role = req.get_param_value("role"),
                    .predicate = req.get_param_value("predicate"),
                    .object_contains = req.get_param_value("q")};
  auto view = NewView(ctx);
  auto facts = view.Facts(filter);
  if (!facts.ok()) return SendStatusError(res, facts.status());
  SendJson(res, 200, EncodeFacts(*facts));
}

void HandleGraph(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
  if (format != "json" && format != "dot" && format != "svg") {
    return SendError(res, {400, "invalid_format", "format must be json, dot or svg"});
  }
  if (!RequireDb(ctx, res)) return;
  auto view = NewView(ctx);
  auto graph = view.Graph();
  if (!graph.ok()) return SendStatusError(res, graph.status());
  // The org chart: laid out by Graphviz dot (graph_layout.h).
  if (format == "svg") {
    auto svg = LayoutSvg(RenderOrgChartDot(*graph));
    if (!svg.ok()) return SendStatusError(res, svg.status());
    res.status = 200;
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content(*svg, "image/svg+xml; charset=utf-8");
    return;
  }
  if (format == "dot") {
    res.status = 200;
    res.set_content(RenderDot(*graph), "text/vnd.graphviz; charset=utf-8");
    return;
  }
  SendJson(res, 200, EncodeGraph(*graph));
}

}  // namespace rolegraph::server
