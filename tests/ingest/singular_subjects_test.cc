// Roles a document names in lower case without a modifier our vocabulary
// holds, table-driven over text written for this test: one holder of a
// trade opening a clause right before its verb ("the consultant visits
// ...", "Konsultan mengunjungi ..."), and Indonesian heads of a trade or a
// post that take their field after them ("tukang las", "pengelola parkir",
// "kader gizi"). An object, a word of a longer phrase and a topic after
// "soal"/"mengenai" stay out of the name.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> same;  // all name one role
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
      CHECK(r->kind == "role");
    }
    for (const auto& n : row.none) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == nullptr, n);
  }
}

}  // namespace

TEST_CASE("one holder of a known head opening a clause before its verb names a role") {
  CheckRows({
      {"Orchard notes\n\nThe consultant visits the terraces once a month.\n", {"Consultant", "consultant"}, {}},
      {"Kiln notes\n\nA technician checks every thermocouple before a firing.\n", {"Technician", "technician"}, {}},
      {"Survey notes\n\nThe analyst is away during the rainy months.\n", {"Analyst", "analyst"}, {}},
      // After a comma that closes a clause.
      {"Crane notes\n\nWhile the crane rests, the analyst drafts the weekly log.\n", {"Analyst", "analyst"}, {}},
      {"Catatan kebun\n\nKonsultan mengunjungi teras kebun sebulan sekali.\n", {"konsultan"}, {}},
      // A definition is no post; an object or a word of a longer phrase no subject.
      {"Glossary\n\nAn analyst is someone who studies the figures.\n", {}, {"analyst"}},
      // An object, or a word of a longer phrase, is no subject.
      {"Kiln notes\n\nWe called a technician about the cracked shelf.\n", {}, {"technician"}},
      {"Kiln notes\n\nThe technician rota hangs beside the glaze shelf.\n", {}, {"technician"}},
  });
}

TEST_CASE("an Indonesian head of a trade or a post names a role with its field") {
  CheckRows({
      {"Catatan bengkel\n\nTukang las memperbaiki pagar besi setiap Sabtu pagi.\n", {"tukang las"}, {}},
      {"Catatan pasar\n\nPengelola parkir menarik karcis di pintu keluar timur.\n", {"pengelola parkir"}, {}},
      {"Catatan dusun\n\nKader gizi menimbang balita di balai dusun tiap bulan.\n", {"kader gizi"}, {}},
      // A topic after "soal" or "mengenai" is what the clause is about.
      {"Catatan pasar\n\nWarga bertanya kepada pengelola kantin soal jam buka libur.\n",
       {"pengelola kantin"},
       {"pengelola kantin soal jam buka libur", "pengelola kantin soal jam buka"}},
      // Alone, the head names no one.
      {"Catatan pasar\n\nSemua tukang pulang lebih awal karena hujan deras.\n", {}, {"tukang"}},
  });
}
