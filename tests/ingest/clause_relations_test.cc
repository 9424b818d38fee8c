// Relations read across the clauses people put inside a sentence: a denial
// turned to another role by a contrast (passive, after an aside, in the next
// clause), a relative clause or aside between the subject and its verb
// (data/lang/<code>/aside_openers.txt), an alternative said of the
// same subject. Sentences written for these tests, one row per construction in
// English and Indonesian; roles are named as the text writes them.
#include <doctest/doctest.h>

#include <string>

#include "relation_rows.h"

using namespace rolegraph;

using ingest::testing::CheckRows;
using ingest::testing::Expect;

TEST_CASE("a denied reporting line turned by a contrast in other shapes") {
  const std::string passive = "The field technicians are overseen not by the site engineer but by the regional manager.";
  const std::string passive_id = "Teknisi lapangan diawasi bukan oleh insinyur lokasi melainkan oleh manajer wilayah.";
  const std::string aside =
      "The claims assessor, as stated in the staff handbook, does not report to the branch manager but to the head "
      "of claims.";
  const std::string aside_id =
      "Auditor internal, sesuai buku pedoman staf, tidak melapor kepada manajer cabang, melainkan kepada kepala klaim.";
  const std::string next_clause =
      "The lab technician does not report to the research director; rather, the technician reports to the lab "
      "manager.";
  const std::string supervised = "The stock clerk is not supervised by the night manager but by the store manager.";
  CheckRows({
      {passive, "regional manager", "supervises", "field technicians", Expect::kAffirmed},
      {passive, "site engineer", "supervises", "field technicians", Expect::kNegated},
      {passive_id, "manajer wilayah", "supervises", "teknisi lapangan", Expect::kAffirmed},
      {passive_id, "insinyur lokasi", "supervises", "teknisi lapangan", Expect::kNegated},
      {aside, "claims assessor", "reports_to", "head of claims", Expect::kAffirmed},
      {aside, "claims assessor", "reports_to", "branch manager", Expect::kNegated},
      {aside_id, "auditor internal", "reports_to", "kepala klaim", Expect::kAffirmed},
      {aside_id, "auditor internal", "reports_to", "manajer cabang", Expect::kNegated},
      {next_clause, "lab technician", "reports_to", "lab manager", Expect::kAffirmed},
      {next_clause, "lab technician", "reports_to", "research director", Expect::kNegated},
      {supervised, "store manager", "supervises", "stock clerk", Expect::kAffirmed},
      {supervised, "night manager", "supervises", "stock clerk", Expect::kNegated},
  });
}

TEST_CASE("a relative clause or aside between the subject and its verb keeps the subject's relation") {
  const std::string which = "The data office, which was set up in 2020, reports to the chief operating officer.";
  const std::string who = "The fleet planner, who joined last spring, reports to the logistics director.";
  const std::string yang = "Unit data, yang dibentuk tahun lalu, melapor kepada direktur operasional.";
  const std::string yang_person = "Perencana armada, yang baru bergabung musim lalu, melapor kepada direktur logistik.";
  const std::string named_in =
      "The payroll officer, which the handbook calls the pay clerk, reports to the finance manager.";
  const std::string brackets = "The payroll clerk (hired by the finance manager in 2020) reports to the chief financial officer.";
  const std::string dashes = "The payroll clerk - hired by the finance manager in 2020 - reports to the chief financial officer.";
  const std::string according =
      "The payroll clerk, according to the finance manager, reports to the chief financial officer.";
  const std::string kurung = "Kasir (dilatih oleh manajer toko) melapor kepada manajer area.";
  const std::string menurut = "Kasir, menurut manajer toko, melapor kepada manajer area.";
  CheckRows({
      {brackets, "payroll clerk", "reports_to", "chief financial officer", Expect::kAffirmed},
      {brackets, "finance manager", "reports_to", "chief financial officer", Expect::kNone},
      {dashes, "payroll clerk", "reports_to", "chief financial officer", Expect::kAffirmed},
      {dashes, "finance manager", "reports_to", "chief financial officer", Expect::kNone},
      {according, "payroll clerk", "reports_to", "chief financial officer", Expect::kAffirmed},
      {according, "finance manager", "reports_to", "chief financial officer", Expect::kNone},
      {kurung, "kasir", "reports_to", "manajer area", Expect::kAffirmed},
      {kurung, "manajer toko", "reports_to", "manajer area", Expect::kNone},
      {menurut, "kasir", "reports_to", "manajer area", Expect::kAffirmed},
      {menurut, "manajer toko", "reports_to", "manajer area", Expect::kNone},
  });
  CheckRows({
      {which, "data office", "reports_to", "chief operating officer", Expect::kAffirmed},
      {who, "fleet planner", "reports_to", "logistics director", Expect::kAffirmed},
      {yang, "unit data", "reports_to", "direktur operasional", Expect::kAffirmed},
      {yang_person, "perencana armada", "reports_to", "direktur logistik", Expect::kAffirmed},
      {named_in, "payroll officer", "reports_to", "finance manager", Expect::kAffirmed},
  });
}

TEST_CASE("a relative clause or aside naming another role does not give it the main clause's relation") {
  const std::string which =
      "The audit committee, which the board chair set up in 2020, reports to the board of commissioners.";
  const std::string yang =
      "Komite audit, yang dibentuk oleh ketua dewan pada 2020, melapor kepada dewan komisaris.";
  const std::string works_with =
      "The risk analyst, who works closely with the credit manager, reports to the chief risk officer.";
  const std::string bersama =
      "Analis risiko, yang bekerja sama dengan manajer kredit, melapor kepada direktur risiko.";
  CheckRows({
      {which, "board chair", "reports_to", "board of commissioners", Expect::kNone},
      {which, "audit committee", "reports_to", "board of commissioners", Expect::kAffirmed},
      {yang, "ketua dewan", "reports_to", "dewan komisaris", Expect::kNone},
      {yang, "komite audit", "reports_to", "dewan komisaris", Expect::kAffirmed},
      {works_with, "credit manager", "reports_to", "chief risk officer", Expect::kNone},
      {works_with, "risk analyst", "reports_to", "chief risk officer", Expect::kAffirmed},
      {bersama, "manajer kredit", "reports_to", "direktur risiko", Expect::kNone},
      {bersama, "analis risiko", "reports_to", "direktur risiko", Expect::kAffirmed},
  });
}

TEST_CASE("an alternative in other words belongs to the same subject") {
  const std::string though = "The safety officer reports to the plant director, though at times to the group auditor.";
  const std::string while_ = "The sous chef reports to the head chef, while some report to the pastry chef.";
  const std::string walau = "Petugas keamanan melapor kepada manajer gedung, walaupun ada yang melapor kepada kepala satpam.";
  CheckRows({
      {though, "plant director", "reports_to", "group auditor", Expect::kNone},
      {while_, "head chef", "reports_to", "pastry chef", Expect::kNone},
      {walau, "manajer gedung", "reports_to", "kepala satpam", Expect::kNone},
      {walau, "petugas keamanan", "reports_to", "manajer gedung", Expect::kAffirmed},
  });
}

TEST_CASE("an absence clause after the main clause names its deputy before it") {
  const std::string trailing =
      "Wakil mandor menggantikan mandor panen ketika mandor panen tidak berada di tempat sehingga timbangan tetap "
      "dicatat juru tulis.";
  const std::string opening = "Jika kepala gudang tidak berada di tempat, staf logistik menandatangani surat jalan.";
  // "berada di bawah" is a reporting line, no absence.
  const std::string under = "Petugas arsip tidak berada di bawah kepala seksi, melainkan di bawah kepala kantor.";
  CheckRows({
      {trailing, "wakil mandor", "deputises_for", "mandor panen", Expect::kAffirmed},
      {trailing, "juru tulis", "deputises_for", "mandor panen", Expect::kNone},
      {opening, "staf logistik", "deputises_for", "kepala gudang", Expect::kAffirmed},
      {under, "kepala kantor", "deputises_for", "kepala seksi", Expect::kNone},
      {under, "petugas arsip", "deputises_for", "kepala seksi", Expect::kNone},
  });
}
