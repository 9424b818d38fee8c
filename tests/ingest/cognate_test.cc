// CognateKey: English words and their Indonesian loanwords share a key,
// unrelated words (mostly) do not.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {
namespace {

struct Pair {
  const char* en;
  const char* id;
};

TEST_CASE("CognateKey: loanword pairs share a key") {
  const std::vector<Pair> pairs = {
      {"technology", "teknologi"},         {"infrastructure", "infrastruktur"},
      {"organization", "organisasi"},      {"organisation", "organisasi"},
      {"efficiency", "efisiensi"},         {"executive", "eksekutif"},
      {"communication", "komunikasi"},     {"production", "produksi"},
      {"product", "produk"},               {"evaluation", "evaluasi"},
      {"exploration", "eksplorasi"},       {"operation", "operasi"},
      {"strategy", "strategi"},            {"implementation", "implementasi"},
      {"integration", "integrasi"},        {"specification", "spesifikasi"},
      {"competitor", "kompetitor"},        {"digital", "digital"},
      {"department", "departemen"},        {"collaboration", "kolaborasi"},
      {"certificate", "sertifikat"},       {"director", "direktur"},
      {"manager", "manajer"},              {"vendor", "vendor"},
      {"marketing", "marketing"},          {"management", "manajemen"},
      {"structure", "struktur"},           {"quality", "kualitas"},
      {"technical", "teknis"},             {"operational", "operasional"},
      {"service", "servis"},               {"consultant", "konsultan"},
      // Inflected forms find the same key.
      {"technologies", "teknologinya"},    {"managers", "manajer"},
      {"products", "produk"},              {"executives", "eksekutif"},
      {"competitors", "kompetitor"},       {"strategies", "strategi"},
  };
  for (const Pair& p : pairs) {
    CAPTURE(p.en);
    CAPTURE(p.id);
    const std::string key = CognateKey(p.en);
    CHECK(key.size() >= 5);
    CHECK(key == CognateKey(p.id));
  }
}

TEST_CASE("CognateKey: unrelated words do not collide") {
  const std::vector<Pair> pairs = {
      {"company", "kampanye"},   {"product", "project"},     {"manager", "manajemen"},
      {"market", "marketing"},   {"teknik", "teknologi"},    {"direction", "direktur"},
      {"operator", "operasi"},   {"product", "production"},  {"strategy", "strategis"},
      {"vendor", "vektor"},      {"proses", "prose"},        {"business", "perusahaan"},
      {"director", "digital"},   {"manajer", "monitor"},     {"integration", "integritas"},
  };
  for (const Pair& p : pairs) {
    CAPTURE(p.en);
    CAPTURE(p.id);
    const std::string a = CognateKey(p.en);
    const std::string b = CognateKey(p.id);
    CHECK((a.empty() || a != b));
  }
}

TEST_CASE("CognateKey: short and non-word input has no key") {
  for (const char* word : {"", "ceo", "tim", "data", "2017", "3.500", "www.zdnet.com", "\u30C6\u30B9\u30C8"}) {
    CAPTURE(word);
    CHECK(CognateKey(word).empty());
  }
  // Diacritics fold away.
  CHECK(CognateKey("caf\u00E9teria") == CognateKey("cafeteria"));
}

}  // namespace
}  // namespace rolegraph::ingest
