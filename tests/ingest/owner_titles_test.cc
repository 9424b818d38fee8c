// An owner is a post of the organisation only as the owner of the business
// (or alone); an owner of a thing (a house, a vehicle, a pet, a form) is an
// outsider or a line of a form. Table-driven over sentences written for
// this test, in both languages.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

TEST_CASE("an owner names a post only as the owner of the business") {
  const std::vector<ingest::testing::NamedRolesRow> rows = {
      {"Setiap Sabtu pemilik usaha memeriksa buku kas warung sebelum tutup.\n", {"pemilik usaha"}},
      {"Keluhan dari pemilik kendaraan dicatat oleh Kepala Bengkel di meja depan.\n", {"kepala bengkel"},
       nullptr, {"pemilik kendaraan"}},
      {"Bagian depan melayani Pemilik Rumah yang datang membawa berkas renovasi.\n", {}, nullptr, {"pemilik rumah"}},
      {"The Farm Owner signs every seed order before planting begins.\n", {"farm owner"}},
      {"The Pet Owner signs the consent form before the vet starts surgery.\n", {}, nullptr, {"pet owner"}},
      {"Remarks on this procedure are sent to its Document Owner, named on page one.\n", {}, nullptr, {"document owner"}},
  };
  for (const auto& row : rows) ingest::testing::CheckNamedRoles(row);
}
