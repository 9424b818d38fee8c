// Slowloris: 200 connections from one address (127.0.0.2) sending their
// head a byte a second, reconnecting whenever the server closes them, for
// 60 s ($ROLEGRAPH_SLOWLORIS_SECONDS). Meanwhile a normal client
// (127.0.0.1) asks a question every 250 ms: each answered within 2 s, and
// /healthz always. The server runs with 4 starting workers.
#include <doctest/doctest.h>
#include <poll.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "hostile/hostile_util.h"
#include "server/hostile_fixture.h"

using namespace std::chrono_literals;
using namespace rolegraph::testing;

namespace {

int SlowlorisSeconds() {
  const char* env = std::getenv("ROLEGRAPH_SLOWLORIS_SECONDS");
  return env != nullptr ? std::max(1, std::atoi(env)) : 60;
}

struct Attacker {
  int fd = -1;
  size_t sent = 0;
};

// One thread drives every attacking connection: a byte a second each.
void Attack(int port, size_t connections, const std::atomic<bool>& stop, size_t& reconnects) {
  const std::string head =
      "GET /v1/roles HTTP/1.1\r\nHost: x\r\nUser-Agent: slow\r\nX-Padding: " +
      std::string(200, 'p') + "\r\n\r\n";
  std::vector<Attacker> attackers(connections);
  while (!stop) {
    for (Attacker& a : attackers) {
      if (a.fd < 0) {
        a.fd = ConnectFrom("127.0.0.2", port, /*non_blocking=*/true);
        a.sent = 0;
        ++reconnects;
        continue;
      }
      // Anything the server sends (408, 503) or a close: start over.
      char buf[512];
      const ssize_t got = recv(a.fd, buf, sizeof buf, MSG_DONTWAIT);
      const bool closed = got == 0 || (got < 0 && errno != EAGAIN && errno != EWOULDBLOCK &&
                                       errno != ENOTCONN);
      bool failed = got > 0 || closed;
      if (!failed) {
        const char* byte = head.data() + a.sent % (head.size() - 4);  // never the blank line
        failed = send(a.fd, byte, 1, MSG_NOSIGNAL | MSG_DONTWAIT) < 0 && errno != EAGAIN &&
                 errno != ENOTCONN;
      }
      if (failed) {
        close(a.fd);
        a.fd = -1;
        continue;
      }
      ++a.sent;
    }
    for (int i = 0; i < 10 && !stop; ++i) std::this_thread::sleep_for(100ms);
  }
  for (Attacker& a : attackers) {
    if (a.fd >= 0) close(a.fd);
  }
}

}  // namespace

TEST_CASE("hostile slowloris: 200 slow connections do not starve a normal client") {
  REQUIRE(HostileServer().ok());
  const int port = HostileServer().port();
  std::atomic<bool> stop{false};
  size_t reconnects = 0;
  std::thread attacker([&] { Attack(port, 200, stop, reconnects); });
  std::this_thread::sleep_for(3s);  // let the attack take hold

  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(SlowlorisSeconds());
  int asked = 0;
  int slow = 0;
  std::chrono::milliseconds worst{0};
  while (std::chrono::steady_clock::now() < end) {
    auto client = HostileServer().NewClient();
    client->set_connection_timeout(2, 0);
    client->set_read_timeout(2, 0);
    const auto start = std::chrono::steady_clock::now();
    auto res = client->Get("/v1/ask?q=who+manages+vendors+for+product+improvement%3F");
    const auto took =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    worst = std::max(worst, took);
    ++asked;
    if (!res || res->status != 200 || took > 2s) ++slow;
    auto health = client->Get("/healthz");
    CHECK((health && health->status == 200));
    std::this_thread::sleep_for(250ms);
  }
  stop = true;
  attacker.join();
  MESSAGE("asked " << asked << " questions under attack; worst " << worst.count()
                   << " ms; attacker (re)connections " << reconnects);
  CHECK(asked > 0);
  CHECK(slow == 0);
  CheckStillAnswers();
}
