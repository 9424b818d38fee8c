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

// Job-title head nouns, English then Indonesian: general vocabulary of job
// titles and organisation charts. "standalone" heads name a role by
// themselves ("chef", "perawat"); the others need a modifier ("marketing
// manager", "manajer pabrik").
constexpr HeadEntry kHeads[] = {
    HeadEntry{"manager", {"manager", false, true, false}},
    HeadEntry{"director", {"director", false, true, false}},
    HeadEntry{"officer", {"officer", false, true, false}},
    HeadEntry{"supervisor", {"supervisor", false, true, false}},
    HeadEntry{"coordinator", {"coordinator", false, true, false}},
    HeadEntry{"administrator", {"administrator", false, true, false}},
    HeadEntry{"president", {"president", false, true, false}},
    HeadEntry{"secretary", {"secretary", false, true, false}},
    HeadEntry{"treasurer", {"treasurer", false, true, false}},
    HeadEntry{"analyst", {"analyst", false, true, false}},
    HeadEntry{"engineer", {"engineer", false, true, false}},
    HeadEntry{"scientist", {"scientist", false, true, false}},
    HeadEntry{"developer", {"developer", false, true, false}},
    HeadEntry{"specialist", {"specialist", false, true, false}},
    HeadEntry{"consultant", {"consultant", false, true, false}},
    HeadEntry{"accountant", {"accountant", false, true, false}},
    HeadEntry{"auditor", {"auditor", false, true, false}},
    HeadEntry{"controller", {"controller", false, true, false}},
    HeadEntry{"architect", {"architect", false, true, false}},
    HeadEntry{"designer", {"designer", false, true, false}},
    HeadEntry{"lead", {"lead", false, true, false}},
    HeadEntry{"principal", {"principal", false, true, false}},
    HeadEntry{"owner", {"owner", false, true, false}},
    HeadEntry{"master", {"master", false, true, false}},
    HeadEntry{"executive", {"executive", false, true, false}},
    HeadEntry{"planner", {"planner", false, true, false}},
    HeadEntry{"buyer", {"buyer", false, true, false}},
    HeadEntry{"agent", {"agent", false, true, false}},
    HeadEntry{"representative", {"representative", false, true, false}},
    HeadEntry{"associate", {"associate", false, true, false}},
    HeadEntry{"assistant", {"assistant", false, true, false}},
    HeadEntry{"technician", {"technician", false, true, false}},
    HeadEntry{"operator", {"operator", false, true, false}},
    HeadEntry{"inspector", {"inspector", false, true, false}},
    HeadEntry{"editor", {"editor", false, true, false}},
    HeadEntry{"superintendent", {"superintendent", false, true, false}},
    HeadEntry{"foreman", {"foreman", false, true, false}},
    HeadEntry{"advisor", {"advisor", false, true, false}},
    HeadEntry{"adviser", {"adviser", false, true, false}},
    HeadEntry{"counsel", {"counsel", false, true, false}},
    HeadEntry{"strategist", {"strategist", false, true, false}},
    HeadEntry{"producer", {"producer", false, true, false}},
    HeadEntry{"trainer", {"trainer", false, true, false}},
    HeadEntry{"instructor", {"instructor", false, true, false}},
    HeadEntry{"lecturer", {"lecturer", false, true, false}},
    HeadEntry{"researcher", {"researcher", false, true, false}},
    HeadEntry{"steward", {"steward", false, true, false}},
    HeadEntry{"clerk", {"clerk", false, true, false}},
    HeadEntry{"commissioner", {"commissioner", false, true, false}},
    HeadEntry{"chair", {"chair", false, true, false}},
    HeadEntry{"chairman", {"chairman", false, true, false}},
    HeadEntry{"chairperson", {"chairperson", false, true, false}},
    HeadEntry{"captain", {"captain", false, true, false}},
    HeadEntry{"partner", {"partner", false, true, false}},
    HeadEntry{"recruiter", {"recruiter", false, true, false}},
    HeadEntry{"marketer", {"marketer", false, true, false}},
    HeadEntry{"programmer", {"programmer", false, true, false}},
    HeadEntry{"tester", {"tester", false, true, false}},
    HeadEntry{"attendant", {"attendant", false, true, false}},
    HeadEntry{"chef", {"chef", false, true, true}},
    HeadEntry{"cook", {"cook", false, true, true}},
    HeadEntry{"nurse", {"nurse", false, true, true}},
    HeadEntry{"teacher", {"teacher", false, true, true}},
    HeadEntry{"doctor", {"doctor", false, true, true}},
    HeadEntry{"physician", {"physician", false, true, true}},
    HeadEntry{"pharmacist", {"pharmacist", false, true, true}},
    HeadEntry{"midwife", {"midwife", false, true, true}},
    HeadEntry{"cashier", {"cashier", false, true, true}},
    HeadEntry{"waiter", {"waiter", false, true, true}},
    HeadEntry{"waitress", {"waitress", false, true, true}},
    HeadEntry{"bartender", {"bartender", false, true, true}},
    HeadEntry{"barista", {"barista", false, true, true}},
    HeadEntry{"receptionist", {"receptionist", false, true, true}},
    HeadEntry{"librarian", {"librarian", false, true, true}},
    HeadEntry{"lawyer", {"lawyer", false, true, true}},
    HeadEntry{"paralegal", {"paralegal", false, true, true}},
    HeadEntry{"driver", {"driver", false, true, true}},
    HeadEntry{"courier", {"courier", false, true, true}},
    HeadEntry{"janitor", {"janitor", false, true, true}},
    HeadEntry{"mayor", {"mayor", false, true, true}},
    HeadEntry{"governor", {"governor", false, true, true}},
    HeadEntry{"headmaster", {"headmaster", false, true, true}},
    HeadEntry{"dean", {"dean", false, true, true}},
    HeadEntry{"rector", {"rector", false, true, true}},
    HeadEntry{"registrar", {"registrar", false, true, true}},
    HeadEntry{"surgeon", {"surgeon", false, true, true}},
    HeadEntry{"therapist", {"therapist", false, true, true}},
    HeadEntry{"dietitian", {"dietitian", false, true, true}},
    HeadEntry{"paramedic", {"paramedic", false, true, true}},
    HeadEntry{"firefighter", {"firefighter", false, true, true}},
    HeadEntry{"pilot", {"pilot", false, true, true}},
    HeadEntry{"mechanic", {"mechanic", false, true, true}},
    HeadEntry{"electrician", {"electrician", false, true, true}},
    HeadEntry{"plumber", {"plumber", false, true, true}},
    HeadEntry{"carpenter", {"carpenter", false, true, true}},
    HeadEntry{"guard", {"guard", false, true, true}},
    HeadEntry{"concierge", {"concierge", false, true, true}},
    HeadEntry{"housekeeper", {"housekeeper", false, true, true}},
    HeadEntry{"dispatcher", {"dispatcher", false, true, true}},
    HeadEntry{"storekeeper", {"storekeeper", false, true, true}},
    HeadEntry{"warehouseman", {"warehouseman", false, true, true}},
    HeadEntry{"bookkeeper", {"bookkeeper", false, true, true}},
    HeadEntry{"comptroller", {"comptroller", false, true, true}},
    HeadEntry{"ombudsman", {"ombudsman", false, true, true}},
    HeadEntry{"notary", {"notary", false, true, true}},
    HeadEntry{"veterinarian", {"veterinarian", false, true, true}},
    HeadEntry{"dentist", {"dentist", false, true, true}},
    HeadEntry{"optician", {"optician", false, true, true}},
    HeadEntry{"curator", {"curator", false, true, true}},
    HeadEntry{"journalist", {"journalist", false, true, true}},
    HeadEntry{"reporter", {"reporter", false, true, true}},
    HeadEntry{"photographer", {"photographer", false, true, true}},
    HeadEntry{"translator", {"translator", false, true, true}},
    HeadEntry{"interpreter", {"interpreter", false, true, true}},
    HeadEntry{"copywriter", {"copywriter", false, true, true}},
    HeadEntry{"department", {"department", true, true, false}},
    HeadEntry{"division", {"division", true, true, false}},
    HeadEntry{"team", {"team", true, true, false}},
    HeadEntry{"unit", {"unit", true, true, false}},
    HeadEntry{"committee", {"committee", true, true, false}},
    HeadEntry{"board", {"board", true, true, false}},
    HeadEntry{"office", {"office", true, true, false}},
    HeadEntry{"manajer", {"manager", false, false, false}},
    HeadEntry{"direktur", {"director", false, false, false}},
    HeadEntry{"kepala", {"head", false, false, false}},
    HeadEntry{"ketua", {"chair", false, false, false}},
    HeadEntry{"koordinator", {"coordinator", false, false, false}},
    HeadEntry{"penyelia", {"supervisor", false, false, false}},
    HeadEntry{"pengawas", {"supervisor", false, false, false}},
    HeadEntry{"pengendali", {"controller", false, false, false}},
    HeadEntry{"pemimpin", {"lead", false, false, false}},
    HeadEntry{"petugas", {"officer", false, false, false}},
    HeadEntry{"pejabat", {"officer", false, false, false}},
    HeadEntry{"sekretaris", {"secretary", false, false, false}},
    HeadEntry{"bendahara", {"treasurer", false, false, false}},
    HeadEntry{"analis", {"analyst", false, false, false}},
    HeadEntry{"insinyur", {"engineer", false, false, false}},
    HeadEntry{"spesialis", {"specialist", false, false, false}},
    HeadEntry{"konsultan", {"consultant", false, false, false}},
    HeadEntry{"akuntan", {"accountant", false, false, false}},
    HeadEntry{"arsitek", {"architect", false, false, false}},
    HeadEntry{"perancang", {"designer", false, false, false}},
    HeadEntry{"pengembang", {"developer", false, false, false}},
    HeadEntry{"staf", {"staff", false, false, false}},
    HeadEntry{"teknisi", {"technician", false, false, false}},
    HeadEntry{"inspektur", {"inspector", false, false, false}},
    HeadEntry{"penasihat", {"advisor", false, false, false}},
    HeadEntry{"perencana", {"planner", false, false, false}},
    HeadEntry{"komisaris", {"commissioner", false, false, false}},
    HeadEntry{"pengurus", {"administrator", false, false, false}},
    HeadEntry{"perawat", {"nurse", false, false, true}},
    HeadEntry{"bidan", {"midwife", false, false, true}},
    HeadEntry{"dokter", {"doctor", false, false, true}},
    HeadEntry{"apoteker", {"pharmacist", false, false, true}},
    HeadEntry{"guru", {"teacher", false, false, true}},
    HeadEntry{"dosen", {"lecturer", false, false, true}},
    HeadEntry{"kasir", {"cashier", false, false, true}},
    HeadEntry{"pelayan", {"waiter", false, false, true}},
    HeadEntry{"koki", {"cook", false, false, true}},
    HeadEntry{"juru", {"clerk", false, false, true}},
    HeadEntry{"sopir", {"driver", false, false, true}},
    HeadEntry{"pengemudi", {"driver", false, false, true}},
    HeadEntry{"satpam", {"guard", false, false, true}},
    HeadEntry{"resepsionis", {"receptionist", false, false, true}},
    HeadEntry{"pustakawan", {"librarian", false, false, true}},
    HeadEntry{"pengacara", {"lawyer", false, false, true}},
    HeadEntry{"notaris", {"notary", false, false, true}},
    HeadEntry{"lurah", {"village head", false, false, true}},
    HeadEntry{"camat", {"district head", false, false, true}},
    HeadEntry{"bupati", {"regent", false, false, true}},
    HeadEntry{"walikota", {"mayor", false, false, true}},
    HeadEntry{"gubernur", {"governor", false, false, true}},
    HeadEntry{"rektor", {"rector", false, false, true}},
    HeadEntry{"dekan", {"dean", false, false, true}},
    HeadEntry{"mandor", {"foreman", false, false, true}},
    HeadEntry{"kurir", {"courier", false, false, true}},
    HeadEntry{"montir", {"mechanic", false, false, true}},
    HeadEntry{"wartawan", {"journalist", false, false, true}},
    HeadEntry{"penerjemah", {"translator", false, false, true}},
    HeadEntry{"departemen", {"department", true, false, false}},
    HeadEntry{"divisi", {"division", true, false, false}},
    HeadEntry{"tim", {"team", true, false, false}},
    HeadEntry{"komite", {"committee", true, false, false}},
    HeadEntry{"dewan", {"board", true, false, false}},
    HeadEntry{"seksi", {"section", true, false, false}},
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
  // Bodies that hold a role's duties too ("Lembaga ini ...", "This body ...").
  static constexpr std::string_view kWords[] = {"position", "role", "posisi", "jabatan", "peran", "job",
                                                "person", "orang", "officer", "pejabat", "lembaga", "badan",
                                                "body", "institution", "dewan", "council", "komite", "committee"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool IsDemonstrative(std::string_view w) {
  static constexpr std::string_view kWords[] = {"this", "that", "ini", "itu", "tersebut"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace rolegraph::ingest
