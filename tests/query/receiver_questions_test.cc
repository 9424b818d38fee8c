// Questions asking who receives something ("who receives X from Y?",
// "siapa yang menerima ...?", "which role is X handed to?") over a note
// written for this test, in both languages: a sentence that hands the thing
// on answers with the role it goes to, never with the role handing it over;
// a sentence holding the receiving verb itself answers with its subject; a
// question about the doer is unchanged. "Who does X report to?" and "Who is
// X's boss?" with X named in other words than the document's are answered by
// the role the evidence reports to, never by X itself.
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace rolegraph;
using rolegraph::testing::Contains;
using rolegraph::testing::IsNamed;
using rolegraph::testing::Lower;

namespace {

const char* kFerryNote =
    "Ferry Terminal Duties\n\n"
    "The Terminal Manager supervises the ticket clerks and approves the weekly rota.\n"
    "The Ticket Clerk sells passes to commuters and hands the daily cash count to the Revenue Officer.\n"
    "Kepala Dermaga menyerahkan laporan insiden kepada Terminal Manager setiap pagi.\n"
    "The Quay Supervisor receives the tide tables from the harbour authority every Monday.\n"
    "Juru Timbang mencatat berat setiap karung dan melapor kepada Kepala Gudang.\n"
    "Operator Entri Data menyetorkan rekap harian kepada Kepala Seksi Data setiap sore.\n"
    "Uang sewa kios diterima oleh Seksi Kas Dermaga setiap awal bulan.\n";

testing::QueryFixture& Shared() {
  static testing::QueryFixture f("receivers", {{"ferry.txt", kFerryNote}});
  return f;
}

const char* kWarehouseNote =
    "Struktur Tim Gudang\n\n"
    "Kepala Regu Muat melapor kepada Koordinator Lapangan.\n"
    "Juru Timbang mencatat berat setiap karung dan melapor kepada Kepala Gudang.\n"
    "Petugas Keamanan berjaga di gerbang utama pada malam hari.\n";

}  // namespace

TEST_CASE("a question asking who receives something answers with the receiver, not the giver") {
  struct Row {
    std::string question;
    std::string answer;    // the first answer's role name or an alias, lower case
    std::string evidence;  // part of its first citation
    std::string giver;     // the role handing the thing on: never the first answer
  };
  const Row rows[] = {
      // the receiving verb with the giver after "from" / "dari"
      {"Who receives the daily cash count from the ticket clerk?", "revenue officer", "daily cash count",
       "ticket clerk"},
      {"Siapa yang menerima laporan insiden dari Kepala Dermaga?", "terminal manager", "laporan insiden",
       "kepala dermaga"},
      // the receiver asked by a closing "to"
      {"Which role is the daily cash count handed to?", "revenue officer", "daily cash count", "ticket clerk"},
      // "to whom" / "kepada siapa" as before
      {"Kepada siapa Kepala Dermaga menyerahkan laporan insiden?", "terminal manager", "laporan insiden",
       "kepala dermaga"},
      // the receiver asked by "to which ..." / "ke ... mana"
      {"Ke pejabat mana operator entri data menyetorkan rekap hariannya?", "kepala seksi data", "rekap harian",
       "operator entri data"},
      {"To which officer does the data entry operator hand the daily recap?", "kepala seksi data", "rekap harian",
       "operator entri data"},
      // a sentence with the receiving verb: its subject (or agent) receives
      {"Ke seksi mana uang sewa kios dibayarkan?", "seksi kas dermaga", "Uang sewa kios diterima", "kepala seksi data"},
      {"Who receives the tide tables?", "quay supervisor", "receives the tide tables", "terminal manager"},
      // a reporting line asked of a role in other words ("weighing clerk")
      {"Who does the weighing clerk report to?", "kepala gudang", "melapor kepada Kepala Gudang", "juru timbang"},
      // the doer asked: unchanged
      {"Who sells passes to commuters?", "ticket clerk", "sells passes", "revenue officer"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.question);
    auto out = Shared().Ask(row.question);
    REQUIRE_FALSE(out.answers.empty());
    CHECK(IsNamed(out.answers[0], row.answer));
    CHECK_FALSE(Contains(Lower(out.answers[0].role.name), row.giver));
    REQUIRE_FALSE(out.answers[0].citations.empty());
    CHECK(Contains(out.answers[0].citations[0].text, row.evidence));
  }
}

TEST_CASE("a question asking for the boss of a role named in other words answers with the role above it") {
  static testing::QueryFixture f("superiors", {{"gudang.txt", kWarehouseNote}});
  // "team leader" is no name of "Kepala Regu Muat" the lexicon knows: the role it
  // reports to answers, not the role itself (it did, before).
  auto out = f.Ask("Who is the team leader's boss?");
  REQUIRE_FALSE(out.answers.empty());
  CHECK(IsNamed(out.answers[0], "koordinator lapangan"));
  REQUIRE_FALSE(out.answers[0].citations.empty());
  CHECK(Contains(out.answers[0].citations[0].text, "Kepala Regu Muat melapor kepada Koordinator Lapangan"));
}

TEST_CASE("a role the question sets aside ('apart from', 'selain') is never its answer") {
  static testing::QueryFixture f(
      "set_aside",
      {{"gudang.txt",
        "Brankas Koperasi\n\n"
        "Dua kunci dibutuhkan untuk membuka brankas utama: satu dipegang oleh Bendahara dan satu lagi oleh "
        "Manajer Piket hari itu.\n"
        "Bendahara mencatat setiap uang yang keluar dari brankas.\n"}});
  // The exclusion word is no word of the work asked: it does not thin the
  // evidence's coverage into an abstention.
  for (const std::string question : {"Apart from the Bendahara, who holds the second key?",
                                     "Besides the Bendahara, who keeps a key?",
                                     "Selain Bendahara, siapa yang memegang kunci brankas utama?"}) {
    CAPTURE(question);
    auto out = f.Ask(question);
    REQUIRE_FALSE(out.abstained);
    REQUIRE_FALSE(out.answers.empty());
    CHECK(Contains(Lower(out.answers[0].role.name), "manajer piket"));
    for (const auto& a : out.answers) CHECK_FALSE(Contains(Lower(a.role.name), "bendahara"));
  }
}

// A role set aside is no subject of the question, even where it reports
// to someone too: "who do the rangers report to?" asked beside it reads the
// rangers' other line ("although some report to ...").
TEST_CASE("a reporting question that sets one superior aside answers the other line") {
  static testing::QueryFixture f(
      "set_aside_line",
      {{"park.txt",
        "Park Office\n\n"
        "The Park Manager plans the season and signs every permit.\n"
        "The Head Ranger reports to the Park Manager.\n"
        "Trail rangers report to the Head Ranger, although some report to the Visitor Centre Lead during the "
        "summer festival.\n"}});
  for (const std::string question : {"Besides the Head Ranger, to whom might some trail rangers report?",
                                     "Selain Head Ranger, kepada siapa trail ranger bisa melapor?"}) {
    CAPTURE(question);
    auto out = f.Ask(question);
    REQUIRE_FALSE(out.answers.empty());
    CHECK(Contains(Lower(out.answers[0].role.name), "visitor centre lead"));
    for (const auto& a : out.answers) CHECK_FALSE(Contains(Lower(a.role.name), "head ranger"));
  }
}
