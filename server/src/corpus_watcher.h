// `serve --corpus DIR --watch`: re-ingests the corpus folder when files in
// it change. inotify reports writes, moves and deletions (in every
// subfolder); after a quiet moment the folder is pushed to this same server
// over loopback HTTP, so watched changes take the path of any client write
// (the server's write lock, metrics, content-hash skip, prune).
#pragma once

#include <atomic>
#include <memory>
#include <string>
#include <thread>

#include "cli_push.h"

namespace rolegraph::cli {

class CorpusWatcher {
 public:
  // Starts watching; `push` says where and how to send the folder.
  static Result<std::unique_ptr<CorpusWatcher>> Start(const std::string& dir, const PushOptions& push);
  ~CorpusWatcher();  // stops the thread
  CorpusWatcher(const CorpusWatcher&) = delete;
  CorpusWatcher& operator=(const CorpusWatcher&) = delete;

 private:
  CorpusWatcher(std::string dir, PushOptions push, int fd) : dir_(std::move(dir)), push_(std::move(push)), fd_(fd) {}
  void AddWatches();
  void Run();

  std::string dir_;
  PushOptions push_;
  int fd_;
  std::atomic<bool> stop_{false};
  std::thread thread_;
};

}  // namespace rolegraph::cli
