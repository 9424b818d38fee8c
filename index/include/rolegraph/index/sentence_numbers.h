// A forward cursor over one term's posting list: sorted sentence numbers,
// (document number << 32) | sentence index, decoded only as far as it is
// read, so a question that stops early does not decode whole lists. A long
// list kept across questions by the reader's posting cache is decoded once
// into an array: stepping is an index, and SeekTo gallops over it instead
// of decoding every number on the way (issue 18: a number crossing into a
// new document is a five-byte delta, and a broad question at 50,000
// documents stepped ~480k of them per ask).
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace rolegraph::index {

class SentenceNumberCursor {
 public:
  static constexpr uint64_t kEnd = std::numeric_limits<uint64_t>::max();

  // A stored list, shared read-only by the cursors that read it: its
  // encoded bytes, or (decoded) its numbers, the bytes then released.
  // Decoded numbers are packed into 32 bits, (document << index_bits) |
  // index, where the list's documents and indexes fit (about the memory of
  // the encoded bytes, so the posting cache holds as many lists), else kept
  // whole.
  struct List {
    std::string bytes;
    size_t body_pos = 0;
    uint64_t count = 0;
    bool decoded = false;
    uint32_t index_bits = 0;        // of a packed number
    std::vector<uint32_t> packed;   // decoded and packable
    std::vector<uint64_t> numbers;  // decoded, not packable
    size_t MemoryBytes() const {
      return bytes.capacity() + packed.capacity() * sizeof(uint32_t) + numbers.capacity() * sizeof(uint64_t) +
             sizeof(List);
    }
  };

  // Parses a stored list and, with `decode`, decodes it whole (a malformed
  // body stays encoded and reads as corrupt); nullptr when its header is
  // malformed.
  static std::shared_ptr<const List> Parse(std::string encoded, bool decode);

  SentenceNumberCursor() = default;  // empty
  // `encoded` is a stored posting list; false when its header is malformed.
  bool Init(std::string encoded);
  void Init(std::shared_ptr<const List> list);

  uint64_t Current() const { return current_; }  // kEnd once exhausted
  // Inline: a broad question at 50,000 documents steps ~470k ids, and the
  // call was about half of each step (issue 18).
  void Next() {
    if (packed_ != nullptr) {
      current_ = ++at_ < count_ ? Unpack(packed_[at_]) : kEnd;
      return;
    }
    if (numbers_ != nullptr) {
      current_ = ++at_ < count_ ? numbers_[at_] : kEnd;
      return;
    }
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
    if (packed_ != nullptr) {
      const uint64_t bound = PackedBound(target);
      at_ = bound > UINT32_MAX ? count_ : Gallop(packed_, static_cast<uint32_t>(bound));
      current_ = at_ < count_ ? Unpack(packed_[at_]) : kEnd;
      return;
    }
    if (numbers_ != nullptr) {
      at_ = Gallop(numbers_, target);
      current_ = at_ < count_ ? numbers_[at_] : kEnd;
      return;
    }
    while (current_ < target) Next();
  }
  uint64_t size() const { return count_; }
  // Calls f(number) for each number from the current one on, without moving
  // the cursor: a decoded list is read straight from its array. False when
  // the list's bytes turned out malformed on the way (f saw only some).
  template <typename F>
  bool ForEachRemaining(F&& f) const {
    // Locals, not members: f's stores cannot then make the loop reload them.
    const size_t end = count_;
    if (packed_ != nullptr) {
      const uint32_t* packed = packed_;
      const uint32_t bits = index_bits_, mask = static_cast<uint32_t>(index_mask_);
      for (size_t i = at_; i < end; ++i) f((uint64_t{packed[i] >> bits} << 32) | (packed[i] & mask));
      return true;
    }
    if (numbers_ != nullptr) {
      const uint64_t* numbers = numbers_;
      for (size_t i = at_; i < end; ++i) f(numbers[i]);
      return true;
    }
    SentenceNumberCursor copy = *this;
    for (; copy.Current() != kEnd; copy.Next()) f(copy.Current());
    return !copy.corrupt();
  }
  // The highest sentence index a packed list can hold (its packing's mask);
  // kEnd when the list does not say (stepped or whole numbers).
  uint64_t PackedIndexBound() const { return packed_ != nullptr ? index_mask_ : kEnd; }
  // A packed list's last number; kEnd when the list does not say.
  uint64_t PackedLast() const { return packed_ != nullptr && count_ > 0 ? Unpack(packed_[count_ - 1]) : kEnd; }
  // A list whose bytes ended early or held a bad varint.
  bool corrupt() const { return corrupt_; }

 private:
  uint64_t Unpack(uint32_t p) const {
    return (static_cast<uint64_t>(p >> index_bits_) << 32) | (p & index_mask_);
  }
  // The least packed value of this list's form whose number is >= target
  // (numbers beyond what the form can hold compare above every packed one).
  uint64_t PackedBound(uint64_t target) const {
    uint64_t doc = target >> 32, index = target & 0xffffffffu;
    if (index > index_mask_) ++doc, index = 0;  // no index of this list is that high
    return (doc << index_bits_) | index;        // may exceed 32 bits: past every packed value
  }
  // Decoded lists: the first position after at_ (whose value is below
  // target) holding target or more. Most seeks move a few places: the next
  // eight values are counted without a branch each (sorted, those below
  // target come first); further, doubling steps and a binary search.
  template <typename T>
  size_t Gallop(const T* values, T target) const {
    size_t lo = at_;  // values[lo] < target
    if (lo + 9 <= count_) {
      size_t below = 0;
      for (size_t k = 1; k <= 8; ++k) below += values[lo + k] < target;
      if (below < 8) return lo + 1 + below;
      lo += 8;
    }
    size_t step = 1;
    while (lo + step < count_ && values[lo + step] < target) {
      lo += step;
      step <<= 1;
    }
    const size_t hi = std::min<size_t>(lo + step, count_);
    return static_cast<size_t>(std::lower_bound(values + lo + 1, values + hi, target) - values);
  }
  // The bytes ended early or held a bad varint: the cursor reads as exhausted.
  void MarkCorrupt();

  std::shared_ptr<const List> list_;
  // A decoded list's numbers (one of the two), and the current one's position.
  const uint32_t* packed_ = nullptr;
  const uint64_t* numbers_ = nullptr;
  size_t at_ = 0;
  uint32_t index_bits_ = 0;
  uint64_t index_mask_ = 0;
  const char* data_ = nullptr;
  size_t size_ = 0, pos_ = 0;
  uint64_t count_ = 0, left_ = 0;
  uint64_t current_ = kEnd, value_ = 0;
  bool corrupt_ = false;
};

}  // namespace rolegraph::index
