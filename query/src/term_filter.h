// A cheap, exact pre-check before looking a sentence's word up among a
// question's terms (issue 18). Scoring and coverage look up every word of
// every candidate sentence, and almost none is a question term: hashing the
// whole string for each was a large share of their time. The filter keeps
// one bit per (length, first, middle and last byte) slot of the terms added;
// a word whose slot is clear is surely not a term, and a set bit only sends
// the word on to the real lookup, so answers cannot change.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "rolegraph/index/records.h"

namespace rolegraph::query {

class TermFilter {
 public:
  void Add(std::string_view term) {
    const size_t slot = Slot(term);
    bits_[slot >> 6] |= uint64_t{1} << (slot & 63);
  }
  // False only when `word` was never added.
  bool MayHold(std::string_view word) const { return Holds(Slot(word)); }
  // The same for a sentence's word, by the slot its record keeps.
  bool MayHold(const index::TermOccurrence& t) const {
    return Holds(t.slot != index::kNoTermSlot ? t.slot : Slot(t.term));
  }

 private:
  static constexpr size_t kSlots = 1024;  // a question has tens of terms: few false positives

  static size_t Slot(std::string_view t) { return index::TermSlot(t); }  // below kSlots
  bool Holds(size_t slot) const { return (bits_[slot >> 6] >> (slot & 63)) & 1; }

  std::array<uint64_t, kSlots / 64> bits_{};
};

}  // namespace rolegraph::query
