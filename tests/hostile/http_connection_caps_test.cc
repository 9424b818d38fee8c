// Connection limits end to end on a server with small ones
// (--max-connections-per-address 4, --header-timeout 2): the cap holds per
// address, a head dribbled in too slowly gets 408 in about 2 s, and a client
// that asks before sending its body (Expect: 100-continue) is refused
// before it sends it.
#include <doctest/doctest.h>
#include <poll.h>

#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include "hostile/hostile_util.h"
#include "server/hostile_fixture.h"
#include "server/raw_http.h"

using namespace std::chrono_literals;
using namespace rolegraph::testing;

namespace {

ServerProcess& CappedServer() {
  static ServerProcess server({"--threads", "2", "--access-log", "off",
                               "--max-connections-per-address", "4", "--header-timeout", "2"});
  return server;
}

// What the server sends on `fd` within `timeout`, until it closes.
std::string ReadAll(int fd, std::chrono::milliseconds timeout) {
  std::string out;
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char buf[4096];
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    const ssize_t n = recv(fd, buf, sizeof buf, 0);
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

}  // namespace

TEST_CASE("hostile connections: the per-address cap holds for one address only") {
  REQUIRE_MESSAGE(CappedServer().ok(), CappedServer().err());
  const int port = CappedServer().port();
  std::vector<int> held;
  for (int i = 0; i < 4; ++i) {
    const int fd = ConnectFrom("127.0.0.2", port);
    REQUIRE(fd >= 0);
    send(fd, "GET /v1/ro", 10, MSG_NOSIGNAL);  // a head that is not finished
    held.push_back(fd);
  }
  std::this_thread::sleep_for(200ms);
  const int fifth = ConnectFrom("127.0.0.2", port);
  REQUIRE(fifth >= 0);
  const std::string refused = ReadAll(fifth, 3000ms);
  CHECK(RawStatus(refused) == 503);
  CHECK(refused.find("too_many_connections") != std::string::npos);
  close(fifth);
  // Another address is served meanwhile.
  auto client = CappedServer().NewClient();
  auto res = client->Get("/healthz");
  REQUIRE(res);
  CHECK(res->status == 200);
  for (int fd : held) close(fd);
}

TEST_CASE("hostile connections: a head dribbled in gets 408 at the head deadline") {
  REQUIRE_MESSAGE(CappedServer().ok(), CappedServer().err());
  const int fd = ConnectFrom("127.0.0.3", CappedServer().port());
  REQUIRE(fd >= 0);
  const std::string head = "GET /v1/roles HTTP/1.1\r\nHost: x\r\nX-Slow: ";
  const auto start = std::chrono::steady_clock::now();
  std::string response;
  // A byte every 300 ms: each read is quick, the head as a whole is late.
  for (size_t i = 0; i < 40 && response.empty(); ++i) {
    send(fd, head.data() + i % head.size(), 1, MSG_NOSIGNAL);
    response = ReadAll(fd, 300ms);
  }
  const auto took = std::chrono::steady_clock::now() - start;
  CHECK(RawStatus(response) == 408);
  CHECK(took < 4s);
  close(fd);
}

TEST_CASE("hostile connections: Expect: 100-continue gets the refusal before the body") {
  REQUIRE_MESSAGE(CappedServer().ok(), CappedServer().err());
  RawConnection conn(CappedServer().port());
  REQUIRE(conn.connected());
  // Too large for --max-body: answered 413 at once; the body is never sent.
  conn.Send("PUT /v1/documents/x HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
            "Content-Length: 100000000\r\nExpect: 100-continue\r\n\r\n");
  const std::string response = conn.ReadUntilClose(5s);
  CHECK(RawStatus(response) == 413);
  CHECK(response.find("100 Continue") == std::string::npos);
}
