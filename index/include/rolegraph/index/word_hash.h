// A hash for short string keys (words, terms, list names, record keys),
// shared by every module's lookup tables (issue 18).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace rolegraph::index {

// Transparent hashing so a std::string_view looks up without a copy. Keys
// are short (most under 16 bytes) and a question looks hundreds of them up:
// this reads eight bytes at a time (the last eight overlapping, short keys
// in at most two loads) where std::hash's murmur walks four at a time with a
// tail loop, ~3x the instructions on a ten-byte key. Only lookups may
// depend on it: a table whose iteration order anyone reads keeps its own
// hash. Not noexcept on purpose: libstdc++ then keeps each node's hash, and
// a lookup walking a bucket compares those instead of hashing every key it
// passes.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const;
};

inline size_t WordHash::operator()(std::string_view s) const {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio: spreads every input bit
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  auto load64 = [](const unsigned char* q) { uint64_t w; std::memcpy(&w, q, 8); return w; };
  auto load32 = [](const unsigned char* q) { uint32_t w; std::memcpy(&w, q, 4); return uint64_t{w}; };
  auto mix = [](uint64_t h, uint64_t w) { h = (h ^ w) * kMul; return h ^ (h >> 29); };
  uint64_t h = (n + 1) * kMul;
  if (n >= 8) {
    for (; n > 8; p += 8, n -= 8) h = mix(h, load64(p));
    h = mix(h, load64(p + n - 8));  // the last eight bytes, overlapping the loop's
  } else if (n >= 4) {
    h = mix(h, load32(p) | (load32(p + n - 4) << 32));
  } else if (n > 0) {
    h = mix(h, uint64_t{p[0]} | uint64_t{p[n / 2]} << 8 | uint64_t{p[n - 1]} << 16);
  }
  return static_cast<size_t>(h);
}

}  // namespace rolegraph::index
