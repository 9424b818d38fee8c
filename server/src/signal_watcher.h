// SIGINT/SIGTERM for `rolegraph serve`, received on a thread of its own
// (sigwait), so the reaction may do anything: it records the request and
// stops the HTTP server, which then drains. Signals are blocked in every
// thread, so the watcher must be created before any other thread exists.
#pragma once

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <thread>

#include "rolegraph/server/http_server.h"

namespace rolegraph::cli {

class SignalWatcher {
 public:
  SignalWatcher() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set_, nullptr);
    thread_ = std::thread([this] { Watch(); });
  }
  ~SignalWatcher() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
      server_ = nullptr;
      if (watching_) pthread_kill(thread_.native_handle(), SIGTERM);
    }
    thread_.join();
  }
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

  // Until a server is set, a signal ends the process at once (nothing is
  // open yet). Set nullptr before the server is destroyed.
  void SetServer(server::HttpServer* server) {
    std::lock_guard<std::mutex> lock(mu_);
    server_ = server;
    if (server_ != nullptr && stop_requested_) server_->Stop();
  }

  // True once SIGINT or SIGTERM arrived with a server set; start-up work
  // (the corpus ingest) polls it to stop early.
  const std::atomic<bool>& stop_requested() const { return stop_requested_; }

 private:
  void Watch() {
    int sig = 0;
    while (sigwait(&set_, &sig) == 0) {
      std::lock_guard<std::mutex> lock(mu_);
      if (done_) break;
      if (server_ == nullptr) {
        std::cerr << "rolegraph: interrupted" << std::endl;
        std::_Exit(128 + sig);
      }
      std::cerr << "rolegraph: " << (sig == SIGINT ? "SIGINT" : "SIGTERM")
                << ", stopping (finishing requests in flight)" << std::endl;
      stop_requested_ = true;
      server_->Stop();
      break;
    }
    std::lock_guard<std::mutex> lock(mu_);
    watching_ = false;
  }

  sigset_t set_;
  std::thread thread_;
  std::atomic<bool> stop_requested_{false};
  std::mutex mu_;  // guards everything below
  bool done_ = false;
  bool watching_ = true;
  server::HttpServer* server_ = nullptr;
};

}  // namespace rolegraph::cli
