// A posting list read through a cursor gives the same numbers, step by step
// and seek by seek, whether the cursor reads its encoded bytes or the array
// the posting cache decodes it into (packed in 32 bits, or whole where the
// documents and indexes do not fit beside each other).
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "../index/src/posting_list.h"
#include "rolegraph/index/sentence_numbers.h"

using rolegraph::index::SentenceNumberCursor;
namespace postings = rolegraph::index::postings;

namespace {

constexpr uint64_t kEnd = SentenceNumberCursor::kEnd;

// Sorted distinct numbers: `docs` documents from `first_doc`, a few
// sentences each below `max_index`, some documents skipped.
std::vector<uint64_t> RandomList(std::mt19937& rng, uint32_t first_doc, uint32_t docs, uint32_t max_index) {
  std::vector<uint64_t> ids;
  for (uint32_t d = 0; d < docs; ++d) {
    if (rng() % 3 == 0) continue;
    uint32_t index = rng() % 4;
    for (int n = rng() % 4; n >= 0 && index < max_index; --n) {
      ids.push_back(postings::Pack(first_doc + d, index));
      index += 1 + rng() % (max_index / 4 + 1);
    }
  }
  return ids;
}

SentenceNumberCursor Open(const std::string& encoded, bool decode) {
  SentenceNumberCursor c;
  auto list = SentenceNumberCursor::Parse(encoded, decode);
  REQUIRE(list != nullptr);
  CHECK(list->decoded == decode);
  c.Init(list);
  return c;
}

// Random steps and seeks (targets on, between and past the numbers, and
// indexes above any the list holds) read the same through both cursors.
void CheckSameWalk(const std::vector<uint64_t>& ids, std::mt19937& rng) {
  const std::string encoded = postings::EncodeList(ids);
  SentenceNumberCursor bytes = Open(encoded, false), array = Open(encoded, true);
  CHECK(array.size() == ids.size());
  size_t guard = 0;
  while (bytes.Current() != kEnd && ++guard < 10000) {
    REQUIRE(array.Current() == bytes.Current());
    const uint64_t now = bytes.Current();
    switch (rng() % 4) {
      case 0:
        bytes.Next(), array.Next();
        break;
      case 1: {  // a later number of the list, or one just past it
        const uint64_t t = ids[std::min<size_t>(ids.size() - 1, rng() % ids.size())] + rng() % 2;
        bytes.SeekTo(t), array.SeekTo(t);
        break;
      }
      case 2: {  // the same document, an index no sentence of the list has
        const uint64_t t = (now & ~uint64_t{0xffffffff}) | (0xfffff000u + rng() % 0xfff);
        bytes.SeekTo(t), array.SeekTo(t);
        break;
      }
      default: {  // a few documents ahead
        const uint64_t t = now + (uint64_t{rng() % 5} << 32);
        bytes.SeekTo(t), array.SeekTo(t);
      }
    }
  }
  CHECK(array.Current() == bytes.Current());
  bytes.SeekTo(kEnd), array.SeekTo(kEnd);
  CHECK(array.Current() == kEnd);
  CHECK_FALSE(array.corrupt());
}

}  // namespace

TEST_CASE("a decoded posting list steps and seeks like its encoded bytes") {
  std::mt19937 rng(18);
  for (int round = 0; round < 40; ++round) {
    CheckSameWalk(RandomList(rng, rng() % 50, 1 + rng() % 400, 4 + rng() % 60), rng);  // packed
    CheckSameWalk(RandomList(rng, 0, 1 + rng() % 50, 70000 + rng() % 9000), rng);     // wide indexes
    CheckSameWalk(RandomList(rng, 0x7ffffff0u, 12, 300), rng);                          // too wide to pack
  }
}

TEST_CASE("a decoded list holds its numbers in 32 bits where they fit, whole where not") {
  const std::string narrow = postings::EncodeList({postings::Pack(3, 1), postings::Pack(9, 40)});
  auto packed = SentenceNumberCursor::Parse(narrow, true);
  REQUIRE(packed != nullptr);
  CHECK(packed->packed.size() == 2);
  CHECK(packed->numbers.empty());
  const std::string wide = postings::EncodeList({postings::Pack(3, 1), postings::Pack(0x90000000u, 5000)});
  auto whole = SentenceNumberCursor::Parse(wide, true);
  REQUIRE(whole != nullptr);
  CHECK(whole->packed.empty());
  CHECK(whole->numbers.size() == 2);
}

TEST_CASE("an empty list and a malformed body read the same decoded or not") {
  SentenceNumberCursor empty = Open(postings::EncodeList({}), true);
  CHECK(empty.Current() == kEnd);
  empty.SeekTo(5);
  CHECK(empty.Current() == kEnd);
  // The body ends inside a varint: the list stays encoded and reads corrupt.
  std::string broken = postings::EncodeList({postings::Pack(1, 2), postings::Pack(7, 3)});
  broken.back() = static_cast<char>(0x80);
  for (bool decode : {false, true}) {
    auto list = SentenceNumberCursor::Parse(broken, decode);
    REQUIRE(list != nullptr);
    CHECK_FALSE(list->decoded);
    SentenceNumberCursor c;
    c.Init(list);
    while (c.Current() != kEnd) c.Next();
    CHECK(c.corrupt());
  }
}
