// End-to-end answers over small documents of each shape, written for this
// test: an office note with a denied, a changed and a deputised reporting
// line; a Q/A page; a Markdown responsibility matrix. Asserts the answer,
// its citation, and that a denied or past statement is never cited for it.
#include <doctest/doctest.h>

#include "query_fixture.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "rolegraph/ingest/ingester.h"
#include "rolegraph/query/engine.h"

namespace fs = std::filesystem;
using namespace rolegraph;
using rolegraph::testing::Contains;
using rolegraph::testing::Lower;

namespace {

const char* kOfficeNote =
    "Plant Office Structure\n\n"
    "The safety auditor does not report to the plant manager but to the chief executive officer.\n"
    "The maintenance planner reports to the plant manager.\n"
    "The quality engineer previously reported to the production supervisor. Since 2025 the quality engineer "
    "reports to the plant manager.\n"
    "In the absence of the plant manager, the shift supervisor approves overtime requests.\n"
    "The plant manager approves overtime requests and signs the monthly production report.\n";

const char* kQaPage =
    "Tanya Jawab Layanan Kantor Desa\n\n"
    "T: Siapa yang menandatangani surat keterangan domisili?\n"
    "J: Kepala desa.\n\n"
    "T: Siapa yang mencatat data kependudukan?\n"
    "J: Kaur pemerintahan mencatat dan memperbarui data tersebut setiap bulan.\n";

const char* kMatrix =
    "# Month-end close responsibilities\n\n"
    "| Activity | Accounts Payable Clerk | Finance Manager | Chief Financial Officer |\n"
    "|---|---|---|---|\n"
    "| Reconcile supplier statements | R | A | I |\n"
    "| Approve journal adjustments | C | R | A |\n"
    "| Sign off the close calendar | I | C | R |\n";

// Columns headed by codes that a legend above the table defines.
const char* kCodedMatrix =
    "# Kitchen duties\n\n"
    "Column codes: HC = Head Chef, PC = Pastry Cook, KP = Kitchen Porter.\n\n"
    "| Task | HC | PC | KP |\n"
    "|---|---|---|---|\n"
    "| Temper chocolate for the plated desserts | I | R/A | |\n"
    "| Wash the stock pots after service | A | | R |\n";

// Columns headed by the initials of roles the text names, with no legend.
const char* kInitialsMatrix =
    "# Greenhouse rota\n\n"
    "The Nursery Manager, the Propagation Technician and the Irrigation Engineer share the work below.\n\n"
    "| Task | NM | PT | IE |\n"
    "|---|---|---|---|\n"
    "| Take cuttings from the mother plants | A | R | |\n"
    "| Flush the drip lines | I | | R |\n";

// An Indonesian matrix: asked who is accountable or consulted, a row answers
// with that cell's role, not with its doer.
const char* kMatrixId =
    "# Pembagian tugas bengkel las\n\n"
    "| Kegiatan | Kepala Bengkel | Teknisi Pipa | Petugas Gudang |\n"
    "|---|---|---|---|\n"
    "| Memeriksa sambungan pipa sebelum diserahkan | A | R | I |\n"
    "| Memesan kawat las dan gas pelindung | C | I | R |\n";

// Minutes that move duties from one holder to another.
const char* kTransfers =
    "# Notulen rapat gudang\n\n"
    "Hadir: Manajer Gudang, Kepala Regu Bongkar, Petugas Administrasi Stok, Shift Coordinator.\n\n"
    "1. Mulai 1 Maret tugas penghitungan stok mingguan dialihkan dari Kepala Regu Bongkar kepada Petugas "
    "Administrasi Stok.\n"
    "2. Starting in May, the weekly safety walk moves from the Warehouse Manager to the Shift Coordinator.\n"
    "3. Selama ini daftar hadir relawan dipegang oleh Sekretaris. Sekretaris menyampaikan bahwa tugas itu terlalu "
    "berat. Rapat memutuskan: mulai Juni, pencatatan daftar hadir relawan dipindahkan dari Sekretaris kepada "
    "Koordinator Relawan.\n";

// Duties that send something on to another role.
const char* kHandovers =
    "# Hotel night duties\n\n"
    "- The Night Porter writes up broken fittings and passes the repair tickets to the Facilities "
    "Coordinator.\n"
    "- Staf Gudang mengirimkan laporan stok harian kepada Kepala Logistik setiap sore.\n";

// An advert whose duties are short bullets: each is a duty, not a heading.
const char* kShortBullets =
    "# Vacancy: Parcel Desk Clerk\n\n"
    "The Parcel Desk Clerk serves walk-in customers at the post office counter.\n"
    "Main duties:\n"
    "- Weigh parcels and print postage labels\n"
    "- Balance the cash float at closing time\n";

// Units that do the work (as subject or passive agent) and a unit that is
// only what a role chairs.
const char* kUnits =
    "# Harbour services: who handles what\n\n"
    "Refunds for cancelled crossings are handled by the Finance Department.\n"
    "The Harbour Master chairs the berthing committee and signs every mooring permit.\n";

// An advert whose unit only receives the letters: asked which unit, the
// unit answers, not the role the advert is about.
const char* kAdvertUnit =
    "# Lowongan Juru Gambar\n\n"
    "Juru Gambar menyiapkan gambar kerja untuk proyek jembatan.\n"
    "Kirim surat lamaran dan portofolio ke Bagian Kepegawaian paling lambat 30 Juni.\n";

// Adverts whose duty list sits under a heading that speaks to the reader:
// the duties are the advertised title's, not those of the role the text
// named last.
const char* kReaderAdvert =
    "# Vacancy: Night Shift Baker\n\n## About the team\n\n"
    "The outlet is run by the Outlet Manager. The Pastry Chef decorates the celebration cakes.\n\n"
    "## What you will do\n\n- Cleans the deck oven after each bake.\n"
    "- Briefs the Pastry Chef on oven safety every Monday.\n";
const char* kReaderAdvertId =
    "# Lowongan: Juru Cuci Kendaraan\n\n## Tentang kami\n\n"
    "Bengkel dipimpin oleh Kepala Bengkel. Kasir Bengkel menerima pembayaran servis.\n\n"
    "## Yang akan Anda kerjakan\n\n- Mencuci mobil pelanggan setelah servis selesai.\n"
    "- Mengatur giliran harian para Pemoles Bodi dan membagi lokasi kerja mereka.\n";

// Minutes whose attendance list gives each name its title in brackets;
// later lines use the first name alone.
const char* kAttendance =
    "# Bakery meeting minutes\n\n"
    "**Present:** Maria Lopez (Head Baker, in the chair), Tomas Reyes (Pastry Chef), Lena Park (Delivery "
    "Coordinator), six bakers.\n\n"
    "## Decisions\n"
    "- Tomas will choose the tart recipes for the harvest fair.\n";

// A duty done under someone's direction: asked whose direction, that
// someone answers; asked who does it, the doer does.
const char* kDirection =
    "# Vacancy: Kiln Loader\n\n"
    "The Kiln Loader works in the firing hall of the pottery.\n\n"
    "Duties:\n"
    "- Stacking glazed ware on the kiln shelves under the direction of the Firing Master.\n\n"
    "At the pottery shop, the Sales Assistant boxes the tea sets under the supervision of the Shop Manager.\n";

testing::QueryFixture& Shared() {
  static testing::QueryFixture f("shapes", {{"office-note.txt", kOfficeNote},
                                            {"qa-desa.txt", kQaPage},
                                            {"close-matrix.md", kMatrix},
                                            {"matriks-bengkel.md", kMatrixId},
                                            {"kitchen.md", kCodedMatrix},
                                            {"greenhouse.md", kInitialsMatrix},
                                            {"notulen-gudang.md", kTransfers},
                                            {"hotel-night.md", kHandovers},
                                            {"parcel-desk.md", kShortBullets},
                                            {"ferry.md", kUnits},
                                            {"lowongan-gambar.md", kAdvertUnit},
                                            {"baker-advert.md", kReaderAdvert},
                                            {"lowongan-cuci.md", kReaderAdvertId},
                                            {"bakery-minutes.md", kAttendance},
                                            {"kiln-advert.md", kDirection}});
  return f;
}

struct Row {
  std::string question;
  std::string role_name_part;  // a part of the first answer's role name, lower case
  std::string evidence;        // a part of one of its citations
  std::string never_cited{};   // a part of no citation of any answer naming the role
};

}  // namespace

TEST_CASE("questions over documents of each shape get the role the structure gives") {
  const Row rows[] = {
      {"Who does the safety auditor report to?", "chief executive officer", "but to the chief executive officer"},
      {"Who does the quality engineer report to?", "plant manager", "Since 2025 the quality engineer",
       "previously reported"},
      {"Who stands in for the plant manager?", "shift supervisor", "In the absence of the plant manager"},
      // A first name stands for the title its attendance line gave it in brackets.
      {"Who chooses the tart recipes for the harvest fair?", "pastry chef", "Tomas will choose"},
      {"Under whose direction does the kiln loader stack glazed ware on the kiln shelves?", "firing master",
       "under the direction of the Firing Master"},
      {"Who boxes the tea sets under the supervision of a manager?", "sales assistant", "boxes the tea sets"},
      {"Siapa yang menandatangani surat keterangan domisili?", "kepala desa", "J: Kepala desa."},
      {"Who reconciles supplier statements?", "accounts payable clerk", "Reconcile supplier statements"},
      {"Who signs off the close calendar?", "chief financial officer", "Sign off the close calendar"},
      {"Who tempers the chocolate?", "pastry cook", "Temper chocolate"},
      // Asked for one grade of the matrix: the role in that cell.
      {"Who is accountable for reconciling supplier statements?", "finance manager", "Reconcile supplier statements"},
      {"Who is accountable for washing the stock pots?", "head chef", "Wash the stock pots"},
      {"Is the Finance Manager or the Chief Financial Officer accountable for approving journal adjustments?",
       "chief financial officer", "Approve journal adjustments"},
      {"Siapa yang akuntabel atas pemeriksaan sambungan pipa?", "kepala bengkel", "Memeriksa sambungan pipa"},
      {"Siapa yang memeriksa sambungan pipa sebelum diserahkan?", "teknisi pipa", "Memeriksa sambungan pipa"},
      {"Siapa yang dikonsultasikan saat memesan kawat las?", "kepala bengkel", "Memesan kawat las"},
      {"Who is informed when supplier statements are reconciled?", "chief financial officer",
       "Reconcile supplier statements"},
      // A question offering alternatives is answered by one of them, even
      // though the question names them.
      {"Who does the maintenance planner report to, the plant manager or the chief executive officer?",
       "plant manager", "The maintenance planner reports to the plant manager"},
      {"Does the safety auditor report to the plant manager or to the chief executive officer?",
       "chief executive officer", "but to the chief executive officer"},
      {"Who washes the stock pots?", "kitchen porter", "Wash the stock pots"},
      {"Who takes cuttings from the mother plants?", "propagation technician", "Take cuttings"},
      {"Who flushes the drip lines?", "irrigation engineer", "Flush the drip lines"},
      {"Who does the weekly safety walk?", "shift coordinator", "the weekly safety walk moves"},
      // Asking who receives: the role after "to"/"kepada", not the sender.
      {"To whom are repair tickets for broken fittings passed?", "facilities coordinator", "passes the repair tickets"},
      {"Kepada siapa laporan stok harian dikirim?", "logistics head", "laporan stok harian kepada"},
      {"Who writes up broken fittings?", "night porter", "writes up broken fittings"},
      {"Who does the weekly stock count now?", "petugas administrasi stok", "dialihkan dari"},
      // The meeting decides, not the old holder the sentence before was about.
      {"Who keeps the volunteer attendance list from June?", "koordinator relawan", "dipindahkan dari Sekretaris"},
      {"Who weighs parcels and prints the postage labels?", "parcel desk clerk", "Weigh parcels"},
      {"Which department handles refunds for cancelled crossings?", "finance department", "Refunds for cancelled"},
      {"Who signs the mooring permits?", "harbour master", "signs every mooring permit"},
      // Asked which unit: the unit the sentence names, even as a recipient;
      // "which team member" still asks for a role.
      {"Ke bagian mana surat lamaran dikirim?", "bagian kepegawaian", "ke Bagian Kepegawaian"},
      {"Which department receives the application letters?", "bagian kepegawaian", "ke Bagian Kepegawaian"},
      {"Which team member prepares the working drawings?", "juru gambar", "menyiapkan gambar kerja"},
      // "Which role", "jabatan apa", "is allowed to", "berwenang" only frame
      // the question: the act is what the evidence must hold.
      {"Which role washes the stock pots?", "kitchen porter", "Wash the stock pots"},
      {"Which person is allowed to sign the mooring permits?", "harbour master", "signs every mooring permit"},
      {"Jabatan apa yang berwenang memeriksa sambungan pipa sebelum diserahkan?", "teknisi pipa",
       "Memeriksa sambungan pipa"},
      // Under "What you will do": the advertised title's duties.
      {"Who cleans the deck oven after each bake?", "night shift baker", "Cleans the deck oven"},
      {"Siapa yang mencuci mobil pelanggan setelah servis selesai?", "juru cuci", "Mencuci mobil pelanggan"},
      // A role the question names as what is acted on is not the doer of
      // a duty written with it as the object.
      {"Who briefs the pastry chef on oven safety?", "night shift baker", "Briefs the Pastry Chef"},
      {"Siapa yang mengatur giliran para pemoles bodi dan membagi lokasi kerja mereka?", "juru cuci",
       "Mengatur giliran harian"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.question);
    auto out = Shared().Ask(row.question);
    REQUIRE_FALSE(out.abstained);
    REQUIRE(!out.answers.empty());
    CAPTURE(out.answers[0].role.name);
    CHECK(Contains(Lower(out.answers[0].role.name), row.role_name_part));
    bool evidence = false;
    for (const auto& c : out.answers[0].citations) evidence = evidence || Contains(c.text, row.evidence);
    CHECK(evidence);
    for (const auto& a : out.answers)
      for (const auto& c : a.citations)
        if (!row.never_cited.empty()) CHECK_FALSE(Contains(c.text, row.never_cited));
    for (size_t k = 1; k < out.answers.size(); ++k) CHECK(out.answers[k].confidence <= out.answers[k - 1].confidence);
  }
}

TEST_CASE("a denied reporting line is never the answer nor cited for the denied role") {
  auto out = Shared().Ask("Who does the safety auditor report to?");
  for (const auto& a : out.answers) {
    if (!Contains(Lower(a.role.name), "plant manager")) continue;
    for (const auto& c : a.citations) CHECK_FALSE(Contains(c.text, "does not report to the plant manager"));
  }
}

TEST_CASE("a question about work no document mentions abstains") {
  auto out = Shared().Ask("Who cleans the office windows?");
  CHECK(out.abstained);
  CHECK(out.answers.empty());
}
