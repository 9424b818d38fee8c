// Store round trip and atomic replacement, against a real RocksDB in a temp dir.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "rolegraph/index/database.h"

namespace fs = std::filesystem;
using namespace rolegraph::index;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("rolegraph-store-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

// A one-sentence document whose terms are the given words.
IndexedDocument MakeDoc(const std::string& id, const std::string& text, const std::string& role) {
  IndexedDocument d;
  d.doc.meta.id = id;
  d.doc.meta.title = id + " title";
  d.doc.meta.hash = std::to_string(std::hash<std::string>{}(text));
  d.doc.text = text;
  SentenceRecord s;
  s.index = 0;
  s.begin = 0;
  s.end = static_cast<uint32_t>(text.size());
  s.lang = Lang::kEn;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string::npos) end = text.size();
    s.terms.push_back({text.substr(pos, end - pos), static_cast<uint32_t>(pos), static_cast<uint32_t>(end), false});
    pos = end + 1;
  }
  s.mentions.push_back({role, 0, 0, false});
  d.sentences.push_back(s);
  d.roles.push_back({role, role + " name", "role", {role}, 1, 1});
  FactRecord f;
  f.role_id = role;
  f.predicate = "responsible_for";
  f.object = text;
  f.end = s.end;
  d.facts.push_back(f);
  d.cognates.push_back({"key" + text.substr(0, 3), s.terms[0].term});
  return d;
}

std::vector<Posting> PostingsOf(Reader& r, const std::string& term) {
  std::vector<Posting> out;
  CHECK(r.ForEachPosting(term, [&](const Posting& p) {
           out.push_back(p);
           return true;
         }).ok());
  return out;
}

}  // namespace

TEST_CASE("a stored document reads back whole") {
  TempDir dir;
  auto db = Database::Open(dir.path.string());
  REQUIRE(db.ok());
  auto put = (*db)->Put(MakeDoc("d1", "cto manages vendors", "cto"));
  REQUIRE(put.ok());
  CHECK(*put == PutOutcome::kAdded);
  auto reader = (*db)->NewReader();
  auto doc = reader->GetDocument("d1");
  REQUIRE(doc.ok());
  CHECK(doc->text == "cto manages vendors");
  CHECK(doc->meta.sentences == 1);
  CHECK(doc->meta.facts == 1);
  auto sentence = reader->GetSentence("d1", 0);
  REQUIRE(sentence.ok());
  REQUIRE(sentence->terms.size() == 3);
  CHECK(sentence->terms[1].term == "manages");
  CHECK(sentence->terms[1].begin == 4);
  CHECK(sentence->terms[1].end == 11);
  CHECK(sentence->mentions.at(0).role_id == "cto");
  auto postings = PostingsOf(*reader, "vendors");
  REQUIRE(postings.size() == 1);
  CHECK(postings[0].doc_id == "d1");
  CHECK(reader->DocFreq("vendors") == 1);
  CHECK(reader->Stats().documents == 1);
  CHECK(reader->CognateTerms("keycto") == std::vector<std::string>{"cto"});
  auto roles = reader->ListRoles();
  REQUIRE(roles.ok());
  REQUIRE(roles->size() == 1);
  CHECK(roles->at(0).id == "cto");
  CHECK(reader->Facts("cto")->size() == 1);
}

TEST_CASE("identical content is unchanged; new content replaces every trace of the old") {
  TempDir dir;
  auto db = Database::Open(dir.path.string());
  REQUIRE(db.ok());
  REQUIRE((*db)->Put(MakeDoc("d1", "cto manages vendors", "cto")).ok());
  REQUIRE((*db)->Put(MakeDoc("d2", "cio manages budgets", "cio")).ok());
  CHECK(*(*db)->Put(MakeDoc("d1", "cto manages vendors", "cto")) == PutOutcome::kUnchanged);
  CHECK(*(*db)->Put(MakeDoc("d1", "cmo leads marketing", "cmo")) == PutOutcome::kUpdated);

  auto reader = (*db)->NewReader();
  CHECK(PostingsOf(*reader, "vendors").empty());
  CHECK(reader->DocFreq("vendors") == 0);
  CHECK(reader->DocFreq("manages") == 1);  // d2 still has it
  CHECK(PostingsOf(*reader, "marketing").size() == 1);
  CHECK(reader->GetRole("cto").status().IsNotFound());  // lost its last mention
  CHECK(reader->GetRole("cmo").ok());
  CHECK(reader->Facts("cto")->empty());
  CHECK(reader->CognateTerms("keycto").empty());
  CHECK(reader->Stats().documents == 2);
  CHECK(reader->Stats().sentences == 2);
  CHECK(reader->Stats().facts == 2);
}

TEST_CASE("delete removes the document and a reader snapshot keeps its view") {
  TempDir dir;
  auto db = Database::Open(dir.path.string());
  REQUIRE(db.ok());
  REQUIRE((*db)->Put(MakeDoc("d1", "cto manages vendors", "cto")).ok());
  auto before = (*db)->NewReader();
  REQUIRE((*db)->Delete("d1").ok());
  CHECK((*db)->Delete("d1").IsNotFound());
  auto after = (*db)->NewReader();
  CHECK(after->GetDocument("d1").status().IsNotFound());
  CHECK(PostingsOf(*after, "vendors").empty());
  CHECK(after->ListRoles()->empty());
  CHECK(after->Stats().documents == 0);
  CHECK(after->Stats().terms == 0);
  // The older snapshot still sees the document whole.
  CHECK(before->GetDocument("d1").ok());
  CHECK(PostingsOf(*before, "vendors").size() == 1);
}

TEST_CASE("data survives reopening") {
  TempDir dir;
  {
    auto db = Database::Open(dir.path.string());
    REQUIRE(db.ok());
    REQUIRE((*db)->Put(MakeDoc("d1", "cto manages vendors", "cto")).ok());
  }
  auto db = Database::Open(dir.path.string());
  REQUIRE(db.ok());
  CHECK((*db)->GetHash("d1").ok());
  CHECK((*db)->NewReader()->GetDocument("d1")->text == "cto manages vendors");
}

TEST_CASE("opening a path that is a file fails with a status, not a crash") {
  TempDir dir;
  fs::create_directories(dir.path);
  auto file = dir.path / "not-a-db";
  { std::ofstream(file) << "x"; }
  auto db = Database::Open(file.string());
  CHECK_FALSE(db.ok());
}

TEST_CASE("several documents in one write read back like single writes; shared words are counted") {
  TempDir dir;
  auto db = Database::Open(dir.path.string());
  REQUIRE(db.ok());
  auto first = (*db)->PutMany({MakeDoc("d1", "cto manages vendors", "cto"), MakeDoc("d2", "cto signs vendors", "cto"),
                               MakeDoc("d3", "cio manages budgets", "cio")});
  REQUIRE(first.ok());
  CHECK(*first == std::vector<PutOutcome>{PutOutcome::kAdded, PutOutcome::kAdded, PutOutcome::kAdded});
  auto second = (*db)->PutMany({MakeDoc("d1", "cto manages vendors", "cto"), MakeDoc("d2", "cmo leads marketing", "cmo")});
  REQUIRE(second.ok());
  CHECK(*second == std::vector<PutOutcome>{PutOutcome::kUnchanged, PutOutcome::kUpdated});
  CHECK((*db)->PutMany({MakeDoc("d4", "a b", "cto"), MakeDoc("d4", "c d", "cto")}).status().code() ==
        rolegraph::Status::Code::kInvalidArgument);

  auto reader = (*db)->NewReader();
  auto vendors = PostingsOf(*reader, "vendors");
  REQUIRE(vendors.size() == 1);
  CHECK(vendors[0].doc_id == "d1");
  CHECK(reader->DocFreq("vendors") == 1);
  CHECK(reader->DocFreq("manages") == 2);
  CHECK(reader->Stats().documents == 3);
  CHECK(reader->GetDocument("d4").status().IsNotFound());
  // d1 and d2 both used cognate key "keycto"; d2's new version does not.
  CHECK(reader->CognateTerms("keycto") == std::vector<std::string>{"cto"});
  REQUIRE((*db)->Delete("d1").ok());
  CHECK((*db)->NewReader()->CognateTerms("keycto").empty());
}
