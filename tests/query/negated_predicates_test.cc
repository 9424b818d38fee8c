// A role whose predicate the sentence denies ("is not allowed to", "never",
// "tidak boleh") is no answer for what it is denied; the role the text gives
// the work to is. "not only ... but also" / "tidak hanya ... tetapi juga"
// denies nothing. Notes written for this test, in English and Indonesian.
#include <doctest/doctest.h>

#include "query_fixture.h"

using namespace rolegraph;
using rolegraph::testing::Contains;
using rolegraph::testing::Lower;

namespace {

const char* kFerryNote =
    "Ticket Office at Teluk Biru Ferry\n\n"
    "The Ticket Clerk sells day passes at the harbour gate.\n"
    "The Ticket Clerk is not allowed to issue refunds for cancelled crossings.\n"
    "Refunds for cancelled crossings are issued by the Duty Supervisor.\n"
    "The Deckhand never steers the ferry.\n"
    "The Deckhand not only ties the mooring lines but also checks the life jackets.\n";

const char* kWorkshopNote =
    "Catatan Bengkel Motor Sinar\n\n"
    "Mekanik Senior memperbaiki mesin dan mengganti oli.\n"
    "Montir Magang tidak boleh menandatangani nota perbaikan.\n"
    "Nota perbaikan ditandatangani oleh Kepala Bengkel.\n"
    "Kasir Bengkel tidak hanya menerima pembayaran tetapi juga mencatat suku cadang keluar.\n";

testing::QueryFixture& Shared() {
  static testing::QueryFixture f("negated", {{"ferry.txt", kFerryNote}, {"bengkel.txt", kWorkshopNote}});
  return f;
}

// The first answer's name, lower case; empty when the question abstains.
std::string FirstRole(const char* question) {
  auto out = Shared().Ask(question);
  return out.answers.empty() ? std::string() : Lower(out.answers[0].role.name);
}

}  // namespace

TEST_CASE("a role denied a duty is not its answer; the role given it is") {
  struct Row {
    const char* question;
    const char* first;   // the first answer's name holds this (nullptr: any other role, or none)
    const char* denied;  // never the first answer
  };
  const Row rows[] = {
      {"Who issues refunds for cancelled crossings?", "duty supervisor", "ticket clerk"},
      {"Siapa yang menandatangani nota perbaikan?", "kepala bengkel", "montir magang"},
      {"Who steers the ferry?", nullptr, "deckhand"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.question);
    const std::string first = FirstRole(row.question);
    CHECK_FALSE(Contains(first, row.denied));
    if (row.first) CHECK(Contains(first, row.first));
  }
}

TEST_CASE("'not only ... but also' denies nothing") {
  CHECK(Contains(FirstRole("Who checks the life jackets on the ferry?"), "deckhand"));
  CHECK(Contains(FirstRole("Siapa yang mencatat suku cadang keluar?"), "kasir bengkel"));
  CHECK(Contains(FirstRole("Who ties the mooring lines?"), "deckhand"));
}

TEST_CASE("a heading that names a body says nothing it does") {
  // The note's title names a body and the ferry; its only
  // sentence about steering denies it to the Deckhand.
  CHECK(FirstRole("Who steers the ferry?").empty());
}
