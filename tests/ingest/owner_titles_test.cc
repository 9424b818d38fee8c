// An owner is a post of the organisation only as the owner of the business
// (or alone); an owner of a thing (a house, a vehicle, a pet, a form) is an
// outsider or a line of a form. Table-driven over sentences written for
// this test, in both languages.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> roles;      // each names a role (name or alias)
  std::vector<std::string> not_roles;  // no role has these as name or alias
};

}  // namespace

TEST_CASE("an owner names a post only as the owner of the business") {
  const std::vector<Row> rows = {
      {"Setiap Sabtu pemilik usaha memeriksa buku kas warung sebelum tutup.\n", {"pemilik usaha"}, {}},
      {"Keluhan dari pemilik kendaraan dicatat oleh Kepala Bengkel di meja depan.\n", {"kepala bengkel"},
       {"pemilik kendaraan"}},
      {"Bagian depan melayani Pemilik Rumah yang datang membawa berkas renovasi.\n", {}, {"pemilik rumah"}},
      {"The Farm Owner signs every seed order before planting begins.\n", {"farm owner"}, {}},
      {"The Pet Owner signs the consent form before the vet starts surgery.\n", {}, {"pet owner"}},
      {"Remarks on this procedure are sent to its Document Owner, named on page one.\n", {}, {"document owner"}},
  };
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    index::IndexedDocument d = ingest::testing::BuildText(row.text);
    const std::string roles = ingest::testing::DescribeRoles(d);
    CAPTURE(roles);
    for (const auto& n : row.roles) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) != nullptr, n);
    for (const auto& n : row.not_roles) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == nullptr, n);
  }
}
