// Facts that come from structure and discourse rather than from one
// sentence: responsibility matrices, Q/A pairs, subjectless duty lists under
// an announced title, and people introduced beside their title then called
// by name. Texts written for this test, in both languages; one row each.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

namespace {

struct Row {
  std::string shape;
  std::string text;
  std::string role;       // as the text names it
  std::string predicate;  // "" = any
  std::string object;     // a part of the fact's object
};

}  // namespace

TEST_CASE("structure and discourse give facts to the right role") {
  const Row rows[] = {
      {"matrix R cell",
       "| Activity | Stock Controller | Warehouse Manager |\n|---|---|---|\n| Count pallets weekly | R | A |\n",
       "stock controller", "responsible_for", "Count pallets weekly"},
      {"matrix A cell",
       "| Activity | Stock Controller | Warehouse Manager |\n|---|---|---|\n| Count pallets weekly | R | A |\n",
       "warehouse manager", "accountable_for", "Count pallets weekly"},
      {"matrix combined cell",
       "| Kegiatan | Staf Keuangan | Kepala Sekolah |\n|---|---|---|\n| Menyusun laporan dana BOS | R/A | I |\n",
       "staf keuangan", "accountable_for", "Menyusun laporan dana BOS"},
      {"matrix column of a body",
       "| Activity | Stock Controller | Audit Committee |\n|---|---|---|\n| Write off damaged pallets | R | A |\n",
       "audit committee", "accountable_for", "Write off damaged pallets"},
      {"matrix column of a body's initials",
       "The Tender Committee (TC) meets monthly.\n\n| Activity | Buyer | TC |\n|---|---|---|\n"
       "| Award supply contracts | R | A |\n",
       "tender committee", "accountable_for", "Award supply contracts"},
      // A matrix's header cells name roles, whatever their head noun; two
      // marked rows make the table a matrix.
      {"matrix column our vocabulary lacks",
       "| Activity | Typesetter | Binder |\n|---|---|---|\n| Lay out the pages | R | I |\n"
       "| Sew the signatures | I | R |\n",
       "binder", "responsible_for", "Sew the signatures"},
      {"matrix column our vocabulary lacks, Indonesian",
       "| Kegiatan | Penjilid | Juru Cetak |\n|---|---|---|\n| Menjilid buku | R | I |\n"
       "| Mencetak sampul | C | R |\n",
       "penjilid", "responsible_for", "Menjilid buku"},
      // An abbreviated column is the title its legend spells out.
      {"matrix column defined by an inline legend",
       "Column key: TS = Typesetter; BS = Book Sewer.\n\n| Activity | TS | BS |\n|---|---|---|\n"
       "| Lay out the pages | R | I |\n| Sew the signatures | I | R |\n",
       "book sewer", "responsible_for", "Sew the signatures"},
      {"matrix column defined by a bulleted legend",
       "- **PM** - Press Minder (night shift)\n- **GF** - Gold Finisher\n\n| Kegiatan | PM | GF |\n|---|---|---|\n"
       "| Menjalankan mesin cetak | R | I |\n| Mencetak judul di punggung buku | I | R |\n",
       "press minder", "responsible_for", "Menjalankan mesin cetak"},
      {"reporting table, English",
       "| Role | Reports to |\n|---|---|\n| Stock Controller | Warehouse Manager |\n| Warehouse Manager | Operations Director |\n",
       "stock controller", "reports_to", "Warehouse Manager"},
      {"reporting table, Indonesian",
       "| Jabatan | Atasan langsung |\n|---|---|\n| Staf Gudang | Kepala Gudang |\n| Kepala Gudang | Manajer Operasional |\n",
       "kepala gudang", "reports_to", "Manajer Operasional"},
      {"Q/A pair, English", "Q: Who approves petty cash claims?\nA: The office manager approves them.\n",
       "office manager", "responsible_for", "approves petty cash claims"},
      {"Q/A pair, Indonesian", "T: Siapa yang mengurus izin keramaian?\nJ: Sekretaris desa.\n", "sekretaris desa",
       "responsible_for", "mengurus izin keramaian"},
      {"name introduced beside the title",
       "Budi Santoso, kepala gudang, memeriksa stok setiap pagi.\nPak Budi juga menyusun laporan mingguan.\n",
       "kepala gudang", "", "laporan mingguan"},
      // The title's article or possessive opens the apposition.
      {"name introduced beside 'the' title",
       "Hendra Wijaya, the chief glazier, opened the studio in 1998. Pak Hendra also prepares the glass orders every week.\n",
       "chief glazier", "", "glass orders"},
      {"name introduced beside 'our' title",
       "Sinta Maharani, our tour planner, joined last spring. Sinta books the river boats for each group.\n",
       "tour planner", "", "river boats"},
      {"name introduced by a copula, English",
       "**Rina Hapsari** is our dental hygienist. Rina plans the recall visits for every patient.\n",
       "dental hygienist", "", "recall visits"},
      {"name introduced by 'has been', behind a title and emphasis",
       "**Dr. Sekar Ayu** has been Head Archivist of the library since 2016. The Reading Room Clerk opens the doors "
       "at eight. Dr. Sekar approves every request to copy a manuscript.\n",
       "head archivist", "", "copy a manuscript"},
      {"name introduced by a copula, Indonesian",
       "Pak Gunawan adalah perawat gigi. Gunawan membersihkan alat setiap sore.\n", "perawat gigi", "",
       "membersihkan alat"},
      {"name introduced with 'joined ... as', English",
       "Dewi Anggraini joined in 2018 as Lab Coordinator. Dewi books the training rooms every month.\n", "lab coordinator", "",
       "training rooms"},
      {"name introduced with 'sebagai', Indonesian",
       "Ibu Ratih bergabung sejak 2020 sebagai kepala dapur. Ratih menyusun menu mingguan.\n", "kepala dapur", "",
       "menu mingguan"},
      {"name and title in a staff list with a dash",
       "- Yusuf Pratama \u2013 Maintenance Planner\n- Agnes Wibowo \u2013 Site Engineer\n\nYusuf orders the spare "
       "bearings.\n",
       "maintenance planner", "", "spare bearings"},
      // An honorific before the name ends it, wherever the sentence opens;
      // "menjabat" introduces the holder of a title.
      {"name after an agent marker and an honorific, then a comma and the title",
       "Gudang dikelola oleh Bapak Wira Santika, Kepala Gudang Pusat sejak 2019. Staf Kebersihan menyapu lantai "
       "gudang setiap pagi. Pak Wira menghitung ulang stok setiap Kamis.\n",
       "kepala gudang pusat", "", "menghitung ulang stok"},
      {"name introduced with 'menjabat', Indonesian",
       "Ibu Laras Ayu menjabat Koordinator Arsip. Kurir Kantor mengantar surat ke lantai dua. Bu Laras memindai "
       "surat masuk setiap sore.\n",
       "koordinator arsip", "", "surat masuk"},
      // A line giving one person two titles: the name stands for the first
      // role, and a unit first in the list does not cut the name off.
      {"name before two titles joined by an ampersand",
       "## Lestari Wening \u2014 Harbour Pilot & Training Lead\n\nShe joined in 2019.\n\n## Rota\n\nThe Night "
       "Porter locks the gate at ten. Lestari checks the tide tables before each berthing.\n",
       "harbour pilot", "", "tide tables"},
      {"name before a unit and a title",
       "## Gilang Saputra \u2014 Tim Gudang dan Koordinator Pengiriman\n\nGilang mencetak surat jalan setiap sore.\n",
       "koordinator pengiriman", "", "surat jalan"},
      // No title before the conjunction to join (the fuzzer's heap read past
      // the token list's start, under ASan in scripts/sanitize.sh).
      {"a sentence opening with a conjunction before the title",
       "Staf Gudang menyusun stok. Dan Kepala Gudang memeriksa laporan stok setiap pagi.\n", "kepala gudang", "",
       "laporan stok"},
      {"an English sentence opening with a conjunction before the title",
       "The clerk files the forms. And the Site Engineer signs the permits.\n", "site engineer", "", "permits"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.shape);
    auto d = ingest::testing::BuildText(row.text);
    INFO(ingest::testing::DescribeFacts(d));
    const std::string role = ingest::testing::RoleIdNamed(d, row.role);
    REQUIRE_MESSAGE(!role.empty(), "no role named \"" << row.role << "\"");
    bool found = std::any_of(d.facts.begin(), d.facts.end(), [&](const index::FactRecord& f) {
      return f.role_id == role && (row.predicate.empty() || f.predicate == row.predicate) &&
             f.object.find(row.object) != std::string::npos;
    });
    CHECK(found);
    for (const auto& f : d.facts) CHECK(d.doc.text.substr(f.object_begin, f.object_end - f.object_begin) == f.object);
  }
}

TEST_CASE("only a matrix of marks makes roles of its header cells; an abbreviation is no name") {
  // A table of words (a price list) names no roles by its header.
  auto prices = ingest::testing::BuildText(
      "| Item | Small | Large |\n|---|---|---|\n| Tea | 5,000 | 8,000 |\n| Coffee | 7,000 | 10,000 |\n");
  CHECK(ingest::testing::RoleIdNamed(prices, "small").empty());
  CHECK(ingest::testing::RoleIdNamed(prices, "large").empty());
  // An abbreviation column is left to the legend's or the initials' title.
  auto matrix = ingest::testing::BuildText(
      "| Activity | Typesetter | QX |\n|---|---|---|\n| Lay out the pages | R | A |\n| Order paper | C | R |\n");
  CHECK(!ingest::testing::RoleIdNamed(matrix, "typesetter").empty());
  CHECK(ingest::testing::RoleIdNamed(matrix, "qx").empty());
}

// A list item that opens with an emphasised label naming no role we know is
// about that label: its duties and pronouns do not fall to the role of the
// item before it.
TEST_CASE("an item about an unknown label gives nothing to the previous item's role") {
  struct NegativeRow {
    std::string shape, text, role, absent;  // `role` must hold no fact whose object holds `absent`
  };
  const NegativeRow rows[] = {
      {"Indonesian, plural pronoun",
       "## Tim bengkel\n\n- **Kepala Bengkel** menyusun jadwal servis mingguan.\n- **Montir (tukang mesin)** "
       "membongkar mesin di lantai bawah. Mereka melapor ke Kepala Bengkel setiap sore.\n",
       "kepala bengkel", "membongkar mesin"},
      {"English, plural pronoun",
       "## Workshop team\n\n- **Paint Supervisor** mixes the paint for each order.\n- **Sanders (finishing crew)** "
       "smooth every panel by hand. They report to the Paint Supervisor each evening.\n",
       "paint supervisor", "smooth every panel"},
  };
  for (const NegativeRow& row : rows) {
    CAPTURE(row.shape);
    auto d = ingest::testing::BuildText(row.text);
    INFO(ingest::testing::DescribeFacts(d));
    const std::string role = ingest::testing::RoleIdNamed(d, row.role);
    REQUIRE_MESSAGE(!role.empty(), "no role named \"" << row.role << "\"");
    for (const auto& f : d.facts) {
      CHECK_FALSE((f.role_id == role && f.object.find(row.absent) != std::string::npos));
      CHECK_FALSE((f.role_id == role && f.object_role_id == role));  // no line from a role to itself
    }
  }
}

TEST_CASE("a job advert's requirements tell of a candidate's past: no facts; its duties still give facts") {
  struct AdvertRow {
    std::string shape, text, role, duty, past;  // `role` holds a fact with `duty` and none with `past`
  };
  const AdvertRow rows[] = {
      {"Indonesian, markdown headings",
       "# Lowongan: Kepala Gudang\n\n## Tugas\n- Mengatur penerimaan barang dari pemasok.\n\n## Kualifikasi\n"
       "- Pengalaman memimpin tim pengiriman minimal 3 tahun.\n- Mampu mengoperasikan forklift.\n",
       "kepala gudang", "penerimaan barang", "tim pengiriman"},
      {"English, label lines",
       "Vacancy: Dispatch Supervisor\n\nDuties:\n- Plans the loading rota for the drivers.\n\nRequirements:\n"
       "- Has led a packing crew for two years.\n- Holds a forklift licence.\n",
       "dispatch supervisor", "loading rota", "packing crew"},
      {"English, emphasised labels, a lead-in under the heading, a numbered list",
       "# Vacancy: Night Baker\n\n**Duties:**\n- Shapes the sourdough loaves before dawn.\n\n## What you bring\n"
       "You should have:\n1. Two years running a bread oven.\n2. A food hygiene certificate.\n",
       "night baker", "sourdough loaves", "bread oven"},
  };
  for (const AdvertRow& row : rows) {
    CAPTURE(row.shape);
    auto d = ingest::testing::BuildText(row.text);
    INFO(ingest::testing::DescribeFacts(d));
    const std::string role = ingest::testing::RoleIdNamed(d, row.role);
    REQUIRE_MESSAGE(!role.empty(), "no role named \"" << row.role << "\"");
    const std::string past_role = ingest::testing::RoleIdNamed(d, row.past);  // a unit, or none
    bool duty = false;
    for (const auto& f : d.facts) {
      duty = duty || (f.role_id == role && f.object.find(row.duty) != std::string::npos);
      CHECK_FALSE((f.object.find(row.past) != std::string::npos));
      if (!past_role.empty()) CHECK_FALSE(f.object_role_id == past_role);
    }
    CHECK(duty);
  }
}
