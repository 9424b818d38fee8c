// Damaged storage is reported, not hidden: `rolegraph check` exits 1 on a
// flipped table block, a server whose reads meet it turns /readyz 503
// "degraded", a damaged write-ahead log is an error at start and a metric;
// and backup paths that cannot be right get 400.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

#include "server/hostile_fixture.h"

using namespace std::chrono_literals;
using namespace rolegraph::testing;
namespace fs = std::filesystem;

namespace {

// The largest file in `dir` whose name ends with `suffix`.
std::string Largest(const std::string& dir, const std::string& suffix) {
  std::string best;
  uintmax_t best_size = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (name.size() < suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(),
                                                    suffix) != 0)
      continue;
    if (e.file_size() > best_size) {
      best_size = e.file_size();
      best = e.path().string();
    }
  }
  return best;
}

// Flips `count` bytes of `file`, spread from `from` to `to` (fractions of
// its size).
void FlipBytes(const std::string& file, int count, double from = 0.25, double to = 0.75) {
  std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
  const auto size = static_cast<double>(fs::file_size(file));
  for (int i = 0; i < count; ++i) {
    const auto at = static_cast<std::streamoff>(size * (from + (to - from) * i / count));
    f.seekg(at);
    char c = 0;
    f.read(&c, 1);
    c = static_cast<char>(c ^ 0x5a);
    f.seekp(at);
    f.write(&c, 1);
  }
}

}  // namespace

TEST_CASE("hostile storage: check finds a flipped table block; reads meeting it degrade /readyz") {
  TempDir dir;
  const std::string db = dir / "db";
  auto ingest = RunRolegraph({"ingest", "--db", db, CorpusDir()});
  REQUIRE_MESSAGE(ingest.exit_code == 0, ingest.err);
  auto check = RunRolegraph({"check", "--db", db});
  CHECK_MESSAGE(check.exit_code == 0, check.err);
  CHECK(check.out.find("ok: ") != std::string::npos);

  int tables = 0;
  for (const auto& e : fs::directory_iterator(db)) {
    // Data blocks come first in a table file, its index and footer last:
    // damage early in the file is met by reads, not at open.
    if (e.path().extension() != ".sst" || e.file_size() < 4096) continue;
    FlipBytes(e.path().string(), 2, 0.1, 0.3);
    ++tables;
  }
  REQUIRE(tables > 0);
  check = RunRolegraph({"check", "--db", db});
  CHECK(check.exit_code == 1);
  CHECK(check.err.find("damaged") != std::string::npos);

  ServerProcess server({"--threads", "4", "--access-log", "off"}, 60s, db);
  if (!server.ok()) {
    // The damage may sit in a block RocksDB reads at open: refusing to
    // start, with the reason, is an honest answer too.
    CHECK(server.err().find("orrupt") != std::string::npos);
    return;
  }
  auto client = server.NewClient();
  auto list = client->Get("/v1/documents");
  int failures = 0;
  if (list && list->status == 200) {
    const json docs = ParseJson(list->body);
    for (const auto& d : docs["documents"]) {
      auto res = client->Get(("/v1/documents/" + d["id"].get<std::string>()).c_str());
      auto sentences =
          client->Get(("/v1/documents/" + d["id"].get<std::string>() + "/sentences").c_str());
      for (const auto* r : {&res, &sentences}) {
        if (*r && (*r)->status == 500) {
          ++failures;
          CHECK((*r)->body.find("storage_corruption") != std::string::npos);
        }
      }
    }
  } else {
    REQUIRE(list);
    CHECK(list->body.find("storage_corruption") != std::string::npos);
    ++failures;
  }
  MESSAGE("document reads that met the damage: " << failures);
  CHECK(failures > 0);
  {
    auto ready = client->Get("/readyz");
    REQUIRE(ready);
    CHECK(ready->status == 503);
    CHECK(ready->body.find("degraded") != std::string::npos);
    auto metrics = client->Get("/metrics");
    REQUIRE(metrics);
    CHECK(metrics->body.find("rolegraph_degraded 1") != std::string::npos);
  }
}

TEST_CASE("hostile storage: a damaged write-ahead log is an error at start and a metric") {
  TempDir dir;
  const std::string db = dir / "db";
  {
    ServerProcess server({"--threads", "4", "--access-log", "off"}, 60s, db);
    REQUIRE_MESSAGE(server.ok(), server.err());
    auto client = server.NewClient();
    for (int i = 0; i < 100; ++i) {
      const std::string id = "wal-" + std::to_string(i);
      auto res = client->Put(("/v1/documents/" + id).c_str(),
                             R"({"title": "WAL", "text": "The ledger clerk )" + id +
                                 R"( records every payment in the ledger."})",
                             "application/json");
      REQUIRE(res);
      REQUIRE(res->status == 201);
    }
    kill(server.pid(), SIGKILL);  // no flush: the documents live in the log only
    server.Stop();
  }
  const std::string log = Largest(db, ".log");
  REQUIRE_FALSE(log.empty());
  FlipBytes(log, 4);
  ServerProcess server({"--threads", "4", "--access-log", "off"}, 60s, db);
  REQUIRE_MESSAGE(server.ok(), server.err());
  CHECK(server.err().find("damaged write-ahead log") != std::string::npos);
  auto metrics = server.NewClient()->Get("/metrics");
  REQUIRE(metrics);
  CHECK(metrics->body.find("rolegraph_wal_damaged_at_open 1") != std::string::npos);
}

TEST_CASE("hostile storage: backup paths") {
  REQUIRE(HostileServer().ok());
  auto client = HostileClient();
  TempDir out;
  struct Row {
    const char* what;
    std::string body;
    int status;
  };
  const Row rows[] = {
      {"inside the database folder",
       json{{"path", HostileServer().db() + "/backup-inside"}}.dump(), 400},
      {"the database folder itself", json{{"path", HostileServer().db()}}.dump(), 400},
      {"under /proc", json{{"path", "/proc/rolegraph-backup"}}.dump(), 400},
      {"a NUL byte", R"({"path": "/tmp/rolegraph\u0000backup"})", 400},
      {"a relative path", json{{"path", "relative/backup"}}.dump(), 400},
      {"a new folder", json{{"path", out / "backup"}}.dump(), 201},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    auto res = client->Post("/v1/admin/backup", row.body, "application/json");
    REQUIRE(res);
    CHECK(res->status == row.status);
    if (row.status == 201) {
      // The count is the checkpoint's own.
      auto check = RunRolegraph({"check", "--db", out / "backup"});
      CHECK(check.exit_code == 0);
      const json answer = ParseJson(res->body);
      CHECK(check.out.find(": " + std::to_string(answer["documents"].get<int>()) + " documents") !=
            std::string::npos);
    }
  }
}
