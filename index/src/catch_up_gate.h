// Keeps a read replica's view still while a Reader is open. RocksDB's
// secondary instances refuse snapshots on iterators, and catching up with the
// writer replays its log into the live memtables: a request reading in the
// middle could see half of a later document write. Readers share the gate;
// a catch-up takes it alone, and once it waits no new reader comes in (so a
// busy server cannot starve catch-up; readers wait at most one catch-up,
// milliseconds). A thread already holding a read passes straight in, so a
// request that opens a second Reader cannot deadlock against a waiting catch-up.
#pragma once

#include <condition_variable>
#include <mutex>

namespace rolegraph::index {

class CatchUpGate {
 public:
  void EnterRead() {
    std::unique_lock<std::mutex> lock(mu_);
    if (held_here_ == 0) cv_.wait(lock, [this] { return !catching_up_; });
    ++readers_;
    ++held_here_;
  }
  void LeaveRead() {
    std::lock_guard<std::mutex> lock(mu_);
    --held_here_;
    if (--readers_ == 0) cv_.notify_all();
  }
  void EnterCatchUp() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return !catching_up_; });
    catching_up_ = true;
    cv_.wait(lock, [this] { return readers_ == 0; });
  }
  void LeaveCatchUp() {
    std::lock_guard<std::mutex> lock(mu_);
    catching_up_ = false;
    cv_.notify_all();
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  int readers_ = 0;
  bool catching_up_ = false;
  static thread_local int held_here_;  // reads this thread holds (any gate: one database per process)
};

inline thread_local int CatchUpGate::held_here_ = 0;

}  // namespace rolegraph::index
