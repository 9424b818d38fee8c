// The role list over kinds of error counted on unseen documents (issue 13,
// roles9), table-driven over sentences written for this test, in both
// languages where the construction exists in both: a unit noun in the plural
// and lower case names a kind of unit, not a unit; a code of capitals and
// digits names a title's field as an acronym does; a title runs over its
// whole noun phrase (a Title Case field of six words, lower-case nouns back to
// the determiner, "of" and a field after a rank word).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"
#include "rolegraph/ingest/ingester.h"

using namespace rolegraph;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> names;      // each names a role or unit of the document
  std::vector<std::string> not_names;  // no role or unit has these as name or alias
};

template <size_t N>
void CheckRows(const Row (&rows)[N]) {
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    index::IndexedDocument d = ingest::testing::BuildText(row.text);
    std::string roles;
    for (const auto& r : d.roles) {
      roles += r.id + "=" + r.name + " [";
      for (const auto& a : r.aliases) roles += a + "; ";
      roles += "] ";
    }
    CAPTURE(roles);
    for (const auto& n : row.names) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) != nullptr, n);
    for (const auto& n : row.not_names) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == nullptr, n);
  }
}

}  // namespace

TEST_CASE("a lower-case unit noun in the plural names a kind of unit, not one unit") {
  const Row rows[] = {
      // A count or a class of units.
      {"Two technical divisions share the cold room on the second floor.\n", {}, {"technical division"}},
      {"The work units rotate their cleaning duty every week.\n", {}, {"work unit"}},
      // A verb that takes the units as its object.
      {"The Dispensing Supervisor arranges teams for the weekend rota.\n", {"dispensing supervisor"},
       {"arranges team"}},
      // A group of workers named by its trade is one unit of work; by rank alone it is not.
      {"Every morning the spraying crews fill the tanks at the depot.\n", {"spraying crew"}, {}},
      {"The senior crews race the longer course on Sunday, while the other boats stay in the shed.\n", {},
       {"senior crew"}},
      // In the singular, or written as a name, a unit is one unit.
      {"The Procurement Division approves every purchase above the limit.\n", {"procurement division"}, {}},
      {"Requests are checked by the billing team before noon.\n", {"billing team"}, {}},
      {"Divisi Pengadaan memeriksa setiap permintaan barang.\n", {"divisi pengadaan"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("a code of capitals and digits after a head names the title's field") {
  const Row rows[] = {
      {"Petugas K3 memeriksa tabung pemadam setiap Senin pagi.\n", {"petugas K3"}, {"petugas"}},
      {"Laporan kecelakaan kerja diserahkan kepada Koordinator K3 paling lambat sore hari.\n",
       {"koordinator K3"}, {}},
      {"The P3K Officer restocks the first-aid boxes on every floor.\n", {"P3K officer"}, {}},
      // A year or a count is no code.
      {"The Safety Officer 2024 plan lists every drill.\n", {"safety officer"}, {"safety officer 2024"}},
  };
  CheckRows(rows);
}

TEST_CASE("a title runs over its whole noun phrase") {
  const Row rows[] = {
      // A head-first title in Title Case takes a long field.
      {"Berkas cuti dikirim ke Kepala Subbagian Perencanaan Program Kerja Tahunan Desa setiap Jumat.\n",
       {"kepala subbagian perencanaan program kerja tahunan desa"}, {"kepala subbagian perencanaan program kerja"}},
      {"Leave forms go to the Head of Coastal Water Quality Testing Services on Friday.\n",
       {"head of coastal water quality testing services"}, {}},
      // Lower-case nouns back to the determiner belong to the title.
      {"At dusk the main pump house operators close the sluices.\n", {"pump house operator"}, {"house operator"}},
      {"Each evening the central boiler room operators read the gauges.\n", {"central boiler room operator"},
       {"room operator"}},
      // A three-letter noun goes on a head-first field; a spoken particle
      // ends it. (English writes these fields before the head: "the bus
      // driver" is read by the modifier rules.)
      {"Petugas pompa air mencatat debit sungai setiap pagi.\n", {"petugas pompa air"}, {"petugas pompa"}},
      {"Sopir bus sekolah menjemput murid pukul enam.\n", {"sopir bus sekolah"}, {"sopir"}},
      {"Kalau malam, petugas gudang kan sudah pulang semua.\n", {"petugas gudang"}, {"petugas gudang kan"}},
      // After "of" a rank word is part of the field, not the end of the title.
      {"Our Head of General Services books the meeting rooms.\n", {"head of general services"}, {"general head"}},
      {"Kepala Bagian Umum menyimpan arsip surat masuk.\n", {"kepala bagian umum"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("a member is a post only of the body named right after it") {
  const Row rows[] = {
      {"Anggota Divisi Hukum dan Advokasi memeriksa setiap aduan warga.\n", {"anggota divisi hukum dan advokasi"},
       {"divisi hukum dan advokasi"}},
      {"Setiap anggota tim audit wajib hadir pada rapat penutupan.\n", {"anggota tim audit"}, {}},
      // A new member, or a members' meeting, is no post.
      {"Rapat Anggota Tahunan memilih pengurus baru. Ada dua anggota baru bulan ini.\n", {},
       {"anggota tahunan", "anggota baru"}},
  };
  CheckRows(rows);
}

TEST_CASE("a role named only in a sentence-case feature heading is a figure of speech") {
  const Row rows[] = {
      {"## A born teacher\n\nIbu Sari joined the school in 2010 and is now its Training Coordinator.\n",
       {"training coordinator"}, {"born teacher", "teacher"}},
      {"**Penjaga kunci.** Pak Dedi adalah Koordinator Keamanan gedung ini sejak 2015.\n",
       {"koordinator keamanan"}, {"penjaga kunci"}},
      // A heading in Title Case is a title; one the text names again is a role.
      {"## Kepala Gudang\n\nBeliau memeriksa stok setiap pagi.\n", {"kepala gudang"}, {}},
      {"## Kepala gudang\n\nKepala gudang memeriksa stok setiap pagi.\n", {"kepala gudang"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("an agency or an inspectorate is a unit, in either language") {
  const Row rows[] = {
      {"Laporan banjir diteruskan ke Badan Pengelola Sungai Wilayah pada hari yang sama.\n",
       {"badan pengelola sungai wilayah"}, {}},
      {"Inspektorat Kota memeriksa pembelian alat berat setiap semester.\n", {"inspektorat kota"}, {}},
      {"The Regional Inspectorate audits every tender above the threshold.\n", {"regional inspectorate"}, {}},
      // In lower case "badan" is a body: a person's body, a body of water.
      {"Petugas gudang menjaga badan tetap sehat dengan olahraga pagi.\n", {}, {"badan tetap"}},
  };
  CheckRows(rows);
}

TEST_CASE("after an indefinite article a descriptive adjective is no word of the title") {
  const Row rows[] = {
      {"We are hiring an additional pharmacist for the evening rota.\n", {"pharmacist"},
       {"additional pharmacist"}},
      {"The bakery wants a cheerful Stock Supervisor who likes early mornings.\n", {"stock supervisor"},
       {"cheerful stock supervisor"}},
      {"The board appointed another partner to present the findings.\n", {}, {"another partner"}},
      // A status the title keeps, with the definite article.
      {"The overseas sales agent visits the factory twice a year.\n", {"overseas sales agent"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("an ampersand inside a title joins a second field, as \"and\" does") {
  const Row rows[] = {
      {"The Bar & Events Manager orders the wine for every reception.\n", {"bar & events manager"},
       {"events manager"}},
      {"Kepala Bagian Keuangan & Aset menandatangani kuitansi.\n", {"kepala bagian keuangan & aset"},
       {"kepala bagian keuangan"}},
      // Between lower-case words it joins no title.
      {"Coffee & tea are served before the Events Manager opens the meeting.\n", {"events manager"}, {}},
  };
  CheckRows(rows);
}
