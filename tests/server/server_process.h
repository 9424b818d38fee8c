// A real `rolegraph serve` child process for end-to-end tests.
#pragma once

#include <httplib.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "server/process_util.h"

namespace rolegraph::testing {

class ServerProcess {
 public:
  // Starts `rolegraph serve --db <tmp> --port 0 extra...` and waits up
  // to `timeout` for GET /readyz to answer 200 (the port answers /healthz
  // earlier, while the lexicon, database and --corpus load). ok() tells
  // whether it became ready. With wait_ready false, returns once /healthz
  // answers.
  explicit ServerProcess(const std::vector<std::string>& extra,
                         std::chrono::seconds timeout = std::chrono::seconds(60),
                         std::string db = "", bool wait_ready = true) {
    db_ = db.empty() ? dir_ / "db" : db;
    // Port 0: the server binds any free port and prints it, so no other
    // test can take the port between our choosing and its binding.
    std::vector<std::string> args = {"serve", "--db", db_, "--port", "0"};
    args.insert(args.end(), extra.begin(), extra.end());
    pid_ = Spawn(args, dir_ / "out", dir_ / "err");
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
      if (WaitExit(pid_, std::chrono::milliseconds(0)) != -1) {  // died early
        pid_ = -1;
        return;
      }
      if (port_ <= 0) {
        port_ = ListeningPort(ReadFile(dir_ / "out"));
        if (port_ <= 0) {
          std::this_thread::sleep_for(std::chrono::milliseconds(20));
          continue;
        }
      }
      auto client = NewClient();
      client->set_connection_timeout(0, 200000);
      if (auto res = client->Get(wait_ready ? "/readyz" : "/healthz"); res && res->status == 200) {
        ready_ = true;
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  }
  ~ServerProcess() { Stop(); }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  bool ok() const { return ready_; }

  // The port in "listening on http://HOST:PORT", or -1.
  static int ListeningPort(const std::string& out) {
    const std::string marker = "listening on http://";
    size_t at = out.find(marker);
    if (at == std::string::npos) return -1;
    size_t colon = out.find(':', at + marker.size());
    size_t eol = out.find('\n', at);
    if (colon == std::string::npos || eol == std::string::npos || colon > eol) return -1;
    try {
      return std::stoi(out.substr(colon + 1, eol - colon - 1));
    } catch (...) {
      return -1;
    }
  }
  int port() const { return port_; }
  const std::string& db() const { return db_; }
  pid_t pid() const { return pid_; }
  std::string out() const { return ReadFile(dir_ / "out"); }
  std::string err() const { return ReadFile(dir_ / "err"); }

  std::unique_ptr<httplib::Client> NewClient() const {
    auto client = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client->set_read_timeout(30, 0);
    return client;
  }

  // SIGTERM, then SIGKILL after 10 s; returns the exit code (128+sig if killed).
  int Stop() {
    if (pid_ <= 0) return exit_code_;
    kill(pid_, SIGTERM);
    exit_code_ = WaitExit(pid_, std::chrono::seconds(10));
    if (exit_code_ == -1) {
      kill(pid_, SIGKILL);
      exit_code_ = WaitExit(pid_, std::chrono::seconds(10));
    }
    pid_ = -1;
    return exit_code_;
  }

 private:
  TempDir dir_;
  std::string db_;
  int port_ = 0;
  pid_t pid_ = -1;
  bool ready_ = false;
  int exit_code_ = -1;
};

}  // namespace rolegraph::testing
