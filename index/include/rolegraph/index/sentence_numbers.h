// A forward cursor over one term's posting list: sorted sentence numbers,
// (document number << 32) | sentence index, decoded only as far as it is
// read, so a question that stops early does not decode whole lists.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

namespace rolegraph::index {

class SentenceNumberCursor {
 public:
  static constexpr uint64_t kEnd = std::numeric_limits<uint64_t>::max();

  SentenceNumberCursor() = default;  // empty
  // `encoded` is a stored posting list; false when its header is malformed.
  bool Init(std::string encoded);

  uint64_t Current() const { return current_; }  // kEnd once exhausted
  void Next();
  // Moves to the first number >= target (never backwards).
  void SeekTo(uint64_t target) {
    while (current_ < target) Next();
  }
  uint64_t size() const { return count_; }
  // A list whose bytes ended early or held a bad varint.
  bool corrupt() const { return corrupt_; }

 private:
  std::string bytes_;
  size_t pos_ = 0;
  uint64_t count_ = 0, left_ = 0;
  uint64_t current_ = kEnd, value_ = 0;
  bool corrupt_ = false;
};

}  // namespace rolegraph::index
