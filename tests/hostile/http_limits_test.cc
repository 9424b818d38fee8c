// Bodies a hostile client never ends (1 GB chunked, 1 GB without a
// length) are refused before they are read, with and without a key, and the
// server's memory stays flat; every route, chat included, needs a key under
// --require-key-for-reads.
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <string>

#include "hostile/hostile_util.h"
#include "server/hostile_fixture.h"
#include "server/raw_http.h"

using namespace std::chrono_literals;
using namespace rolegraph::testing;

namespace {

constexpr const char* kKey = "hostile-test-key-0123456789";

ServerProcess& KeyedServer() {
  static TempDir dir;
  static const bool written = [] {
    std::ofstream(dir / "keys") << kKey << "\n";
    return true;
  }();
  (void)written;
  static ServerProcess server({"--corpus", CorpusDir(), "--threads", "4", "--api-key-file",
                               dir / "keys", "--require-key-for-reads", "--access-log", "off"});
  return server;
}

// Sends `head`, then up to 1 GB of `unit` repeated, until the server
// closes; returns the server's answer.
std::string SendEndless(int port, const std::string& head, const std::string& unit) {
  RawConnection conn(port);
  REQUIRE(conn.connected());
  REQUIRE(conn.Send(head));
  std::string block;
  while (block.size() < (1u << 20)) block += unit;
  for (size_t sent = 0; sent < (1ull << 30) && conn.Send(block); sent += block.size()) {
  }
  return conn.ReadUntilClose(20s);
}

}  // namespace

TEST_CASE("hostile limits: 1 GB chunked and length-less bodies are refused, memory flat") {
  REQUIRE_MESSAGE(KeyedServer().ok(), KeyedServer().err());
  const int port = KeyedServer().port();
  const uint64_t rss_before = RssBytes(KeyedServer().pid());
  REQUIRE(rss_before > 0);
  const std::string auth = std::string("Authorization: Bearer ") + kKey + "\r\n";
  const std::string chunk = "100000\r\n" + std::string(0x100000, 'x') + "\r\n";
  struct Row {
    const char* what;
    std::string head;
    std::string unit;
    int status;
  };
  const Row rows[] = {
      {"chunked ask, no key",
       "POST /v1/ask HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", chunk, 401},
      {"chunked ask, key",
       "POST /v1/ask HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n" + auth + "\r\n",
       chunk, 413},
      {"length-less ask, no key", "POST /v1/ask HTTP/1.1\r\nHost: x\r\n\r\n", "y", 411},
      {"length-less ask, key", "POST /v1/ask HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n", "y", 411},
      {"chunked PUT, no key",
       "PUT /v1/documents/x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", chunk,
       401},
      {"chunked PUT, key",
       "PUT /v1/documents/x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n" + auth +
           "\r\n",
       chunk, 413},
      {"length-less PUT, no key", "PUT /v1/documents/x HTTP/1.1\r\nHost: x\r\n\r\n", "y", 411},
      {"length-less PUT, key", "PUT /v1/documents/x HTTP/1.1\r\nHost: x\r\n" + auth + "\r\n", "y",
       411},
      {"1 GB length, no key",
       "PUT /v1/documents/x HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n\r\n", "z", 401},
      {"1 GB length, key",
       "PUT /v1/documents/x HTTP/1.1\r\nHost: x\r\nContent-Length: 1073741824\r\n" + auth +
           "\r\n",
       "z", 413},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const auto start = std::chrono::steady_clock::now();
    const std::string response = SendEndless(port, row.head, row.unit);
    CHECK(RawStatus(response) == row.status);
    const auto took = std::chrono::steady_clock::now() - start;
    CHECK(took < 15s);  // refused, not read to the end
  }
  const uint64_t rss_after = RssBytes(KeyedServer().pid());
  MESSAGE("RSS before " << rss_before / 1024 << " KiB, after " << rss_after / 1024 << " KiB");
  // One worker keeping a refused 5 MB body (as it did before bodies of 1 MB
  // and more got their own mappings) would add ~14 MB.
  CHECK(rss_after < rss_before + (6u << 20));
}

TEST_CASE("hostile limits: every route needs a key under --require-key-for-reads") {
  REQUIRE_MESSAGE(KeyedServer().ok(), KeyedServer().err());
  auto client = KeyedServer().NewClient();
  const std::string form = "text=who+manages+vendors%3F&token=t";
  struct Row {
    const char* what;
    std::string method;
    std::string path;
    bool key;
    int status;
  };
  const Row rows[] = {
      {"slack without key", "POST", "/v1/integrations/slack", false, 401},
      {"mattermost without key", "POST", "/v1/integrations/mattermost", false, 401},
      {"slack with key", "POST", "/v1/integrations/slack", true, 200},
      {"mattermost with key", "POST", "/v1/integrations/mattermost", true, 200},
      {"ask without key", "GET", "/v1/ask?q=who", false, 401},
      {"metrics without key", "GET", "/metrics", false, 401},
      {"healthz stays open", "GET", "/healthz", false, 200},
      {"readyz stays open", "GET", "/readyz", false, 200},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    httplib::Headers headers;
    if (row.key) headers.emplace("Authorization", std::string("Bearer ") + kKey);
    auto res = row.method == "GET"
                   ? client->Get(row.path.c_str(), headers)
                   : client->Post(row.path.c_str(), headers, form,
                                  "application/x-www-form-urlencoded");
    REQUIRE(res);
    CHECK(res->status == row.status);
    if (row.status == 401) CHECK(res->body.find("unauthorized") != std::string::npos);
  }
}
