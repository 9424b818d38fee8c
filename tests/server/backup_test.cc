// Backups over the real binary: POST /v1/admin/backup while serving,
// `rolegraph backup` offline, `rolegraph restore` into a new folder that
// then answers as the database did at backup time; and the refusals.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "server/ops_fixture.h"
#include "server/write_fixture.h"

using namespace rolegraph::testing;

namespace {

constexpr const char* kBackupDoc =
    "The Chief Backup Officer keeps the nightly copies of every database. "
    "The Chief Backup Officer reports to the CTO.";

std::vector<std::string> Answers(ServerProcess& server) {
  auto client = server.NewClient();
  std::vector<std::string> out;
  for (const auto& q : SampleQuestions()) out.push_back(AnswerKey(*client, q));
  return out;
}

bool HasDocument(ServerProcess& server, const std::string& id) {
  auto res = server.NewClient()->Get("/v1/documents/" + id);
  REQUIRE(res);
  return res->status == 200;
}

}  // namespace

TEST_CASE(
    "backup: a backup taken while serving restores to the backup-time "
    "answers") {
  TempDir dir;
  const std::string db = dir / "db", online = dir / "online", offline = dir / "offline";
  std::vector<std::string> at_backup;
  {
    ServerProcess server({"--corpus", CorpusDir()}, std::chrono::seconds(60), db);
    REQUIRE_MESSAGE(server.ok(), server.err());
    auto client = server.NewClient();
    PutOk(*client, "backup-doc", kBackupDoc);
    at_backup = Answers(server);

    // The database is open in the server: the CLI says where to go instead.
    auto busy = RunRolegraph({"backup", "--db", db, offline});
    CHECK(busy.exit_code == 1);
    CHECK(busy.err.find("/v1/admin/backup") != std::string::npos);

    auto res = client->Post("/v1/admin/backup", json{{"path", online}}.dump(), "application/json");
    REQUIRE(res);
    REQUIRE_MESSAGE(res->status == 201, res->body);
    const json made = ParseJson(res->body);
    CHECK(made["path"] == online);
    CHECK(made["documents"] == 5);
    CHECK(made["bytes"].get<int64_t>() > 0);

    // The target must be new and absolute; the body must say where.
    res = client->Post("/v1/admin/backup", json{{"path", online}}.dump(), "application/json");
    REQUIRE(res);
    CHECK(res->status == 400);
    CHECK(ParseJson(res->body)["error"]["code"] == "invalid_path");
    res =
        client->Post("/v1/admin/backup", json{{"path", "relative/dir"}}.dump(), "application/json");
    CHECK(res->status == 400);
    res = client->Post("/v1/admin/backup", "{}", "application/json");
    CHECK(res->status == 400);

    // After the backup: one document gone, one changed.
    REQUIRE(client->Delete("/v1/documents/backup-doc")->status == 200);
    PutOk(*client, "other-doc",
          "The Chief Marketing Officer manages vendors for product improvement.");
    CHECK(Answers(server) != at_backup);
    CHECK(server.Stop() == 0);
  }

  // Offline, the CLI takes the backup itself.
  auto cli = RunRolegraph({"backup", "--db", db, offline});
  REQUIRE_MESSAGE(cli.exit_code == 0, cli.err);
  CHECK(cli.out.find("backup " + offline) != std::string::npos);

  // Restore the online backup into a new folder and serve it.
  auto restored = RunRolegraph({"restore", "--db", dir / "restored", online});
  REQUIRE_MESSAGE(restored.exit_code == 0, restored.err);
  CHECK(restored.out.find("5 documents") != std::string::npos);
  {
    ServerProcess server({}, std::chrono::seconds(60), dir / "restored");
    REQUIRE_MESSAGE(server.ok(), server.err());
    CHECK(HasDocument(server, "backup-doc"));
    CHECK_FALSE(HasDocument(server, "other-doc"));
    CHECK(Answers(server) == at_backup);
  }
  // The offline backup holds the later state.
  REQUIRE(RunRolegraph({"restore", "--db", dir / "later", offline}).exit_code == 0);
  {
    ServerProcess server({}, std::chrono::seconds(60), dir / "later");
    REQUIRE_MESSAGE(server.ok(), server.err());
    CHECK_FALSE(HasDocument(server, "backup-doc"));
    CHECK(HasDocument(server, "other-doc"));
  }
  // The backup itself is untouched by restoring from it.
  REQUIRE(RunRolegraph({"restore", "--db", dir / "again", online}).exit_code == 0);
}

TEST_CASE(
    "restore: refuses to overwrite, to replace an open database, and "
    "non-RoleGraph input") {
  TempDir dir;
  const std::string db = dir / "db", backup = dir / "backup";
  REQUIRE(RunRolegraph({"ingest", "--db", db, CorpusDir()}).exit_code == 0);
  REQUIRE(RunRolegraph({"backup", "--db", db, backup}).exit_code == 0);
  // A backup target that exists is refused.
  auto again = RunRolegraph({"backup", "--db", db, backup});
  CHECK(again.exit_code == 1);
  CHECK(again.err.find("already exists") != std::string::npos);

  // A non-empty database folder needs --force.
  auto r = RunRolegraph({"restore", "--db", db, backup});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("--force") != std::string::npos);
  r = RunRolegraph({"restore", "--db", db, "--force", backup});
  CHECK_MESSAGE(r.exit_code == 0, r.err);

  // --force never wipes a folder that is not a database.
  std::filesystem::create_directories(dir / "papers");
  std::ofstream(dir / "papers/thesis.txt") << "precious";
  r = RunRolegraph({"restore", "--db", dir / "papers", "--force", backup});
  CHECK(r.exit_code == 1);
  CHECK(ReadFile(dir / "papers/thesis.txt") == "precious");

  // Not a RoleGraph database: refused, nothing written.
  r = RunRolegraph({"restore", "--db", dir / "new", dir / "papers"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("not a RocksDB database") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "new"));

  // A database a server has open is not replaced, even with --force.
  ServerProcess server({}, std::chrono::seconds(60), db);
  REQUIRE_MESSAGE(server.ok(), server.err());
  r = RunRolegraph({"restore", "--db", db, "--force", backup});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("in use") != std::string::npos);
  CHECK(server.NewClient()->Get("/v1/ask?q=who+manages+vendors")->status == 200);
}
