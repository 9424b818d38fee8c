// Roles and units a document names without a modifier our vocabulary holds,
// table-driven over text written for this test: a trade's people named in
// the plural as the subject of an English clause ("the glaziers cut ..."
// for a head the packs know), and a unit word both languages share written
// as a name in Indonesian order ("Unit Layanan Darurat"). A plural that is an
// object, a count of vehicles and a lower-case unit word stay unnamed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> same;  // all name one role or unit
  std::vector<std::string> none;  // nothing is named so
};

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    CAPTURE(row.text);
    index::IndexedDocument d = ingest::testing::BuildText(row.text);
    const std::string roles = ingest::testing::DescribeRoles(d);
    CAPTURE(roles);
    if (!row.same.empty()) {
      const index::RoleRecord* r = ingest::testing::RoleNamed(d, row.same[0], /*roles_only=*/false);
      REQUIRE_MESSAGE(r != nullptr, row.same[0]);
      for (const auto& n : row.same) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == r, n);
    }
    for (const auto& n : row.none) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == nullptr, n);
  }
}

}  // namespace

TEST_CASE("a known head in the plural opening an English clause names the trade's people") {
  CheckRows({
      {"Workshop notes\n\nThe technicians recalibrate every scale on Monday morning.\n",
       {"Technician", "technicians"}, {}},
      {"Pool rules\n\nInstructors check each harness before the first climb of the day.\n",
       {"Instructor", "instructors"}, {}},
      {"Lab routine\n\nThe analysts have a short meeting after each run.\n", {"Analyst", "analysts"}, {}},
      // A count between the clause's start and the plural leaves it the subject.
      {"Riding notes\n\nFour instructors teach the evening lessons in the covered arena.\n",
       {"Instructor", "instructors"}, {}},
      {"Riding notes\n\nThe two technicians replace every worn stirrup before noon.\n",
       {"Technician", "technicians"}, {}},
      // Beside one ranked post with that head the plural is still the trade.
      {"Fund notes\n\nThe Senior Associate signs the memo. Associates draft it with the controller.\n",
       {"Associate", "associates"}, {}},
      // An object or a prepositional plural is no subject: nothing named.
      {"Shop notes\n\nThe foreman briefs new technicians on Friday afternoons.\n", {}, {"technicians", "technician"}},
      {"Shop notes\n\nWe are hiring technicians for the new paint line.\n", {}, {"technicians", "technician"}},
      // Capitalised inside a sentence the plural is part of a name.
      {"Club notes\n\nOn Sunday the Veterans Instructors plan the spring races.\n", {}, {"instructors", "instructor"}},
  });
}

TEST_CASE("a unit word both languages share, written as a name in Indonesian order, is a unit") {
  CheckRows({
      {"Catatan layanan\n\nUnit Layanan Darurat melapor kepada Kepala Kepatuhan setiap pekan.\n",
       {"Unit Layanan Darurat"}, {}},
      {"Catatan layanan\n\nKeluhan warga diteruskan ke Unit Penanganan Aduan paling lambat sore hari.\n",
       {"Unit Penanganan Aduan"}, {}},
      // In lower case it counts things; "Unit ini" names nothing more.
      {"Catatan gudang\n\nAda tiga unit forklift baru di halaman belakang.\n", {}, {"unit forklift"}},
      {"Catatan gudang\n\nUnit ini wajib menjawab setiap surat dalam tiga hari.\n", {}, {"unit ini"}},
  });
}
