// Units and bodies, table-driven over sentences written for this test: a
// board, a council, a committee, a crew, an agency, a centre or a section
// is a unit where the text names it as one, in either language; a room, a
// building or a plural kind of unit is not.
#include <doctest/doctest.h>

#include "title_rows.h"

using namespace rolegraph;
using ingest::testing::CheckRows;
using Row = ingest::testing::Row;

TEST_CASE("a board of directors is a body on its own; a committee and a date end where they should") {
  const Row rows[] = {
      {"Rencana ekspansi gudang baru masih menunggu keputusan Direksi bulan depan.\n", "Board of Directors",
       {"direksi"}, {}},
      // A unit named by another unit keeps the document's words.
      {"Rencana kerja tahunan koperasi disahkan oleh Dewan Direksi pada rapat akhir tahun.\n", "Dewan Direksi",
       {"dewan direksi"}, {"board of directors board"}},
      // A date after the body opens a time phrase, not its field.
      {"Jadwal piket diubah mengikuti surat edaran direksi tanggal 3 Maret lalu.\n", nullptr, {"direksi"},
       {"direksi tanggal"}},
      {"Hadiah lomba mewarnai dibagikan oleh Panitia Festival Anak di aula sekolah.\n", "Panitia Festival Anak",
       {"panitia festival anak"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("a board, council or committee is named by its members' role noun or its field") {
  const Row rows[] = {
      {"Dewan Penasihat memberi masukan atas rencana strategis yayasan.\n", nullptr, {"dewan penasihat"}, {}},
      {"The Board of Governors approves the school's annual budget.\n", nullptr, {"board of governors"}, {}},
      {"Proposals go to the Council of Elders for a final decision.\n", nullptr, {"council of elders"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("a crew is a unit; one named only by its shift is not") {
  const Row rows[] = {
      {"The sound crew reports to the production manager every evening.\n", nullptr, {"sound crew"}, {}},
      {"Kru panggung menyiapkan lampu sebelum pertunjukan.\n", nullptr, {"kru panggung"}, {}},
      {"The evening crews hand over the keys at the gate.\n", nullptr, {}, {"evening crews", "evening crew"}},
  };
  CheckRows(rows);
}

TEST_CASE("an office that is a room or a building is no unit; unit head words name units in both languages") {
  const Row rows[] = {
      // A lower-case owner's office is a room; after a place preposition a
      // room-or-building unit head is the place.
      {"Leave forms are collected at the plant manager's office every Friday.\n", nullptr, {},
       {"manager's office", "plant manager's office"}},
      // A head that names one post alone owns a body.
      {"Building permits are signed at the mayor's office within a week.\n", nullptr, {"mayor's office"}, {}},
      {"Spare keys hang on a board in the garage office.\n", nullptr, {}, {"garage office"}},
      {"Calls outside office hours are answered by the standby engineer.\n", nullptr, {}, {"outside office"}},
      // Written as a name it stays a unit.
      {"The Garage Office issues the vehicle passes.\n", nullptr, {"garage office"}, {}},
      // Unit heads beyond department and team.
      {"Every invoice is checked by the finance section before payment.\n", nullptr, {"finance section"}, {}},
      {"Soil samples are tested by the materials laboratory within a week.\n", nullptr, {"materials laboratory"}, {}},
      {"Setiap faktur diperiksa oleh bagian keuangan sebelum dibayar.\n", nullptr, {"bagian keuangan"}, {}},
      {"Benih dibagikan oleh dinas pertanian kepada kelompok tani.\n", nullptr, {"dinas pertanian"}, {}},
      // A word of relative place ends the unit's phrase: "dinas luar kota" is a trip.
      {"Selama dinas luar kota, tugasnya dipegang oleh wakil ketua.\n", nullptr, {}, {"dinas luar", "dinas luar kota"}},
      // A council of supervisors is one body.
      {"Keluhan dapat diajukan ke Majelis Pengawas Wilayah.\n", nullptr, {"majelis pengawas wilayah"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("a lower-case unit noun in the plural names a kind of unit, not one unit") {
  const Row rows[] = {
      // A count or a class of units.
      {"Two technical divisions share the cold room on the second floor.\n", nullptr, {}, {"technical division"}},
      {"The work units rotate their cleaning duty every week.\n", nullptr, {}, {"work unit"}},
      // A verb that takes the units as its object.
      {"The Dispensing Supervisor arranges teams for the weekend rota.\n", nullptr, {"dispensing supervisor"},
       {"arranges team"}},
      // So after a subject pronoun, a title already read, a role noun or a
      // name: a singular head there qualifies the object ("master keys").
      {"She prepares technician rosters for the spring.\n", nullptr, {}, {"prepares technician"}},
      {"The Chief Jointer prepares master templates from the drawings.\n", nullptr, {"chief jointer"},
       {"prepares master"}},
      {"Every day the clerk keeps master keys in the safe.\n", nullptr, {"clerk"}, {"keeps master"}},
      {"Dina orders engineer boots every spring.\n", nullptr, {}, {"dina orders engineer", "orders engineer"}},
      // A possessive opens the title; a plural head is a subject.
      {"Our sales manager signs the orders.\n", nullptr, {"sales manager"}, {}},
      {"Health physics technicians survey the pool area.\n", nullptr, {"health physics technician"}, {}},
      // A group of workers named by its trade is one unit of work; by rank alone it is not.
      {"Every morning the spraying crews fill the tanks at the depot.\n", nullptr, {"spraying crew"}, {}},
      {"The senior crews race the longer course on Sunday, while the other boats stay in the shed.\n", nullptr, {},
       {"senior crew"}},
      // In the singular, or written as a name, a unit is one unit.
      {"The Procurement Division approves every purchase above the limit.\n", nullptr, {"procurement division"}, {}},
      {"Requests are checked by the billing team before noon.\n", nullptr, {"billing team"}, {}},
      {"Divisi Pengadaan memeriksa setiap permintaan barang.\n", nullptr, {"divisi pengadaan"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("a member is a post only of the body named right after it") {
  const Row rows[] = {
      {"Anggota Divisi Hukum dan Advokasi memeriksa setiap aduan warga.\n", nullptr, {"anggota divisi hukum dan advokasi"},
       {"divisi hukum dan advokasi"}},
      {"Setiap anggota tim audit wajib hadir pada rapat penutupan.\n", nullptr, {"anggota tim audit"}, {}},
      // A new member, or a members' meeting, is no post.
      {"Rapat Anggota Tahunan memilih pengurus baru. Ada dua anggota baru bulan ini.\n", nullptr, {},
       {"anggota tahunan", "anggota baru"}},
  };
  CheckRows(rows);
}

TEST_CASE("an agency or an inspectorate is a unit, in either language") {
  const Row rows[] = {
      {"Laporan banjir diteruskan ke Badan Pengelola Sungai Wilayah pada hari yang sama.\n", nullptr,
       {"badan pengelola sungai wilayah"}, {}},
      {"Inspektorat Kota memeriksa pembelian alat berat setiap semester.\n", nullptr, {"inspektorat kota"}, {}},
      {"The Regional Inspectorate audits every tender above the threshold.\n", nullptr, {"regional inspectorate"}, {}},
      // In lower case "badan" is a body: a person's body, a body of water.
      {"Petugas gudang menjaga badan tetap sehat dengan olahraga pagi.\n", nullptr, {}, {"badan tetap"}},
  };
  CheckRows(rows);
}

TEST_CASE("a Title Case name closing with centre or service names a body; the everyday words do not") {
  const Row rows[] = {
      {"Lost suitcases are traced by the Baggage Tracing Centre within two days.\n", nullptr,
       {"baggage tracing centre"}, {}},
      {"Faulty water meters are reported to Customer Service by the field crew.\n", nullptr, {"customer service"}, {}},
      {"The ticket kiosk stands in the centre of the market hall.\n", nullptr, {}, {"centre"}},
      {"Thank you for the friendly service at the harbour cafe.\n", nullptr, {}, {"service", "friendly service"}},
  };
  CheckRows(rows);
}

TEST_CASE("the organisation's central office is a unit, also after a place preposition") {
  const Row rows[] = {
      {"The depot clerk mails the signed manifests to head office on Mondays.\n", nullptr, {"head office"}, {}},
      {"Our regional buyer works at head office three days a week.\n", nullptr, {"head office"}, {}},
      {"Unpaid invoices are chased by the collections team at headquarters.\n", nullptr, {"headquarters"}, {}},
      {"Setiap klaim garansi diputuskan oleh kantor pusat dalam tujuh hari.\n", nullptr, {"kantor pusat"}, {}},
      {"Manajer cabang mengirim rekap penjualan ke kantor pusat setiap akhir bulan.\n", nullptr, {"kantor pusat"}, {}},
      // A room named by a word outside the vocabulary stays a place.
      {"The forklift keys hang in the yard office beside the gate.\n", nullptr, {}, {"yard office"}},
  };
  CheckRows(rows);
}

TEST_CASE("a unit head behind a prefix of subordinate units names a unit below it") {
  const Row rows[] = {
      {"The Payroll Subdivision closes the ledger on the fifth working day.\n", "Payroll Subdivision",
       {"payroll subdivision"}, {"payroll division"}},
      {"Subbidang Perizinan memeriksa kelengkapan berkas pemohon.\n", nullptr, {"subbidang perizinan"},
       {"bidang perizinan"}},
      // In lower case and the plural it names a kind of unit, not one unit.
      {"Every bureau contains subdivisions with their own clerks.\n", nullptr, {},
       {"bureau contains subdivisions", "contains subdivisions", "subdivisions"}},
      // The prefix needs a unit after it: a subcontractor is no unit of ours.
      {"A subcontractor repaints the loading bay every spring.\n", nullptr, {}, {"subcontractor"}},
  };
  CheckRows(rows);
}

TEST_CASE("a ministry, a bureau, an authority, a panel or a branch named as a body is a unit") {
  const Row rows[] = {
      {"Izin ekspor kopi diterbitkan oleh Kementerian Pertanian setiap kuartal.\n", nullptr,
       {"kementerian pertanian"}, {}},
      {"Export permits for coffee are issued by the Agriculture Ministry every quarter.\n", nullptr,
       {"agriculture ministry"}, {}},
      // A unit written as a name takes its "of" field.
      {"Export permits for coffee are issued by the Ministry of Agriculture every quarter.\n", nullptr,
       {"ministry of agriculture"}, {}},
      {"Seed samples go to the Division of Plant Health for testing.\n", nullptr, {"division of plant health"}, {}},
      {"Semua kontrak sewa diperiksa oleh Biro Umum sebelum ditandatangani.\n", nullptr, {"biro umum"}, {}},
      {"Every lease is checked by the Records Bureau before it is signed.\n", nullptr, {"records bureau"}, {}},
      // Authority, panel and branch name a body only in Title Case.
      {"Night flights need approval from the Regional Aviation Authority.\n", nullptr,
       {"regional aviation authority"}, {}},
      {"Appeals on scores go to the Review Panel within two days.\n", nullptr, {"review panel"}, {}},
      {"The Harbour Road Branch opens at eight on Saturdays.\n", nullptr, {"harbour road branch"}, {}},
      {"The head of finance has authority to sign cheques.\n", nullptr, {}, {"authority"}},
      {"The solar panel on the roof charges the pump.\n", nullptr, {}, {"solar panel", "panel"}},
      // In lower case a branch is a modifier of a post, not a body.
      {"The branch manager signs the leave forms.\n", nullptr, {"branch manager"}, {"branch"}},
  };
  CheckRows(rows);
}

TEST_CASE("a capitalised name before a lower-case unit word is the unit's whole name") {
  const Row rows[] = {
      {"The ward sits within the Patient Transport team, which the Site Manager leads.\n", "Patient Transport Team",
       {"patient transport team"}, {"transport team"}},
      {"Complaints go to the Harbour Pilotage department before noon.\n", "Harbour Pilotage Department",
       {"harbour pilotage department"}, {"pilotage department"}},
      // Indonesian writes the name after the unit word: the same run is read whole.
      {"Keluhan diteruskan ke tim Pengantaran Pasien sebelum siang.\n", nullptr, {"tim pengantaran pasien"},
       {"tim pengantaran"}},
  };
  CheckRows(rows);
}
