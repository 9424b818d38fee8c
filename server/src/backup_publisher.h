// The writer's side of backup replication (`serve --publish-backups DIR`):
// a thread that publishes an incremental RocksDB backup into DIR whenever the
// database has changed since the last one (checked every `interval`), so
// replicas that cannot see the writer's folder restore the newest
// (`serve --replica-of DIR`).
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "rolegraph/index/database.h"

namespace rolegraph::server {

struct PublisherOptions {
  std::chrono::milliseconds interval{1000};  // the longest a write waits to be published
  uint32_t keep = 5;                         // backups kept (older ones purged)
};

class BackupPublisher {
 public:
  // Publishes once at once (so replicas can start), then follows writes.
  BackupPublisher(index::Database& db, std::string backup_dir, PublisherOptions options = {});
  ~BackupPublisher();  // publishes a last backup of unpublished writes, then joins
  BackupPublisher(const BackupPublisher&) = delete;
  BackupPublisher& operator=(const BackupPublisher&) = delete;

 private:
  void Run();
  void PublishIfChanged();

  index::Database& db_;
  std::string backup_dir_;
  PublisherOptions options_;
  uint64_t published_version_ = 0;
  bool published_any_ = false;
  bool failing_ = false;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;  // guarded by mu_
  std::thread thread_;
};

}  // namespace rolegraph::server
