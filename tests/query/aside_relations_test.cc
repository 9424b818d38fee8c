// Relation questions over notes written for this test whose reporting lines
// are stated around an aside naming another role ("X, whom B hired, reports
// to Z", "X, yang dilatih oleh B, melapor kepada Z") or turned from a denied
// agent ("overseen not by A but by B"): the answer is the role the main
// clause names, cited with its sentence; the role in the aside or the denied
// agent is never the answer.
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace rolegraph;
using rolegraph::testing::Contains;
using rolegraph::testing::Lower;

namespace {

const char* kPayrollNote =
    "Payroll office\n\n"
    "The Payroll Clerk, whom the Finance Manager hired in 2020, reports to the Chief Financial Officer.\n"
    "The Payroll Clerk prepares the monthly salary slips.\n"
    "The Stock Clerks are overseen not by the Night Manager but by the Store Manager.\n";

const char* kShopNote =
    "Toko cabang\n\n"
    "Kasir, yang dilatih oleh Kepala Gudang, melapor kepada Manajer Area setiap minggu.\n"
    "Kasir menghitung uang di laci setiap sore.\n";

testing::QueryFixture& Shared() {
  static testing::QueryFixture f("asides", {{"payroll-note.txt", kPayrollNote}, {"catatan-toko.txt", kShopNote}});
  return f;
}

struct Row {
  std::string question;
  std::string answer;     // a part of the first answer's role name, lower case
  std::string evidence;   // a part of one of its citations
  std::string not_first;  // the aside's role or the denied agent: never the first answer
};

}  // namespace

TEST_CASE("a relation stated around an aside or turned from a denied agent answers with the main clause's role") {
  const Row rows[] = {
      {"Who does the Payroll Clerk report to?", "chief financial officer", "reports to the Chief Financial Officer",
       "finance manager"},
      {"Kepada siapa kasir melapor?", "manajer area", "melapor kepada Manajer Area", "kepala gudang"},
      {"Who supervises the Stock Clerks?", "store manager", "but by the Store Manager", "night manager"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.question);
    auto out = Shared().Ask(row.question);
    REQUIRE_FALSE(out.abstained);
    REQUIRE(!out.answers.empty());
    CAPTURE(out.answers[0].role.name);
    CHECK(Contains(Lower(out.answers[0].role.name), row.answer));
    CHECK_FALSE(Contains(Lower(out.answers[0].role.name), row.not_first));
    bool evidence = false;
    for (const auto& c : out.answers[0].citations) evidence = evidence || Contains(c.text, row.evidence);
    CHECK(evidence);
  }
}
