// Staff lists written as headings "Person Name — Title" (a team page, a
// staff profile): the title after the dash is one whole post, named as the
// page writes it, where the list's titles are mostly ones the vocabulary
// knows. Table-driven over pages written for this test.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

namespace {

void CheckRows(const std::vector<ingest::testing::NamedRolesRow>& rows) {
  for (const auto& row : rows) ingest::testing::CheckNamedRoles(row);
}

}  // namespace

TEST_CASE("a staff list of 'Name — Title' headings names each whole title as a post") {
  CheckRows({
      // English: two titles joined by "&" or "and" are one post; a title
      // whose head no vocabulary lists ("Kiln Stacker") is a post in the list.
      {"# Our people\n\n"
       "## Hendra Wibowo — Founder & Head Potter\n\nHendra opened the pottery in 2009 and still sets the glazes.\n\n"
       "## Laila Rusdi — Studio Manager\n\nLaila keeps the firing calendar and pays the clay suppliers.\n\n"
       "## Tomas Adiputra — Kiln Stacker\n\nTomas loads the big kiln on Mondays.\n\n"
       "## Dr. Sinta Kamal — Glaze Chemist and Quality Officer\n\nSinta tests each new glaze batch for lead.\n",
       {"founder & head potter", "studio manager", "kiln stacker"},
       "Founder & Head Potter",
       {"founder"}},
      // Two posts joined in one title are one post: the names read inside it
      // are its names.
      {"# Our people\n\n"
       "## Hendra Wibowo — Founder & Head Potter\n\nHendra opened the pottery in 2009 and still sets the glazes.\n\n"
       "## Laila Rusdi — Studio Manager\n\nLaila keeps the firing calendar and pays the clay suppliers.\n\n"
       "## Tomas Adiputra — Kiln Stacker\n\nTomas loads the big kiln on Mondays.\n\n"
       "## Dr. Sinta Kamal — Glaze Chemist and Quality Officer\n\nSinta tests each new glaze batch for lead.\n",
       {"glaze chemist and quality officer"},
       "Glaze Chemist and Quality Officer",
       {},
       {"glaze chemist", "quality officer"}},
      // Indonesian, with a spaced hyphen as the dash and a bilingual title.
      {"# Tim Kami\n\n"
       "## Bu Ratna Dewi - Pemilik dan Kepala Dapur\n\nBu Ratna menentukan menu mingguan warung.\n\n"
       "## Yusuf Hakim - Manajer Operasional\n\nYusuf mengatur jadwal kurir dan kasir.\n\n"
       "## Melati Sari - Peracik Bumbu / Spice Blender\n\nMelati menyiapkan bumbu dasar setiap subuh.\n",
       {"pemilik dan kepala dapur", "manajer operasional", "peracik bumbu"},
       "Pemilik dan Kepala Dapur",
       {"pemilik", "bu ratna dewi"}},
      // A comma after the name sets the title off as a dash does.
      {"# The crew\n\n"
       "## Joko Santoso, Head Roaster\n\nJoko picks the green beans for each roast.\n\n"
       "## Ayu Pertiwi, Cafe Manager\n\nAyu runs the two counters downstairs.\n\n"
       "## Reza Malik, Bean Sorter\n\nReza sorts the beans by hand.\n",
       {"bean sorter", "head roaster", "cafe manager"},
       "Bean Sorter",
       {"reza malik"}},
  });
}

TEST_CASE("a dash heading that is no staff list names no post") {
  CheckRows({
      // A page's own name and place after a dash, then too few name lines:
      // "Kiln Stacker" is no known title and the list is no list.
      {"# Tanah Liat Pottery — Kasongan, Bantul\n\n"
       "## Hendra Wibowo — Kiln Stacker\n\nHendra loads the big kiln on Mondays.\n\n"
       "## Laila Rusdi — Studio Manager\n\nLaila keeps the firing calendar.\n",
       {"studio manager"},
       nullptr,
       {"kasongan", "kiln stacker"}},
      // Headings whose left side is no person's name ("Meet the Team").
      {"# Meet the Team — Glaze Room\n\n# Notes — Firing Week\n\n# Annual Plan — Clay Orders\n\n"
       "The Studio Manager orders the clay.\n",
       {"studio manager"},
       nullptr,
       {"glaze room", "firing week", "clay orders"}},
  });
}
