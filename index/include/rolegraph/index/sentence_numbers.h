// A forward cursor over one term's posting list: sorted sentence numbers,
// (document number << 32) | sentence index, decoded only as far as it is
// read, so a question that stops early does not decode whole lists. A list
// indexed with skips (long lists, kept across questions by the reader's
// posting cache) lets SeekTo jump over whole blocks instead of decoding them.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace rolegraph::index {

class SentenceNumberCursor {
 public:
  static constexpr uint64_t kEnd = std::numeric_limits<uint64_t>::max();
  static constexpr uint64_t kSkipEvery = 64;  // ids per skip block

  // The decoder's state after a block: the last id read, the byte position
  // of the next delta and how many ids are left.
  struct Skip {
    uint64_t value = 0;
    size_t pos = 0;
    uint64_t left = 0;
  };
  // A stored list, shared read-only by the cursors that read it.
  struct List {
    std::string bytes;
    size_t body_pos = 0;
    uint64_t count = 0;
    std::vector<Skip> skips;  // after every kSkipEvery ids; empty when not indexed
    size_t MemoryBytes() const { return bytes.capacity() + skips.capacity() * sizeof(Skip) + sizeof(List); }
  };

  // Parses a stored list and, with `with_skips`, decodes it once to index
  // its blocks; nullptr when it is malformed.
  static std::shared_ptr<const List> Parse(std::string encoded, bool with_skips);

  SentenceNumberCursor() = default;  // empty
  // `encoded` is a stored posting list; false when its header is malformed.
  bool Init(std::string encoded);
  void Init(std::shared_ptr<const List> list);

  uint64_t Current() const { return current_; }  // kEnd once exhausted
  // Inline: a broad question at 50,000 documents steps ~470k ids, and the
  // call was about half of each step (issue 18).
  void Next() {
    if (left_ == 0) {
      current_ = kEnd;
      return;
    }
    uint64_t delta = 0;
    for (int shift = 0;; shift += 7) {
      if (pos_ >= size_ || shift > 63) return MarkCorrupt();
      const uint8_t b = static_cast<uint8_t>(data_[pos_++]);
      delta |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    value_ += delta;
    current_ = value_;
    --left_;
  }
  // Moves to the first number >= target (never backwards).
  void SeekTo(uint64_t target) {
    if (current_ >= target) return;
    if (skip_ < num_skips_ && skips_[skip_].value < target) JumpBefore(target);
    while (current_ < target) Next();
  }
  uint64_t size() const { return count_; }
  // A list whose bytes ended early or held a bad varint.
  bool corrupt() const { return corrupt_; }

 private:
  // Skips whole blocks whose last id is below target.
  void JumpBefore(uint64_t target);
  // The bytes ended early or held a bad varint: the cursor reads as exhausted.
  void MarkCorrupt();

  std::shared_ptr<const List> list_;
  const Skip* skips_ = nullptr;
  size_t num_skips_ = 0, skip_ = 0;  // skip_: the first skip not yet passed (maybe stale)
  const char* data_ = nullptr;
  size_t size_ = 0, pos_ = 0;
  uint64_t count_ = 0, left_ = 0;
  uint64_t current_ = kEnd, value_ = 0;
  bool corrupt_ = false;
};

}  // namespace rolegraph::index
