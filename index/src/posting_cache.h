// Long posting lists decoded into arrays, kept for the database version
// (snapshot sequence number) they were read at, least recently used first
// out once their bytes pass the budget. Reading a common term's list is
// then a lookup, and a cursor over it gallops. Any write makes a
// new version; the first reader of a newer version empties the cache.
#pragma once

#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rolegraph/index/sentence_numbers.h"
#include "versioned_memo.h"

namespace rolegraph::index {

class PostingCache {
 public:
  using List = std::shared_ptr<const SentenceNumberCursor::List>;
  explicit PostingCache(size_t budget_bytes) : budget_(budget_bytes) {}

  size_t budget() const { return budget_; }

  List Get(uint64_t version, std::string_view term) {
    std::lock_guard<std::mutex> lock(mu_);
    if (version != version_) return nullptr;
    auto it = entries_.find(term);  // by view: no key built per lookup (issue 18)
    if (it == entries_.end()) return nullptr;
    order_.splice(order_.begin(), order_, it->second.position);
    return it->second.list;
  }

  void Put(uint64_t version, std::string_view term, List list) {
    const size_t bytes = list->MemoryBytes() + term.size();
    if (bytes > budget_) return;
    std::lock_guard<std::mutex> lock(mu_);
    if (version < version_) return;  // an older snapshot's list
    if (version > version_) {
      entries_.clear();
      order_.clear();
      used_ = 0;
      version_ = version;
    }
    std::string key(term);
    if (entries_.count(key)) return;
    while (used_ + bytes > budget_ && !order_.empty()) {
      auto victim = entries_.find(order_.back());
      used_ -= victim->second.bytes;
      entries_.erase(victim);
      order_.pop_back();
    }
    order_.push_front(key);
    entries_.emplace(std::move(key), Entry{std::move(list), bytes, order_.begin()});
    used_ += bytes;
  }

 private:
  struct Entry {
    List list;
    size_t bytes = 0;
    std::list<std::string>::iterator position;
  };
  const size_t budget_;
  std::mutex mu_;
  uint64_t version_ = 0;
  size_t used_ = 0;
  std::list<std::string> order_;  // most recently used first
  std::unordered_map<std::string, Entry, StringViewHash, StringViewEqual> entries_;
};

}  // namespace rolegraph::index
