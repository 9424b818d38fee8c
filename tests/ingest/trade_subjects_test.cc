// Roles and units a document names without a modifier our vocabulary holds,
// table-driven over text written for this test: a trade's people named in
// the plural as the subject of an English clause ("the glaziers cut ..."
// for a head the packs know); a unit word both languages share written as a
// name in Indonesian order ("Unit Layanan Darurat"); a counter or room a
// function is served from closing a Title Case name ("the Returns Desk").
// A plural that is an object, a count of vehicles, a lower-case unit word
// and a desk on a byline strip ("Harbour Desk | 2 May | By ...") stay unnamed.
// One holder of a trade opening a clause right before its verb ("the
// consultant visits ...") and Indonesian heads that take their field after
// them ("tukang las", "pengelola parkir", "asisten apoteker") name roles; a
// definition, an object and a topic after "soal" do not.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

using namespace rolegraph;

namespace {

struct Row {
  const char* text;
  std::vector<std::string> same;  // all name one role or unit
  std::vector<std::string> none;  // nothing is named so
  bool unit = false;              // what `same` names is an organisation unit
};

void CheckRows(const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    CAPTURE(row.text);
    index::IndexedDocument d = ingest::testing::BuildText(row.text);
    const std::string roles = ingest::testing::DescribeRoles(d);
    CAPTURE(roles);
    if (!row.same.empty()) {
      const index::RoleRecord* r = ingest::testing::RoleNamed(d, row.same[0], /*roles_only=*/false);
      REQUIRE_MESSAGE(r != nullptr, row.same[0]);
      for (const auto& n : row.same) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == r, n);
      if (row.unit) CHECK(r->kind == "org_unit");
    }
    for (const auto& n : row.none) CHECK_MESSAGE(ingest::testing::RoleNamed(d, n, false) == nullptr, n);
  }
}

}  // namespace

TEST_CASE("a known head in the plural opening an English clause names the trade's people") {
  CheckRows({
      {"Workshop notes\n\nThe technicians recalibrate every scale on Monday morning.\n",
       {"Technician", "technicians"}, {}},
      {"Pool rules\n\nInstructors check each harness before the first climb of the day.\n",
       {"Instructor", "instructors"}, {}},
      {"Lab routine\n\nThe analysts have a short meeting after each run.\n", {"Analyst", "analysts"}, {}},
      // A count between the clause's start and the plural leaves it the subject.
      {"Riding notes\n\nFour instructors teach the evening lessons in the covered arena.\n",
       {"Instructor", "instructors"}, {}},
      {"Riding notes\n\nThe two technicians replace every worn stirrup before noon.\n",
       {"Technician", "technicians"}, {}},
      // Beside one ranked post with that head the plural is still the trade.
      {"Fund notes\n\nThe Senior Associate signs the memo. Associates draft it with the controller.\n",
       {"Associate", "associates"}, {}},
      // An object or a prepositional plural is no subject: nothing named.
      {"Shop notes\n\nThe foreman briefs new technicians on Friday afternoons.\n", {}, {"technicians", "technician"}},
      {"Shop notes\n\nWe are hiring technicians for the new paint line.\n", {}, {"technicians", "technician"}},
      // Capitalised inside a sentence the plural is part of a name.
      {"Club notes\n\nOn Sunday the Veterans Instructors plan the spring races.\n", {}, {"instructors", "instructor"}},
  });
}

TEST_CASE("a plural head counted into a group names the trade's people wherever it stands") {
  const std::vector<std::pair<std::string, std::string>> grouped = {
      {"The Stage Manager leads a crew of nine stewards on opening nights.", "Steward"},
      {"Our props room keeps a team of 3 technicians busy all winter.", "Technician"},
      // The count may be approximate or a range.
      {"The Front of House Manager leads a team of about twenty stewards.", "Steward"},
      {"Each matinee needs a crew of six to eight technicians in the fly tower.", "Technician"},
  };
  for (const auto& [sentence, name] : grouped) {
    const std::string asked = sentence;  // clang: CAPTURE's lambda cannot take a structured binding
    CAPTURE(asked);
    index::IndexedDocument d = ingest::testing::BuildText("Theatre notes\n\n" + sentence + "\n");
    CHECK(ingest::testing::RoleNamed(d, name, false) != nullptr);
  }
  // A count of things after the group is no trade.
  CheckRows({{"Theatre notes\n\nA team of four cars waits outside the loading bay.\n", {}, {"cars", "car"}}});
}

TEST_CASE("a counted plural of a derived head opening a clause as its subject names the trade's people") {
  CheckRows({
      {"Yard notes\n\nThree glaziers replace the cracked panes before the market opens.\n",
       {"Glazier", "glaziers"}, {}},
      {"Costume notes\n\nThe van leaves at six, and two upholsterers travel with the sofas.\n",
       {"Upholsterer", "upholsterers"}, {}},
      {"Stable notes\n\nAbout 4 farriers shoe the horses on Tuesdays.\n", {"Farrier", "farriers"}, {}},
      // A plural in "-es" after a sibilant: "seamstress", not "seamstresse".
      {"Costume notes\n\nTwo seamstresses mend the tents after each tour.\n", {"Seamstress", "seamstresses"},
       {"seamstresse"}},
      // A count after a verb or a preposition is anyone of that kind.
      {"Yard notes\n\nThe foreman hires three glaziers every spring.\n", {}, {"glaziers", "glazier"}},
      // The plural qualifies a noun after it: no subject of its own.
      {"Yard notes\n\nTwo glazier vans block the gate.\n", {}, {"glazier"}},
      // A capitalised word after it: part of a name.
      {"Yard notes\n\nTwo glaziers Ltd staff visited.\n", {}, {"glaziers", "glazier"}},
  });
}

TEST_CASE("a unit word both languages share, written as a name in Indonesian order, is a unit") {
  CheckRows({
      {"Catatan layanan\n\nUnit Layanan Darurat melapor kepada Kepala Kepatuhan setiap pekan.\n",
       {"Unit Layanan Darurat"}, {}},
      {"Catatan layanan\n\nKeluhan warga diteruskan ke Unit Penanganan Aduan paling lambat sore hari.\n",
       {"Unit Penanganan Aduan"}, {}},
      // In lower case it counts things; "Unit ini" names nothing more.
      {"Catatan gudang\n\nAda tiga unit forklift baru di halaman belakang.\n", {}, {"unit forklift"}},
      {"Catatan gudang\n\nUnit ini wajib menjawab setiap surat dalam tiga hari.\n", {}, {"unit ini"}},
  });
}

TEST_CASE("a desk, clinic or workshop closing a Title Case name is a unit; in lower case it is none") {
  CheckRows({
      {"Visitor guide\n\nLost umbrellas are kept at the Returns Desk until the end of the month.\n",
       {"returns desk"}, {}, true},
      {"Ward guide\n\nThe Fracture Clinic sees walk-in patients before noon on weekdays.\n", {"fracture clinic"}, {}, true},
      {"Plant guide\n\nThe Joinery Workshop builds every bench for the new canteen.\n", {"joinery workshop"}, {}, true},
      {"Office guide\n\nPlease keep your desk clear and book a workshop on safety before June.\n", {},
       {"desk", "workshop"}},
  });
}

TEST_CASE("a bar-separated byline strip names no unit, in either language") {
  CheckRows({
      {"Ferry timetable changes\n\n*Harbour Desk | 2 May 2025 | By Dewi Anggraini*\n\n"
       "The Ferry Manager announced two extra evening sailings.\n",
       {}, {"harbour desk"}},
      {"Jadwal kapal berubah\n\nTim Liputan Pesisir | 3 Mei 2025 | Oleh Sari Dewi\n\n"
       "Manajer Pelabuhan mengumumkan dua jadwal tambahan.\n",
       {}, {"tim liputan pesisir"}},
      // A bar inside a line with no byline cue is no byline: the desk stays.
      {"Contacts\n\nReturns Desk | ground floor, next to the lifts\n\nThe Returns Desk opens at nine.\n",
       {"returns desk"}, {}, true},
  });
}

TEST_CASE("one holder of a known head opening a clause before its verb names a role") {
  CheckRows({
      {"Orchard notes\n\nThe consultant visits the terraces once a month.\n", {"Consultant", "consultant"}, {}},
      {"Kiln notes\n\nA technician checks every thermocouple before a firing.\n", {"Technician", "technician"}, {}},
      {"Survey notes\n\nThe analyst is away during the rainy months.\n", {"Analyst", "analyst"}, {}},
      // After a comma that closes a clause.
      {"Crane notes\n\nWhile the crane rests, the analyst drafts the weekly log.\n", {"Analyst", "analyst"}, {}},
      {"Catatan kebun\n\nKonsultan mengunjungi teras kebun sebulan sekali.\n", {"konsultan"}, {}},
      // A modal stands where the verb would.
      {"Kiln notes\n\nThe consultant must sign each firing log.\n", {"Consultant", "consultant"}, {}},
      {"Catatan kebun\n\nKonsultan wajib memeriksa teras kebun sebulan sekali.\n", {"konsultan"}, {}},
      // A definition is no post; an object or a word of a longer phrase no subject.
      {"Glossary\n\nAn analyst is someone who studies the figures.\n", {}, {"analyst"}},
      // An object, or a word of a longer phrase, is no subject.
      {"Kiln notes\n\nWe called a technician about the cracked shelf.\n", {}, {"technician"}},
      {"Kiln notes\n\nThe technician rota hangs beside the glaze shelf.\n", {}, {"technician"}},
  });
}

TEST_CASE("an Indonesian head of a trade or a post names a role with its field") {
  CheckRows({
      {"Catatan bengkel\n\nTukang las memperbaiki pagar besi setiap Sabtu pagi.\n", {"tukang las"}, {}},
      {"Catatan pasar\n\nPengelola parkir menarik karcis di pintu keluar timur.\n", {"pengelola parkir"}, {}},
      {"Catatan dusun\n\nKader gizi menimbang balita di balai dusun tiap bulan.\n", {"kader gizi"}, {}},
      {"Catatan apotek\n\nAsisten apoteker menyiapkan obat racikan setiap pagi.\n", {"asisten apoteker"}, {}},
      {"Catatan kolam\n\nInstruktur selam memeriksa setiap tabung sebelum kelas dimulai.\n", {"instruktur selam"}, {}},
      // A topic after "soal" or "mengenai" is what the clause is about.
      {"Catatan pasar\n\nWarga bertanya kepada pengelola kantin soal jam buka libur.\n",
       {"pengelola kantin"},
       {"pengelola kantin soal jam buka libur", "pengelola kantin soal jam buka"}},
      // Alone, the head names no one.
      {"Catatan pasar\n\nSemua tukang pulang lebih awal karena hujan deras.\n", {}, {"tukang"}},
  });
}

TEST_CASE("a bare trade noun named only as people from elsewhere or in general is no post") {
  CheckRows({
      // After a preposition of origin: people who come from elsewhere.
      {"Choir handbook\n\nThe Choir Director rehearses on Tuesdays; extra players come from musicians in the next "
       "town.\n",
       {"Choir Director"},
       {"Musician", "musicians"}},
      {"Catatan perpustakaan\n\nKepala Perpustakaan menerima sumbangan buku dari guru di kampung sebelah.\n",
       {"Kepala Perpustakaan"},
       {"guru", "Teacher"}},
      // An indefinite article, never followed by a definite mention: anyone of the trade.
      {"Library notes\n\nIf the roof leaks, a plumber may be called by the Head Librarian.\n",
       {"Head Librarian"},
       {"Plumber", "plumber"}},
      // The word after a lower-case noun: the owner of a thing, not a post.
      {"Catatan perpustakaan\n\nKepala Perpustakaan menyimpan stempel notaris di lemari besi.\n",
       {"Kepala Perpustakaan"},
       {"notaris", "Notary"}},
      // Named definitely, or as the subject doing the work, the trade is the
      // document's own post, wherever else it stands.
      {"Bakery notes\n\nThe cashier counts the till every evening; change comes from the cashier too.\n",
       {"Cashier", "cashier"},
       {}},
      {"Library notes\n\nRequests for new books come from the librarian, who signs each one.\n",
       {"Librarian", "librarian"},
       {}},
      {"Library notes\n\nA plumber checks the pipes each spring, and the plumber signs the boiler log.\n",
       {"Plumber", "plumber"},
       {}},
  });
}
