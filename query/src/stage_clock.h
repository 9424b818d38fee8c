// Adds the time a scope takes to a StageTimes field (issue 18: the bench
// reports time per stage). Two clock reads per stage, a few dozen ns.
#pragma once

#include <chrono>

namespace rolegraph::query {

class StageClock {
 public:
  explicit StageClock(double* total_ms) : total_ms_(total_ms), start_(std::chrono::steady_clock::now()) {}
  ~StageClock() {
    *total_ms_ += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
  }
  StageClock(const StageClock&) = delete;
  StageClock& operator=(const StageClock&) = delete;

 private:
  double* total_ms_;
  std::chrono::steady_clock::time_point start_;
};

}  // namespace rolegraph::query
