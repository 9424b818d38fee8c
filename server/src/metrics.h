// The server's Prometheus metrics: request counts by route and status, a
// latency histogram per route, and ingest counters. Histograms and ingest
// counters are atomics in fixed arrays; a request counter is found under one
// short lock (a lookup in a small map) and incremented atomically. Rendering
// follows the Prometheus text exposition format 0.0.4.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "rolegraph/index/database.h"

namespace rolegraph::server {

enum class IngestOutcome { kAdded, kUpdated, kUnchanged, kRemoved };

// Gauges read at scrape time; absent while the database is not loaded.
// Storage health: disk space against the write reserve, damage seen.
struct HealthGauges {
  std::optional<uint64_t> disk_free_bytes;  // unset when it cannot be measured
  uint64_t disk_reserve_bytes = 0;
  bool writes_refused = false;
  bool degraded = false;
  uint64_t corruption_errors = 0;
  uint64_t wal_damaged_at_open = 0;
};

struct ScrapeGauges {
  bool ready = false;
  std::optional<index::CorpusStats> corpus;
  std::optional<uint64_t> roles;
  std::optional<index::StorageStats> storage;
  std::optional<HealthGauges> health;
  struct Replication {
    bool replica = false;
    uint64_t version = 0;  // RocksDB sequence number served
    double lag_seconds = 0;
  };
  std::optional<Replication> replication;
};

class Metrics {
 public:
  // Latency buckets (seconds), upper bounds; +Inf is implicit.
  static constexpr std::array<double, 14> kBuckets = {
      0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  // `routes` are the route labels ("/v1/documents/{id}"); index i is route i.
  // Routes may share a label (GET and POST /v1/ask): they share its series.
  // Requests that match no route use the label "unmatched".
  explicit Metrics(std::vector<std::string> routes);

  // route: an index into `routes`, or routes.size() for unmatched requests.
  void ObserveRequest(size_t route, std::string_view method, int status, double seconds);
  void CountIngest(IngestOutcome outcome);

  std::string Render(const ScrapeGauges& gauges) const;

 private:
  struct Histogram {
    std::array<std::atomic<uint64_t>, kBuckets.size()> buckets{};  // not cumulative
    std::atomic<uint64_t> count{0};
    std::atomic<uint64_t> sum_ns{0};
  };
  // One counter per (route, method, status), created on first use; counters
  // are never removed, so a reference stays valid.
  std::atomic<uint64_t>& RequestCounter(size_t label, std::string_view method, int status);
  void RenderRequests(std::string& out) const;
  void RenderLatency(std::string& out) const;

  size_t LabelOf(size_t route) const;

  std::vector<std::string> labels_;  // distinct labels, "unmatched" last
  std::vector<size_t> label_of_route_;
  std::unique_ptr<Histogram[]> latency_;
  std::array<std::atomic<uint64_t>, 4> ingest_{};
  mutable std::mutex series_mu_;  // guards the map's shape, not the counts
  std::map<std::tuple<size_t, std::string, int>, std::unique_ptr<std::atomic<uint64_t>>> requests_;
};

}  // namespace rolegraph::server
