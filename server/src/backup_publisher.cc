#include "backup_publisher.h"

#include <iostream>

namespace rolegraph::server {

BackupPublisher::BackupPublisher(index::Database& db, std::string backup_dir,
                                 PublisherOptions options)
    : db_(db), backup_dir_(std::move(backup_dir)), options_(options) {
  thread_ = std::thread([this] { Run(); });
}

BackupPublisher::~BackupPublisher() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void BackupPublisher::PublishIfChanged() {
  const uint64_t version = db_.Replication().version;
  if (published_any_ && version == published_version_) return;
  auto id = db_.PublishBackup(backup_dir_, options_.keep);
  // Said once when publishing starts failing and once when it recovers; the
  // replicas' lag grows meanwhile.
  if (!id.ok()) {
    if (!failing_)
      std::cerr << "rolegraph: backup publisher: " << id.status().ToString() << std::endl;
    failing_ = true;
    return;
  }
  if (failing_)
    std::cerr << "rolegraph: backup publisher: publishing to " << backup_dir_ << " again"
              << std::endl;
  failing_ = false;
  published_any_ = true;
  published_version_ = version;
}

void BackupPublisher::Run() {
  std::unique_lock<std::mutex> lock(mu_);
  while (true) {
    lock.unlock();
    PublishIfChanged();
    lock.lock();
    if (stop_) break;
    cv_.wait_for(lock, options_.interval, [this] { return stop_; });
  }
}

}  // namespace rolegraph::server
