#include "metrics.h"

#include <algorithm>
#include <cinttypes>
#include <cstdio>

namespace rolegraph::server {
namespace {

constexpr const char* kMethods[] = {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};
constexpr const char* kIngestOutcomes[] = {"added", "updated", "unchanged", "removed"};

// Methods outside the known set share one label, so a client inventing
// methods cannot grow the series count.
std::string MethodLabel(std::string_view method) {
  for (const char* known : kMethods) {
    if (method == known) return known;
  }
  return "OTHER";
}

// Label values are our own route patterns and method names, but escape
// anyway so the output is valid whatever they hold.
std::string EscapeLabel(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string FormatDouble(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.9g", v);
  return buf;
}

void Header(std::string& out, const char* name, const char* type, const char* help) {
  out += "# HELP ";
  out += name;
  out += ' ';
  out += help;
  out += "\n# TYPE ";
  out += name;
  out += ' ';
  out += type;
  out += '\n';
}

void Gauge(std::string& out, const char* name, const char* help, uint64_t value) {
  Header(out, name, "gauge", help);
  out += name;
  out += ' ' + std::to_string(value) + '\n';
}

}  // namespace

Metrics::Metrics(std::vector<std::string> routes) {
  routes.push_back("unmatched");
  for (const auto& route : routes) {
    auto it = std::find(labels_.begin(), labels_.end(), route);
    label_of_route_.push_back(static_cast<size_t>(it - labels_.begin()));
    if (it == labels_.end()) labels_.push_back(route);
  }
  latency_ = std::make_unique<Histogram[]>(labels_.size());
}

size_t Metrics::LabelOf(size_t route) const {
  return label_of_route_[std::min(route, label_of_route_.size() - 1)];
}

std::atomic<uint64_t>& Metrics::RequestCounter(size_t label, std::string_view method, int status) {
  if (status < 100 || status > 599) status = 0;
  std::lock_guard<std::mutex> lock(series_mu_);
  auto& counter = requests_[{label, MethodLabel(method), status}];
  if (!counter) counter = std::make_unique<std::atomic<uint64_t>>(0);
  return *counter;
}

void Metrics::ObserveRequest(size_t route, std::string_view method, int status, double seconds) {
  const size_t label = LabelOf(route);
  RequestCounter(label, method, status).fetch_add(1, std::memory_order_relaxed);
  Histogram& h = latency_[label];
  size_t bucket = 0;
  while (bucket < kBuckets.size() && seconds > kBuckets[bucket]) ++bucket;
  if (bucket < kBuckets.size()) h.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
  h.count.fetch_add(1, std::memory_order_relaxed);
  const double ns = seconds > 0 ? seconds * 1e9 : 0;
  h.sum_ns.fetch_add(static_cast<uint64_t>(ns), std::memory_order_relaxed);
}

void Metrics::CountIngest(IngestOutcome outcome) {
  ingest_[static_cast<size_t>(outcome)].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::RenderRequests(std::string& out) const {
  Header(out, "rolegraph_http_requests_total", "counter",
         "HTTP requests answered, by method, route pattern and status code.");
  std::lock_guard<std::mutex> lock(series_mu_);
  for (const auto& [key, counter] : requests_) {
    const auto& [label, method, status] = key;
    out += "rolegraph_http_requests_total{method=\"" + method + "\",route=\"" +
           EscapeLabel(labels_[label]) + "\",code=\"" + std::to_string(status) + "\"} " +
           std::to_string(counter->load(std::memory_order_relaxed)) + '\n';
  }
}

void Metrics::RenderLatency(std::string& out) const {
  const char* name = "rolegraph_http_request_duration_seconds";
  Header(out, name, "histogram",
         "Time from routing a request to handing its response to the socket, "
         "by route pattern.");
  for (size_t r = 0; r < labels_.size(); ++r) {
    const Histogram& h = latency_[r];
    const uint64_t count = h.count.load(std::memory_order_relaxed);
    if (count == 0) continue;  // routes never called stay out of the output
    const std::string route = "route=\"" + EscapeLabel(labels_[r]) + "\"";
    uint64_t cumulative = 0;
    for (size_t b = 0; b < kBuckets.size(); ++b) {
      cumulative += h.buckets[b].load(std::memory_order_relaxed);
      out += std::string(name) + "_bucket{" + route + ",le=\"" + FormatDouble(kBuckets[b]) +
             "\"} " + std::to_string(cumulative) + '\n';
    }
    // Buckets and count are read at slightly different moments; +Inf must
    // never be below the last bucket.
    const uint64_t total = std::max(count, cumulative);
    out += std::string(name) + "_bucket{" + route + ",le=\"+Inf\"} " + std::to_string(total) + '\n';
    out += std::string(name) + "_sum{" + route + "} " +
           FormatDouble(h.sum_ns.load(std::memory_order_relaxed) / 1e9) + '\n';
    out += std::string(name) + "_count{" + route + "} " + std::to_string(total) + '\n';
  }
}

std::string Metrics::Render(const ScrapeGauges& g) const {
  std::string out;
  out.reserve(8192);
  Gauge(out, "rolegraph_ready", "1 once the lexicon and the database are loaded, else 0.",
        g.ready ? 1 : 0);
  RenderRequests(out);
  RenderLatency(out);

  Header(out, "rolegraph_ingest_documents_total", "counter",
         "Documents written over HTTP since start, by outcome.");
  for (size_t i = 0; i < ingest_.size(); ++i) {
    out += std::string("rolegraph_ingest_documents_total{outcome=\"") + kIngestOutcomes[i] +
           "\"} " + std::to_string(ingest_[i].load(std::memory_order_relaxed)) + '\n';
  }

  if (g.corpus) {
    Gauge(out, "rolegraph_documents", "Documents in the database.", g.corpus->documents);
    Gauge(out, "rolegraph_sentences", "Indexed sentences in the database.", g.corpus->sentences);
    Gauge(out, "rolegraph_facts", "Facts in the database.", g.corpus->facts);
    Gauge(out, "rolegraph_corpus_bytes", "Bytes of document text in the database.",
          g.corpus->bytes);
  }
  if (g.roles) Gauge(out, "rolegraph_roles", "Distinct roles named in the database.", *g.roles);
  if (g.storage) {
    const index::StorageStats& s = *g.storage;
    Gauge(out, "rolegraph_rocksdb_estimated_keys",
          "RocksDB estimate of the number of keys (rocksdb.estimate-num-keys), "
          "all column families.",
          s.estimated_keys);
    Gauge(out, "rolegraph_rocksdb_live_sst_bytes",
          "Size of the SST files the current RocksDB version uses.", s.live_sst_bytes);
    Gauge(out, "rolegraph_rocksdb_total_sst_bytes",
          "Size of all RocksDB SST files, including obsolete ones.", s.total_sst_bytes);
    Gauge(out, "rolegraph_rocksdb_memtable_bytes", "Size of the RocksDB memtables.",
          s.memtable_bytes);
    Gauge(out, "rolegraph_rocksdb_block_cache_usage_bytes",
          "Bytes held by the RocksDB block cache.", s.block_cache_usage_bytes);
    Gauge(out, "rolegraph_rocksdb_block_cache_capacity_bytes",
          "Capacity of the RocksDB block cache.", s.block_cache_capacity_bytes);
    Gauge(out, "rolegraph_rocksdb_pending_compaction_bytes",
          "RocksDB estimate of bytes compaction still has to rewrite.", s.pending_compaction_bytes);
  }
  if (g.health) {
    const HealthGauges& h = *g.health;
    if (h.disk_free_bytes) {
      Gauge(out, "rolegraph_disk_free_bytes", "Free bytes on the database's file system.",
            *h.disk_free_bytes);
    }
    Gauge(out, "rolegraph_disk_reserve_bytes",
          "Free space kept back from writes (--disk-reserve).", h.disk_reserve_bytes);
    Gauge(out, "rolegraph_writes_refused",
          "1 while writes get 507 (disk below the reserve, or not resumed after a full disk).",
          h.writes_refused ? 1 : 0);
    Gauge(out, "rolegraph_degraded", "1 once a read met damaged storage (/readyz 503).",
          h.degraded ? 1 : 0);
    Gauge(out, "rolegraph_storage_corruption_errors",
          "Requests that met damaged storage since start.", h.corruption_errors);
    Gauge(out, "rolegraph_wal_damaged_at_open",
          "1 when the write-ahead log was damaged at start and recovery stopped at the damage.",
          h.wal_damaged_at_open);
  }
  if (g.replication) {
    Gauge(out, "rolegraph_database_version",
          "RocksDB sequence number of the last write this server sees (compare across replicas).",
          g.replication->version);
    Gauge(out, "rolegraph_replica", "1 on a read replica (serve --replica-of), 0 on the writer.",
          g.replication->replica ? 1 : 0);
    Header(out, "rolegraph_replica_lag_seconds", "gauge",
           "Seconds since the replica last caught up with its writer (0 on the writer).");
    out += "rolegraph_replica_lag_seconds " + FormatDouble(g.replication->lag_seconds) + '\n';
  }
  return out;
}

}  // namespace rolegraph::server
