// Every fact pattern family (docs/predicates.md) in English and Indonesian,
// through BuildDocument, on sentences written for these tests: one row per
// input text with the fact a reader expects from it. Roles are named by an
// alias as the text writes them, so a row does not depend on id spelling.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "analyzer_test_util.h"
#include "rolegraph/ingest/ingester.h"

using namespace rolegraph;

namespace {

index::IndexedDocument Build(const std::string& text) { return ingest::testing::BuildText(text); }

std::string Describe(const index::IndexedDocument& d) {
  std::ostringstream out;
  out << "roles:";
  for (const auto& r : d.roles) {
    out << " " << r.id << "[";
    for (const auto& a : r.aliases) out << a << ";";
    out << "]";
  }
  out << "\nfacts:";
  for (const auto& f : d.facts)
    out << "\n  " << f.role_id << " " << f.predicate << " \"" << f.object << "\""
        << (f.object_role_id.empty() ? "" : " -> " + f.object_role_id);
  return out.str();
}

// Every fact: the object is exactly its bytes and lies inside its sentence,
// and [begin, end) is that sentence.
void CheckSpans(const index::IndexedDocument& d) {
  const std::string& text = d.doc.text;
  for (const auto& f : d.facts) {
    CAPTURE(f.object);
    REQUIRE(f.object_begin <= f.object_end);
    REQUIRE(f.object_end <= text.size());
    CHECK(text.substr(f.object_begin, f.object_end - f.object_begin) == f.object);
    CHECK(f.begin <= f.object_begin);
    CHECK(f.object_end <= f.end);
    CHECK_FALSE(f.object.empty());
    REQUIRE(f.sentence < d.sentences.size());
    CHECK(d.sentences[f.sentence].begin == f.begin);
    CHECK(d.sentences[f.sentence].end == f.end);
  }
}

struct Row {
  std::string family;
  std::string text;
  std::string subject;    // how the text names the subject role
  std::string predicate;  // expected predicate
  std::string object;     // a part of the expected object text
  std::string target{};   // relations: how the text names the object role
};

void CheckRows(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    CAPTURE(row.family);
    CAPTURE(row.text);
    auto d = Build(row.text);
    CheckSpans(d);
    const std::string role = ingest::testing::RoleIdNamed(d, row.subject);
    CHECK_MESSAGE(!role.empty(), "no role named \"" << row.subject << "\"\n" << Describe(d));
    if (role.empty()) continue;
    std::string target;
    if (!row.target.empty()) {
      target = ingest::testing::RoleIdNamed(d, row.target);
      CHECK_MESSAGE(!target.empty(), "no role named \"" << row.target << "\"\n" << Describe(d));
    }
    bool found = std::any_of(d.facts.begin(), d.facts.end(), [&](const index::FactRecord& f) {
      return f.role_id == role && f.predicate == row.predicate && f.object.find(row.object) != std::string::npos &&
             (row.target.empty() || (!target.empty() && f.object_role_id == target));
    });
    CHECK_MESSAGE(found, "expected " << role << " " << row.predicate << " \"..." << row.object << "...\""
                                     << (row.target.empty() ? "" : " -> " + row.target) << "\n"
                                     << Describe(d));
  }
}

// Facts of `role` with `predicate` whose object is exactly one of `objects`.
int CountExact(const index::IndexedDocument& d, const std::string& role, const std::string& predicate,
               const std::vector<std::string>& objects) {
  int n = 0;
  for (const auto& f : d.facts)
    if (f.role_id == role && f.predicate == predicate &&
        std::find(objects.begin(), objects.end(), f.object) != objects.end())
      ++n;
  return n;
}

}  // namespace

TEST_CASE("responsibility patterns") {
  CheckRows({
      {"id bertanggung jawab atas",
       "CFO, atau Chief Financial Officer, bertanggung jawab atas laporan keuangan perusahaan.", "CFO",
       "responsible_for", "laporan keuangan"},
      {"id bertanggung jawab untuk", "Direktur pemasaran bertanggung jawab untuk merancang strategi merek.",
       "direktur pemasaran", "responsible_for", "strategi merek"},
      {"id memiliki tanggung jawab", "Manajer keuangan memiliki tanggung jawab menyusun anggaran tahunan.",
       "manajer keuangan", "responsible_for", "anggaran tahunan"},
      {"id tugas ... termasuk", "CFO mengawasi tim akuntansi. Tugas CFO termasuk menyusun laporan pajak.", "CFO",
       "responsible_for", "laporan pajak"},
      {"en is responsible for", "The chief operating officer (COO) is responsible for daily operations.", "COO",
       "responsible_for", "daily operations"},
      {"en in charge of", "The marketing manager is in charge of the advertising budget.", "marketing manager",
       "responsible_for", "advertising budget"},
      {"en are held by", "Budget planning, tax reporting and cash management are held by the CFO.", "CFO",
       "responsible_for", "tax reporting"},
  });
}

TEST_CASE("responsibility lists: 'main responsibilities ... as follows' then numbered items") {
  SUBCASE("English") {
    auto d = Build(
        "The main responsibilities of the chief security officer (CSO) are as follows:\n"
        "1. Protect customer data\n"
        "2. Train staff on security\n"
        "3. Respond to incidents\n"
        "The CSO reports to the CEO.\n");
    CheckSpans(d);
    INFO(Describe(d));
    CHECK(CountExact(d, "cso", "responsible_for",
                     {"Protect customer data", "Train staff on security", "Respond to incidents"}) == 3);
  }
  SUBCASE("English, list after a pronoun sentence, closing with a period") {
    auto d = Build(
        "The chief data officer (CDO) runs the data platform.\n"
        "Their main responsibilities are as follows.\n"
        "  1. Define data strategy\n"
        "  2. Oversee data quality\n");
    CheckSpans(d);
    INFO(Describe(d));
    CHECK(CountExact(d, "cdo", "responsible_for", {"Define data strategy", "Oversee data quality"}) == 2);
  }
  SUBCASE("Indonesian") {
    auto d = Build(
        "Tugas utama direktur keuangan adalah sebagai berikut:\n"
        "1. Menyusun anggaran perusahaan\n"
        "2. Mengawasi arus kas\n"
        "3. Melaporkan kinerja keuangan kepada direksi\n");
    CheckSpans(d);
    INFO(Describe(d));
    const std::string role = ingest::testing::RoleIdNamed(d, "direktur keuangan");
    REQUIRE(!role.empty());
    CHECK(CountExact(d, role, "responsible_for",
                     {"Menyusun anggaran perusahaan", "Mengawasi arus kas",
                      "Melaporkan kinerja keuangan kepada direksi"}) == 3);
  }
}

TEST_CASE("management patterns") {
  CheckRows({
      {"id mengelola", "CTO mengelola tim pengembang perangkat lunak.", "CTO", "manages", "tim pengembang"},
      {"id mengawasi", "Manajer produksi mengawasi jalur perakitan di pabrik.", "manajer produksi", "supervises",
       "jalur perakitan"},
      {"id memimpin", "CEO memimpin rapat dewan direksi setiap kuartal.", "CEO", "leads", "rapat dewan direksi"},
      {"en manages", "The CTO manages the engineering budget.", "CTO", "manages", "engineering budget"},
      {"en supervises", "The COO supervises the logistics staff.", "COO", "supervises", "logistics staff"},
      {"en oversees", "The CFO oversees internal audits.", "CFO", "supervises", "internal audits"},
      {"en leads", "The CMO leads the brand team.", "CMO", "leads", "brand team"},
  });
}

TEST_CASE("relation patterns") {
  CheckRows({
      {"en reports to", "The finance manager reports to the CFO.", "finance manager", "reports_to", "CFO", "CFO"},
      {"id melapor kepada", "Manajer keuangan melapor kepada CFO setiap bulan.", "manajer keuangan", "reports_to",
       "CFO", "CFO"},
      {"en account for their performance to",
       "The CMO sets the brand strategy. They account for their performance to the CEO.", "CMO", "reports_to", "CEO",
       "CEO"},
      {"en collaborates with", "The CTO collaborates with the CMO on product launches.", "CTO", "collaborates_with",
       "CMO", "CMO"},
      {"id berkolaborasi", "CTO berkolaborasi dengan CMO dalam peluncuran produk.", "CTO", "collaborates_with", "CMO",
       "CMO"},
      {"id bersinergi", "CFO bersinergi dengan COO untuk menekan biaya.", "CFO", "collaborates_with", "COO", "COO"},
      {"en coordinates with", "The CPO coordinates with the chief marketing officer (CMO) on pricing.", "CPO",
       "coordinates_with", "CMO", "CMO"},
      {"id berkoordinasi dengan", "CFO berkoordinasi dengan manajer pembelian setiap minggu.", "CFO",
       "coordinates_with", "manajer pembelian", "manajer pembelian"},
      {"en is similar to", "A COO is similar to an operations director.", "COO", "similar_to", "operations director",
       "operations director"},
      {"id mirip dengan", "CMO mirip dengan direktur pemasaran.", "CMO", "similar_to", "direktur pemasaran",
       "direktur pemasaran"},
      {"en is usually held by", "In small firms the CPO position is usually held by the product manager.", "CPO",
       "held_by", "product manager", "product manager"},
      {"id biasanya dipegang oleh", "Di perusahaan kecil, posisi CFO biasanya dipegang oleh manajer keuangan.", "CFO",
       "held_by", "manajer keuangan", "manajer keuangan"},
  });
}

TEST_CASE("focus and requirement patterns") {
  CheckRows({
      {"id berfokus pada", "CIO berfokus pada keamanan data internal.", "CIO", "focuses_on", "keamanan data"},
      {"en focuses on", "The CMO focuses on customer acquisition.", "CMO", "focuses_on", "customer acquisition"},
      {"id minimal N tahun pengalaman", "Untuk menjadi CFO, minimal 10 tahun pengalaman di bidang keuangan diperlukan.",
       "CFO", "requires", "10 tahun pengalaman"},
      {"en at least N years of experience", "A CTO needs at least 5 years of experience in software engineering.",
       "CTO", "requires", "5 years of experience"},
  });
}

TEST_CASE("creates, ensures, decides") {
  CheckRows({
      {"en develops", "The CTO develops the technology roadmap.", "CTO", "creates", "technology roadmap"},
      {"id mengembangkan", "CTO mengembangkan peta jalan teknologi.", "CTO", "creates", "peta jalan"},
      {"en ensures", "The CIO ensures that every system is backed up.", "CIO", "ensures", "backed up"},
      {"id memastikan", "CIO memastikan bahwa semua sistem dicadangkan.", "CIO", "ensures", "dicadangkan"},
      {"en makes decisions", "The CEO makes decisions about mergers.", "CEO", "decides", "mergers"},
      {"id membuat keputusan", "CEO membuat keputusan tentang akuisisi.", "CEO", "decides", "akuisisi"},
  });
}

TEST_CASE("pronoun and 'this position' subjects take the role in focus") {
  CheckRows({
      {"id Ia",
       "CFO, atau Chief Financial Officer, adalah eksekutif keuangan tertinggi. Ia bertanggung jawab atas "
       "pengelolaan risiko.",
       "CFO", "responsible_for", "pengelolaan risiko"},
      {"id Dia", "CTO memimpin tim teknik. Dia mengawasi keamanan jaringan.", "CTO", "supervises", "keamanan jaringan"},
      {"en They", "The CMO sets the brand strategy. They oversee market research.", "CMO", "supervises",
       "market research"},
      {"en He", "The CPO defines the product vision. He also leads the design team.", "CPO", "leads", "design team"},
      {"en This position", "The COO runs daily operations. This position is responsible for supply chain efficiency.",
       "COO", "responsible_for", "supply chain efficiency"},
      {"en The post", "The depot planner joins a busy team. The post oversees the stock clerks of the depot.",
       "depot planner", "supervises", "stock clerks"},
      {"id posisi ini",
       "Manajer keuangan menyusun laporan bulanan. Posisi ini juga bertanggung jawab atas audit internal.",
       "manajer keuangan", "responsible_for", "audit internal"},
      {"id ... tanggung jawab posisi ini",
       "Manajer keuangan menyusun laporan bulanan. Mengelola arus kas adalah bagian dari tanggung jawab posisi ini.",
       "manajer keuangan", "responsible_for", "arus kas"},
  });
}

// The same families as a writer varies them: adverbs between cue words,
// passives, plural pronouns, bullets, inline lists, a relative clause.
TEST_CASE("pattern variants a reader expects too") {
  CheckRows({
      {"en reports directly to", "The finance manager reports directly to the CFO.", "finance manager", "reports_to",
       "CFO", "CFO"},
      {"id melapor langsung kepada", "Manajer keuangan melapor langsung kepada CFO.", "manajer keuangan", "reports_to",
       "CFO", "CFO"},
      {"en is accountable to", "The COO is accountable to the CEO.", "COO", "reports_to", "CEO", "CEO"},
      {"en works closely with", "The CMO works closely with the CTO on analytics.", "CMO", "collaborates_with", "CTO",
       "CTO"},
      {"id bekerja sama dengan", "CMO bekerja sama dengan CTO dalam analitik.", "CMO", "collaborates_with", "CTO",
       "CTO"},
      {"en plural They", "Product managers plan each release. They are responsible for the product roadmap.",
       "product manager", "responsible_for", "product roadmap"},
      {"id Mereka", "Manajer produk merencanakan setiap rilis. Mereka bertanggung jawab atas peta jalan produk.",
       "manajer produk", "responsible_for", "peta jalan produk"},
      {"en She", "The CFO joined in 2020. She is in charge of investor relations.", "CFO", "responsible_for",
       "investor relations"},
      {"id passive dipimpin oleh", "Tim penjualan dipimpin oleh direktur penjualan.", "direktur penjualan", "leads",
       "Tim penjualan"},
      {"en passive is led by", "The design team is led by the CPO.", "CPO", "leads", "design team"},
      {"en relative clause before the cue",
       "The chief risk officer, who reports to the board, is responsible for the risk register.", "chief risk officer",
       "responsible_for", "risk register"},
      {"en duties include", "The duties of the COO include planning production.", "COO", "responsible_for",
       "planning production"},
      {"id inline list meliputi:",
       "Tanggung jawab utama seorang manajer gudang meliputi: penerimaan barang, penyimpanan barang dan pengiriman.",
       "manajer gudang", "responsible_for", "penerimaan barang"},
      {"en requires a degree", "The CFO role requires a degree in accounting.", "CFO", "requires",
       "degree in accounting"},
      {"id pengalaman minimal N tahun", "Manajer gudang wajib memiliki pengalaman minimal 5 tahun.", "manajer gudang",
       "requires", "5 tahun"},
  });
}

TEST_CASE("bulleted list of duties") {
  auto d = Build(
      "Key duties of the chief operating officer (COO) are as follows:\n"
      "- Plan production capacity\n"
      "- Control operating costs\n");
  CheckSpans(d);
  INFO(Describe(d));
  CHECK(CountExact(d, "coo", "responsible_for", {"Plan production capacity", "Control operating costs"}) == 2);
}
