// Titles built like compounds: a hyphenated word with a function word in
// it, nouns qualifying a word that is only ever a person, a verbal noun
// opening a sentence, a past participle after "the", a unit's role noun,
// an English compound inside an Indonesian title and a lower-case unit with
// two fields. Sentences written for these tests.
#include "title_rows.h"

namespace rolegraph::ingest::testing {
namespace {

TEST_CASE("a hyphenated word with a function word in it qualifies the head whole") {
  const Row rows[] = {
      {"When the mains fail, the generator is started by the stand-by electrician.\n", "Stand-by Electrician",
       {"stand-by electrician", "stand by electrician"}, {"by electrician"}},
      {"The Senior Follow-up Clerk phones every late payer on Monday.\n", "Senior Follow-up Clerk",
       {"senior follow-up clerk"}, {"senior clerk", "up clerk"}},
      // A count or a word saying how the post is held stays out.
      {"Thirty-one sorters work on the night floor.\n", nullptr, {"sorter"}, {"thirty-one sorter", "one sorter"}},
      {"A part-time cashier opens the till.\n", nullptr, {"cashier"}, {"part-time cashier", "time cashier"}},
  };
  CheckRows(rows);
}

TEST_CASE("nouns before a word that is only ever a person are the title's words after 'the' or a possessive") {
  const Row rows[] = {
      {"The ward physiotherapist plans the exercises after surgery.\n", "Ward Physiotherapist",
       {"ward physiotherapist"}, {}},
      {"Each new vintage is scored by the head wine taster.\n", nullptr, {"head wine taster"}, {}},
      // A word that is also a thing ("guide": a book; "coach": a bus) needs
      // more than a determiner.
      {"Read the user guide before you start the press.\n", nullptr, {}, {"user guide"}},
      {"The night coach leaves the square at nine.\n", nullptr, {}, {"night coach"}},
      // After an indefinite article the phrase names a kind, not a post.
      {"The beans come from a spice exporter in Manado.\n", nullptr, {}, {"spice exporter"}},
  };
  CheckRows(rows);
}

TEST_CASE("a verbal noun opening a sentence before another noun of a person's title names the work") {
  const Row rows[] = {
      {"Packing line supervisors report to the plant manager.\n", "Packing Line Supervisor",
       {"packing line supervisor", "packing line supervisors"}, {"line supervisor"}},
      // Before a unit word it is the clause's verb: the unit is its object.
      {"Reconciling ticket office takings is a job for the ticketing supervisor.\n", nullptr,
       {"ticketing supervisor"}, {"reconciling ticket office"}},
  };
  CheckRows(rows);
}

TEST_CASE("a verbal noun with a short stem, or after nouns a determiner opens, names the work of the post") {
  const Row rows[] = {
      {"Every morning the mixing technician weighs the flour.\n", "Mixing Technician", {"mixing technician"}, {}},
      {"Cake orders go to the baking supervisor first.\n", "Baking Supervisor", {"baking supervisor"}, {}},
      {"Flour is weighed by the dough mixing technician.\n", "Dough Mixing Technician",
       {"dough mixing technician"}, {"mixing technician"}},
      // Without a determiner before its phrase the -ing word is a verb.
      {"Before visiting farmers the technician packs the samples.\n", nullptr, {}, {"visiting farmer"}},
  };
  CheckRows(rows);
}

TEST_CASE("after 'the' or a possessive a past participle is a word of the title; after 'a' it describes the holder") {
  const Row rows[] = {
      {"The combined services unit pays every supplier invoice.\n", "Combined Services Unit",
       {"combined services unit"}, {"services unit"}},
      {"Each grant report is signed by the designated auditor.\n", nullptr, {"designated auditor"}, {}},
      {"A qualified nurse checks the ward every hour.\n", nullptr, {"nurse"}, {"qualified nurse"}},
      // How the post is held stays out.
      {"The hired technician fixes the pump on Fridays.\n", nullptr, {}, {"hired technician"}},
  };
  CheckRows(rows);
}

TEST_CASE("an Indonesian title keeps a unit's role noun, an English compound that closes it, and a second field") {
  const Row rows[] = {
      {"Latihan malam dipimpin oleh ketua regu pemadam di halaman depan.\n", "Ketua Regu Pemadam",
       {"ketua regu pemadam"}, {"ketua regu"}},
      {"Asisten stage manager menyusun jadwal gladi setiap pekan.\n", "Asisten Stage Manager",
       {"asisten stage manager"}, {"asisten stage"}},
      // A lower-case unit joins a second plain field after a conjunction; a
      // role after it is a second title.
      {"Surat cuti diperiksa oleh bagian umum dan kepegawaian.\n", "Bagian Umum dan Kepegawaian",
       {"bagian umum dan kepegawaian"}, {"bagian umum"}},
      {"Foto kegiatan disimpan oleh bagian arsip & dokumentasi setiap Jumat.\n", "Bagian Arsip & Dokumentasi",
       {"bagian arsip & dokumentasi"}, {"bagian arsip"}},
      {"Stok dihitung oleh bagian gudang dan kasir setiap malam.\n", nullptr, {"bagian gudang"},
       {"bagian gudang dan kasir"}},
      {"Stok dihitung oleh bagian gudang dan kasir setiap malam.\n", nullptr, {"kasir"}, {}},
  };
  CheckRows(rows);
}

// A title named later by its last words only is the longer title written
// short; a shorter title whose longer one adds a rank or a role word is a
// post of its own.
TEST_CASE("a later title that ends a longer one is that title written short, unless the longer adds a rank") {
  struct Case {
    const char* text;
    const char* longer;
    const char* shorter;
    bool same;
  };
  const Case cases[] = {
      {"The dough mixing technician weighs the flour at four.\nThe mixing technician reports to the production "
       "manager.\n",
       "dough mixing technician", "mixing technician", true},
      {"The deputy store manager opens the shop on Sundays.\nThe store manager signs the rota.\n",
       "deputy store manager", "store manager", false},
      {"The Lead Deaf Interpreter plans the bookings.\nEvery deaf interpreter works beside a hearing "
       "interpreter.\n",
       "lead deaf interpreter", "deaf interpreter", false},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    index::IndexedDocument d = BuildText(c.text);
    CAPTURE(DescribeRoles(d));
    const index::RoleRecord* longer = RoleOrUnitNamed(d, c.longer);
    const index::RoleRecord* shorter = RoleOrUnitNamed(d, c.shorter);
    REQUIRE(longer != nullptr);
    REQUIRE(shorter != nullptr);
    CHECK((longer == shorter) == c.same);
  }
}

TEST_CASE("a head that ranks the title it follows closes the noun phrase, or opens a title of its own") {
  const Row rows[] = {
      {"Resep racikan diperiksa oleh apoteker kepala sebelum diserahkan.\n", nullptr,
       {"apoteker kepala", "head pharmacist"}, {"pharmacist"}},
      {"Jadwal jaga bangsal disusun oleh perawat kepala setiap minggu.\n", nullptr, {"perawat kepala"}, {"perawat"}},
      // Followed by a word it may head, it is that word's head: the
      // secretary works for the village head.
      {"Surat undangan diketik oleh sekretaris kepala desa.\n", nullptr, {"kepala desa"}, {"sekretaris kepala"}},
  };
  CheckRows(rows);
}

TEST_CASE("inside an Indonesian sentence a rank that is also a role head ends an English head's title") {
  const Row rows[] = {
      {"Semua panci diperiksa oleh Team Chief setelah acara selesai.\n", "Team Chief", {"team chief"},
       {"chief team"}},
      {"Laporan harian disusun oleh Section Chief setiap sore.\n", "Section Chief", {"section chief"},
       {"chief section"}},
  };
  CheckRows(rows);
}

TEST_CASE("a lower-case head-first title runs on over a field's own words, never over an adverb or a request") {
  const Row rows[] = {
      {"Para kurir melapor kepada koordinator gudang benih jagung setiap sore.\n", nullptr,
       {"koordinator gudang benih jagung"}, {"koordinator gudang", "warehouse coordinator"}},
      {"Barang masuk dicatat oleh penjaga gudang bahan baku.\n", nullptr, {"penjaga gudang bahan baku"},
       {"penjaga gudang"}},
      // An enclitic closes the phrase; a rank ends the title.
      {"Di cabang kecil, petugas loket umumnya menyusun jadwal antrean.\n", nullptr, {"petugas loket"},
       {"petugas loket umumnya"}},
      {"Laporan itu diteken direktur utama koperasi tani.\n", nullptr, {"direktur utama"},
       {"direktur utama koperasi"}},
      // A request's politeness word opens the imperative.
      {"Tim dapur tolong cuci semua panci sebelum pulang.\n", nullptr, {"tim dapur"}, {"tim dapur tolong"}},
  };
  CheckRows(rows);
}

TEST_CASE("a line defining matrix grades names no post, a legend of role codes does") {
  const Row rows[] = {
      {"Keterangan: R = yang mengerjakan, A = pejabat penyetuju, C = dimintai saran, - = tidak terlibat.\n",
       nullptr, {}, {"pejabat penyetuju", "pejabat"}},
      {"Legend: R = does the work, A = final approving manager, C = consulted, I = informed.\n", nullptr, {},
       {"final approving manager", "approving manager"}},
      {"Codes: HC = Head Chef, SC = Sous Chef.\n", nullptr, {"head chef", "hc"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("Indonesian heads of a command and of a firm's partners") {
  const Row rows[] = {
      {"Zona latihan dikosongkan oleh komandan lapangan sebelum latihan.\n", nullptr, {"komandan lapangan"}, {}},
      // "rekan" is a partner only written as a title; in lower case a colleague.
      {"Honor audit ditetapkan oleh Rekan Pengelola.\n", nullptr, {"rekan pengelola"}, {}},
      {"Saya berangkat bersama rekan kerja setiap pagi.\n", nullptr, {}, {"rekan kerja", "rekan"}},
  };
  CheckRows(rows);
}

}  // namespace
}  // namespace rolegraph::ingest::testing
