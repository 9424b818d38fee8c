// Role heads a pack does not list, table-driven over sentences written for
// this test: an Indonesian loanword of an English occupation head
// ("instruktur", "politisi", "misionaris"), the clipped "admin" of a
// capitalised title, and units named by the place or service their function
// runs from ("... Control Centre", "Customer Service"). Each is a role only
// where the text writes it as a title; the everyday word is none.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"
#include "rolegraph/ingest/ingester.h"

using namespace rolegraph;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> names;      // each names one role (units count)
  std::vector<std::string> not_names;  // no role has these as name or alias
};

template <size_t N>
void CheckRows(const Row (&rows)[N]) {
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    index::IndexedDocument d = ingest::testing::BuildText(row.text);
    const std::string roles = ingest::testing::DescribeRoles(d);
    CAPTURE(roles);
    for (const auto& n : row.names) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) != nullptr, n);
    for (const auto& n : row.not_names) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == nullptr, n);
  }
}

}  // namespace

TEST_CASE("an Indonesian loanword of an English role head names a role where written as a title") {
  const Row rows[] = {
      // Capitalised after a function word, modifiers after the head.
      {"Kelas renang anak dipandu oleh Instruktur Senior setiap Minggu pagi.\n", {"instruktur senior"}, {}},
      // In lower case after a determiner.
      {"Bengkel sepeda listrik di ujung gang itu mencari seorang mekanik baru.\n", {"mekanik"}, {}},
      // Respelt endings (loan_endings.tsv): -ician -> -isi, -ary -> -aris.
      {"Naskah pidato itu disusun sendiri oleh seorang politisi dari partai kecil.\n", {"politisi"}, {}},
      {"Sekolah tua di bukit itu didirikan oleh para misionaris pada abad lalu.\n", {"misionaris"}, {}},
      // After a lower-case noun it qualifies that noun: no title.
      {"Gudang belakang menyimpan alat mekanik cadangan untuk mesin jahit.\n", {}, {"mekanik", "alat mekanik"}},
  };
  CheckRows(rows);
}

TEST_CASE("the clipped 'admin' heads a capitalised title; lower-case admin is paperwork") {
  const Row rows[] = {
      {"Semua pesanan grosir dicatat oleh Admin Penjualan sebelum dikemas.\n", {"admin penjualan"}, {}},
      {"Pekerjaan admin selalu menumpuk menjelang tutup buku.\n", {}, {"admin", "pekerjaan admin"}},
  };
  CheckRows(rows);
}

TEST_CASE("a Title Case name closing with centre or service names a unit; the everyday words do not") {
  const Row rows[] = {
      {"Lost suitcases are traced by the Baggage Tracing Centre within two days.\n", {"baggage tracing centre"}, {}},
      {"Faulty water meters are reported to Customer Service by the field crew.\n", {"customer service"}, {}},
      {"The ticket kiosk stands in the centre of the market hall.\n", {}, {"centre"}},
      {"Thank you for the friendly service at the harbour cafe.\n", {}, {"service", "friendly service"}},
  };
  CheckRows(rows);
}
