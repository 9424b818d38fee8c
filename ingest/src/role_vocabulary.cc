#include "role_vocabulary.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <utility>

namespace rolegraph::ingest {
namespace {

struct HeadEntry {
  std::string_view word;
  HeadNoun head;
};

// Job-title head nouns, English then Indonesian (general vocabulary of job
// titles and organisation charts).
constexpr std::array kHeads = {
    HeadEntry{"manager", {"manager", false, true}},
    HeadEntry{"director", {"director", false, true}},
    HeadEntry{"officer", {"officer", false, true}},
    HeadEntry{"supervisor", {"supervisor", false, true}},
    HeadEntry{"coordinator", {"coordinator", false, true}},
    HeadEntry{"administrator", {"administrator", false, true}},
    HeadEntry{"president", {"president", false, true}},
    HeadEntry{"secretary", {"secretary", false, true}},
    HeadEntry{"treasurer", {"treasurer", false, true}},
    HeadEntry{"analyst", {"analyst", false, true}},
    HeadEntry{"engineer", {"engineer", false, true}},
    HeadEntry{"scientist", {"scientist", false, true}},
    HeadEntry{"developer", {"developer", false, true}},
    HeadEntry{"specialist", {"specialist", false, true}},
    HeadEntry{"consultant", {"consultant", false, true}},
    HeadEntry{"accountant", {"accountant", false, true}},
    HeadEntry{"auditor", {"auditor", false, true}},
    HeadEntry{"controller", {"controller", false, true}},
    HeadEntry{"architect", {"architect", false, true}},
    HeadEntry{"designer", {"designer", false, true}},
    HeadEntry{"lead", {"lead", false, true}},
    HeadEntry{"principal", {"principal", false, true}},
    HeadEntry{"department", {"department", true, true}},
    HeadEntry{"division", {"division", true, true}},
    HeadEntry{"team", {"team", true, true}},
    HeadEntry{"manajer", {"manager", false, false}},
    HeadEntry{"direktur", {"director", false, false}},
    HeadEntry{"kepala", {"head", false, false}},
    HeadEntry{"ketua", {"chair", false, false}},
    HeadEntry{"koordinator", {"coordinator", false, false}},
    HeadEntry{"penyelia", {"supervisor", false, false}},
    HeadEntry{"pengawas", {"supervisor", false, false}},
    HeadEntry{"pengendali", {"controller", false, false}},
    HeadEntry{"pemimpin", {"lead", false, false}},
    HeadEntry{"petugas", {"officer", false, false}},
    HeadEntry{"pejabat", {"officer", false, false}},
    HeadEntry{"sekretaris", {"secretary", false, false}},
    HeadEntry{"bendahara", {"treasurer", false, false}},
    HeadEntry{"analis", {"analyst", false, false}},
    HeadEntry{"insinyur", {"engineer", false, false}},
    HeadEntry{"spesialis", {"specialist", false, false}},
    HeadEntry{"konsultan", {"consultant", false, false}},
    HeadEntry{"akuntan", {"accountant", false, false}},
    HeadEntry{"arsitek", {"architect", false, false}},
    HeadEntry{"perancang", {"designer", false, false}},
    HeadEntry{"pengembang", {"developer", false, false}},
    HeadEntry{"departemen", {"department", true, false}},
    HeadEntry{"department", {"department", true, false}},
    HeadEntry{"divisi", {"division", true, false}},
};

// Functional modifiers of job titles: (word, key). Both languages map to
// the English key so "manajer pemasaran" and "marketing manager" meet.
constexpr std::array<std::pair<std::string_view, std::string_view>, 143> kModifiers = {{
    {"senior", "senior"}, {"junior", "junior"}, {"general", "general"}, {"umum", "general"},
    {"executive", "executive"}, {"eksekutif", "executive"}, {"deputy", "deputy"}, {"wakil", "deputy"},
    {"assistant", "assistant"}, {"asisten", "assistant"}, {"regional", "regional"}, {"wilayah", "regional"},
    {"chief", "chief"}, {"utama", "chief"}, {"vice", "vice"},
    {"it", "it"}, {"ti", "it"}, {"information", "information"}, {"informasi", "information"},
    {"technology", "technology"}, {"teknologi", "technology"}, {"marketing", "marketing"},
    {"pemasaran", "marketing"}, {"product", "product"}, {"produk", "product"}, {"sales", "sales"},
    {"penjualan", "sales"}, {"finance", "finance"}, {"financial", "finance"}, {"keuangan", "finance"},
    {"hr", "hr"}, {"sdm", "hr"}, {"personalia", "hr"}, {"operations", "operations"}, {"operational", "operations"},
    {"operasional", "operations"}, {"operasi", "operations"}, {"project", "project"}, {"proyek", "project"},
    {"program", "program"}, {"engineering", "engineering"}, {"teknik", "engineering"},
    {"data", "data"}, {"security", "security"}, {"keamanan", "security"}, {"quality", "quality"},
    {"kualitas", "quality"}, {"mutu", "quality"}, {"customer", "customer"}, {"pelanggan", "customer"},
    {"account", "account"}, {"brand", "brand"}, {"merek", "brand"}, {"content", "content"}, {"konten", "content"},
    {"communications", "communications"}, {"komunikasi", "communications"}, {"legal", "legal"},
    {"hukum", "legal"}, {"compliance", "compliance"}, {"kepatuhan", "compliance"}, {"risk", "risk"},
    {"risiko", "risk"}, {"procurement", "procurement"}, {"pengadaan", "procurement"}, {"logistics", "logistics"},
    {"logistik", "logistics"}, {"research", "research"}, {"riset", "research"}, {"penelitian", "research"},
    {"development", "development"}, {"pengembangan", "development"}, {"design", "design"}, {"desain", "design"},
    {"business", "business"}, {"bisnis", "business"}, {"digital", "digital"}, {"software", "software"},
    {"network", "network"}, {"jaringan", "network"}, {"infrastructure", "infrastructure"},
    {"infrastruktur", "infrastructure"}, {"office", "office"}, {"kantor", "office"}, {"branch", "branch"},
    {"cabang", "branch"}, {"store", "store"}, {"toko", "store"}, {"production", "production"},
    {"produksi", "production"}, {"purchasing", "purchasing"}, {"pembelian", "purchasing"},
    {"recruitment", "recruitment"}, {"rekrutmen", "recruitment"}, {"training", "training"},
    {"pelatihan", "training"}, {"accounting", "accounting"}, {"akuntansi", "accounting"},
    {"school", "school"}, {"sekolah", "school"}, {"plant", "plant"}, {"pabrik", "plant"},
    {"factory", "plant"}, {"warehouse", "warehouse"}, {"gudang", "warehouse"}, {"curriculum", "curriculum"},
    {"kurikulum", "curriculum"}, {"student", "student"}, {"kesiswaan", "student"}, {"treasury", "treasury"},
    {"tax", "tax"}, {"pajak", "tax"}, {"payroll", "payroll"}, {"penggajian", "payroll"}, {"privacy", "privacy"},
    {"privasi", "privacy"}, {"protection", "protection"}, {"perlindungan", "protection"},
    {"commercial", "commercial"}, {"komersial", "commercial"}, {"supply", "supply"}, {"chain", "chain"},
    {"strategy", "strategy"}, {"strategi", "strategy"}, {"analytics", "analytics"}, {"analitik", "analytics"},
    {"people", "hr"}, {"talent", "talent"}, {"learning", "learning"}, {"medical", "medical"}, {"medis", "medical"},
    {"nursing", "nursing"}, {"keperawatan", "nursing"}, {"public", "public"}, {"relations", "relations"},
    {"humas", "public-relations"}, {"investor", "investor"}, {"credit", "credit"}, {"kredit", "credit"},
    {"clinical", "clinical"}, {"editorial", "editorial"}, {"community", "community"}, {"komunitas", "community"},
}};

}  // namespace

const HeadNoun* FindHeadNoun(std::string_view norm) {
  for (const auto& e : kHeads)
    if (e.word == norm) return &e.head;
  // English plurals: "managers", "directors".
  if (norm.size() > 4 && norm.back() == 's') {
    std::string_view singular = norm.substr(0, norm.size() - 1);
    for (const auto& e : kHeads)
      if (e.word == singular && e.head.prefix_modifiers) return &e.head;
  }
  return nullptr;
}

std::string_view ModifierConcept(std::string_view norm) {
  for (const auto& [word, key] : kModifiers)
    if (word == norm) return key;
  return {};
}

bool IsSeniority(std::string_view c) {
  return c == "senior" || c == "junior" || c == "chief" || c == "executive" || c == "deputy" ||
         c == "assistant" || c == "vice" || c == "general" || c == "regional";
}

std::string DisplayConcept(std::string_view key) {
  static constexpr std::string_view kUpper[] = {"it", "hr"};
  for (auto u : kUpper)
    if (u == key) {
      std::string s(key);
      for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      return s;
    }
  std::string s(key);
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

bool IsRolePronoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {"ia", "dia", "beliau", "he", "she", "they", "mereka",
                                                "his", "her", "their", "them", "him"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool IsRoleReferenceNoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {"position", "role", "posisi", "jabatan", "peran", "job",
                                                "person", "orang", "officer", "pejabat"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool IsDemonstrative(std::string_view w) {
  static constexpr std::string_view kWords[] = {"this", "that", "ini", "itu", "tersebut"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace rolegraph::ingest
