// Relation questions read the graph's relation facts from an index kept per
// database version (issue 18: query/src/relation_index.h), so a write shows
// in the very next relation question, both ways: a colleague added in a new
// document answers "who does X work with?" at once, and is gone once that
// document is removed. Sentences written for this test.
#include <doctest/doctest.h>

#include "query_fixture.h"

#include "rolegraph/ingest/ingester.h"
#include "rolegraph/query/engine.h"

using namespace rolegraph;

namespace {

const char* const kQuarry =
    "Quarry organisation\n\nThe Blasting Foreman reports to the Quarry Manager. "
    "The Quarry Manager approves the monthly extraction plan.\n";
const char* const kWeighbridge =
    "Weighbridge note\n\nThe Weighbridge Clerk works with the Quarry Manager on the daily tonnage log.\n";

struct Env : testing::QueryFixture {
  Env() : QueryFixture("relation-versions", {}) {}
};

bool Answers(const query::AskResponse& r, const std::string& name_part, const std::string& cited) {
  for (const auto& a : r.answers) {
    if (testing::Lower(a.role.name).find(name_part) == std::string::npos) continue;
    for (const auto& c : a.citations)
      if (c.text.find(cited) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a relation question follows writes: an added colleague answers at once, a removed one is gone") {
  Env env;
  env.Add("quarry", kQuarry);
  const std::string colleague = "Who does the Quarry Manager work with?";
  const std::string reports = "Who reports to the Quarry Manager?";
  // Asked twice so the second answer comes from the index the first built.
  for (int pass = 0; pass < 2; ++pass) {
    CAPTURE(pass);
    CHECK_FALSE(Answers(env.Ask(colleague), "weighbridge clerk", "daily tonnage log"));
    CHECK(Answers(env.Ask(reports), "blasting foreman", "reports to the Quarry Manager"));
  }

  env.Add("weighbridge", kWeighbridge);
  CHECK(Answers(env.Ask(colleague), "weighbridge clerk", "daily tonnage log"));
  CHECK(Answers(env.Ask(reports), "blasting foreman", "reports to the Quarry Manager"));

  REQUIRE(env.db->Delete("weighbridge").ok());
  CHECK_FALSE(Answers(env.Ask(colleague), "weighbridge clerk", "daily tonnage log"));
  CHECK(Answers(env.Ask(reports), "blasting foreman", "reports to the Quarry Manager"));
}
