// `rolegraph ingest` over a folder that changes between runs: the summary
// counts added / updated / unchanged / removed / failed documents, and
// --prune removes documents whose files are gone.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "server/process_util.h"

using namespace rolegraph::testing;

namespace {

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

RunResult Ingest(const std::string& db, const std::string& docs, bool prune = false) {
  if (prune) return RunRolegraph({"ingest", "--db", db, "--prune", docs});
  return RunRolegraph({"ingest", "--db", db, docs});
}

bool Has(const RunResult& r, const std::string& text) {
  return r.out.find(text) != std::string::npos;
}

}  // namespace

TEST_CASE("cli: ingest reports added, updated, unchanged, removed and failed") {
  TempDir dir;
  const std::string docs = dir / "docs", db = dir / "db";
  std::filesystem::create_directories(docs);
  WriteFile(docs + "/cfo.txt", "Chief Financial Officer\n\nThe CFO approves the annual budget.\n");
  WriteFile(docs + "/hr.md", "HR Manager\n\nThe HR manager runs recruitment and onboarding.\n");
  WriteFile(docs + "/legal.txt", "General Counsel\n\nThe general counsel reviews contracts.\n");

  RunResult first = Ingest(db, docs);
  CAPTURE(first.out);
  CHECK(first.exit_code == 0);
  CHECK(Has(first, "documents: 3 (added 3, updated 0, unchanged 0, removed 0, failed 0)"));

  RunResult same = Ingest(db, docs);
  CAPTURE(same.out);
  CHECK(same.exit_code == 0);
  CHECK(Has(same, "documents: 3 (added 0, updated 0, unchanged 3, removed 0, failed 0)"));

  // One changed, one gone, one new; without --prune the gone one stays.
  WriteFile(docs + "/hr.md", "HR Manager\n\nThe HR manager runs recruitment and payroll.\n");
  std::filesystem::remove(docs + "/legal.txt");
  WriteFile(docs + "/cto.txt",
            "Chief Technology Officer\n\nThe CTO sets the technology strategy.\n");
  RunResult changed = Ingest(db, docs);
  CAPTURE(changed.out);
  CHECK(changed.exit_code == 0);
  CHECK(Has(changed, "documents: 4 (added 1, updated 1, unchanged 1, removed 0, failed 0)"));

  RunResult pruned = Ingest(db, docs, /*prune=*/true);
  CAPTURE(pruned.out);
  CHECK(pruned.exit_code == 0);
  CHECK(Has(pruned, "documents: 3 (added 0, updated 0, unchanged 3, removed 1, failed 0)"));
  RunResult roles = RunRolegraph({"roles", "--db", db, "--json"});
  CHECK(roles.exit_code == 0);
  CHECK(roles.out.find("ounsel") == std::string::npos);

  // A file that is not UTF-8 text fails on its own; the others are kept.
  WriteFile(docs + "/broken.txt", std::string("The CTO \xff\xfe runs IT.\n"));
  RunResult broken = Ingest(db, docs);
  CAPTURE(broken.out);
  CAPTURE(broken.err);
  CHECK(broken.exit_code == 1);
  CHECK(Has(broken, "(added 0, updated 0, unchanged 3, removed 0, failed 1)"));
  CHECK(broken.err.find("broken.txt") != std::string::npos);
}
