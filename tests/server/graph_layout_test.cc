// The org chart (server/src/graph_layout.h): which way each relation ranks
// the roles in the DOT text, quoting of hostile names, and running Graphviz
// dot (missing program, deadline, real layout).
#include "../../server/src/graph_layout.h"

#include <doctest/doctest.h>

#include <string>

using rolegraph::server::CitedFact;
using rolegraph::server::LayoutSvg;
using rolegraph::server::OrgChartOptions;
using rolegraph::server::RenderOrgChartDot;
using rolegraph::server::RoleGraphData;

namespace {

rolegraph::index::RoleRecord Node(std::string id, std::string name, std::string kind = "role") {
  rolegraph::index::RoleRecord r;
  r.id = std::move(id);
  r.name = std::move(name);
  r.kind = std::move(kind);
  return r;
}

CitedFact Edge(std::string from, std::string predicate, std::string to) {
  CitedFact f;
  f.fact.role_id = std::move(from);
  f.fact.predicate = std::move(predicate);
  f.fact.object_role_id = std::move(to);
  f.citation.text = "a sentence";
  return f;
}

RoleGraphData SmallOrg() {
  RoleGraphData g;
  g.nodes = {Node("ceo", "Chief Executive Officer"), Node("cfo", "Chief Financial Officer"),
             Node("payroll", "Payroll Manager"), Node("it", "IT Department", "org_unit"),
             Node("loner", "Role With No Edges")};
  g.edges = {Edge("cfo", "reports_to", "ceo"), Edge("cfo", "supervises", "payroll"),
             Edge("payroll", "collaborates_with", "it")};
  return g;
}

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("org chart: relations rank the roles") {
  const std::string dot = RenderOrgChartDot(SmallOrg());
  struct Row {
    const char* what;
    const char* part;
  };
  const Row rows[] = {
      // The superior first, so dot puts it above; the arrow still points up.
      {"reports_to is drawn from the superior",
       R"("ceo" -> "cfo" [dir=back, class="edge-reports_to")"},
      {"supervises a role ranks downwards", R"("cfo" -> "payroll" [class="edge-supervises")"},
      {"a lateral relation does not rank",
       R"("payroll" -> "it" [constraint=false, class="edge-collaborates_with")"},
      {"nodes link to their role page", R"(URL="/roles/cfo")"},
      {"org units are ellipses",
       R"(class="org_unit", URL="/roles/it", tooltip="IT Department", shape=ellipse)"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    CHECK_MESSAGE(Has(dot, row.part), dot);
  }
  CHECK_FALSE(Has(dot, "loner"));
  OrgChartOptions keep;
  keep.drop_isolated = false;
  CHECK(Has(RenderOrgChartDot(SmallOrg(), keep), "loner"));
}

TEST_CASE("org chart: a wide level turns the chart left to right") {
  CHECK(Has(RenderOrgChartDot(SmallOrg()), "rankdir=TB"));
  RoleGraphData wide;
  wide.nodes = {Node("ceo", "Chief Executive Officer")};
  for (int i = 0; i < 9; ++i) {
    const std::string id = "head-" + std::to_string(i);
    wide.nodes.push_back(Node(id, "Head " + std::to_string(i)));
    wide.edges.push_back(Edge(id, "reports_to", "ceo"));
  }
  CHECK(Has(RenderOrgChartDot(wide), "rankdir=LR"));
  // A reporting cycle in the documents must not hang the level count.
  wide.edges.push_back(Edge("ceo", "reports_to", "head-0"));
  CHECK(Has(RenderOrgChartDot(wide), "digraph"));
}

TEST_CASE("org chart: hostile names stay inside their quotes") {
  RoleGraphData g;
  g.nodes = {Node("a\"b", "x\"; evil [URL=\"javascript:alert(1)\"]\n"), Node("c/d e", "C")};
  g.edges = {Edge("a\"b", "reports_to", "c/d e")};
  const std::string dot = RenderOrgChartDot(g);
  CHECK(Has(dot, R"(label="x\"; evil [URL=\"javascript:alert(1)\"] ")"));
  CHECK(Has(dot, R"(URL="/roles/c%2Fd%20e")"));
  CHECK(Has(dot, R"(id="node-a_b")"));
  // dot accepts it: the quoting held.
  auto svg = LayoutSvg(dot);
  REQUIRE_MESSAGE(svg.ok(), svg.status().message());
  CHECK_FALSE(Has(*svg, "xlink:href=\"javascript"));
}

TEST_CASE("org chart: Graphviz dot lays it out, or the error says why") {
  auto svg = LayoutSvg(RenderOrgChartDot(SmallOrg()));
  REQUIRE_MESSAGE(svg.ok(), svg.status().message());
  CHECK(Has(*svg, "<svg"));
  CHECK(Has(*svg, "class=\"edge edge&#45;reports_to\""));
  CHECK(Has(*svg, "xlink:href=\"/roles/payroll\""));

  OrgChartOptions missing;
  missing.dot_program = "/nonexistent/dot";
  auto none = LayoutSvg("digraph {}", missing);
  REQUIRE_FALSE(none.ok());
  CHECK(none.status().code() == rolegraph::Status::Code::kUnavailable);
  CHECK(Has(none.status().message(), "install graphviz"));

  auto broken = LayoutSvg("this is not DOT {{{");
  REQUIRE_FALSE(broken.ok());
  CHECK(Has(broken.status().message(), "dot failed"));

  // A layout that cannot finish in time is killed.
  OrgChartOptions hurry;
  hurry.timeout_ms = 1;
  std::string big = "digraph {\n";
  for (int i = 0; i < 3000; ++i)
    big += "n" + std::to_string(i) + " -> n" + std::to_string((i * 7) % 3000) + ";\n";
  big += "}\n";
  auto late = LayoutSvg(big, hurry);
  REQUIRE_FALSE(late.ok());
  CHECK(Has(late.status().message(), "longer than"));
}
