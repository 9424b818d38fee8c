#include "corpus_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>

namespace rolegraph::cli {
namespace {

// Editors write a file in several steps (truncate, write, rename): wait
// this long after the last event before pushing, well inside the 2 s a
// change may take to be answered.
constexpr auto kQuiet = std::chrono::milliseconds(300);
constexpr int kPollMs = 100;
constexpr uint32_t kEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE;

}  // namespace

Result<std::unique_ptr<CorpusWatcher>> CorpusWatcher::Start(const std::string& dir, const PushOptions& push) {
  const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd < 0) return Status::IOError(std::string("inotify: ") + std::strerror(errno));
  std::unique_ptr<CorpusWatcher> watcher(new CorpusWatcher(dir, push, fd));
  watcher->AddWatches();
  watcher->thread_ = std::thread([w = watcher.get()] { w->Run(); });
  return watcher;
}

CorpusWatcher::~CorpusWatcher() {
  stop_ = true;
  if (thread_.joinable()) thread_.join();
  close(fd_);
}

// The folder and every subfolder; called again after each push so new
// subfolders are watched too (adding a watch twice is harmless).
void CorpusWatcher::AddWatches() {
  std::error_code ec;
  inotify_add_watch(fd_, dir_.c_str(), kEvents);
  for (auto it = std::filesystem::recursive_directory_iterator(
           dir_, std::filesystem::directory_options::skip_permission_denied, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_directory(ec)) inotify_add_watch(fd_, it->path().c_str(), kEvents);
  }
}

void CorpusWatcher::Run() {
  alignas(inotify_event) char buffer[16 * 1024];
  bool dirty = false;
  auto last_event = std::chrono::steady_clock::now();
  while (!stop_) {
    pollfd pfd{fd_, POLLIN, 0};
    if (poll(&pfd, 1, kPollMs) > 0) {
      while (read(fd_, buffer, sizeof buffer) > 0) {
      }
      dirty = true;
      last_event = std::chrono::steady_clock::now();
      continue;
    }
    if (!dirty || std::chrono::steady_clock::now() - last_event < kQuiet) continue;
    dirty = false;
    AddWatches();
    auto summary = PushPaths(push_, {dir_}, nullptr);
    if (!summary.ok()) {
      std::cerr << "rolegraph: watch: " << summary.status().message() << std::endl;
      continue;
    }
    std::cout << "watch " << dir_ << ": added " << summary->added << ", updated " << summary->updated
              << ", removed " << summary->removed << ", failed " << summary->failed << std::endl;
    for (const auto& error : summary->errors) std::cerr << "rolegraph: failed: " << error << "\n";
  }
}

}  // namespace rolegraph::cli
