// Job titles found by layout and word order, table-driven: each row is a
// small document, the names that must make one role, and the names that must
// not be roles (or must stay apart). Texts are written for this test.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "analyzer_test_util.h"
#include "rolegraph/ingest/ingester.h"

using namespace rolegraph;

namespace {

using ingest::testing::RoleNamed;

index::IndexedDocument Build(const std::string& text) { return ingest::testing::BuildText(text); }

struct Row {
  const char* text;
  std::vector<std::string> one_role;   // all these name the same role
  std::vector<std::string> not_roles;  // none of these is a role's name or alias
  std::vector<std::string> apart;      // each names a role, all different
};

TEST_CASE("titles from layout and word order") {
  const Row rows[] = {
      // A numbered heading the next sentence defines; its acronym.
      {"Jabatan di Kantor Cabang\n\n3. Teller\n\nTeller adalah petugas yang menangani transaksi tunai. Ia "
       "menerima setoran.\n\n4. Customer Service\n\nCustomer Service (CS) atau petugas layanan nasabah "
       "membantu pembukaan rekening.\n",
       {"Teller"},
       {},
       {"Teller", "Customer Service"}},
      {"4. Customer Service\n\nCustomer Service (CS) atau petugas layanan nasabah membantu pembukaan "
       "rekening. CS juga menampung keluhan nasabah.\n",
       {"Customer Service", "CS", "petugas layanan nasabah"},
       {},
       {}},
      // A position label opens a section; its field lines do not.
      {"Position: Night Auditor\nDepartment: Rooms Division\nReports to: Front Office Manager\n"
       "Responsibilities:\n- Run the end-of-day audit.\n",
       {"Night Auditor"},
       {"Rooms Division"},
       {"Night Auditor", "Front Office Manager"}},
      {"Position: Food & Beverage Manager (F&B Manager)\nResponsibilities:\n- Control food cost.\n",
       {"Food & Beverage Manager"},
       {},
       {}},
      // Names on one heading line are one role.
      {"4. Quantity Surveyor (QS) atau Juru Hitung Biaya\n\nQuantity Surveyor (QS) menghitung volume "
       "pekerjaan.\n",
       {"Quantity Surveyor", "QS"},
       {},
       {}},
      // An English head in Indonesian order; a lower-case activity noun
      // before an English head is not a title.
      {"Supervisor Produksi memimpin satu shift. Tugasnya juga mencakup pelatihan operator baru.\n",
       {"Supervisor Produksi"},
       {"pelatihan operator"},
       {}},
      // "for" + a capitalised field.
      {"The Vice Dean for Academic Affairs coordinates the academic calendar. The dean signs "
       "transcripts.\n",
       {"Vice Dean for Academic Affairs"},
       {},
       {"Vice Dean for Academic Affairs", "dean"}},
      // A numbered list of roles: an item whose paragraph opens with its
      // name, and an item whose paragraph does not, among siblings that do.
      {"1. Ketua\n\nKetua memimpin rapat pengurus.\n\n2. Bendahara\n\nBendahara mengelola keuangan "
       "koperasi.\n\n3. Juru Arsip\n\nDi banyak koperasi, tugas arsip dipegang juru arsip.\n",
       {},
       {},
       {"Bendahara", "Juru Arsip", "Ketua"}},
      // "The Gaffer" defined by the next sentence; "POSITION 2:" labels.
      {"The Gaffer\nThe gaffer is the chief lighting technician on set. They position the lamps.\n",
       {"Gaffer"},
       {},
       {}},
      {"POSITION 1: Commercial Property Underwriter\nReports to: Underwriting Manager\nKey "
       "responsibilities:\n- Assess proposals for property cover.\n",
       {"Commercial Property Underwriter"},
       {},
       {"Commercial Property Underwriter", "Underwriting Manager"}},
      // A title right after the copula of a sentence about a role names it.
      {"1. Syahbandar\n\nSyahbandar (harbour master) adalah pejabat pemerintah yang memegang otoritas "
       "tertinggi di pelabuhan. Ia menerbitkan surat izin berlayar.\n\n2. Pandu\n\nPandu membantu nakhoda.\n",
       {"Syahbandar", "pejabat pemerintah"},
       {},
       {}},
      // Title Case titles with words no vocabulary lists, in either language.
      {"You'll report to the Hub Manager. The Line Haul Coordinator plans the trucks.\n",
       {"Hub Manager"},
       {},
       {"Hub Manager", "Line Haul Coordinator"}},
      {"Urusan izin keramaian dipegang oleh Permit Officer. Ticketing Coordinator mengelola gelang.\n",
       {},
       {},
       {"Permit Officer", "Ticketing Coordinator"}},
      // A governing body defined by an acronym answers like a role.
      {"Badan Pengawas Koperasi (BPK) adalah lembaga yang dipilih anggota. BPK memeriksa laporan keuangan "
       "pengurus.\n",
       {"BPK", "Badan Pengawas Koperasi"},
       {},
       {}},
      // A more general title is a shortening only by seniority words.
      {"Kepala Cabang memimpin kantor cabang. Kepala Operasional Cabang mengawasi kegiatan "
       "operasional harian.\n",
       {},
       {},
       {"Kepala Cabang", "Kepala Operasional Cabang"}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    index::IndexedDocument d = Build(row.text);
    std::string roles;
    for (const auto& r : d.roles) roles += r.id + "(" + r.kind + ") ";
    CAPTURE(roles);
    if (!row.one_role.empty()) {
      const index::RoleRecord* first = RoleNamed(d, row.one_role[0]);
      REQUIRE_MESSAGE(first != nullptr, row.one_role[0]);
      for (const auto& name : row.one_role) CHECK_MESSAGE(RoleNamed(d, name) == first, name);
    }
    for (const auto& name : row.not_roles) CHECK_MESSAGE(RoleNamed(d, name) == nullptr, name);
    std::vector<const index::RoleRecord*> seen;
    for (const auto& name : row.apart) {
      const index::RoleRecord* r = RoleNamed(d, name);
      CHECK_MESSAGE(r != nullptr, name);
      CHECK_MESSAGE(std::find(seen.begin(), seen.end(), r) == seen.end(), name);
      seen.push_back(r);
    }
  }
}

}  // namespace
