// Relations with polarity, time and deputies (data/lang/<code>/negators.txt,
// contrast_cues.txt, alternative_cues.txt, time_markers.tsv, deputy_cues.tsv),
// through BuildDocument on sentences written for these tests, one row per
// construction in English and Indonesian. Roles are named as the text writes
// them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <sstream>
#include <string>
#include <vector>

#include "relation_rows.h"

using namespace rolegraph;

using ingest::testing::Expect;
using ingest::testing::CheckRows;

TEST_CASE("a denied reporting line is kept as denied and its contrast gives the true one") {
  CheckRows({
      {"The safety auditor does not report to the plant manager but to the chief executive officer.", "safety auditor",
       "reports_to", "plant manager", Expect::kNegated},
      {"The safety auditor does not report to the plant manager but to the chief executive officer.", "safety auditor",
       "reports_to", "chief executive officer", Expect::kAffirmed},
      {"The executive chef reports to the operations director rather than to the general manager.", "executive chef",
       "reports_to", "general manager", Expect::kNone},
      {"The executive chef reports to whoever runs the kitchen that week rather than to the general manager.",
       "executive chef", "reports_to", "general manager", Expect::kNegated},
      {"The executive chef reports to a culinary board rather than to the general manager.", "executive chef",
       "reports_to", "culinary board", Expect::kAffirmed},
      {"The executive chef reports to the operations director rather than to the general manager.", "executive chef",
       "reports_to", "operations director", Expect::kAffirmed},
      {"The quality engineer never reports to the sales manager.", "quality engineer", "reports_to", "sales manager",
       Expect::kNegated},
      {"Manajer audit tidak melapor kepada direktur keuangan melainkan kepada direktur utama.", "manajer audit",
       "reports_to", "direktur keuangan", Expect::kNegated},
      {"Manajer audit tidak melapor kepada direktur keuangan melainkan kepada direktur utama.", "manajer audit",
       "reports_to", "direktur utama", Expect::kAffirmed},
  });
}

TEST_CASE("an alternative reporting line belongs to the same subject") {
  CheckRows({
      {"The chief risk officer reports to the chief executive officer, although some report to the chief operating "
       "officer.",
       "chief risk officer", "reports_to", "chief executive officer", Expect::kAffirmed},
      {"The chief risk officer reports to the chief executive officer, although some report to the chief operating "
       "officer.",
       "chief executive officer", "reports_to", "chief operating officer", Expect::kNone},
      {"Kepala gudang melapor kepada manajer operasional, meskipun sebagian melapor kepada manajer logistik.",
       "manajer operasional", "reports_to", "manajer logistik", Expect::kNone},
      {"Kepala gudang melapor kepada manajer operasional, meskipun sebagian melapor kepada manajer logistik.",
       "kepala gudang", "reports_to", "manajer logistik", Expect::kAffirmed},
      {"The chief risk officer reports to the chief executive officer, although some report to the chief operating "
       "officer.",
       "chief risk officer", "reports_to", "chief operating officer", Expect::kAffirmed},
  });
}

// The subject before an alternative may be no role the text names ("night
// crews"), and the object may carry a tail before it ("of their bay"): the
// object never becomes the subject of the alternative.
TEST_CASE("an alternative after an object is not the object's reporting line") {
  const std::string crews = "Night crews normally report to the Shift Engineer, although a handful report to the Plant Chief.";
  const std::string welders =
      "Most welders report to the Workshop Foreman of their bay, although a handful report to the Quality Inspector.";
  CheckRows({
      {crews, "shift engineer", "reports_to", "plant chief", Expect::kNone},
      {welders, "workshop foreman", "reports_to", "quality inspector", Expect::kNone},
      {welders, "welders", "reports_to", "quality inspector", Expect::kAffirmed},
      {"Para kurir melapor kepada Kepala Ekspedisi di gudang, meskipun sebagian melapor kepada Manajer Armada.",
       "kepala ekspedisi", "reports_to", "manajer armada", Expect::kNone},
  });
}

// An object opens a clause for what follows it directly ("..., who then
// answers to B"), but not past a conjunction that starts a statement with a
// subject of its own, named or not.
TEST_CASE("a reporting line after an object and a conjunction is not the object's") {
  const std::string planner =
      "The Maintenance Planner reports to the Works Manager for budget matters, and the night porters report to the "
      "Estate Director.";
  const std::string in_turn = "The Gate Clerks report to the Yard Supervisor, who then answers to the Port Director.";
  CheckRows({
      {planner, "works manager", "reports_to", "estate director", Expect::kNone},
      {planner, "maintenance planner", "reports_to", "works manager", Expect::kAffirmed},
      {in_turn, "yard supervisor", "reports_to", "port director", Expect::kAffirmed},
      {"Bendahara melapor kepada Ketua Koperasi untuk urusan kas, dan para kasir melapor kepada Manajer Toko.",
       "ketua koperasi", "reports_to", "manajer toko", Expect::kNone},
  });
}

// "Previously the X reported to Y", "...; formerly the clerks reported to Z": a
// past marker right before the subject dates the line.
TEST_CASE("a past marker before the subject makes its reporting line past") {
  const std::string lab =
      "The Sample Clerks report to the Stores Supervisor now; formerly the clerks reported to the Research Director.";
  CheckRows({
      {"Previously the Shift Lead reported to the Plant Chief.", "shift lead", "reports_to", "plant chief",
       Expect::kPast},
      {lab, "sample clerks", "reports_to", "research director", Expect::kPast},
      {lab, "sample clerks", "reports_to", "stores supervisor", Expect::kAffirmed},
      {"Dulu Kepala Armada melapor kepada Direktur Teknik.", "kepala armada", "reports_to", "direktur teknik",
       Expect::kPast},
  });
}

TEST_CASE("a question asserts no relation, for the role in focus or one it names") {
  const std::string faq = "The Warehouse Head signs the delivery notes.\nWho deputises for the Fleet Manager during leave?\n";
  CheckRows({
      {faq, "warehouse head", "deputises_for", "fleet manager", Expect::kNone},
      {"The Night Porter locks the gates.\nDoes the Night Porter report to the Estate Director?\n", "night porter",
       "reports_to", "estate director", Expect::kNone},
      {"Kepala Gudang menandatangani surat jalan.\nSiapa yang menggantikan Manajer Armada saat cuti?\n",
       "kepala gudang", "deputises_for", "manajer armada", Expect::kNone},
  });
}

TEST_CASE("a second predicate after a relation's object keeps the subject") {
  CheckRows({
      {"The site engineer coordinates with the quantity surveyor and reports to the project manager.", "site engineer",
       "reports_to", "project manager", Expect::kAffirmed},
      {"The site engineer coordinates with the quantity surveyor and reports to the project manager.",
       "quantity surveyor", "reports_to", "project manager", Expect::kNone},
      {"Petugas gudang berkoordinasi dengan staf pembelian dan melapor kepada kepala gudang.", "petugas gudang",
       "reports_to", "kepala gudang", Expect::kAffirmed},
  });
}

// Office Indonesian mixes languages and shortens "kepada" to "ke": a
// reporting verb of either pack before "ke" and a role is a reporting line.
TEST_CASE("a reporting verb with the short preposition 'ke' is a reporting line") {
  CheckRows({
      {"Setiap sore teknisi listrik melaporkan hasil pengecekan ke kepala bengkel.", "teknisi listrik",
       "reports_to", "kepala bengkel", Expect::kAffirmed},
      {"Semua operator gudang report ke kepala gudang, bukan ke manajer pabrik.", "operator gudang", "reports_to",
       "kepala gudang", Expect::kAffirmed},
      {"Semua operator gudang report ke kepala gudang, bukan ke manajer pabrik.", "operator gudang", "reports_to",
       "manajer pabrik", Expect::kNone},
  });
}

TEST_CASE("a reporting line the text says has changed is past") {
  CheckRows({
      {"Until last year the payroll officer reported to the finance manager; she now reports to the HR director.",
       "payroll officer", "reports_to", "finance manager", Expect::kPast},
      {"Until last year the payroll officer reported to the finance manager; she now reports to the HR director.",
       "payroll officer", "reports_to", "hr director", Expect::kAffirmed},
      {"Hingga tahun lalu staf administrasi melapor kepada kepala bagian umum; kini melapor kepada sekretaris.",
       "staf administrasi", "reports_to", "kepala bagian umum", Expect::kPast},
      {"Until the audit ends the payroll officer reports to the finance manager.", "payroll officer", "reports_to",
       "finance manager", Expect::kAffirmed},
      {"The payroll officer previously reported to the finance manager.", "payroll officer", "reports_to",
       "finance manager", Expect::kPast},
      {"The payroll officer no longer reports to the finance manager.", "payroll officer", "reports_to",
       "finance manager", Expect::kPast},
      {"Staf administrasi dulu melapor kepada kepala bagian umum.", "staf administrasi", "reports_to",
       "kepala bagian umum", Expect::kPast},
      {"Staf administrasi tidak lagi melapor kepada kepala bagian umum.", "staf administrasi", "reports_to",
       "kepala bagian umum", Expect::kPast},
      // "lebih dahulu" (first, beforehand) and "once a week" date nothing.
      {"Staf administrasi melapor lebih dahulu kepada kepala bagian umum sebelum rapat.", "staf administrasi",
       "reports_to", "kepala bagian umum", Expect::kAffirmed},
      {"Once a week the payroll officer reports to the finance manager.", "payroll officer", "reports_to",
       "finance manager", Expect::kAffirmed},
      {"The payroll officer was once reporting to the finance manager.", "payroll officer", "reports_to",
       "finance manager", Expect::kPast},
  });
}

TEST_CASE("a duty that has moved is handed from its old holder to the new one") {
  const std::string moved =
      "Ordering the packing boxes is no longer done by the Finishing Lead; it has moved to the Dispatch Clerk.";
  // A move naming no old holder takes the duty from the one role of the
  // sentence before that holds most of the moved duty's words.
  const std::string unsourced =
      "The Site Foreman keeps the tool store key. From June the tool store key passes to the Night Watchman.";
  const std::string other_duty =
      "The Site Foreman signs the delivery notes. From June the tool store key passes to the Night Watchman.";
  const std::string two_before =
      "The Site Foreman and the Yard Clerk keep the tool store key. From June the tool store key passes to the "
      "Night Watchman.";
  CheckRows({
      {moved, "finishing lead", "hands_to", "dispatch clerk", Expect::kAffirmed},
      {moved, "dispatch clerk", "hands_to", "finishing lead", Expect::kNone},
      {unsourced, "site foreman", "hands_to", "night watchman", Expect::kAffirmed},
      {other_duty, "site foreman", "hands_to", "night watchman", Expect::kNone},
      {two_before, "site foreman", "hands_to", "night watchman", Expect::kNone},
  });
}

TEST_CASE("a predicate after an object and its tail is the subject's, not the object's") {
  const std::string en = "The line supervisor oversees the twelve packers on both night lines and reports to the works manager.";
  const std::string id = "Kepala gudang memimpin para operator forklift di setiap lorong dan melapor ke manajer logistik.";
  const std::string listed = "The yard foreman oversees two crane drivers and one stock clerk, and works with the port engineer.";
  const std::string other = "The cashier works with the store manager on refunds, and the stock clerks report to the store manager.";
  CheckRows({
      {en, "line supervisor", "reports_to", "works manager", Expect::kAffirmed},
      {en, "packers", "reports_to", "works manager", Expect::kNone},
      {en, "line supervisor", "supervises", "packers", Expect::kAffirmed},
      {id, "kepala gudang", "reports_to", "manajer logistik", Expect::kAffirmed},
      {id, "operator forklift", "reports_to", "manajer logistik", Expect::kNone},
      {id, "kepala gudang", "leads", "operator forklift", Expect::kAffirmed},
      {listed, "yard foreman", "collaborates_with", "port engineer", Expect::kAffirmed},
      {listed, "stock clerk", "collaborates_with", "port engineer", Expect::kNone},
      {other, "cashier", "reports_to", "store manager", Expect::kNone},
      {other, "stock clerks", "reports_to", "store manager", Expect::kAffirmed},
  });
}

// (A title named often is a role of its own, not another name of the
// subject: MergeCopulaNames merges only rarely named ones.)
TEST_CASE("a role after a preposition is an object; a sentence to the reader is no role's") {
  const std::string id =
      "Admin Gudang menyiapkan rekap stok untuk pemilik depo dan melapor kepada Manajer Depo.";
  const std::string en = "The Fleet Coordinator plans the rounds.\nSend your CV to the Recruitment Team by June.\n";
  CheckRows({
      {id, "admin gudang", "reports_to", "manajer depo", Expect::kAffirmed},
      {id, "pemilik depo", "reports_to", "manajer depo", Expect::kNone},
      {en, "fleet coordinator", "hands_to", "recruitment team", Expect::kNone},
  });
}

TEST_CASE("a title after a copula says what the subject is; the predicates after it stay the subject's") {
  const std::string en =
      "The Senior Engineer keeps the plant log. The Senior Engineer signs each shift sheet. The Senior Engineer "
      "checks the boilers. The Night Dispatcher is the senior engineer on duty after midnight and "
      "reports to the Depot Manager.";
  const std::string id =
      "Teknisi Senior menyimpan buku log menara. Teknisi Senior menandatangani lembar sif. Teknisi Senior memeriksa "
      "genset. Operator Radio Malam adalah teknisi senior di menara pada malam hari "
      "dan melapor kepada Kepala Stasiun.";
  CheckRows({
      {en, "night dispatcher", "reports_to", "depot manager", Expect::kAffirmed},
      {en, "senior engineer", "reports_to", "depot manager", Expect::kNone},
      {id, "operator radio malam", "reports_to", "kepala stasiun", Expect::kAffirmed},
      {id, "teknisi senior", "reports_to", "kepala stasiun", Expect::kNone},
  });
}

TEST_CASE("a pronoun that opened the sentence is what a later one means, across a semicolon") {
  const std::string en =
      "Our Archivist joined in 2018. Since the spring she no longer reports to our Collections Manager; she now "
      "reports to the Deputy Director.";
  const std::string id =
      "Pustakawan kami bergabung pada 2018. Sejak April ia tidak lagi melapor kepada kepala koleksi; ia kini melapor "
      "kepada wakil direktur.";
  CheckRows({
      {en, "archivist", "reports_to", "deputy director", Expect::kAffirmed},
      {en, "collections manager", "reports_to", "deputy director", Expect::kNone},
      {id, "pustakawan", "reports_to", "wakil direktur", Expect::kAffirmed},
      {id, "kepala koleksi", "reports_to", "wakil direktur", Expect::kNone},
  });
}

// A plural pronoun after a clause break means the plural role named before
// it, not a singular subject; a singular one still means the subject.
TEST_CASE("a plural pronoun after a plural object means the object, not the singular subject") {
  const std::string denied =
      "The Housekeeping Supervisor does not manage the cleaners; they report to the Facilities Manager.";
  const std::string comma = "The Store Manager trains the cashiers, and they report to the Shift Lead.";
  const std::string id = "Kepala Gudang tidak membawahi para pengemudi truk; mereka melapor kepada Mandor Bongkar.";
  const std::string singular = "The Store Manager trains the cashiers, and she reports to the Area Manager.";
  CheckRows({
      {denied, "cleaners", "reports_to", "facilities manager", Expect::kAffirmed},
      {denied, "housekeeping supervisor", "reports_to", "facilities manager", Expect::kNone},
      {comma, "cashiers", "reports_to", "shift lead", Expect::kAffirmed},
      {comma, "store manager", "reports_to", "shift lead", Expect::kNone},
      {id, "pengemudi truk", "reports_to", "mandor bongkar", Expect::kAffirmed},
      {id, "kepala gudang", "reports_to", "mandor bongkar", Expect::kNone},
      {singular, "store manager", "reports_to", "area manager", Expect::kAffirmed},
  });
}

TEST_CASE("a reporting line dated up to a year is past; the line after the semicolon holds") {
  const std::string en =
      "Until 2019 the Payroll Officer reported to the Finance Manager; after the restructuring the Payroll Officer "
      "reports to the Chief Accountant.";
  const std::string id =
      "Hingga Maret 2020 Staf Administrasi melapor kepada Kepala Bagian Umum; sejak itu Staf Administrasi melapor "
      "kepada Sekretaris Yayasan.";
  CheckRows({
      {en, "payroll officer", "reports_to", "finance manager", Expect::kPast},
      {en, "payroll officer", "reports_to", "chief accountant", Expect::kAffirmed},
      {id, "staf administrasi", "reports_to", "kepala bagian umum", Expect::kPast},
      {id, "staf administrasi", "reports_to", "sekretaris yayasan", Expect::kAffirmed},
      // Not a date: "until" then no year says nothing about time.
      {"Until the audit closes, the Payroll Officer reports to the Finance Manager.", "payroll officer", "reports_to",
       "finance manager", Expect::kAffirmed},
      // A year that is no end date: a past tense alone is no marker.
      {"In 2019 the Payroll Officer reported to the Finance Manager.", "payroll officer", "reports_to",
       "finance manager", Expect::kAffirmed},
  });
}

TEST_CASE("deputies and acting holders") {
  CheckRows({
      {"In the absence of the head nurse, the senior nurse leads the morning handover.", "senior nurse",
       "deputises_for", "head nurse", Expect::kAffirmed},
      {"The assistant manager stands in for the store manager at weekly meetings.", "assistant manager",
       "deputises_for", "store manager", Expect::kAffirmed},
      {"Jika kepala dinas berhalangan, sekretaris dinas memimpin rapat koordinasi.", "sekretaris dinas",
       "deputises_for", "kepala dinas", Expect::kAffirmed},
      {"Sekretaris desa menggantikan kepala desa ketika berhalangan.", "sekretaris desa", "deputises_for",
       "kepala desa", Expect::kAffirmed},
      // Absences worded as a holiday, a trip or an illness (deputy_cues.tsv).
      {"When the head gardener is on holiday, the nursery supervisor waters the glasshouses.", "nursery supervisor",
       "deputises_for", "head gardener", Expect::kAffirmed},
      {"If the chief steward is off sick, the senior waiter seats the guests.", "senior waiter", "deputises_for",
       "chief steward", Expect::kAffirmed},
      {"Apabila kepala perpustakaan sedang dinas luar, pustakawan senior menandatangani kartu anggota.",
       "pustakawan senior", "deputises_for", "kepala perpustakaan", Expect::kAffirmed},
      {"Ketika manajer kebun berada di luar kota, mandor panen membagi tugas pemetik.", "mandor panen",
       "deputises_for", "manajer kebun", Expect::kAffirmed},
      // The role introduced as an acting title's holder stands in for it.
      {"Selama Kepala Gudang menjalani cuti, Manajer Logistik ditunjuk sebagai Plt Kepala Gudang.",
       "manajer logistik", "deputises_for", "kepala gudang", Expect::kAffirmed},
      {"The Finance Manager serves as the acting Chief Financial Officer until March.", "finance manager",
       "deputises_for", "chief financial officer", Expect::kAffirmed},
      // "menjadi", "jadi", "becomes" introduce the holder as "sebagai" does.
      {"Selama Kepala Bengkel cuti panjang, Koordinator Suku Cadang menjadi Plt. Kepala Bengkel.",
       "koordinator suku cadang",
       "deputises_for", "kepala bengkel", Expect::kAffirmed},
      {"Kalau Kepala Toko pulang kampung, Staf Kasir jadi acting Kepala Toko.", "staf kasir", "deputises_for",
       "kepala toko", Expect::kAffirmed},
      {"Whenever the Head Librarian travels, the Archive Clerk becomes interim Head Librarian.", "archive clerk",
       "deputises_for", "head librarian", Expect::kAffirmed},
      // The one who appoints the acting holder does not stand in himself.
      {"When the Chief Chemist is on leave, the Lab Director names a Senior Analyst as acting Chief Chemist.",
       "senior analyst", "deputises_for", "chief chemist", Expect::kAffirmed},
      {"When the Chief Chemist is on leave, the Lab Director names a Senior Analyst as acting Chief Chemist.",
       "lab director", "deputises_for", "chief chemist", Expect::kNone},
      // "acts as", "bertindak sebagai" before a title: the subject holds it in
      // its holder's place.
      {"While the Plant Manager is overseas, the Shift Engineer acts as Plant Manager for urgent sign-offs.",
       "shift engineer", "deputises_for", "plant manager", Expect::kAffirmed},
      {"Koordinator Gudang bertindak sebagai Kepala Depo selama masa transisi.", "koordinator gudang",
       "deputises_for", "kepala depo", Expect::kAffirmed},
      // An absence named beside it: the holder stands in for the absent role,
      // and the title taken on ("night supervisor") is a function, not a
      // post it deputises for.
      {"When the Harbour Master is away, the Pilot Coordinator acts as Night Supervisor and signs the berth plan.",
       "pilot coordinator", "deputises_for", "harbour master", Expect::kAffirmed},
      {"When the Harbour Master is away, the Pilot Coordinator acts as Night Supervisor and signs the berth plan.",
       "pilot coordinator", "deputises_for", "night supervisor", Expect::kNone},
      {"Jika Kepala Gudang sedang cuti, Staf Logistik bertindak sebagai Pengawas Shift dan menandatangani surat jalan.",
       "staf logistik", "deputises_for", "kepala gudang", Expect::kAffirmed},
      {"Jika Kepala Gudang sedang cuti, Staf Logistik bertindak sebagai Pengawas Shift dan menandatangani surat jalan.",
       "staf logistik", "deputises_for", "pengawas shift", Expect::kNone},
      // No title after the acting word: the one other role named before the
      // holder is the one held for; two others name none.
      {"Selama Kepala Kebun berada di Medan, Mandor Panen bertindak sebagai pelaksana harian kebun.", "mandor panen",
       "deputises_for", "kepala kebun", Expect::kAffirmed},
      {"Setelah Kepala Kebun dan Kepala Pabrik berunding, Mandor Panen bertindak sebagai pelaksana harian kebun.",
       "mandor panen", "deputises_for", "kepala kebun", Expect::kNone},
      {"The Finance Manager reports to the Chief Financial Officer and is known as an acting lead.",
       "finance manager", "deputises_for", "chief financial officer", Expect::kNone},
      // The deputy in a passive clause is its agent, not a role it acts on.
      {"When the Plant Manager is away, the Shift Supervisors are briefed by the Production Engineer.",
       "production engineer", "deputises_for", "plant manager", Expect::kAffirmed},
      {"When the Plant Manager is away, the Shift Supervisors are briefed by the Production Engineer.",
       "shift supervisors", "deputises_for", "plant manager", Expect::kNone},
      {"Jika Kepala Sekolah berhalangan, para wali kelas dikumpulkan oleh Wakil Kepala Sekolah.",
       "wakil kepala sekolah", "deputises_for", "kepala sekolah", Expect::kAffirmed},
  });
}

TEST_CASE("reporting and working lines in the ways people write them") {
  CheckRows({
      {"The shift leads report to the operations director, who in turn answers to the general manager.",
       "operations director", "reports_to", "general manager", Expect::kAffirmed},
      {"Kepala bengkel melapor ke direktur teknik setiap Senin.", "kepala bengkel", "reports_to", "direktur teknik",
       Expect::kAffirmed},
      {"Para pengemudi berada di bawah kepala pool.", "pengemudi", "reports_to", "kepala pool", Expect::kAffirmed},
      {"The delivery drivers come under the logistics coordinator.", "delivery drivers", "reports_to",
       "logistics coordinator", Expect::kAffirmed},
      {"The Night Auditor falls under the Front Office Manager.", "night auditor", "reports_to",
       "front office manager", Expect::kAffirmed},
      {"The Front Office Supervisor oversees the Night Auditors and works closely with the Finance Manager.",
       "front office supervisor", "collaborates_with", "finance manager", Expect::kAffirmed},
      {"The Front Office Supervisor oversees the Night Auditors and works closely with the Finance Manager.",
       "night auditors", "collaborates_with", "finance manager", Expect::kNone},
      {"The Receptionist forwards every billing complaint to the Accounts Supervisor.",
       "receptionist", "hands_to", "accounts supervisor", Expect::kAffirmed},
      {"Mulai Maret tugas penghitungan stok dialihkan dari Kepala Regu Bongkar kepada Petugas Administrasi Stok.",
       "kepala regu bongkar", "hands_to", "petugas administrasi stok", Expect::kAffirmed},
  });
}

TEST_CASE("a relation after a subject of its own is not the focus role's; a subjectless duty line's is") {
  const std::string listed =
      "The Warehouse Director runs the site. Three supervisors report directly to the warehouse director: the inbound "
      "supervisor, the outbound supervisor and the returns supervisor.";
  const std::string passive =
      "Petugas Gudang mencatat barang masuk. Laporan kerusakan barang diteruskan langsung kepada Kepala Gudang.";
  const std::string bullet = "Petugas Gudang\n\n- Meneruskan laporan kerusakan barang kepada Kepala Gudang.\n";
  CheckRows({
      {listed, "warehouse director", "reports_to", "inbound supervisor", Expect::kNone},
      {passive, "petugas gudang", "hands_to", "kepala gudang", Expect::kNone},
      {bullet, "petugas gudang", "hands_to", "kepala gudang", Expect::kAffirmed},
  });
}

TEST_CASE("relations in the duty list of a job advert belong to the advertised role") {
  const std::string advert =
      "Lowongan: Kepala Regu Gudang\n\nTanggung jawab Kepala Regu Gudang:\n\n"
      "- Menggantikan Manajer Gudang pada akhir pekan.\n"
      "- Melapor kepada Manajer Gudang.\n"
      "- Memeriksa dok muat setiap pagi.\n";
  // A duty heading naming no role lists the duties of the role the text was about.
  const std::string headed =
      "# Vacancy: Night Dispatcher\n\n## About the job\n\nThe Night Dispatcher is the senior person in the depot "
      "after dark. You will join a team of five and report to the Fleet Manager, who in turn reports to the "
      "Depot Director.\n\n"
      "## Key responsibilities\n\n"
      "- Books the relief drivers for the morning.\n"
      "- Covers for the Fleet Manager on public holidays.\n";
  CheckRows({
      {advert, "kepala regu gudang", "deputises_for", "manajer gudang", Expect::kAffirmed},
      {advert, "kepala regu gudang", "reports_to", "manajer gudang", Expect::kAffirmed},
      {headed, "night dispatcher", "deputises_for", "fleet manager", Expect::kAffirmed},
      {"The Yard Supervisor leads a squad of six Crane Operators.", "yard supervisor", "leads", "crane operators",
       Expect::kAffirmed},
      {"Kepala Gudang memimpin regu tiga petugas gudang.", "kepala gudang", "leads", "petugas gudang",
       Expect::kAffirmed},
  });
}

TEST_CASE("a duty after a reporting line's object and a conjunction is the subject's") {
  const std::string text = "Kepala Gudang melapor kepada Manajer Logistik dan mengawasi para Operator Forklift.";
  CheckRows({
      {text, "kepala gudang", "reports_to", "manajer logistik", Expect::kAffirmed},
      {text, "manajer logistik", "supervises", "operator forklift", Expect::kNone},
  });
}

TEST_CASE("a passive line of authority gives the agent the line over the role before the verb") {
  CheckRows({
      {"The Cashiers are supervised by the Shop Manager.", "shop manager", "supervises", "cashiers",
       Expect::kAffirmed},
      {"Kasir diawasi oleh Kepala Toko.", "kepala toko", "supervises", "kasir", Expect::kAffirmed},
      {"The Cashiers are not supervised by the Shop Manager.", "shop manager", "supervises", "cashiers",
       Expect::kNegated},
      // More than a passive verb between them: no line from this rule.
      {"The Cashiers count the float supervised by the Shop Manager.", "shop manager", "supervises", "cashiers",
       Expect::kNone},
      {"Petugas Gudang bekerja di bawah Kepala Bengkel.", "petugas gudang", "reports_to", "kepala bengkel",
       Expect::kAffirmed},
  });
}

TEST_CASE("roles listed after a colon are the subjects of the reporting line before it") {
  const std::string listed =
      "Three supervisors report directly to the warehouse director: the inbound supervisor, the outbound "
      "supervisor and the returns supervisor.";
  CheckRows({
      {listed, "inbound supervisor", "reports_to", "warehouse director", Expect::kAffirmed},
      {listed, "returns supervisor", "reports_to", "warehouse director", Expect::kAffirmed},
      {listed, "warehouse director", "reports_to", "inbound supervisor", Expect::kNone},
      // A colon after a named subject lists no subjects.
      {"The Store Manager reports to the Area Manager: weekly, by phone.", "store manager", "reports_to",
       "area manager", Expect::kAffirmed},
  });
}

TEST_CASE("'the role' opening a sentence is the role the text is about") {
  const std::string advert =
      "# Vacancy: Harbour Pilot Assistant\n\nThe Harbour Pilot Assistant boards incoming vessels with the pilot. "
      "The role is accountable to the Marine Operations Manager for every boarding.\n";
  CheckRows({
      {advert, "harbour pilot assistant", "reports_to", "marine operations manager", Expect::kAffirmed},
      {advert, "marine operations manager", "reports_to", "marine operations manager", Expect::kNone},
  });
}

TEST_CASE("a unit may be either end of a relation but never takes a duty") {
  const std::string unit_subject =
      "The Audit Unit reports to the Board Chair. The Billing Section prepares invoices and works with the Finance "
      "Manager.";
  CheckRows({
      {"The Quality Officer reports to the Finance Department.", "quality officer", "reports_to", "finance department",
       Expect::kAffirmed},
      {"The Plant Manager supervises the Packing Section.", "plant manager", "supervises", "packing section",
       Expect::kAffirmed},
      {"Petugas Gudang melapor kepada Bagian Keuangan.", "petugas gudang", "reports_to", "bagian keuangan",
       Expect::kAffirmed},
      {"The Lab Technician does not report to the Sales Team but to the Quality Manager.", "lab technician",
       "reports_to", "sales team", Expect::kNegated},
      {"The Lab Technician does not report to the Quality Manager but to the Testing Section.", "lab technician",
       "reports_to", "testing section", Expect::kAffirmed},
      {unit_subject, "audit unit", "reports_to", "board chair", Expect::kAffirmed},
      {unit_subject, "billing section", "collaborates_with", "finance manager", Expect::kAffirmed},
      // A role named inside a unit's name is the end, not the unit.
      {"The Nursing Department runs the wards. The Ward Clerk reports to the Head of the Nursing Department.",
       "ward clerk", "reports_to",
       "nursing department", Expect::kNone},
      // After a semicolon the sentence's subject goes on, not the object before it.
      {"The Billing Section does not report to the Medical Director; it reports to the Finance Manager.",
       "medical director", "reports_to", "finance manager", Expect::kNone},
      {"The Billing Section does not report to the Medical Director; it reports to the Finance Manager.",
       "billing section", "reports_to", "finance manager", Expect::kAffirmed},
      {"The Night Porter reports to the Duty Manager; handles late arrivals and works with the Concierge.",
       "duty manager", "collaborates_with", "concierge", Expect::kNone},
      // The object of a relation ends at a semicolon: the unit after it is another clause.
      {"The Museum Registrar is appointed by the Curator and reports to him; the Finance Office pays the registrar.",
       "museum registrar", "reports_to", "finance office", Expect::kNone},
  });
  auto d = ingest::testing::BuildText(unit_subject);
  const std::string unit = ingest::testing::RoleIdNamed(d, "billing section");
  REQUIRE(!unit.empty());
  for (const auto& f : d.facts) CHECK_MESSAGE(!(f.role_id == unit && f.object_role_id.empty()), f.predicate);
}

TEST_CASE("a title the document names once in capitals is a mention wherever it is written in lower case") {
  CheckRows({
      // A gerund modifier in lower case is not read as a title by itself.
      {"| Task | Glazing Foreman | Works Director |\n|---|---|---|\n| Cut panes | R | A |\n\n"
       "The glazing foreman reports to the works director every Friday.\n",
       "glazing foreman", "reports_to", "works director", Expect::kAffirmed},
      {"Struktur tim\n\nKoordinator Penjadwalan Armada mengatur rute harian.\n\n"
       "Setiap sore koordinator penjadwalan armada melapor kepada Kepala Cabang.\n",
       "koordinator penjadwalan armada", "reports_to", "kepala cabang", Expect::kAffirmed},
  });
}

TEST_CASE("one relation read twice from one sentence is one fact") {
  // An absence cue and "acts as" both say the Shift Engineer stands in.
  auto d = ingest::testing::BuildText(
      "When the Plant Manager is away, the Shift Engineer acts as Plant Manager for urgent sign-offs.");
  const std::string engineer = ingest::testing::RoleIdNamed(d, "shift engineer");
  const std::string manager = ingest::testing::RoleIdNamed(d, "plant manager");
  REQUIRE(!engineer.empty());
  REQUIRE(!manager.empty());
  INFO(ingest::testing::DescribeFacts(d));
  size_t edges = 0;
  for (const auto& f : d.facts)
    edges += f.role_id == engineer && f.predicate == "deputises_for" && f.object_role_id == manager ? 1 : 0;
  CHECK(edges == 1);
}
