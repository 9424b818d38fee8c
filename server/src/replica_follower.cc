#include "replica_follower.h"

#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <iostream>

namespace rolegraph::server {

ReplicaFollower::ReplicaFollower(index::Database& db, std::string writer_dir,
                                 FollowerOptions options)
    : db_(db), writer_dir_(std::move(writer_dir)), options_(options) {
  stop_fd_ = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  thread_ = std::thread([this] { Run(); });
}

ReplicaFollower::~ReplicaFollower() {
  Stop();
  if (stop_fd_ >= 0) close(stop_fd_);
}

void ReplicaFollower::Stop() {
  if (stop_.exchange(true)) return;
  if (stop_fd_ >= 0) {
    const uint64_t one = 1;
    [[maybe_unused]] ssize_t n = write(stop_fd_, &one, sizeof one);
  }
  if (thread_.joinable()) thread_.join();
}

void ReplicaFollower::Run() {
  // Without inotify (a network file system may not report changes) the
  // interval alone drives catch-up.
  const int watch_fd = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (watch_fd >= 0 &&
      inotify_add_watch(watch_fd, writer_dir_.c_str(), IN_MODIFY | IN_CREATE | IN_MOVED_TO) < 0) {
    std::cerr << "rolegraph: replica: cannot watch " << writer_dir_
              << " for changes; catching up every " << options_.interval.count() << " ms\n";
  }
  bool failing = false;
  while (!stop_) {
    pollfd fds[2] = {{stop_fd_, POLLIN, 0}, {watch_fd, POLLIN, 0}};
    poll(fds, watch_fd >= 0 ? 2 : 1, static_cast<int>(options_.interval.count()));
    if (stop_) break;
    if (watch_fd >= 0) {
      // Drain the events: one catch-up covers them all.
      alignas(inotify_event) char buf[4096];
      while (read(watch_fd, buf, sizeof buf) > 0) {
      }
    }
    Status s = db_.CatchUp();
    // Say so once when catching up starts failing and once when it recovers;
    // /readyz and /metrics show the growing lag meanwhile.
    if (!s.ok() && !failing) std::cerr << "rolegraph: replica: " << s.ToString() << std::endl;
    if (s.ok() && failing)
      std::cerr << "rolegraph: replica: caught up with " << writer_dir_ << " again" << std::endl;
    failing = !s.ok();
    std::this_thread::sleep_for(options_.min_gap);
  }
  if (watch_fd >= 0) close(watch_fd);
}

}  // namespace rolegraph::server
