// One-word titles and coded titles, table-driven over text written for this
// test: a head the packs mark `titled` names one role on its own where the
// document writes it capitalised inside a sentence, in either language, and
// the same role meets under both languages' words; a generic head, a
// lower-case use or a longer title we cannot read does not. A legend
// ("HC = Head Chef") ties a code to its title.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> same_role;  // all name one role
  std::vector<std::string> not_roles;  // no role has these as name or alias
};

}  // namespace

TEST_CASE("a bare titled head written as a title is a role; generic heads and lower case are not") {
  const Row rows[] = {
      {"The Treasurer keeps the cash book. Every receipt goes to the Treasurer before Friday.\n",
       {"Treasurer"}, {}},
      {"Bendahara menyimpan kas. Setiap kuitansi diserahkan kepada Bendahara sebelum Jumat.\n"
       "The Treasurer also signs the cheques.\n",
       {"Treasurer", "bendahara"}, {}},
      {"Minutes are kept by the Secretary, who sends them to the Chair.\n", {"Secretary"}, {}},
      // Opening a sentence right before a verb, the title word is the subject.
      {"Bendahara menyetorkan uang tunai ke bank setiap Jumat.\n", {"bendahara"}, {}},
      {"Treasurer signs every cheque above the limit.\n", {"Treasurer"}, {}},
      // Opening a sentence before no verb, it says nothing.
      {"Ketua baru belum dipilih.\n", {}, {"ketua"}},
      // Generic heads stay unnamed: "Officer" is no particular role.
      {"Every request is checked by an Officer on duty.\n", {}, {"officer"}},
      // Any head capitalised right after "oleh"/"kepada"/"by the"/"to the" is written as a title.
      {"Kerusakan pompa ditangani oleh Inspector dari bengkel pusat.\n", {"Inspector"}, {}},
      {"Broken pumps are reported to the Inspector before noon.\n", {"Inspector"}, {}},
      {"Broken pumps are reported to the inspector before noon.\n", {}, {"inspector"}},
      // Lower case inside a sentence is a description, not a title, for a
      // head with everyday senses ("manager", "chair"); one that only names
      // an office (standalone: "treasurer", "sekretaris") is that office.
      {"The club needs a manager who can read a balance sheet.\n", {}, {"manager"}},
      {"Dues are banked by the treasurer; sekretaris mencatat notulen rapat.\n", {"treasurer"}, {}},
      {"Dues are banked by the treasurer; sekretaris mencatat notulen rapat.\n", {"sekretaris"}, {}},
      // A longer title we do not read is not shortened to its head.
      {"Laporan diserahkan kepada Koordinator Gudang Barat setiap pagi.\n", {}, {"coordinator", "koordinator"}},
      // A capitalised three-letter field keeps its title whole, where it is
      // a word of the title; lower case it stays out.
      {"Mandor Las membagi pekerjaan kepada regu pengelas.\n", {"Mandor Las"}, {"mandor", "foreman"}},
      {"Sopir Bus mengisi buku perjalanan setiap sore.\n", {"Sopir Bus"}, {"sopir", "driver"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    index::IndexedDocument d = ingest::testing::BuildText(row.text);
    if (!row.same_role.empty()) {
      const index::RoleRecord* role = ingest::testing::RoleNamed(d, row.same_role[0]);
      REQUIRE_MESSAGE(role != nullptr, row.same_role[0]);
      for (const auto& n : row.same_role) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n) == role, n);
    }
    for (const auto& n : row.not_roles) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n) == nullptr, n);
  }
}

TEST_CASE("a legend ties a code to its title") {
  index::IndexedDocument d = ingest::testing::BuildText(
      "Column codes: HC = Head Chef, PC = Pastry Cook.\nR = responsible, A = accountable.\n");
  const index::RoleRecord* chef = ingest::testing::RoleNamed(d, "head chef");
  REQUIRE(chef != nullptr);
  CHECK(ingest::testing::RoleNamed(d, "HC") == chef);
  const index::RoleRecord* cook = ingest::testing::RoleNamed(d, "pastry cook");
  REQUIRE(cook != nullptr);
  CHECK(ingest::testing::RoleNamed(d, "PC") == cook);
  CHECK(ingest::testing::RoleNamed(d, "responsible") == nullptr);
}

TEST_CASE("a bracketed code after its title is defined by the title, not by the description after a colon") {
  for (const char* text : {"- **Chief Safety Officer (CSO):** leads the safety team and the fire crew.\n",
                           "Chief Safety Officer (CSO): heads the safety team.\n"}) {
    CAPTURE(text);
    index::IndexedDocument d = ingest::testing::BuildText(text);
    const index::RoleRecord* officer = ingest::testing::RoleNamed(d, "chief safety officer");
    REQUIRE(officer != nullptr);
    CHECK(officer->name == "Chief Safety Officer");
    CHECK(ingest::testing::RoleNamed(d, "CSO") == officer);
    CHECK(ingest::testing::RoleNamed(d, "leads the safety team and the") == nullptr);
    CHECK(ingest::testing::RoleNamed(d, "heads the safety team") == nullptr);
  }
}

TEST_CASE("one letter in brackets after a title is a grade, never a name") {
  index::IndexedDocument d = ingest::testing::BuildText(
      "Rigging Director (RD) and Rigging Secretary run the crew.\n"
      "Booking the riggers moved from the rigging director (R) to the rigging secretary (R) in May.\n");
  const index::RoleRecord* director = ingest::testing::RoleNamed(d, "rigging director");
  const index::RoleRecord* secretary = ingest::testing::RoleNamed(d, "rigging secretary");
  REQUIRE(director != nullptr);
  REQUIRE(secretary != nullptr);
  CHECK(director != secretary);
  CHECK(ingest::testing::RoleNamed(d, "r") == nullptr);
}

TEST_CASE("a two-cell key table ties each code to its title, and a matrix's columns to their roles") {
  struct Row {
    std::string text, code, title;
  };
  const Row rows[] = {
      {"| Code | Role |\n|---|---|\n| PM | Pier Marshal |\n| GS | Gate Supervisor |\n\n"
       "| Activity | PM | GS |\n|---|---|---|\n| Open the gates at dawn | A | R |\n",
       "GS", "gate supervisor"},
      {"| Kode | Jabatan |\n|---|---|\n| KG | Kepala Gudang |\n| PB | Petugas Bongkar |\n\n"
       "| Kegiatan | KG | PB |\n|---|---|---|\n| Membongkar muatan truk | A | R |\n",
       "PB", "petugas bongkar"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    index::IndexedDocument d = ingest::testing::BuildText(row.text);
    const index::RoleRecord* title = ingest::testing::RoleNamed(d, row.title);
    REQUIRE(title != nullptr);
    CHECK(ingest::testing::RoleNamed(d, row.code) == title);
    // The matrix row's responsible cell is that column's role's duty.
    bool duty = false;
    for (const auto& f : d.facts) duty = duty || (f.role_id == title->id && f.predicate == "responsible_for");
    CHECK_MESSAGE(duty, ingest::testing::DescribeFacts(d));
  }
  // A row of three cells is a matrix row, not a key: its codes stay undefined.
  index::IndexedDocument d = ingest::testing::BuildText("| PM | Pier Marshal | North gate |\n");
  CHECK(ingest::testing::RoleNamed(d, "PM") == nullptr);
}

TEST_CASE("a heading's label in capitals before a colon is no code for the title after it") {
  for (const char* text : {"# JOB VACANCY: Head Baker\n\nThe Head Baker plans the daily bake.\n",
                           "# LOWONGAN KERJA: Kepala Gudang Utama\n\nKepala Gudang Utama mengatur penerimaan barang.\n"}) {
    CAPTURE(text);
    index::IndexedDocument d = ingest::testing::BuildText(text);
    CHECK(ingest::testing::RoleNamed(d, "VACANCY") == nullptr);
    CHECK(ingest::testing::RoleNamed(d, "KERJA") == nullptr);
  }
  // A code alone before the colon still is one.
  index::IndexedDocument d = ingest::testing::BuildText("Codes used below. HB: Head Baker.\nThe HB plans the bake.\n");
  const index::RoleRecord* baker = ingest::testing::RoleNamed(d, "head baker");
  REQUIRE(baker != nullptr);
  CHECK(ingest::testing::RoleNamed(d, "HB") == baker);
}

TEST_CASE("a bare head beside a deputy's title is the principal, not the deputy") {
  const char* texts[][3] = {
      {"Wakil Ketua membuka kios setiap pagi. Bendahara melapor kepada Ketua setiap akhir bulan.\n", "Ketua",
       "Wakil Ketua"},
      {"The Vice Chair opens the stall every morning. The treasurer reports to the Chair at each month end.\n",
       "Chair", "Vice Chair"},
  };
  for (const auto& t : texts) {
    CAPTURE(t[0]);
    index::IndexedDocument d = ingest::testing::BuildText(t[0]);
    const index::RoleRecord* principal = ingest::testing::RoleNamed(d, t[1]);
    const index::RoleRecord* deputy = ingest::testing::RoleNamed(d, t[2]);
    REQUIRE(principal != nullptr);
    REQUIRE(deputy != nullptr);
    CHECK(principal != deputy);
  }
}
