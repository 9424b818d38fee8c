// Role head nouns from the vocabulary sources, table-driven over sentences
// written for this test: heads derived from WordNet, Indonesian agent nouns
// and loanwords, clipped heads ("admin"), "ahli" and "penanggung jawab"
// with their fields name roles where the text writes them as titles.
#include <doctest/doctest.h>

#include "title_rows.h"

using namespace rolegraph;
using ingest::testing::CheckRows;
using Row = ingest::testing::Row;

TEST_CASE("a head derived from WordNet names a role only where the text writes it as a title") {
  const Row rows[] = {
      // After an article, capitalised inside a sentence, after "as"/"sebagai".
      {"The workshop hires a glazier for every window repair.\n", nullptr, {"glazier"}, {}},
      {"Cracked panes are reported to the Glazier before noon.\n", nullptr, {"glazier"}, {}},
      {"She works as taxidermist at the natural history museum.\n", nullptr, {"taxidermist"}, {}},
      {"Rina bekerja sebagai taxidermist di museum kota.\n", nullptr, {"taxidermist"}, {}},
      // Its capitalised words before it belong to the title.
      {"Repairs wait for the Senior Glazier to sign the order.\n", "Senior Glazier", {"senior glazier"}, {}},
      // A sentence start says nothing; a head noun right after it means the
      // word qualifies that one.
      {"Glazier tools are kept in the shed.\n", nullptr, {}, {"glazier"}},
      {"The glazier supervisor orders the glass.\n", nullptr, {"glazier supervisor"}, {"glazier"}},
      // The officials of a contest and the trades (role_head_anchors.txt:
      // adjudicator, businessperson) are occupations too.
      {"Each heat result is read out by the Umpire at the finish line.\n", nullptr, {"umpire"}, {}},
      {"Lap times go to the Scorekeeper after every race.\n", nullptr, {"scorekeeper"}, {}},
      {"The lobby display is changed weekly by our florist.\n", nullptr, {"florist"}, {}},
      {"Stock orders are placed with the Wholesaler every Monday.\n", nullptr, {"wholesaler"}, {}},
      // So are the keepers of people and places, the performers of a show and
      // the people who create its work (anchors defender, entertainer, creator).
      {"Visits to the east wing are booked through the Warden on duty.\n", nullptr, {"warden"}, {}},
      {"Every act is announced by the ringmaster before the lights go down.\n", nullptr, {"ringmaster"}, {}},
      {"Each dance routine is set by the choreographer before rehearsals.\n", nullptr, {"choreographer"}, {}},
      // Makers are occupations too (anchor "maker"); a rank word in lower
      // case stands between the article and the title.
      {"Every new cask is tasted by the head distiller before bottling.\n", nullptr, {"head distiller"}, {}},
      {"Torn canvas goes back to a senior sailmaker for patching.\n", nullptr, {"senior sailmaker"}, {}},
      // A word WordNet first knows as one named person ("Margaret Thatcher")
      // is still the trade; capitalised after a first name it is a surname.
      {"Leaks in the chapel roof are reported to the thatcher before winter.\n", nullptr, {"thatcher"}, {}},
      {"The chapel roof was photographed by Anna Thatcher in spring.\n", nullptr, {}, {"thatcher", "anna thatcher"}},
      // An occupation as the word's second sense still makes it a head.
      {"Cars without a permit are turned back by the gatekeeper.\n", nullptr, {"gatekeeper"}, {}},
      // A rank word alone names no post.
      {"Invoices above the limit are countersigned by the deputy.\n", nullptr, {}, {"deputy"}},
      // Opening the sentence after an article, before its verb, it is the
      // subject; before a plural noun and a copula it qualifies that noun.
      {"The thatcher trims the reed bundles at dawn.\n", nullptr, {"thatcher"}, {}},
      {"The glazier tools are kept in the locked shed.\n", nullptr, {}, {"glazier"}},
      // So it is opening a later clause: after a comma or a clause opener.
      {"When a lock jams at night, the locksmith replaces the whole cylinder.\n", nullptr, {"locksmith"}, {}},
      {"Saddles are oiled on Fridays while the saddler checks every buckle.\n", nullptr, {"saddler"}, {}},
      {"Before the fair opens, the farrier shoes the ponies in the yard.\n", nullptr, {"farrier"}, {}},
      // A conjunction opens the next clause too.
      {"Riders book their lessons and the blacksmith opens the forge at noon.\n", nullptr, {"blacksmith"}, {}},
      {"Riders clean the saddles and the blacksmith tools are oiled.\n", nullptr, {}, {"blacksmith"}},
      // A short verb is the clause's verb as a longer one is.
      {"The upholsterer sews every cushion cover by hand.\n", nullptr, {"upholsterer"}, {}},
      {"In spring, the beekeeper sets new frames in each hive.\n", nullptr, {"beekeeper"}, {}},
      {"The tinsmith cuts are sold by weight.\n", nullptr, {}, {"tinsmith"}},
      // Not after a verb or a preposition, where it qualifies the noun after it.
      {"Visitors may borrow the bookbinder tools on weekdays.\n", nullptr, {}, {"bookbinder"}},
      {"After lunch, the plasterer tools are washed and stacked.\n", nullptr, {}, {"plasterer"}},
  };
  CheckRows(rows);
}

TEST_CASE("the anchor 'worker' closes a Title Case title; workers in lower case are people") {
  const Row rows[] = {
      {"Home visits are planned by the Youth Support Worker each Tuesday.\n", "Youth Support Worker",
       {"youth support worker"}, {"worker"}},
      {"The workers leave the yard at five.\n", nullptr, {}, {"worker", "workers"}},
      {"Younger workers rarely ask for the night rota.\n", nullptr, {}, {"younger worker", "worker"}},
  };
  CheckRows(rows);
}

TEST_CASE("an Indonesian agent noun formed from a verb names a role where the text writes it as a title") {
  const Row rows[] = {
      // pe(N)- + verb, after "sebagai" or capitalised after a function word;
      // its modifiers follow it and the name keeps the document's words.
      {"Sejak bulan lalu Pak Darto bekerja sebagai penaksir di rumah lelang milik koperasi.\n", nullptr,
       {"penaksir"}, {}},
      {"Setiap naskah buku anak diperiksa oleh Penyunting Senior sebelum masuk percetakan.\n",
       "Penyunting Senior", {"penyunting senior"}, {}},
      {"Berkas klaim yang lengkap diteruskan kepada Pemeriksa Lapangan untuk dicocokkan.\n",
       "Pemeriksa Lapangan", {"pemeriksa lapangan"}, {}},
      // In lower case after a determiner or a plural marker.
      {"Koperasi itu baru saja merekrut seorang penaksir untuk cabang pasar pagi.\n", nullptr, {"penaksir"}, {}},
      {"Semua rotan mentah disortir dulu oleh para penganyam sebelum dijemur.\n", nullptr, {"penganyam"}, {}},
      // In lower case, a capitalised word after it is a name, not its field.
      {"Motif baru itu dikerjakan oleh para perajin Kembang Sari di Solo.\n", "Perajin", {"perajin"},
       {"perajin kembang sari"}},
      // A suffixed form is the act, not its agent.
      {"Pemeriksaan berkas klaim dilakukan oleh tim kecil setiap hari Senin pagi.\n", nullptr, {},
       {"pemeriksaan", "pemeriksaan berkas klaim"}},
      // After a lower-case noun a capitalised word is that noun's name; an
      // acting title's cue ("Pelaksana Tugas") is no agent's title.
      {"Jadwal latihan Penabuh dipasang di papan pengumuman balai desa.\n", nullptr, {}, {"penabuh"}},
      {"Surat cuti itu ditandatangani oleh Pelaksana Tugas Kepala Gudang kemarin sore.\n", nullptr, {},
       {"pelaksana tugas"}},
      // At a sentence start the capital says nothing.
      {"Pengunjung museum wajib menitipkan tas besar di loket depan.\n", nullptr, {}, {"pengunjung"}},
      // pe- before a base that keeps its first letter ("pekerja" of "kerja").
      {"Menjelang panen koperasi itu merekrut seorang pekerja lepas untuk menjemur biji kopi.\n", nullptr,
       {"pekerja lepas"}, {}},
      // After a comma that closes a head-first title: the next title of a list.
      {"Rapat pagi dihadiri oleh Kepala Gudang, Penimbang Senior, dan dua staf administrasi.\n", nullptr,
       {"penimbang senior"}, {}},
      // A list of places has no title before its comma.
      {"Koperasi itu membuka cabang di Kota Batu, Pemalang, dan Tegal tahun lalu.\n", nullptr, {},
       {"pemalang"}},
      // Opening a clause right before an active verb: the clause's subject,
      // at a sentence start, after a comma or after a clause opener.
      {"Penggiling menimbang kedelai sebelum direndam semalam.\n", nullptr, {"penggiling"}, {}},
      {"Sesudah kedelai matang, pengepres memeras sarinya di meja batu.\n", nullptr, {"pengepres"}, {}},
      {"Ampas dijemur di halaman, lalu pengemas membungkus tahu dengan daun pisang.\n", nullptr,
       {"pengemas"}, {}},
      // A loanword of an English head counts there too.
      {"Sesudah acara selesai, fotografer memilih foto terbaik untuk katalog.\n", nullptr, {"fotografer"}, {}},
      // Its field words and an adverb may stand between it and the verb; a
      // modal leaves it a rule for anyone ("wajib").
      {"Penata letak tetap menyusun halaman majalah setiap Kamis.\n", nullptr, {"penata letak"}, {}},
      {"Sejak Mei, pemeriksa naskah juga menulis ringkasan bab.\n", nullptr, {"pemeriksa naskah"}, {}},
      {"Pengunjung taman wajib membawa kantong sampah sendiri.\n", nullptr, {}, {"pengunjung", "pengunjung taman"}},
      // Before a passive verb the word is the one acted on; after "dan" it may
      // close a list of things ("stok dan pesanan ...").
      {"Pengunjung diminta melepas sepatu sebelum masuk ruang pamer.\n", nullptr, {}, {"pengunjung"}},
      {"Gudang mencatat stok dan pesanan bertambah setiap musim hujan.\n", nullptr, {}, {"pesanan"}},
      // Capitalised, a word ending with an agent suffix may be a given name.
      {"Kurniawan menjahit kancing baju setiap sore di teras.\n", nullptr, {}, {"kurniawan"}},
  };
  CheckRows(rows);
}

TEST_CASE("an Indonesian expert of a field is a title; bare 'ahli' is none") {
  const Row rows[] = {
      {"Resep diet pasien diabetes disusun oleh ahli gizi setiap pagi.\n", "Ahli Gizi", {"ahli gizi"}, {}},
      {"Menurut para ahli, musim hujan tahun ini datang lebih awal.\n", nullptr, {}, {"ahli"}},
  };
  CheckRows(rows);
}

TEST_CASE("a profession word closing a person's name is a surname; a section on shifts is no post") {
  const Row rows[] = {
      {"Surat itu ditandatangani Bu Ratna Hakim kemarin sore.\n", nullptr, {}, {"hakim", "judge"}},
      {"Keputusan akhir diambil oleh Hakim setelah sidang selesai.\n", nullptr, {"hakim"}, {}},
      // A title puts its field after the head: "Dokter Hewan" stays a title.
      {"Setiap pagi Dokter Hewan memeriksa kandang rusa.\n", nullptr, {"dokter hewan"}, {}},
      {"Catatan harian\n\n7. Shift\nShift pagi dimulai pukul tujuh dan berakhir pukul satu siang.\n", nullptr, {},
       {"shift"}},
      {"Daily notes\n\n4. Night\nNight work starts at ten and ends at six.\n", nullptr, {}, {"night"}},
  };
  CheckRows(rows);
}

TEST_CASE("an Indonesian loanword of an English role head names a role where written as a title") {
  const Row rows[] = {
      // Capitalised after a function word, modifiers after the head.
      {"Kelas renang anak dipandu oleh Instruktur Senior setiap Minggu pagi.\n", nullptr, {"instruktur senior"}, {}},
      // In lower case after a determiner.
      {"Bengkel sepeda listrik di ujung gang itu mencari seorang mekanik baru.\n", nullptr, {"mekanik"}, {}},
      // Respelt endings (loan_endings.tsv): -ician -> -isi, -ary -> -aris.
      {"Naskah pidato itu disusun sendiri oleh seorang politisi dari partai kecil.\n", nullptr, {"politisi"}, {}},
      {"Sekolah tua di bukit itu didirikan oleh para misionaris pada abad lalu.\n", nullptr, {"misionaris"}, {}},
      // After a lower-case noun it qualifies that noun: no title.
      {"Gudang belakang menyimpan alat mekanik cadangan untuk mesin jahit.\n", nullptr, {},
       {"mekanik", "alat mekanik"}},
  };
  CheckRows(rows);
}

TEST_CASE("the clipped 'admin' heads a capitalised title; lower-case admin is paperwork") {
  const Row rows[] = {
      {"Semua pesanan grosir dicatat oleh Admin Penjualan sebelum dikemas.\n", nullptr, {"admin penjualan"}, {}},
      {"Pekerjaan admin selalu menumpuk menjelang tutup buku.\n", nullptr, {}, {"admin", "pekerjaan admin"}},
      // English order: a modifier before a capitalised "Admin" heads it; the
      // verb after it is no field ("Admin Files").
      {"The Payroll Admin files the overtime sheets each fortnight.\n", nullptr, {"payroll admin"},
       {"admin files", "payroll admin files"}},
      {"Our Marketing Admin answers the letters from suppliers.\n", nullptr, {"marketing admin"}, {"admin answers"}},
      {"Keluhan soal tagihan diteruskan ke Payroll Admin.\n", nullptr, {"payroll admin"}, {}},
  };
  CheckRows(rows);
}

TEST_CASE("penanggung jawab with a field after it is a title; the bare cue is none") {
  const Row rows[] = {
      {"Jadwal piket disusun oleh Penanggung Jawab Kebersihan Asrama setiap akhir pekan.\n",
       "Penanggung Jawab Kebersihan Asrama", {"penanggung jawab kebersihan asrama"}, {"penanggung jawab"}},
      {"Resep baru dicicipi dulu oleh penanggung jawab gizi sebelum dijual.\n", "Penanggung Jawab Gizi",
       {"penanggung jawab gizi"}, {"penanggung jawab"}},
      // A function word after the cue: the sentence names a duty, no title.
      {"Ketua kelas menjadi penanggung jawab ketika guru berhalangan.\n", nullptr, {"ketua kelas"},
       {"penanggung jawab", "penanggung jawab ketika"}},
      // A modifier with more of the phrase after it would cut the title short.
      {"Setiap karung diperiksa penanggung jawab mutu biji kopi sebelum disimpan.\n", nullptr, {},
       {"penanggung jawab mutu"}},
      // A unit right after the cue is read as a unit; the bare cue is no title.
      {"Contoh tanah diantar kepada penanggung jawab laboratorium uji di kampus.\n", nullptr, {},
       {"penanggung jawab"}},
      // After a head the cue is that head's field, read as before.
      {"Dokter penanggung jawab ruangan menandatangani surat rujukan.\n", nullptr,
       {"dokter penanggung jawab ruangan"}, {"penanggung jawab ruangan"}},
  };
  CheckRows(rows);
}

TEST_CASE("a plural person head followed by 'who' or opened by a possessive names the people of that trade") {
  const Row rows[] = {
      {"On Saturdays the warden briefs the volunteers who clear the hiking trails.\n", nullptr,
       {"volunteers", "volunteer"}, {}},
      {"Eight surveyors, who are hired per season, map the flooded fields.\n", nullptr, {"surveyors"}, {}},
      {"Its stenographers keep a verbatim record of each hearing.\n", nullptr, {"stenographers"}, {}},
      // After a verb or a preposition, or behind anyone's possessive, it is
      // anyone of that kind.
      {"The archive answers letters from researchers who need old maps.\n", nullptr, {}, {"researchers", "researcher"}},
      {"Lost keys are returned to their owners at the gate.\n", nullptr, {}, {"owners", "owner"}},
      // Outsiders are no person head: no role for them.
      {"The warden thanks the hikers who clear their own litter.\n", nullptr, {}, {"hikers", "hiker"}},
      // Without the cue a plural stays a class of people or things.
      {"The shop sells servers and cables to schools.\n", nullptr, {}, {"servers", "server"}},
  };
  CheckRows(rows);
}
