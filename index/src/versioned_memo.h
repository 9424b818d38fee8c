// Small read results (document frequencies, cognate sets, document ids,
// decoded sentences) kept in memory for the database version (snapshot
// sequence number) they were read at. A question reads dozens of them; from
// RocksDB each is a block-cache lookup, a key comparison chain and a copy,
// which cost more than the whole postings walk on a small corpus (issue 18).
// Any write makes a new version: the first store for a newer version swaps
// the map for an empty one, and readers of an older snapshot neither see
// nor store newer values, so answers stay those of the reader's snapshot.
// Bounded by entry count: a full memo starts over rather than evicting one
// by one (the hot set of a workload refills it within a few questions).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rolegraph/index/word_hash.h"

namespace rolegraph::index {

// Hash and equality that take std::string_view, so lookups by view do not
// build a std::string key. The short-key hash (word_hash.h): a question
// looks dozens of record keys up here, and std::hash's byte loop was most of
// each lookup. The memos are looked up, never iterated.
using StringViewHash = WordHash;
struct StringViewEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

template <typename Value>
class VersionedMemo {
 public:
  explicit VersionedMemo(size_t max_entries) : max_entries_(max_entries) {}

  // The value stored for `key` at exactly `version`, if any.
  std::optional<Value> Get(uint64_t version, std::string_view key) const {
    std::shared_lock lock(mu_);
    if (version != version_) return std::nullopt;
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    return it->second;
  }

  void Put(uint64_t version, std::string_view key, Value value) {
    if (max_entries_ == 0) return;
    std::unique_lock lock(mu_);
    if (version < version_) return;  // read at an older snapshot
    if (version > version_ || entries_.size() >= max_entries_) {
      entries_.clear();
      version_ = version;
    }
    entries_.emplace(std::string(key), std::move(value));
  }

 private:
  const size_t max_entries_;
  mutable std::shared_mutex mu_;
  uint64_t version_ = 0;
  std::unordered_map<std::string, Value, StringViewHash, StringViewEqual> entries_;
};

}  // namespace rolegraph::index
