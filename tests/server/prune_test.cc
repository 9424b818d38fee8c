// `ingest --prune DIR` removes only documents that came from DIR: a document
// from elsewhere (another file, or PUT over HTTP) survives.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "process_util.h"

using namespace rolegraph::testing;

TEST_CASE("prune removes a folder's vanished files and keeps documents from elsewhere") {
  TempDir dir;
  std::filesystem::create_directories(dir / "folder");
  std::ofstream(dir / "folder/a.txt") << "The chief data officer (CDO) owns the data strategy.\n";
  std::ofstream(dir / "folder/b.txt") << "The head of logistics plans every delivery route.\n";
  std::ofstream(dir / "elsewhere.txt") << "The chief legal officer (CLO) reviews every contract.\n";
  REQUIRE(RunRolegraph({"ingest", "--db", dir / "db", dir / "folder", dir / "elsewhere.txt"}).exit_code == 0);

  std::filesystem::remove(dir / "folder/b.txt");
  auto pruned = RunRolegraph({"ingest", "--db", dir / "db", "--prune", dir / "folder"});
  REQUIRE(pruned.exit_code == 0);
  CHECK(pruned.out.find("removed 1") != std::string::npos);

  auto roles = RunRolegraph({"roles", "--db", dir / "db", "--json"});
  REQUIRE(roles.exit_code == 0);
  CHECK(roles.out.find("\"cdo\"") != std::string::npos);
  CHECK(roles.out.find("\"clo\"") != std::string::npos);            // not from the folder: kept
  CHECK(roles.out.find("logistics") == std::string::npos);          // its file is gone: removed
}
