// The role a question names, found by any of the forms a user types: an
// alias the documents gave it (an acronym), its name in the plural, or its
// acronym with a possessive. Issue 18 looks aliases up by their first word
// instead of comparing every alias at every position; these pin what a user
// sees of that lookup (the question's roles and the answer).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "query_fixture.h"

using namespace rolegraph;

namespace {

testing::QueryFixture& Shared() {
  static testing::QueryFixture f(
      "question-roles",
      {{"kiln.txt",
        "Kiln Operations Handbook\n\n"
        "The Kiln Supervisor (KS) watches the burner flames during every shift and logs the kiln temperature "
        "each hour.\n"
        "The Kiln Supervisor reports to the Plant Director.\n"
        "The Plant Director approves the yearly maintenance budget.\n"
        "The Clay Store Manager orders the clay.\n"}});
  return f;
}

query::AskResponse AskExplained(const std::string& question) {
  query::AskRequest r;
  r.question = question;
  r.explain = true;
  auto out = Shared().engine->Ask(r);
  REQUIRE(out.ok());
  return *out;
}

}  // namespace

TEST_CASE("a question names its role by an alias, a plural or a possessive") {
  struct Row {
    std::string question;
    std::vector<std::string> roles;  // the question's roles, in order
    std::string answer;              // the first answer's role; empty: not checked
  };
  const std::vector<Row> rows = {
      {"Who does the KS report to?", {"kiln-supervisor"}, "plant-director"},
      {"Whom do the Kiln Supervisors report to?", {"kiln-supervisor"}, "plant-director"},
      {"Which roles answer to the plant directors?", {"plant-director"}, "kiln-supervisor"},
      {"Who is the KS's manager?", {"kiln-supervisor"}, ""},
      // In the other language's order, a title the patterns do not read in
      // lower case: the name's words translated, in any order.
      {"Siapa yang melatih supervisor kiln?", {"kiln-supervisor"}, ""},
      {"Kepada siapa supervisor kiln melapor?", {"kiln-supervisor"}, "plant-director"},
      // In English order a verb and its object name no title.
      {"Who manages clay stores?", {}, ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.question);
    const query::AskResponse out = AskExplained(row.question);
    CHECK(out.explanation.question_roles == row.roles);
    if (row.answer.empty()) continue;
    REQUIRE_FALSE(out.answers.empty());
    CHECK(out.answers[0].role.id == row.answer);
  }
}
