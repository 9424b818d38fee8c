// A role word used as the key of a document field whose value is another
// role ("Owner: Fleet Supervisor" on a header strip), or as a table's header
// cell over a column of other roles, names the field, not a post; the value
// is the post. Table-driven over text written for this test, in both
// languages. The same word named as a post anywhere else, keyed to a value
// that is no role, or heading a matrix column of letters, stays a role.
#include <doctest/doctest.h>

#include <vector>

#include "analyzer_test_util.h"

using rolegraph::ingest::testing::CheckNamedRoles;
using rolegraph::ingest::testing::NamedRolesRow;

TEST_CASE("a role word keying a field whose value is another role is no post") {
  const std::vector<NamedRolesRow> rows = {
      // A metadata strip: the owner field holds the post that owns the text.
      {"# Van checks\n\nDocument VC-02, revision 4 · Owner: Fleet Supervisor · Applies to all depots\n\n"
       "The Fleet Supervisor checks the tyres of every van on Monday.\n",
       {"Fleet Supervisor"}, nullptr, {"Owner"}},
      // Bold keys, as a markdown header writes them.
      {"# Van checks\n\n**Document:** VC-02 · **Owner:** Fleet Supervisor · **Applies to:** all depots\n\n"
       "The Fleet Supervisor checks the tyres of every van on Monday.\n",
       {"Fleet Supervisor"}, nullptr, {"Owner"}},
      // Indonesian: the same strip.
      {"# Cek armada\n\n**Dokumen:** VC-02 · **Pemilik:** Koordinator Armada · **Berlaku:** semua depo\n\n"
       "Koordinator Armada memeriksa ban setiap mobil pada hari Senin.\n",
       {"Koordinator Armada"}, nullptr, {"Pemilik"}},
  };
  for (const auto& row : rows) CheckNamedRoles(row);
}

TEST_CASE("a role word keying a field stays a post where the document names it as one") {
  const std::vector<NamedRolesRow> rows = {
      // Named as a post in running text as well as on the strip.
      {"# Van checks\n\nDocument VC-02, revision 4 · Owner: Fleet Supervisor · Applies to all depots\n\n"
       "The Fleet Supervisor checks the tyres of every van on Monday. The Owner of the firm signs the lease.\n",
       {"Owner", "Fleet Supervisor"}},
      // The value is no role: the key is the post being described.
      {"# Van checks\n\nOwner: keeps the keys of every van and pays the fuel bills.\n", {"Owner"}},
  };
  for (const auto& row : rows) CheckNamedRoles(row);
}

TEST_CASE("a table's header cell over a column of other roles names the column") {
  const std::vector<NamedRolesRow> rows = {
      {"# Actions\n\n| No. | Action | Owner | Due |\n|---|---|---|---|\n"
       "| 1 | Renew the van lease | Fleet Supervisor | 3 May |\n| 2 | Order new tyres | Depot Manager | 9 May |\n",
       {"Fleet Supervisor", "Depot Manager"}, nullptr, {"Owner"}},
      {"# Tindak lanjut\n\n| No. | Kegiatan | Pemilik | Batas |\n|---|---|---|---|\n"
       "| 1 | Perpanjang sewa mobil | Koordinator Armada | 3 Mei |\n| 2 | Pesan ban baru | Kepala Depo | 9 Mei |\n",
       {"Koordinator Armada", "Kepala Depo"}, nullptr, {"Pemilik"}},
      // A responsibility matrix's cells hold letters: its header roles stay.
      {"# Matrix\n\n| Task | Cashier | Head Cook |\n|---|---|---|\n| Count the float | R | A |\n"
       "| Bank the takings | C | R |\n",
       {"Cashier"}},
  };
  for (const auto& row : rows) CheckNamedRoles(row);
}
