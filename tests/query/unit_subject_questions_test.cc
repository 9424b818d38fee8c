// A question naming a body (a committee, a board, a department: a role of
// kind org_unit) as the subject of a relation is a relation question about
// that body, in both languages: "Who does the audit committee report to?"
// answers with the body's superior, never with the body itself (it did,
// read as a who-question with nobody named).
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace rolegraph;
using rolegraph::testing::Contains;
using rolegraph::testing::Lower;
using rolegraph::testing::NamesRole;

namespace {

const char* kTrustNote =
    "Governance of the Water Trust\n\n"
    "The Audit Committee reports to the Governing Council.\n"
    "The Finance Manager reports to the Chief Executive.\n"
    "The Audit Committee reviews the annual accounts every March.\n"
    "Divisi Pengadaan melapor kepada Direktur Teknik.\n";

}  // namespace

TEST_CASE("a relation question naming a body as its subject answers with the body's superior") {
  static testing::QueryFixture f("unit-subjects", {{"trust.txt", kTrustNote}});
  struct Row {
    std::string question;
    std::string answer;    // part of the first answer's role name, lower case
    std::string evidence;  // part of its first citation
    std::string named;     // the body the question names: never the first answer
  };
  const Row rows[] = {
      {"Who does the audit committee report to?", "governing council", "Audit Committee reports to", "audit committee"},
      {"Who reports to the Governing Council?", "audit committee", "Audit Committee reports to", "governing council"},
      {"Divisi Pengadaan melapor kepada siapa?", "direktur teknik", "Divisi Pengadaan melapor",
       "divisi pengadaan"},
      // a role's line is unchanged
      {"Who does the finance manager report to?", "chief executive", "Finance Manager reports to", "finance manager"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.question);
    auto out = f.Ask(row.question);
    REQUIRE_FALSE(out.answers.empty());
    CHECK(NamesRole(out.answers[0], row.answer));
    CHECK_FALSE(Contains(Lower(out.answers[0].role.name), row.named));
    REQUIRE_FALSE(out.answers[0].citations.empty());
    CHECK(Contains(out.answers[0].citations[0].text, row.evidence));
  }
}
