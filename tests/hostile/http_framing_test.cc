// Hostile HTTP framing end to end: ambiguous heads get 400 and a closed
// connection, bodies without a length are never read to the connection's
// end, pipelined requests are all answered in order.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "server/hostile_fixture.h"
#include "server/raw_http.h"

using namespace std::chrono_literals;
using namespace rolegraph::testing;

namespace {

// Every response's status in `raw`, in order.
std::vector<int> Statuses(const std::string& raw) {
  std::vector<int> out;
  for (size_t at = raw.find("HTTP/1.1 "); at != std::string::npos;
       at = raw.find("HTTP/1.1 ", at + 1)) {
    out.push_back(std::atoi(raw.substr(at + 9, 3).c_str()));
  }
  return out;
}

}  // namespace

TEST_CASE("hostile framing: ambiguous heads get 400 and the connection is closed") {
  REQUIRE(HostileServer().ok());
  const std::string ask = "POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
  const std::string body = R"({"question": "who manages vendors?"})";
  const std::string len = std::to_string(body.size());
  struct Row {
    const char* what;
    std::string request;
    int status;
  };
  const Row rows[] = {
      {"two different lengths, small first",
       ask + "Content-Length: 5\r\nContent-Length: " + len + "\r\n\r\n" + body, 400},
      {"two different lengths, large first",
       ask + "Content-Length: " + len + "\r\nContent-Length: 5\r\n\r\n" + body, 400},
      {"a signed length", ask + "Content-Length: +" + len + "\r\n\r\n" + body, 400},
      {"a list of lengths", ask + "Content-Length: 5, 5\r\n\r\n" + body, 400},
      {"a negative length", ask + "Content-Length: -1\r\n\r\n" + body, 400},
      {"length with chunked",
       ask + "Content-Length: " + len + "\r\nTransfer-Encoding: chunked\r\n\r\n" + body, 400},
      {"an unknown coding", ask + "Transfer-Encoding: gzip\r\n\r\n" + body, 400},
      {"a NUL in the key",
       "GET /v1/roles HTTP/1.1\r\nHost: x\r\n" + std::string("Authorization: Bearer k\0junk\r\n", 30) +
           "\r\n",
       400},
      {"a control byte in a value", "GET /v1/roles HTTP/1.1\r\nHost: x\r\nX-A: a\x01\r\n\r\n", 400},
      {"a body without a length", ask + "\r\n" + body, 411},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    RawConnection conn(HostileServer().port());
    REQUIRE(conn.connected());
    conn.Send(row.request);
    const std::string response = conn.ReadUntilClose(15s);
    CHECK(RawStatus(response) == row.status);
    CHECK(Statuses(response).size() == 1);  // nothing after the refusal is served
    CHECK(conn.closed());
    CHECK(RawBody(response).find("\"error\"") != std::string::npos);
  }
  CheckStillAnswers();
}

TEST_CASE("hostile framing: pipelined requests are answered in order") {
  REQUIRE(HostileServer().ok());
  const std::string doc = R"({"title": "Pipelined", "text": "The pipeline officer keeps records."})";
  RawConnection conn(HostileServer().port());
  REQUIRE(conn.connected());
  // A PUT, a GET of the same document, a DELETE, then a GET that must miss,
  // all in one write; the last asks to close so the read ends.
  conn.Send("PUT /v1/documents/pipelined-doc HTTP/1.1\r\nHost: x\r\nContent-Type: "
            "application/json\r\nContent-Length: " +
            std::to_string(doc.size()) + "\r\n\r\n" + doc +
            "GET /v1/documents/pipelined-doc HTTP/1.1\r\nHost: x\r\n\r\n"
            "DELETE /v1/documents/pipelined-doc HTTP/1.1\r\nHost: x\r\n\r\n"
            "GET /v1/documents/pipelined-doc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const std::string response = conn.ReadUntilClose(20s);
  CHECK(Statuses(response) == std::vector<int>{201, 200, 200, 404});
  CHECK(conn.closed());
}

TEST_CASE("hostile framing: a chunked body is read, and capped like one with a length") {
  REQUIRE(HostileServer().ok());
  const std::string body = R"({"question": "who manages vendors for product improvement?"})";
  {
    RawConnection conn(HostileServer().port());
    REQUIRE(conn.connected());
    char size[16];
    std::snprintf(size, sizeof size, "%zx", body.size());
    conn.Send("POST /v1/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n" +
              std::string(size) + "\r\n" + body + "\r\n0\r\n\r\n");
    const std::string response = conn.ReadUntilClose(20s);
    CHECK(RawStatus(response) == 200);
    CHECK(RawBody(response).find("\"answers\"") != std::string::npos);
  }
  {
    // 6 MB in 64 KB chunks against the 5 MiB limit: 413, connection closed.
    RawConnection conn(HostileServer().port());
    REQUIRE(conn.connected());
    conn.Send("PUT /v1/documents/too-big HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
              "Transfer-Encoding: chunked\r\n\r\n");
    const std::string chunk = "10000\r\n" + std::string(0x10000, 'a') + "\r\n";
    for (int i = 0; i < 96 && conn.Send(chunk); ++i) {
    }
    conn.Send("0\r\n\r\n");
    const std::string response = conn.ReadUntilClose(20s);
    CHECK(RawStatus(response) == 413);
    CHECK(conn.closed());
  }
  auto client = HostileClient();
  auto res = client->Get("/v1/documents/too-big");
  REQUIRE(res);
  CHECK(res->status == 404);  // never stored
  CheckStillAnswers();
}
