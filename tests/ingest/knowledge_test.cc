// Role recognition, coreference and fact extraction, through BuildDocument
// (the public ingest API), on small texts written for these tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "analyzer_test_util.h"
#include "rolegraph/ingest/ingester.h"

using namespace rolegraph;

namespace {

const ingest::Analyzer& TheAnalyzer() { return ingest::testing::SharedAnalyzer(); }

index::IndexedDocument Build(const std::string& text) { return ingest::testing::BuildText(text); }

const index::RoleRecord* FindRole(const index::IndexedDocument& d, const std::string& id) {
  for (const auto& r : d.roles)
    if (r.id == id) return &r;
  return nullptr;
}

bool HasAlias(const index::RoleRecord& r, const std::string& alias) {
  return std::find(r.aliases.begin(), r.aliases.end(), alias) != r.aliases.end();
}

// The sentence of the document whose text starts with `prefix`.
const index::SentenceRecord& SentenceStarting(const index::IndexedDocument& d, const std::string& prefix) {
  for (const auto& s : d.sentences)
    if (d.doc.text.compare(s.begin, prefix.size(), prefix) == 0) return s;
  FAIL("no sentence starts with " << prefix);
  return d.sentences.front();
}

}  // namespace

TEST_CASE("acronym definitions in both languages make one role with its long name") {
  struct Row {
    std::string text, id, name;
  };
  const Row rows[] = {
      {"CFO, atau Chief Financial Officer, menyetujui anggaran tahunan.", "cfo", "Chief Financial Officer"},
      {"The chief operating officer (COO) runs daily operations.", "coo", "Chief Operating Officer"},
      {"COO or chief operating officer is a senior executive.", "coo", "Chief Operating Officer"},
      {"CHRO which stands for chief human resources officer leads people teams.", "chro",
       "Chief Human Resources Officer"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    auto d = Build(row.text);
    const auto* r = FindRole(d, row.id);
    REQUIRE(r != nullptr);
    CHECK(r->name == row.name);
    CHECK(HasAlias(*r, row.id == "chro" ? "CHRO" : row.id == "cfo" ? "CFO" : "COO"));
  }
}

TEST_CASE("job titles with modifiers meet across languages; bare nouns, people and sites are not roles") {
  auto d = Build(
      "Manajer pemasaran menyusun kampanye.\n"
      "The marketing manager reports to the sales director.\n"
      "A manager is someone who manages.\n"
      "According to Investopedia, Jane Doe works at Acme.\n");
  const auto* mm = FindRole(d, "marketing-manager");
  REQUIRE(mm != nullptr);
  CHECK(mm->mentions == 2);
  CHECK(HasAlias(*mm, "manajer pemasaran"));
  CHECK(FindRole(d, "sales-director") != nullptr);
  CHECK(FindRole(d, "manager") == nullptr);
  for (const auto& r : d.roles) {
    CHECK(r.id.find("investopedia") == std::string::npos);
    CHECK(r.id.find("jane") == std::string::npos);
  }
}

TEST_CASE("a less specific title folds into the document's more specific one") {
  auto d = Build(
      "Seorang manajer keuangan senior mengawasi laporan bulanan.\n"
      "Manajer senior juga menyetujui pengeluaran besar.\n");
  const auto* r = FindRole(d, "senior-finance-manager");
  REQUIRE(r != nullptr);
  CHECK(HasAlias(*r, "manajer senior"));
  CHECK(FindRole(d, "senior-manager") == nullptr);
}

TEST_CASE("pronouns and 'this position' resolve to the role in focus") {
  auto d = Build(
      "1. CFO\n"
      "The CFO oversees the finance team. They approve the annual budget.\n"
      "This position also signs every contract.\n"
      "Treasury reports arrive weekly.\n"
      "2. COO\n"
      "Dia mengelola operasi harian.\n");
  CHECK(SentenceStarting(d, "They approve").focus_role == "cfo");
  CHECK(SentenceStarting(d, "This position").focus_role == "cfo");
  const auto& no_role = SentenceStarting(d, "Treasury reports");
  CHECK(no_role.focus_role == "cfo");
  CHECK(no_role.focus_confidence < 1.0f);
  CHECK(SentenceStarting(d, "Dia mengelola").focus_role == "coo");
  const auto& pronoun = SentenceStarting(d, "They approve");
  REQUIRE(!pronoun.mentions.empty());
  CHECK(pronoun.mentions[0].pronoun);
}

TEST_CASE("a sentence naming no role is the topic's only where one role dominates the document") {
  struct Row {
    std::string text, sentence, focus;  // focus "" = no role
  };
  const Row rows[] = {
      // A role profile: the Quartermaster is named three times, the Purser once.
      {"The Quartermaster keeps the ship's stores. The Quartermaster counts the rope each week.\n\n"
       "The Quartermaster works beside the Purser on the ledgers.\n\n"
       "Five years at sea are expected.",
       "Five years", "quartermaster"},
      {"Juru Mudi memegang kemudi kapal. Juru Mudi membaca peta setiap pagi.\n\n"
       "Juru Mudi melapor kepada Nakhoda.\n\n"
       "Pengalaman dua tahun diutamakan.",
       "Pengalaman dua", "juru-mudi"},
      // A matrix-like note: three roles, each named twice; none is the topic.
      {"The Quartermaster keeps the stores. The Purser keeps the ledgers. The Boatswain keeps the deck.\n\n"
       "The Quartermaster signs for rope. The Purser signs for coin. The Boatswain signs for paint.\n\n"
       "Five years at sea are expected.",
       "Five years", ""},
  };
  for (const auto& row : rows) {
    CAPTURE(row.text);
    auto d = Build(row.text);
    const auto& s = SentenceStarting(d, row.sentence);
    CHECK(s.focus_role == row.focus);
  }
}

TEST_CASE("facts carry predicate, object span and relations") {
  auto d = Build(
      "CFO, atau Chief Financial Officer, bertanggung jawab atas pengelolaan arus kas.\n"
      "The controller reports to the CFO.\n"
      "The financial controller reports to the CFO every month.\n");
  bool responsibility = false, relation = false;
  for (const auto& f : d.facts) {
    CHECK(d.doc.text.substr(f.object_begin, f.object_end - f.object_begin) == f.object);
    if (f.role_id == "cfo" && f.predicate == "responsible_for") {
      responsibility = true;
      CHECK(f.object.find("arus kas") != std::string::npos);
    }
    if (f.predicate == "reports_to" && f.object_role_id == "cfo") relation = true;
  }
  CHECK(responsibility);
  CHECK(relation);
}

TEST_CASE("a list of responsibilities becomes facts of the role that introduced it") {
  auto d = Build(
      "The main responsibilities of the chief data officer (CDO) are as follows:\n"
      "  1. Define data strategy\n"
      "  2. Oversee data quality\n");
  int listed = 0;
  for (const auto& f : d.facts)
    if (f.role_id == "cdo" && f.predicate == "responsible_for" &&
        (f.object == "Define data strategy" || f.object == "Oversee data quality"))
      ++listed;
  CHECK(listed == 2);
}

TEST_CASE("web furniture is stored but yields no roles or facts") {
  auto d = Build(
      "The CISO sets the security policy.\n"
      "Leave a Reply\n"
      "Your email address will not be published.\n"
      "Acme IT Consultant is the right choice, visit our website by clicking this link.\n");
  CHECK(FindRole(d, "it-consultant") == nullptr);
  int furniture = 0;
  for (const auto& s : d.sentences) furniture += s.boilerplate ? 1 : 0;
  CHECK(furniture == 3);
  for (const auto& f : d.facts) CHECK(f.role_id == "ciso");
}

TEST_CASE("the items of a list that furniture leads in are furniture too") {
  auto d = Build(
      "Kepala Dapur menyusun menu mingguan.\n\n"
      "Baca juga:\n"
      "- Pedagang Kopi Keliling Menunggu Musim Hujan\n"
      "- Related: Tukang Roti Kampung Bertahan di Tengah Pandemi\n\n"
      "Kepala Dapur juga memeriksa stok bumbu.\n");
  CHECK(d.roles.size() == 1);  // the head cook only: no headline of a related article
  int furniture = 0;
  for (const auto& s : d.sentences) furniture += s.boilerplate ? 1 : 0;
  CHECK(furniture == 3);
  CHECK_FALSE(d.sentences.back().boilerplate);
}

TEST_CASE("bad documents are refused with a clear status") {
  ingest::DocumentInput in;
  in.id = "../etc/passwd";
  in.text = "text";
  CHECK(ingest::BuildDocument(TheAnalyzer(), in).status().IsInvalidArgument());
  in.id = "ok";
  in.text = "   \n ";
  CHECK(ingest::BuildDocument(TheAnalyzer(), in).status().IsInvalidArgument());
  in.text = std::string("bad \xff\xfe bytes");
  CHECK(ingest::BuildDocument(TheAnalyzer(), in).status().IsInvalidArgument());
}
