// The life of `rolegraph serve` over the real binary: the port answers at
// once, /readyz and the API say 503 while loading, then 200; SIGTERM drains
// requests in flight, exits 0 quickly, and a restart answers the same.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/ops_fixture.h"

using namespace rolegraph::testing;
using Clock = std::chrono::steady_clock;

namespace {

double SecondsSince(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// SIGTERM, then the exit code and how long the exit took.
std::pair<int, double> Terminate(ServerProcess& server) {
  const auto start = Clock::now();
  kill(server.pid(), SIGTERM);
  const int code = WaitExit(server.pid(), std::chrono::seconds(20));
  const double seconds = SecondsSince(start);
  if (code == -1) server.Stop();
  return {code, seconds};
}

}  // namespace

TEST_CASE(
    "lifecycle: /healthz at once, /readyz and the API 503 while loading, "
    "then 200") {
  TempDir corpus;
  WriteLargeCorpus(corpus, 60);
  ServerProcess server({"--corpus", corpus.path()}, std::chrono::seconds(60), "",
                       /*wait_ready=*/false);
  REQUIRE_MESSAGE(server.ok(), server.err());
  auto client = server.NewClient();

  // /healthz answered, so the port is up; the corpus ingest is still running.
  bool saw_not_ready = false, saw_api_not_ready = false, ready = false;
  std::string reason;
  const auto deadline = Clock::now() + std::chrono::seconds(120);
  while (Clock::now() < deadline) {
    auto res = client->Get("/readyz");
    REQUIRE(res);
    if (res->status == 200) {
      ready = true;
      break;
    }
    REQUIRE(res->status == 503);
    const json body = ParseJson(res->body);
    CHECK(body["status"] == "not_ready");
    reason = body["reason"];
    saw_not_ready = true;
    auto api = client->Get("/v1/ask?q=who+manages+vendors");
    REQUIRE(api);
    if (api->status == 503) {
      const json error = ParseJson(api->body)["error"];
      CHECK(error["code"] == "not_ready");
      CHECK(api->get_header_value("Retry-After") == "1");
      saw_api_not_ready = true;
    }
    CHECK(client->Get("/healthz")->status == 200);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  CHECK(saw_not_ready);
  CHECK(saw_api_not_ready);
  CHECK_MESSAGE(!reason.empty(), "a 503 from /readyz says why");
  REQUIRE(ready);
  const json body = ParseJson(client->Get("/readyz")->body);
  CHECK(body["status"] == "ready");
  CHECK(body["documents"].get<int>() == 4 * 60);
  CHECK(client->Get("/v1/ask?q=who+manages+vendors")->status == 200);
}

TEST_CASE(
    "lifecycle: SIGTERM while the corpus loads exits 0 and leaves a "
    "usable database") {
  TempDir corpus, db;
  WriteLargeCorpus(corpus, 100);
  {
    ServerProcess server({"--corpus", corpus.path()}, std::chrono::seconds(60), db / "db",
                         /*wait_ready=*/false);
    REQUIRE_MESSAGE(server.ok(), server.err());
    auto res = server.NewClient()->Get("/readyz");
    REQUIRE(res);
    REQUIRE_MESSAGE(res->status == 503, "loading finished too quickly to test: " << res->body);
    const auto [code, seconds] = Terminate(server);
    CHECK_MESSAGE(code == 0, server.err());
    CHECK(seconds < 5);
  }
  // The documents written before the signal are whole; a restart serves them.
  ServerProcess again({}, std::chrono::seconds(60), db / "db");
  REQUIRE_MESSAGE(again.ok(), again.err());
  const json ready = ParseJson(again.NewClient()->Get("/readyz")->body);
  CHECK(ready["documents"].get<int>() <= 400);
  CHECK(again.NewClient()->Get("/v1/ask?q=who+manages+vendors")->status == 200);
}

TEST_CASE(
    "lifecycle: SIGTERM drains requests in flight, exits 0 in < 5 s; a "
    "restart answers the same") {
  TempDir corpus, db;
  WriteLargeCorpus(corpus, 25);
  ServerProcess server({"--corpus", corpus.path(), "--threads", "4"}, std::chrono::seconds(120),
                       db / "db");
  REQUIRE_MESSAGE(server.ok(), server.err());
  std::vector<std::string> before;
  {
    auto client = server.NewClient();
    for (const auto& q : SampleQuestions()) before.push_back(AnswerKey(*client, q));
  }

  // Four clients ask without pause; SIGTERM lands while their requests run.
  std::atomic<bool> stop{false};
  std::atomic<int> answered{0}, failed_status{0};
  std::mutex mu;
  std::string bad;
  std::vector<std::thread> askers;
  for (int t = 0; t < 4; ++t) {
    askers.emplace_back([&, t] {
      auto client = server.NewClient();
      const std::string q = SampleQuestions()[t % SampleQuestions().size()];
      while (!stop) {
        auto res = client->Post("/v1/ask", json{{"question", q}}.dump(), "application/json");
        if (!res) break;  // the server stopped accepting: connection refused or closed
        if (res->status == 200) {
          ++answered;
        } else {
          ++failed_status;
          std::lock_guard<std::mutex> lock(mu);
          bad = std::to_string(res->status) + " " + res->body;
        }
      }
    });
  }
  while (answered < 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const int answered_before = answered;
  const auto [code, seconds] = Terminate(server);
  stop = true;
  for (auto& t : askers) t.join();
  CHECK_MESSAGE(code == 0, server.err());
  CHECK(seconds < 5);
  CHECK_MESSAGE(failed_status == 0, "a request in flight got " << bad);
  CHECK(answered >= answered_before);
  CHECK(server.out().find("stopped") != std::string::npos);

  // Same database, no --corpus: the same answers, byte for byte.
  ServerProcess again({}, std::chrono::seconds(60), db / "db");
  REQUIRE_MESSAGE(again.ok(), again.err());
  auto client = again.NewClient();
  for (size_t i = 0; i < before.size(); ++i) {
    CAPTURE(SampleQuestions()[i]);
    CHECK(AnswerKey(*client, SampleQuestions()[i]) == before[i]);
  }
}
