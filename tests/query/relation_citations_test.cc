// Relation answers read only the sentences they cite (issue 18, round 6): a
// role named beside the asked-about one in many sentences is still cited by
// at most three of them, each citation's highlight is the partner's name in
// that sentence, a role stated once keeps its one citation, and a relation
// question offering choices none of the edges reach still answers (it falls
// back to the sentences it read). The note is written for this test.
#include <doctest/doctest.h>

#include "query_fixture.h"

#include <string>

#include "rolegraph/query/engine.h"

using namespace rolegraph;
using rolegraph::testing::Contains;
using rolegraph::testing::Lower;

namespace {

const char* kFoundryNote =
    "Foundry Office Structure\n\n"
    "The Casting Foreman works with the Quality Inspector on every new mould.\n"
    "The Casting Foreman works with the Quality Inspector when a mould cracks.\n"
    "The Casting Foreman works with the Quality Inspector to plan the weekly pours.\n"
    "The Casting Foreman works with the Quality Inspector on the scrap report.\n"
    "The Casting Foreman works with the Quality Inspector before each audit.\n"
    "The Casting Foreman works with the Safety Steward on the furnace checklist.\n"
    "The Casting Foreman reports to the Foundry Manager.\n"
    "The Melt Supervisor checks the furnace lining every week.\n";

testing::QueryFixture& Shared() {
  static testing::QueryFixture f("relation-citations", {{"foundry-note.txt", kFoundryNote}});
  return f;
}

query::AskResponse AskTop(const std::string& question, int top_k) {
  query::AskRequest r;
  r.question = question;
  r.top_k = top_k;
  r.explain = true;
  auto out = Shared().engine->Ask(r);
  REQUIRE(out.ok());
  return *out;
}

}  // namespace

TEST_CASE("a relation answer cites at most three of its sentences, each highlighting the partner") {
  const auto r = AskTop("Who does the Casting Foreman work with?", 3);
  REQUIRE_FALSE(r.abstained);
  REQUIRE(r.answers.size() >= 2);
  CHECK(Contains(Lower(r.answers[0].role.name), "quality inspector"));
  const auto& cites = r.answers[0].citations;
  CHECK(!cites.empty());
  CHECK(cites.size() <= 3);
  for (const auto& c : cites) {
    INFO(c.text);
    CHECK(Contains(c.text, "works with the Quality Inspector"));
    REQUIRE(c.highlights.size() == 1);
    const auto [from, to] = c.highlights[0];
    REQUIRE(to <= c.text.size());
    CHECK(c.text.substr(from, to - from).find("Quality Inspector") != std::string::npos);
  }
  // Five sentences against one: the partner named most often ranks first,
  // the other keeps its one sentence.
  CHECK(Contains(Lower(r.answers[1].role.name), "safety steward"));
  REQUIRE(r.answers[1].citations.size() == 1);
  CHECK(Contains(r.answers[1].citations[0].text, "furnace checklist"));
  CHECK(r.answers[1].confidence <= r.answers[0].confidence);
  CHECK(Contains(r.explanation.why, "foundry-note"));
}

TEST_CASE("a relation answer for one role cites the same as the first of three") {
  const auto one = AskTop("Who does the Casting Foreman work with?", 1);
  const auto three = AskTop("Who does the Casting Foreman work with?", 3);
  REQUIRE(one.answers.size() == 1);
  REQUIRE_FALSE(three.answers.empty());
  CHECK(one.answers[0].role.id == three.answers[0].role.id);
  REQUIRE(one.answers[0].citations.size() == three.answers[0].citations.size());
  for (size_t k = 0; k < one.answers[0].citations.size(); ++k) {
    CHECK(one.answers[0].citations[k].sentence == three.answers[0].citations[k].sentence);
    CHECK(one.answers[0].citations[k].highlights == three.answers[0].citations[k].highlights);
  }
}

TEST_CASE("a relation question whose offered roles have no edge answers from the sentences it read") {
  // The Safety Steward is named, so its edge is not an answer; the one edge
  // left (the Quality Inspector) is not offered, and the question falls back
  // to the words of the sentences read, the relation sentences among them.
  const auto r = AskTop("Does the Casting Foreman work with the Foundry Manager or the Safety Steward?", 3);
  REQUIRE_FALSE(r.abstained);
  CHECK(Contains(Lower(r.answers[0].role.name), "safety steward"));
  REQUIRE_FALSE(r.answers[0].citations.empty());
  CHECK(Contains(r.answers[0].citations[0].text, "furnace checklist"));
  for (const auto& a : r.answers) CHECK_FALSE(Contains(Lower(a.role.name), "quality inspector"));
  // Neither offered role works with the Casting Foreman: no answer names a
  // role that was not offered.
  const auto none = AskTop("Does the Casting Foreman work with the Foundry Manager or the Melt Supervisor?", 3);
  for (const auto& a : none.answers) {
    const std::string name = Lower(a.role.name);
    CHECK((Contains(name, "foundry manager") || Contains(name, "melt supervisor")));
  }
}
