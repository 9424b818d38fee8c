// Keeps a read replica current: a thread that calls Database::CatchUp()
// whenever the writer's folder changes (inotify: the writer appending to its
// log, writing a table file or a new manifest) and at least every
// `interval`, so a missed event costs at most one interval.
#pragma once

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include "rolegraph/index/database.h"

namespace rolegraph::server {

struct FollowerOptions {
  // The longest wait between two catch-ups when no change is seen.
  std::chrono::milliseconds interval{250};
  // The shortest gap between two catch-ups under a stream of writes, so a
  // busy writer does not keep the replica's readers waiting on the gate.
  std::chrono::milliseconds min_gap{20};
};

class ReplicaFollower {
 public:
  // `db` must be a replica and outlive the follower; `writer_dir` is watched.
  ReplicaFollower(index::Database& db, std::string writer_dir, FollowerOptions options = {});
  ~ReplicaFollower();  // stops and joins
  ReplicaFollower(const ReplicaFollower&) = delete;
  ReplicaFollower& operator=(const ReplicaFollower&) = delete;

  void Stop();

 private:
  void Run();

  index::Database& db_;
  std::string writer_dir_;
  FollowerOptions options_;
  std::atomic<bool> stop_{false};
  int stop_fd_ = -1;  // eventfd: wakes the thread at once on Stop()
  std::thread thread_;
};

}  // namespace rolegraph::server
