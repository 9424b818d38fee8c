// Hostile connections against the real `rolegraph serve`: huge headers, bad
// request lines, clients that stall half-way, unknown parameters, and
// concurrent writers of one document.
#include <doctest/doctest.h>
#include <httplib.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "server/hostile_fixture.h"
#include "server/raw_http.h"

namespace {

using namespace rolegraph::testing;
using namespace std::chrono_literals;

// Sends `request` on a fresh connection and returns the whole response.
std::string RawExchange(const std::string& request) {
  RawConnection conn(HostileServer().port());
  REQUIRE(conn.connected());
  conn.Send(request);  // the server may answer and close before reading it all
  return conn.ReadUntilClose(15s);
}

}  // namespace

TEST_CASE("hostile: 100 KB of headers") {
  REQUIRE(HostileServer().ok());
  SUBCASE("one 100 KB header line") {
    // httplib refuses any header line over 8 KB as malformed.
    const std::string response = RawExchange("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " +
                                             std::string(100 * 1024, 'a') + "\r\n\r\n");
    CHECK(RawStatus(response) == 400);
    CHECK(ParseJson(RawBody(response))["error"]["code"] == "bad_request");
  }
  SUBCASE("2,000 headers of 50 bytes") {
    std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 2000; ++i) {
      request += "X-H" + std::to_string(i) + ": " + std::string(40, 'b') + "\r\n";
    }
    const std::string response = RawExchange(request + "Connection: close\r\n\r\n");
    CHECK(RawStatus(response) == 431);
    CHECK(ParseJson(RawBody(response))["error"]["code"] == "request_header_too_large");
  }
  SUBCASE("a 100 KB Authorization header") {
    auto client = HostileClient();
    client->set_bearer_token_auth(std::string(100 * 1024, 'k'));
    auto res = client->Get("/v1/roles");
    CHECK_FALSE((res && res->status == 200));
  }
  CheckStillAnswers();
}

TEST_CASE("hostile: malformed request lines get 400 JSON") {
  REQUIRE(HostileServer().ok());
  for (const std::string& request :
       {std::string("GET /healthz\0 HTTP/1.1\r\nHost: x\r\n\r\n", 34),
        std::string("GARBAGE\r\n\r\n"), std::string("GET / HTTP/9.9\r\nHost: x\r\n\r\n"),
        std::string("BREW /v1/ask HTTP/1.1\r\nHost: x\r\n\r\n"),
        std::string("POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"),
        std::string("POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999\r\n"
                    "\r\n")}) {
    CAPTURE(request);
    const std::string response = RawExchange(request);
    const int status = RawStatus(response);
    CHECK(status >= 400);
    CHECK(status < 500);
  }
  CheckStillAnswers();
}

TEST_CASE("hostile: clients that stall half-way are timed out, others are served") {
  REQUIRE(HostileServer().ok());
  // Three of the four worker threads get a client that never finishes.
  std::vector<std::unique_ptr<RawConnection>> stalled;
  for (const std::string& half :
       {std::string("POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 100\r\n\r\n{\"question\": \"Who"),
        std::string("GET /v1/roles HTTP/1.1\r\nHost: x\r\n"), std::string("PUT /v1/docu")}) {
    stalled.push_back(std::make_unique<RawConnection>(HostileServer().port()));
    REQUIRE(stalled.back()->connected());
    REQUIRE(stalled.back()->Send(half));
  }
  std::this_thread::sleep_for(200ms);
  // Meanwhile everyone else is answered.
  for (int i = 0; i < 3; ++i) CheckStillAnswers();
  // The server gives up on each within its read timeout (10 s).
  const auto start = std::chrono::steady_clock::now();
  for (auto& conn : stalled) {
    conn->ReadUntilClose(30s);
    CHECK(conn->closed());
  }
  const auto waited = std::chrono::steady_clock::now() - start;
  MESSAGE("stalled connections closed after "
          << std::chrono::duration_cast<std::chrono::milliseconds>(waited).count() << " ms");
  CheckStillAnswers();
}

TEST_CASE("hostile: unknown query parameters and fields are ignored") {
  auto client = HostileClient();
  for (const char* path :
       {"/v1/ask?q=who+manages+vendors+for+product+improvement%3F&foo=bar&top_k=2&zzz",
        "/v1/ask?q=who+manages+vendors+for+product+improvement%3F&q=second&%ff=%00",
        "/v1/roles?page=7&sort=desc", "/healthz?x=1"}) {
    CAPTURE(std::string(path));
    auto res = client->Get(path);
    REQUIRE(res);
    CHECK(res->status == 200);
  }
  auto res = client->Post("/v1/ask?debug=1&top_k=99",
                          R"({"question": "who manages vendors?", "debug": true, "": []})",
                          "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  res = client->Put("/v1/documents/hostile-params?color=blue&lang=en",
                    "The Harbor Officer inspects cargo manifests.", "text/plain");
  REQUIRE(res);
  CHECK(res->status == 201);
  CHECK(client->Delete("/v1/documents/hostile-params")->status == 200);
  CheckStillAnswers();
}
