// The access log over the real binary: one line per request on stderr, in
// JSON or text, with route patterns, and never an API key or a body.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "server/http_fixture.h"

using namespace rolegraph::testing;

namespace {

constexpr const char* kSecretKey = "access-log-secret-key-5d1f";
constexpr const char* kSecretBody = "Chief Access Officer whose body must not be logged";

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// The access log is flushed every 200 ms; wait until `n` lines matching
// `needle` are there (or 5 s passed).
std::vector<std::string> WaitForLines(const ServerProcess& server, const std::string& needle,
                                      size_t n) {
  std::vector<std::string> found;
  for (int i = 0; i < 50; ++i) {
    found.clear();
    for (const auto& line : Lines(server.err())) {
      if (line.find(needle) != std::string::npos) found.push_back(line);
    }
    if (found.size() >= n) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return found;
}

std::vector<std::string> KeyedArgs(const TempDir& dir, const char* format) {
  std::ofstream(dir / "keys") << kSecretKey << "\n";
  return {"--api-key-file", dir / "keys", "--log-format", format};
}

}  // namespace

TEST_CASE("access log: --log-format json writes one JSON object per request") {
  TempDir dir;
  ServerProcess server(KeyedArgs(dir, "json"));
  REQUIRE_MESSAGE(server.ok(), server.err());
  auto client = server.NewClient();
  client->set_bearer_token_auth(kSecretKey);
  REQUIRE(client->Put("/v1/documents/log-doc", kSecretBody, "text/plain")->status == 201);
  REQUIRE(client->Get("/v1/documents/log-doc")->status == 200);
  REQUIRE(client->Get("/v1/ask?q=who+is+the+access+officer")->status == 200);
  auto odd = client->Get("/no-such%0Apath");
  REQUIRE(odd);
  CHECK(odd->status == 404);

  const auto lines = WaitForLines(server, "log-doc", 2);
  REQUIRE(lines.size() == 2);
  // The log is written in batches; lines need not keep the requests' order.
  const bool put_first = ParseJson(lines[0])["method"] == "PUT";
  const json put = ParseJson(lines[put_first ? 0 : 1]);
  CHECK(put["method"] == "PUT");
  CHECK(put["route"] == "/v1/documents/{id}");
  CHECK(put["path"] == "/v1/documents/log-doc");
  CHECK(put["status"] == 201);
  CHECK(put["bytes"].get<int>() > 0);
  CHECK(put["duration_ms"].get<double>() >= 0);
  CHECK(put["remote_addr"] == "127.0.0.1");
  const std::string time = put["time"];
  CHECK(time.size() == 24);  // 2026-11-23T20:05:01.123Z
  CHECK(time.back() == 'Z');
  CHECK(ParseJson(lines[put_first ? 1 : 0])["method"] == "GET");

  const auto ask = WaitForLines(server, "\"route\":\"/v1/ask\"", 1);
  REQUIRE(ask.size() == 1);
  // The query string (the question) stays out of the log.
  CHECK(ParseJson(ask[0])["path"] == "/v1/ask");

  const std::string err = server.err();
  CHECK(err.find(kSecretKey) == std::string::npos);
  CHECK(err.find("whose body must not be logged") == std::string::npos);
  CHECK(err.find("access+officer") == std::string::npos);
  // Every access line is valid JSON, including the one with a newline in
  // its path: a request cannot forge a log line.
  for (const auto& line : Lines(err)) {
    if (line.rfind("{\"time\"", 0) == 0) {
      CHECK_MESSAGE(!json::parse(line, nullptr, false).is_discarded(), line);
    }
  }
}

TEST_CASE("access log: text by default, and --access-log off is quiet") {
  {
    ServerProcess server({});
    REQUIRE_MESSAGE(server.ok(), server.err());
    REQUIRE(server.NewClient()->Get("/v1/roles/no-such-role")->status == 404);
    const auto lines = WaitForLines(server, "/v1/roles/no-such-role", 1);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find("127.0.0.1 \"GET /v1/roles/no-such-role\" 404 ") != std::string::npos);
    CHECK(lines[0].find("route=/v1/roles/{id}") != std::string::npos);
    CHECK(lines[0].find("ms route=") != std::string::npos);
  }
  {
    ServerProcess server({"--access-log", "off"});
    REQUIRE_MESSAGE(server.ok(), server.err());
    REQUIRE(server.NewClient()->Get("/v1/roles/no-such-role")->status == 404);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    CHECK(server.err().find("/v1/roles/no-such-role") == std::string::npos);
  }
}

TEST_CASE("access log: bad flag values are usage errors") {
  auto r = RunRolegraph({"serve", "--log-format", "xml"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("--log-format") != std::string::npos);
  r = RunRolegraph({"serve", "--access-log", "maybe"});
  CHECK(r.exit_code == 2);
}
