// Role-list floors (issue 13): precision and recall of the role list
// (`rolegraph roles --json`, the JSON of GET /v1/roles) against the gold
// inventories of the sets that have one, scored the way
// ../shared/eval/inventory_score.py scores them: a role is right when its name
// or an alias equals a gold name (normalised); recall counts gold keys found.
// Floors sit a little under the scores of 2026-12-01 (docs/quality.md).
#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "gold_inventory.h"
#include "process_util.h"

using namespace rolegraph::testing;
using nlohmann::json;

namespace {

struct InventoryScore {
  double precision = 0, recall = 0;
};

InventoryScore Score(const std::string& set_dir) {
  std::ifstream in(set_dir + "/inventory.json");
  REQUIRE(in.good());
  const json inventory = json::parse(in);
  const std::map<std::string, std::string> gold = GoldNameKeys(inventory);  // normalised name -> key
  std::set<std::string> keys;
  for (const auto& [doc, d] : inventory.items())
    for (const auto& e : d["roles"]) keys.insert(e["key"].get<std::string>());
  TempDir dir;
  REQUIRE(RunRolegraph({"ingest", "--db", dir / "db", set_dir + "/docs"}).exit_code == 0);
  auto listed = RunRolegraph({"roles", "--db", dir / "db", "--json"});
  REQUIRE(listed.exit_code == 0);
  json data = json::parse(listed.out);
  const json roles = data.is_object() && data.contains("roles") ? data["roles"] : data;
  REQUIRE(!roles.empty());
  size_t right = 0;
  std::set<std::string> found;
  for (const auto& r : roles) {
    std::vector<std::string> names = {r.value("name", "")};
    for (const auto& a : r.value("aliases", json::array())) names.push_back(a.get<std::string>());
    bool hit = false;
    for (const auto& n : names)
      if (auto it = gold.find(NormName(n)); it != gold.end()) {
        hit = true;
        found.insert(it->second);
      }
    right += hit ? 1 : 0;
  }
  return {static_cast<double>(right) / static_cast<double>(roles.size()),
          static_cast<double>(found.size()) / static_cast<double>(keys.size())};
}

}  // namespace

TEST_CASE("the role list keeps its precision and recall floors on the sets with an inventory") {
  struct Floor {
    const char* set;
    double precision, recall;
  };
  const Floor floors[] = {
      // Raised by issue 13's field lists, bodies, possessives, plural titles and
      // WordNet heads in a title context: blind7 0.869/0.754, blind9 0.852/0.639,
      // blind10 0.849/0.692, blind11 0.804/0.571 (blind8 0.854/0.694 unchanged).
      {"blind7", 0.84, 0.72},
      {"blind8", 0.84, 0.70},  // 0.869/0.724 on 2026-12-02
      {"packs_inventory", 0.97, 0.90},
      // First scored on arrival 0.747/0.509 and 0.777/0.615; floors under 0.795/0.574, 0.800/0.646.
      {"blind9", 0.84, 0.68},  // 0.875/0.713 after roles4
      {"blind10", 0.86, 0.73},  // 0.892/0.762 after roles4
      // First scored on arrival 0.747/0.524 (the scores at cc96268 too).
      {"blind11", 0.84, 0.66},  // 0.873/0.690 after roles9 (2026-12-02 night)
      // First scored 0.815/0.673 (18:54, 14d79aa).
      {"blind12", 0.89, 0.74},  // 0.925/0.776 after roles4
      // First scored 0.782/0.642 (19:01, 5e2f05c).
      {"blind13", 0.80, 0.71},  // 0.835/0.747 after roles4
      // First scored 0.805/0.663 on arrival (2026-12-01 22:03); 0.839/0.733 after the
      // roles4 merge (units, whole titles on the left, places that are rooms).
      {"blind14", 0.83, 0.75},  // 0.856/0.772 on 2026-12-02
      // First scored 0.750/0.618 on arrival (2026-12-01 23:20); 0.777/0.634 on 2026-12-02.
      {"blind15", 0.82, 0.67},  // 0.854/0.699 after roles9
      // First scored 0.876/0.720 on arrival (2026-12-02 02:41).
      {"blind16", 0.85, 0.69},  // 0.899/0.738 after roles6 (2026-12-02 morning)
      // First scored 0.876/0.711 (2026-12-02 03:01) and 0.796/0.729 (05:45) on arrival.
      {"blind17", 0.89, 0.72},  // 0.918/0.754 after roles9
      {"blind18", 0.81, 0.73},  // 0.842/0.757 after roles9
      // First scored 0.779/0.692 on arrival (2026-12-02 09:14).
      {"blind19", 0.84, 0.73},  // 0.873/0.758 after roles9
      // First scored 0.815/0.766 on arrival (2026-12-02 12:46, 91fc853).
      {"blind20", 0.80, 0.75},
      // First scored 0.870/0.586 on arrival (2026-12-02 16:25, 1e09081); 0.889/0.586 after roles9.
      {"blind21", 0.85, 0.56},
      // First scored 0.774/0.657 on arrival (2026-12-02 20:22, 6a18cee).
      {"blind22", 0.75, 0.63},
      // First scored 0.798/0.703 on arrival (2026-12-03 03:03, cf35c89).
      {"blind23", 0.77, 0.68},
      // First scored 0.762/0.531 on arrival (2026-12-03 06:17, facb67f).
      {"blind24", 0.74, 0.51},
      // First scored 0.826/0.632 on arrival (2026-12-03 07:21, c4772dc).
      {"blind25", 0.80, 0.61},
      // First scored 0.892/0.625 on arrival (2026-12-03 10:06, 377fd55).
      {"blind26", 0.87, 0.60},
      // First scored 0.893/0.820 on arrival (2026-12-03 14:11, b8ff9fd).
      {"blind27", 0.87, 0.80},
      // First scored 0.836/0.680 on arrival (2026-12-03 17:21, 1dd20b6).
      {"blind28", 0.81, 0.66},
      // First scored 0.875/0.710 on arrival (2026-12-03 20:55, a13d277).
      {"blind29", 0.85, 0.69},
      // First scored 0.798/0.736 on arrival (2026-12-04 03:24, 553cfd5).
      {"blind30", 0.77, 0.71},
      // First scored 0.797/0.779 on arrival (2026-12-04 15:01, 83a307d).
      {"blind31", 0.77, 0.75},
      // First scored 0.850/0.627 on arrival (2026-12-04 18:34, 9f8e814).
      {"blind32", 0.82, 0.60},
      // First scored 0.872/0.720 on arrival (2026-12-04 19:55, a137d35).
      {"blind33", 0.84, 0.69},
      // First scored 0.844/0.606 on arrival (2026-12-04 21:41, 7cca14e).
      {"blind34", 0.82, 0.58},
      // First scored 0.846/0.784 on arrival (2026-12-04 22:27, 0ad4769).
      {"blind35", 0.82, 0.76},
      // First scored 0.857/0.649 on arrival (2026-12-05 00:29, 3e3b870).
      {"blind36", 0.83, 0.62},
      // First scored 0.795/0.756 on arrival (2026-12-05 01:30, 4796cda).
      {"blind37", 0.77, 0.73},
      // First scored 0.846/0.719 on arrival (2026-12-05 03:45, 8a4575c).
      {"blind38", 0.82, 0.69},
      // First scored 0.869/0.714 on arrival (2026-12-05 04:59, 36fa5a3).
      {"blind39", 0.84, 0.69},
      // First scored 0.840/0.705 on arrival (2026-12-05 06:51, 085550c).
      {"blind40", 0.81, 0.68},
      // First scored 0.847/0.771 on arrival (2026-12-05 07:57, a058bda).
      {"blind41", 0.82, 0.74},
  };
  for (const Floor& f : floors) {
    CAPTURE(f.set);
    const InventoryScore s = Score(SourceDir() + "/tests/data/" + f.set);
    CAPTURE(s.precision);
    CAPTURE(s.recall);
    CHECK(s.precision >= f.precision);
    CHECK(s.recall >= f.recall);
  }
}
