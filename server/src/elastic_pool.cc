#include "elastic_pool.h"

#include <algorithm>

namespace rolegraph::server {

ElasticPool::ElasticPool(size_t min_threads, size_t max_threads)
    : max_threads_(std::max<size_t>(1, std::max(min_threads, max_threads))) {
  std::lock_guard<std::mutex> lock(mu_);
  for (size_t i = 0; i < std::max<size_t>(1, min_threads); ++i) StartWorkerLocked();
}

ElasticPool::~ElasticPool() { shutdown(); }

void ElasticPool::StartWorkerLocked() {
  threads_.emplace_back([this] { Work(); });
}

void ElasticPool::enqueue(std::function<void()> fn) {
  std::lock_guard<std::mutex> lock(mu_);
  tasks_.push_back(std::move(fn));
  // Idle workers will each take one task; start one more for the rest.
  if (tasks_.size() > idle_ && threads_.size() < max_threads_) StartWorkerLocked();
  cv_.notify_one();
}

void ElasticPool::shutdown() {
  std::vector<std::thread> threads;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (shutdown_ && threads_.empty()) return;
    shutdown_ = true;
    cv_.notify_all();
    threads.swap(threads_);
  }
  for (auto& t : threads) t.join();
}

void ElasticPool::Work() {
  while (true) {
    std::function<void()> task;
    {
      std::unique_lock<std::mutex> lock(mu_);
      ++idle_;
      cv_.wait(lock, [this] { return shutdown_ || !tasks_.empty(); });
      --idle_;
      if (tasks_.empty()) return;  // shut down, nothing left
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    task();
  }
}

}  // namespace rolegraph::server
