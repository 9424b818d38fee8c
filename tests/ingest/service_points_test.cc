// Units named after the counter or room a function is served from, and the
// strip of bar-separated fields under an article's headline, table-driven
// over text written for this test: "the Returns Desk", "the Fracture Clinic"
// closing a Title Case name are units; in lower case they are furniture, a
// visit, a session; a desk or a team on a byline strip ("Harbour Desk | 2 May
// | By ...") is the publisher's, no unit of the document's organisation.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> units;  // each names a unit
  std::vector<std::string> none;   // nothing is named so
};

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    CAPTURE(row.text);
    index::IndexedDocument d = ingest::testing::BuildText(row.text);
    const std::string roles = ingest::testing::DescribeRoles(d);
    CAPTURE(roles);
    for (const auto& n : row.units) {
      const index::RoleRecord* r = ingest::testing::RoleNamed(d, n, /*roles_only=*/false);
      REQUIRE_MESSAGE(r != nullptr, n);
      CHECK(r->kind == "org_unit");
    }
    for (const auto& n : row.none) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == nullptr, n);
  }
}

}  // namespace

TEST_CASE("a desk, clinic or workshop closing a Title Case name is a unit; in lower case it is none") {
  CheckRows({
      {"Visitor guide\n\nLost umbrellas are kept at the Returns Desk until the end of the month.\n",
       {"returns desk"}, {}},
      {"Ward guide\n\nThe Fracture Clinic sees walk-in patients before noon on weekdays.\n", {"fracture clinic"}, {}},
      {"Plant guide\n\nThe Joinery Workshop builds every bench for the new canteen.\n", {"joinery workshop"}, {}},
      {"Office guide\n\nPlease keep your desk clear and book a workshop on safety before June.\n", {},
       {"desk", "workshop"}},
  });
}

TEST_CASE("a bar-separated byline strip names no unit, in either language") {
  CheckRows({
      {"Ferry timetable changes\n\n*Harbour Desk | 2 May 2025 | By Dewi Anggraini*\n\n"
       "The Ferry Manager announced two extra evening sailings.\n",
       {}, {"harbour desk"}},
      {"Jadwal kapal berubah\n\nTim Liputan Pesisir | 3 Mei 2025 | Oleh Sari Dewi\n\n"
       "Manajer Pelabuhan mengumumkan dua jadwal tambahan.\n",
       {}, {"tim liputan pesisir"}},
      // A bar inside a line with no byline cue is no byline: the desk stays.
      {"Contacts\n\nReturns Desk | ground floor, next to the lifts\n\nThe Returns Desk opens at nine.\n",
       {"returns desk"}, {}},
  });
}
