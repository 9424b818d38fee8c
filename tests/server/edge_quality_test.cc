// Relation-graph floors (issue 14): precision and recall of the edges
// `rolegraph graph --format json` prints (the JSON of GET /v1/graph) against
// the gold edges of the sets that have them, scored the way
// ../shared/eval/edges_score.py scores them: graph nodes map to gold entries
// by name or alias, an edge is right when a current, non-negated gold edge
// joins the same entries with a compatible predicate; an edge matching a
// negated or past gold edge is the worst error and must never appear.
// Recall counts each gold edge once (a works_with pair once either way
// round); edges_score.py's recall also counts the reverse of every right
// directed edge, so it reads about twice these figures.
// Floors sit a little under the scores of 2026-12-02 (docs/quality.md).
#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>

#include "gold_inventory.h"
#include "process_util.h"

using namespace rolegraph::testing;
using nlohmann::json;

namespace {

// The predicate class a gold edge or a graph edge belongs to.
std::string PredicateClass(const std::string& p) {
  static const std::map<std::string, std::string> kClass = {
      {"reports_to", "reports_to"},      {"deputises_for", "deputises_for"}, {"acts_for", "deputises_for"},
      {"substitutes_for", "deputises_for"}, {"collaborates_with", "works_with"}, {"coordinates_with", "works_with"},
      {"works_with", "works_with"},      {"supervises", "supervises"},       {"leads", "supervises"},
      {"hands_to", "hands_to"},          {"escalates_to", "hands_to"}};
  auto it = kClass.find(p);
  return it == kClass.end() ? p : it->second;
}

using Edge = std::tuple<std::string, std::string, std::string>;  // source key, class, target key

struct EdgeScore {
  size_t edges = 0, right = 0, from_denied = 0;
  size_t gold = 0, found = 0;  // distinct gold edges that hold, and how many of them the graph has
  double precision() const { return edges ? static_cast<double>(right) / static_cast<double>(edges) : 0; }
  double recall() const { return gold ? static_cast<double>(found) / static_cast<double>(gold) : 0; }
};

// One key per gold edge: a works_with pair counts once whichever way round.
Edge Canonical(Edge e) {
  if (std::get<1>(e) == "works_with" && std::get<2>(e) < std::get<0>(e)) std::swap(std::get<0>(e), std::get<2>(e));
  return e;
}

json ReadJson(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), path);
  return json::parse(in);
}

EdgeScore Score(const std::string& set_dir) {
  const json inventory = ReadJson(set_dir + "/inventory.json");
  const json gold_edges = ReadJson(set_dir + "/edges.json");
  const std::map<std::string, std::string> name_to_key = GoldNameKeys(inventory);
  std::set<Edge> good, denied;
  for (const auto& [doc, edges] : gold_edges.items())
    for (const auto& e : edges) {
      const std::string c = PredicateClass(e["predicate"].get<std::string>());
      const std::string s = e["source"].get<std::string>(), t = e["target"].get<std::string>();
      const bool holds = !e.value("negated", false) && e.value("current", true);
      (holds ? good : denied).insert({s, c, t});
      if (holds && c == "works_with") good.insert({t, c, s});
    }
  TempDir dir;
  REQUIRE(RunRolegraph({"ingest", "--db", dir / "db", set_dir + "/docs"}).exit_code == 0);
  auto listed = RunRolegraph({"roles", "--db", dir / "db", "--json"});
  REQUIRE(listed.exit_code == 0);
  json roles = json::parse(listed.out);
  if (roles.is_object()) roles = roles["roles"];
  std::map<std::string, std::string> node_to_key;
  for (const auto& r : roles) {
    std::vector<std::string> names = {r.value("name", "")};
    for (const auto& a : r.value("aliases", json::array())) names.push_back(a.get<std::string>());
    for (const auto& n : names)
      if (auto it = name_to_key.find(NormName(n)); it != name_to_key.end()) {
        node_to_key[r["id"].get<std::string>()] = it->second;
        break;
      }
  }
  auto graph = RunRolegraph({"graph", "--db", dir / "db", "--format", "json"});
  REQUIRE(graph.exit_code == 0);
  const json graph_json = json::parse(graph.out);
  EdgeScore score;
  std::set<Edge> found;
  for (const auto& e : graph_json["edges"]) {
    ++score.edges;
    const auto s = node_to_key.find(e["source"].get<std::string>());
    const auto t = node_to_key.find(e["target"].get<std::string>());
    if (s == node_to_key.end() || t == node_to_key.end()) continue;
    const Edge edge{s->second, PredicateClass(e["predicate"].get<std::string>()), t->second};
    if (good.count(edge)) {
      ++score.right;
      found.insert(Canonical(edge));
    } else if (denied.count(edge)) {
      ++score.from_denied;
    }
  }
  std::set<Edge> gold;
  for (const Edge& e : good) gold.insert(Canonical(e));
  score.gold = gold.size();
  score.found = found.size();
  return score;
}

}  // namespace

TEST_CASE("the relation graph keeps its edge precision and recall floors and never shows a denied or past edge") {
  struct Floor {
    const char* set;
    double precision;
    double recall;
    size_t known_denied = 0;  // edges from a denied or past statement not yet read right
  };
  // Scores at 287e949: 0.833, 0.833, 0.875, 0.692, 0.769, 0.688 (blind12 first scored 0.643);
  // blind13 first scored 0.750, 0.792 after; its one past edge ("before the reorganisation, X
  // was under Y": an event, not a date, marks the past) is a known failure. blind14 first scored
  // 0.696 (22:03), 0.875 after the evening's merges.
  // Recall at 2026-12-02, once units became ends of relations: 0.478, 0.571, 0.185, 0.329, 0.358,
  // 0.321, 0.424, 0.433.
  const Floor floors[] = {
      {"blind7", 0.80, 0.46},  {"blind8", 0.80, 0.55},  {"blind9", 0.82, 0.17},     {"blind10", 0.65, 0.31},
      {"blind11", 0.72, 0.34}, {"blind12", 0.63, 0.30}, {"blind13", 0.74, 0.40, 1}, {"blind14", 0.84, 0.41},
      // blind15 first 0.543 precision (2026-12-01 23:20), 0.595 / 0.328 now; blind16 first
      // 0.758 / 0.442 (2026-12-02 02:41).
      {"blind15", 0.57, 0.30},  {"blind16", 0.73, 0.41},
      // blind17 first 0.816 / 0.360 (2026-12-02 03:01); blind18 first 0.649 / 0.338 (05:45).
      {"blind17", 0.78, 0.33},  {"blind18", 0.61, 0.31},
      // blind19 first 0.743 / 0.385 on arrival (2026-12-02 09:14), one edge from a denied or
      // past statement among them (not read).
      {"blind19", 0.72, 0.36, 1},
      // blind20 first 0.791 / 0.466 on arrival (2026-12-02 12:46, 91fc853).
      {"blind20", 0.77, 0.44},
      // blind21 first 0.833 / 0.261 on arrival (2026-12-02 16:25, 1e09081; the shared scorer's
      // recall 0.478); the same after roles9.
      {"blind21", 0.80, 0.24},
      // blind22 first 0.696 / 0.254 on arrival (2026-12-02 20:22, 6a18cee; the shared scorer's
      // recall 0.508).
      {"blind22", 0.67, 0.23},
      // blind23 first 0.710 / 0.318 on arrival (2026-12-03 03:03, cf35c89; the shared scorer's
      // recall 0.606).
      {"blind23", 0.68, 0.29},
      // blind24 first 0.676 / 0.261 on arrival (2026-12-03 06:17, facb67f; the shared scorer's
      // recall 0.500), with one edge from a past statement.
      {"blind24", 0.65, 0.24, 1},
      // blind25 first 0.565 / 0.153 on arrival (2026-12-03 07:21, c4772dc; the shared scorer's
      // recall 0.306).
      {"blind25", 0.54, 0.14},
      // blind26 first 0.808 / 0.250 on arrival (2026-12-03 10:06, 377fd55; the shared scorer's
      // recall 0.476).
      {"blind26", 0.78, 0.23},
      // blind27 first 0.882 on arrival (2026-12-03 14:11, b8ff9fd; the shared scorer's recall
      // 0.902).
      {"blind27", 0.85, 0.40},
      // blind28 first 0.654 / 0.189 on arrival (2026-12-03 17:21, 1dd20b6; the shared scorer's
      // recall 0.356).
      {"blind28", 0.62, 0.17},
      // blind29 first 0.576 / 0.264 on arrival (2026-12-03 20:55, a13d277; the shared scorer's
      // recall 0.528), with one edge from a negated or past statement.
      {"blind29", 0.55, 0.24, 1},
      // blind30 first 0.690 / 0.403 on arrival (2026-12-04 03:24, 553cfd5; the shared scorer's
      // recall 0.722), no edge from a negated or past statement.
      {"blind30", 0.66, 0.38},
      // blind31 first 0.833 / 0.347 on arrival (2026-12-04 15:01, 83a307d; the shared scorer's
      // recall 0.653), no edge from a negated or past statement.
      {"blind31", 0.80, 0.32},
      // blind32 first 0.880 precision on arrival (2026-12-04 18:34, 9f8e814; the shared scorer's
      // recall 0.597), no edge from a negated or past statement; this test's recall 0.343 at 3aca39e.
      {"blind32", 0.85, 0.31},
      // blind33 first 0.846 / 0.371 on arrival (2026-12-04 19:55, a137d35; the shared scorer's
      // recall 0.697), with one edge from a negated or past statement.
      {"blind33", 0.82, 0.35, 1},
      // blind34 first 0.550 precision on arrival (2026-12-04 21:41, 7cca14e; the shared scorer's
      // recall 0.339, 11 of 62 right), no edge from a negated or past statement; this test's
      // recall 0.258 at 08bf637 (16 right), so 11 right is 0.177.
      {"blind34", 0.52, 0.16},
      // blind35 first 0.815 / 0.310 on arrival (2026-12-04 22:27, 0ad4769; the shared scorer's
      // recall 0.577), with one edge from a negated or past statement.
      {"blind35", 0.78, 0.29, 1},
      // blind36 first 0.724 / 0.317 on arrival (2026-12-05 00:29, 3e3b870; the shared scorer's
      // recall 0.603), with two edges from a negated or past statement.
      {"blind36", 0.70, 0.30, 2},
      // blind37 first 0.913 / 0.500 on arrival (2026-12-05 01:30, 4796cda; the shared scorer's
      // recall 0.950), no edge from a negated or past statement.
      {"blind37", 0.88, 0.47, 0},
      // blind38 first 0.897 / 0.394 on arrival (2026-12-05 03:45, 8a4575c; the shared scorer's
      // recall 0.697), no edge from a negated or past statement.
      {"blind38", 0.87, 0.37, 0},
      // blind39 first 0.897 / 0.472 on arrival (2026-12-05 04:59, 36fa5a3; the shared scorer's
      // recall 0.906), no edge from a negated or past statement.
      {"blind39", 0.87, 0.44, 0},
      // blind40 first 0.793 / 0.354 on arrival (2026-12-05 06:51, 085550c; the shared scorer's
      // recall 0.662), no edge from a negated or past statement.
      {"blind40", 0.76, 0.33, 0},
      // blind41 first 0.828 / 0.418 on arrival (2026-12-05 07:57, a058bda; the shared scorer's
      // recall 0.764), no edge from a negated or past statement.
      {"blind41", 0.80, 0.39, 0},
  };
  for (const Floor& f : floors) {
    const std::string set = f.set;
    CAPTURE(set);
    const EdgeScore s = Score(SourceDir() + "/tests/data/" + f.set);
    CAPTURE(s.edges);
    CAPTURE(s.right);
    CAPTURE(s.found);
    CAPTURE(s.gold);
    CHECK(s.precision() >= f.precision);
    CHECK(s.recall() >= f.recall);
    CHECK(s.from_denied <= f.known_denied);
  }
}
