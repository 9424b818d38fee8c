// A role absent from corpus/, described in a document written for this test
// (tests/data/kg/), is recognised with its aliases and at least 80% of the
// responsibilities the document states become facts of that role.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer_test_util.h"
#include "rolegraph/ingest/ingester.h"

using namespace rolegraph;

namespace {

const ingest::Analyzer& TheAnalyzer() { return ingest::testing::SharedAnalyzer(); }

std::string ReadKgFile(const std::string& name) {
  const std::string path = std::string(ROLEGRAPH_SOURCE_DIR) + "/tests/data/kg/" + name;
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open " << path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

index::IndexedDocument BuildFile(const std::string& name, const std::string& lang) {
  ingest::DocumentInput in;
  in.id = name.substr(0, name.find('.'));
  in.lang = lang;
  in.text = ReadKgFile(name);
  auto doc = ingest::BuildDocument(TheAnalyzer(), in);
  REQUIRE_MESSAGE(doc.ok(), doc.status().ToString());
  return std::move(*doc);
}

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

bool Names(const index::RoleRecord& r, const std::string& alias) {
  const std::string want = Lower(alias);
  if (Lower(r.name) == want) return true;
  return std::any_of(r.aliases.begin(), r.aliases.end(), [&](const std::string& a) { return Lower(a) == want; });
}

std::string Describe(const index::IndexedDocument& d) {
  std::ostringstream out;
  out << "roles:";
  for (const auto& r : d.roles) {
    out << "\n  " << r.id << " (" << r.kind << ") name=\"" << r.name << "\" aliases=[";
    for (const auto& a : r.aliases) out << "\"" << a << "\" ";
    out << "]";
  }
  out << "\nfacts:";
  for (const auto& f : d.facts)
    out << "\n  " << f.role_id << " " << f.predicate << " \"" << f.object << "\""
        << (f.object_role_id.empty() ? "" : " -> " + f.object_role_id);
  return out.str();
}

// Counts the expected responsibilities found as a fact object of `role_id`
// and CHECKs that at least 80% are; lists the missing ones.
void CheckResponsibilities(const index::IndexedDocument& d, const std::string& role_id,
                           const std::vector<std::string>& expected) {
  std::vector<std::string> missing;
  for (const auto& want : expected) {
    bool found = std::any_of(d.facts.begin(), d.facts.end(), [&](const index::FactRecord& f) {
      return f.role_id == role_id && f.object.find(want) != std::string::npos;
    });
    if (!found) missing.push_back(want);
  }
  std::string list;
  for (const auto& m : missing) list += "\n  missing: " + m;
  const size_t found = expected.size() - missing.size();
  INFO(Describe(d));
  CHECK_MESSAGE(found * 5 >= expected.size() * 4,
                found << "/" << expected.size() << " responsibilities of " << role_id << " found" << list);
  if (!missing.empty()) MESSAGE(found << "/" << expected.size() << " of " << role_id << list);
}

}  // namespace

TEST_CASE("new role (en): a Chief Financial Officer document") {
  auto d = BuildFile("cfo-en.txt", "en");
  const index::RoleRecord* cfo = nullptr;
  for (const auto& r : d.roles)
    if (r.id == "cfo") cfo = &r;
  REQUIRE_MESSAGE(cfo != nullptr, Describe(d));
  CHECK(cfo->kind == "role");
  CHECK_MESSAGE(Names(*cfo, "Chief Financial Officer"), Describe(d));
  CHECK_MESSAGE(Names(*cfo, "CFO"), Describe(d));

  // One row per responsibility the document states, by a distinctive part.
  const std::vector<std::string> expected = {
      "financial planning",        // The CFO is responsible for ...
      "accounting department",     // The CFO also oversees ...
      "cash flow",                 // They manage ...
      "banks and investors",       // ... the CFO is in charge of relations with ...
      "tax laws",                  // the CFO ensures compliance with ...
      "internal audit",            // This position also leads ...
      "investment opportunities",  // list item 1
      "financial risk",            // list item 2
      "Negotiate loans",           // list item 3
      "quarterly reports",         // list item 4
  };
  CheckResponsibilities(d, "cfo", expected);
}

TEST_CASE("new role (id): a Kepala Gudang document") {
  auto d = BuildFile("kepala-gudang-id.txt", "id");
  const index::RoleRecord* head = nullptr;
  for (const auto& r : d.roles)
    if (r.kind == "role" && Names(r, "kepala gudang")) head = &r;
  REQUIRE_MESSAGE(head != nullptr, "no role has the alias \"kepala gudang\"\n" << Describe(d));
  int same = 0;
  for (const auto& r : d.roles) same += Names(r, "kepala gudang");
  CHECK_MESSAGE(same == 1, "kepala gudang is more than one entity\n" << Describe(d));

  const std::vector<std::string> expected = {
      "seluruh kegiatan di gudang",  // Kepala gudang adalah orang yang memimpin ...
      "penerimaan barang",           // Kepala gudang bertanggung jawab atas ...
      "penyimpanan barang",          // Ia juga mengawasi ...
      "stok persediaan",             // kepala gudang mengelola ...
      "pengiriman barang",           // Dia memastikan ...
      "laporan persediaan",          // Kepala gudang memiliki tanggung jawab menyusun ...
      "kebersihan",                  // Posisi ini juga bertanggung jawab untuk menjaga ...
      "staf gudang",                 // list item 1
      "stock opname",                // list item 2
      "biaya operasional",           // list item 3
  };
  CheckResponsibilities(d, head->id, expected);
}
