// `serve --replica-of` end to end, for both kinds of replica: a RocksDB
// secondary over the writer's --db folder, and one restoring the backups the
// writer publishes (--publish-backups). Real processes on loopback.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <string>
#include <thread>

#include "server/server_process.h"

using rolegraph::testing::ServerProcess;
using rolegraph::testing::TempDir;

namespace {

constexpr const char* kWriterUrl = "http://writer.example:8080";

// Polls GET path on `server` until it answers 200 or `seconds` pass.
bool AnswersWithin(const ServerProcess& server, const std::string& path, double seconds) {
  auto client = server.NewClient();
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto res = client->Get(path); res && res->status == 200) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

nlohmann::json Readyz(const ServerProcess& server) {
  auto res = server.NewClient()->Get("/readyz");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  return nlohmann::json::parse(res->body);
}

}  // namespace

TEST_CASE("replica: writes reach each kind of replica, which refuses writes naming the writer") {
  TempDir tmp;
  ServerProcess writer({"--publish-backups", tmp / "backups", "--publish-every-ms", "200"});
  REQUIRE_MESSAGE(writer.ok(), writer.err());
  CHECK(Readyz(writer)["role"] == "writer");

  struct Kind {
    const char* name;
    std::string source;
  };
  for (const Kind& kind : {Kind{"secondary", writer.db()}, Kind{"backups", tmp / "backups"}}) {
    CAPTURE(kind.name);
    ServerProcess replica({"--replica-of", kind.source, "--writer-url", kWriterUrl},
                          std::chrono::seconds(60), tmp / (std::string("replica-") + kind.name));
    REQUIRE_MESSAGE(replica.ok(), replica.err());

    const std::string id = std::string("steward-") + kind.name;
    auto put = writer.NewClient()->Put(
        "/v1/documents/" + id,
        "Wine Steward\nThe Wine Steward keeps the cellar inventory and pairs wines with menus.\n",
        "text/plain; charset=utf-8");
    REQUIRE(put);
    CHECK(put->status == 201);
    // 3 s is the cluster test's bound; this one also runs under the sanitizers.
    CHECK(AnswersWithin(replica, "/v1/documents/" + id, 10.0));

    auto refused = replica.NewClient()->Put("/v1/documents/other", "Some role text.\n",
                                            "text/plain; charset=utf-8");
    REQUIRE(refused);
    CHECK(refused->status == 409);
    const auto error = nlohmann::json::parse(refused->body)["error"];
    CHECK(error["code"] == "read_only_replica");
    CHECK(error["message"].get<std::string>().find(kWriterUrl) != std::string::npos);
    auto deleted = replica.NewClient()->Delete("/v1/documents/" + id);
    REQUIRE(deleted);
    CHECK(deleted->status == 409);
    CHECK(AnswersWithin(replica, "/v1/documents/" + id, 0.1));  // still there

    const auto ready = Readyz(replica);
    CHECK(ready["role"] == "replica");
    CHECK(ready["replica_of"] == kind.source);
    CHECK(ready["writer_url"] == kWriterUrl);
    CHECK(ready["lag_seconds"].get<double>() >= 0);
    CHECK(ready["version"].get<uint64_t>() > 0);
    auto metrics = replica.NewClient()->Get("/metrics");
    REQUIRE(metrics);
    CHECK(metrics->body.find("\nrolegraph_replica 1\n") != std::string::npos);
    CHECK(metrics->body.find("\nrolegraph_replica_lag_seconds ") != std::string::npos);
    CHECK(replica.Stop() == 0);
  }
  CHECK(writer.Stop() == 0);
}
