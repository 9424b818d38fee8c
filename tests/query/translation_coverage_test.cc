// A question answered by a sentence in the other language, worded
// differently ("hands out" over "membagikan", "memperbaiki lampu" over
// "repairs the lighting"), matches only through translations: it is
// answered with the role and sentence that say it (query/src/coverage.h
// can count a dictionary translation at its weight rather than squared,
// AnswerOptions::translation_cover_exponent; these rows hold either way).
// A question that shares only a word with these notes and asks something
// they never say abstains. Notes written for this test.
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace rolegraph;
using rolegraph::testing::Contains;
using rolegraph::testing::Lower;
using rolegraph::testing::NamesRole;

namespace {

const char* kCooperativeNote =
    "Pengurus Koperasi Tani Makmur\n\n"
    "Bendahara mencatat semua pemasukan dan pengeluaran uang koperasi setiap hari.\n"
    "Juru Masak membagikan makanan kepada para relawan setiap pagi.\n"
    "Ketua Koperasi memimpin rapat anggota tahunan.\n"
    "Petugas Gudang menyimpan pupuk dan benih di gudang koperasi.\n"
    "Sekretaris Koperasi menyambut anggota baru pada hari pertama mereka.\n"
    "Koordinator Lapangan menyusun jadwal panen untuk setiap kelompok tani.\n"
    "Ketua Kelompok Tani memeriksa jadwal panen setiap Senin.\n";

const char* kMuseumNote =
    "Staff of the Harbour Museum\n\n"
    "The Collections Registrar keeps a written inventory of every object the museum lends to other institutions.\n"
    "The Education Officer runs guided tours for school groups on weekdays.\n"
    "The Facilities Manager repairs the lighting in the exhibition halls.\n"
    "The Museum Director approves the annual exhibition programme.\n";

const char* kLibraryNote =
    "Village Library Volunteers\n\n"
    "The Reading Coordinator chooses new books for the children's corner every month.\n"
    "The Membership Clerk issues library cards to new members.\n";

testing::QueryFixture& Shared() {
  static testing::QueryFixture f("translation-coverage", {{"koperasi.txt", kCooperativeNote},
                                                          {"museum.txt", kMuseumNote},
                                                          {"library.txt", kLibraryNote}});
  return f;
}

}  // namespace

TEST_CASE("a question answered only by other-language evidence in other words is answered with it") {
  struct Row {
    std::string question;
    std::string role;      // part of the first answer's name or an alias, lower case
    std::string evidence;  // part of its first citation
  };
  const Row rows[] = {
      // English question, Indonesian evidence.
      {"Who hands out food to the volunteers?", "juru masak", "membagikan makanan"},
      {"Who stores the fertiliser and seeds?", "petugas gudang", "menyimpan pupuk"},
      // "member" glosses "anggota", a title noun elsewhere: still the word's meaning.
      {"Who welcomes new members?", "sekretaris koperasi", "menyambut anggota baru"},
      // An English phrasal verb over its Indonesian verb ("draws up" / "menyusun").
      {"Who draws up the harvest timetable?", "koordinator lapangan", "menyusun jadwal panen"},
      {"Who greets a new member on the first day?", "sekretaris koperasi", "menyambut anggota baru"},
      // Indonesian question, English evidence.
      {"Siapa yang memperbaiki lampu di ruang pameran?", "facilities manager", "repairs the lighting"},
      {"Siapa yang memandu tur untuk rombongan sekolah?", "education officer", "guided tours"},
      {"Siapa yang memberikan kartu perpustakaan kepada anggota baru?", "membership clerk", "library cards"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.question);
    auto out = Shared().Ask(row.question);
    REQUIRE_FALSE(out.abstained);
    REQUIRE_FALSE(out.answers.empty());
    CHECK(NamesRole(out.answers[0], row.role));
    REQUIRE_FALSE(out.answers[0].citations.empty());
    CHECK(Contains(out.answers[0].citations[0].text, row.evidence));
  }
}

TEST_CASE("a question sharing only a word with the notes abstains") {
  const std::string rows[] = {
      "Who paints the museum walls?",
      "Who repairs the roof of the library?",
      "Siapa yang mencuci mobil koperasi?",
  };
  for (const std::string& q : rows) {
    CAPTURE(q);
    auto out = Shared().Ask(q);
    CHECK(out.abstained);
    CHECK(out.answers.empty());
  }
}
