// Titles built like compounds: a hyphenated word with a function word in
// it, nouns qualifying a word that is only ever a person, a verbal noun
// opening a sentence, a unit's role noun and an English compound inside an
// Indonesian title. Sentences written for these tests.
#include "title_rows.h"

namespace rolegraph::ingest::testing {
namespace {

TEST_CASE("a hyphenated word with a function word in it qualifies the head whole") {
  const Row rows[] = {
      {"When she is away, tablets are handed out by the back-up pharmacist.\n", "Back-up Pharmacist",
       {"back-up pharmacist", "back up pharmacist"}, {"up pharmacist"}},
      {"The Senior Day-of Coordinator briefs the ushers at noon.\n", "Senior Day-of Coordinator",
       {"senior day-of coordinator"}, {"senior coordinator"}},
      // A count or a word saying how the post is held stays out.
      {"Twenty-two sorters work on the night floor.\n", nullptr, {"sorter"}, {"twenty-two sorter", "two sorter"}},
      {"A part-time cashier opens the till.\n", nullptr, {"cashier"}, {"part-time cashier", "time cashier"}},
  };
  CheckRows(rows);
}

TEST_CASE("nouns before a word that is only ever a person are the title's words after 'the' or a possessive") {
  const Row rows[] = {
      {"The duty observer logs the cloud cover at night.\n", "Duty Observer", {"duty observer"}, {}},
      {"Each plan is signed by the radiation oncologist on Friday.\n", nullptr, {"radiation oncologist"}, {}},
      // A word that is also a thing ("guide": a book; "coach": a bus) needs
      // more than a determiner.
      {"Read the user guide before you start the press.\n", nullptr, {}, {"user guide"}},
      {"The night coach leaves the square at nine.\n", nullptr, {}, {"night coach"}},
      // After an indefinite article the phrase names a kind, not a post.
      {"We are an equal opportunity employer and welcome all applicants.\n", nullptr, {},
       {"equal opportunity employer", "opportunity employer"}},
  };
  CheckRows(rows);
}

TEST_CASE("a verbal noun opening a sentence before another noun of a person's title names the work") {
  const Row rows[] = {
      {"Reading room attendants report to the archive supervisor.\n", "Reading Room Attendant",
       {"reading room attendant", "reading room attendants"}, {"room attendant"}},
      // Before a unit word it is the clause's verb: the unit is its object.
      {"Reconciling ticket office takings is a job for the ticketing supervisor.\n", nullptr,
       {"ticketing supervisor"}, {"reconciling ticket office"}},
  };
  CheckRows(rows);
}

TEST_CASE("after 'the' or a possessive a past participle is a word of the title; after 'a' it describes the holder") {
  const Row rows[] = {
      {"The shared services unit pays every supplier invoice.\n", "Shared Services Unit", {"shared services unit"},
       {"services unit"}},
      {"Each valuation is signed by the appointed actuary.\n", nullptr, {"appointed actuary"}, {}},
      {"A qualified nurse checks the ward every hour.\n", nullptr, {"nurse"}, {"qualified nurse"}},
      // How the post is held stays out.
      {"The hired technician fixes the pump on Fridays.\n", nullptr, {}, {"hired technician"}},
  };
  CheckRows(rows);
}

TEST_CASE("an Indonesian title keeps a unit's role noun and an English compound that closes it") {
  const Row rows[] = {
      {"Rapat bulanan dipimpin oleh kepala kantor perwakilan di Makassar.\n", "Kepala Kantor Perwakilan",
       {"kepala kantor perwakilan"}, {"kepala kantor"}},
      {"Asisten tour leader membantu jamaah di bandara.\n", "Asisten Tour Leader", {"asisten tour leader"},
       {"asisten tour"}},
      // A lower-case unit joins a second plain field after a conjunction; a
      // role after it is a second title.
      {"Laporan tahunan disusun oleh bagian perencanaan dan keuangan.\n", "Bagian Perencanaan dan Keuangan",
       {"bagian perencanaan dan keuangan"}, {"bagian perencanaan"}},
      {"Permohonan visa diajukan oleh bagian dokumen & visa setiap Senin.\n", "Bagian Dokumen & Visa",
       {"bagian dokumen & visa"}, {"bagian dokumen"}},
      {"Stok dihitung oleh bagian gudang dan kasir setiap malam.\n", nullptr, {"bagian gudang"},
       {"bagian gudang dan kasir"}},
      {"Stok dihitung oleh bagian gudang dan kasir setiap malam.\n", nullptr, {"kasir"}, {}},
  };
  CheckRows(rows);
}

}  // namespace
}  // namespace rolegraph::ingest::testing
