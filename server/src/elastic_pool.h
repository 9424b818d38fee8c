// httplib's task queue, growing with demand: httplib gives each connection
// one task for its whole life, so a fixed pool of N threads is starved by N
// clients that hold connections open (slowloris, or just idle keep-alive).
// This pool starts `min_threads` workers and adds one whenever a task
// arrives with none idle, up to `max_threads`; beyond that tasks wait.
// Threads stay once started (an idle one costs its stack's touched pages).
#pragma once

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace rolegraph::server {

class ElasticPool final : public httplib::TaskQueue {
 public:
  ElasticPool(size_t min_threads, size_t max_threads);
  ~ElasticPool() override;

  void enqueue(std::function<void()> fn) override;
  // Runs the tasks already queued, then joins every worker.
  void shutdown() override;

 private:
  void StartWorkerLocked();
  void Work();

  const size_t max_threads_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> tasks_;  // guarded by mu_
  std::vector<std::thread> threads_;         // guarded by mu_
  size_t idle_ = 0;                          // guarded by mu_
  bool shutdown_ = false;                    // guarded by mu_
};

}  // namespace rolegraph::server
