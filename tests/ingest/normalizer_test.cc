// Normalize(): NFKC + case folding with the byte map back to the original,
// and IsValidUtf8.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {
namespace {

TEST_CASE("normalize: ASCII folds case and maps byte to byte") {
  const NormalizedText n = Normalize("CTO vs CIO");
  CHECK(n.text == "cto vs cio");
  CHECK(n.to_original == std::vector<uint32_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
}

TEST_CASE("normalize: table of foldings") {
  struct Case {
    std::string in;
    std::string out;
  };
  const std::vector<Case> cases = {
      {"Stra\u00DFe", "strasse"},                 // ß expands to ss
      {"\uFB01nance", "finance"},                 // the "ﬁ" ligature expands
      {"CAF\u00C9", "caf\u00E9"},                 // precomposed É lower-cases
      {"cafe\u0301", "caf\u00E9"},                // e + combining acute composes
      {"company\u2019s", "company's"},            // curly apostrophe folded
      {"\uFF23\uFF34\uFF2F", "cto"},              // full-width letters
      {"a\u00A0b", "a b"},                        // NBSP is a compatibility space
      {"soft\u00ADhyphen", "softhyphen"},         // default ignorable removed
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    const NormalizedText n = Normalize(c.in);
    CHECK(n.text == c.out);
    CHECK(n.to_original.size() == n.text.size() + 1);
    CHECK(n.to_original.back() == c.in.size());
  }
}

TEST_CASE("normalize: expansion maps every output byte to the source character") {
  // "xﬁy": x at 0, ﬁ (3 bytes) at 1..3, y at 4.
  const NormalizedText n = Normalize("x\uFB01Y");
  CHECK(n.text == "xfiy");
  CHECK(n.to_original == std::vector<uint32_t>{0, 1, 1, 4, 5});
}

TEST_CASE("normalize: multi-byte characters map to their first byte") {
  // "É" is 2 bytes in and 2 bytes out ("é"); "ß" is 2 bytes in, 2 out ("ss").
  const std::string in = "A\u00C9\u00DFz";
  const NormalizedText n = Normalize(in);
  CHECK(n.text == "a\u00E9ssz");
  CHECK(n.to_original == std::vector<uint32_t>{0, 1, 1, 3, 3, 5, 6});
}

TEST_CASE("normalize: a composing sequence maps to where it starts") {
  const NormalizedText n = Normalize("Ke\u0301!");  // K, e + U+0301 (2 bytes), !
  CHECK(n.text == "k\u00E9!");
  CHECK(n.to_original == std::vector<uint32_t>{0, 1, 1, 4, 5});
}

TEST_CASE("normalize: invalid UTF-8 becomes U+FFFD at the bad byte") {
  const std::string in = std::string("ab") + '\xFF' + "C";
  const NormalizedText n = Normalize(in);
  CHECK(n.text == "ab\uFFFDc");
  CHECK(n.to_original == std::vector<uint32_t>{0, 1, 2, 2, 2, 3, 4});
  // A truncated sequence at the very end must not read past the input.
  const NormalizedText truncated = Normalize(std::string("x") + '\xE2' + '\x80');
  CHECK(truncated.text.starts_with("x\uFFFD"));
  CHECK(truncated.to_original.back() == 3);
}

TEST_CASE("IsValidUtf8") {
  CHECK(IsValidUtf8(""));
  CHECK(IsValidUtf8("plain ASCII"));
  CHECK(IsValidUtf8("company\u2019s \u00DF \U0001F600"));
  CHECK_FALSE(IsValidUtf8(std::string("bad ") + '\xFF'));
  CHECK_FALSE(IsValidUtf8(std::string("truncated ") + '\xE2' + '\x80'));
  CHECK_FALSE(IsValidUtf8(std::string("overlong ") + '\xC0' + '\xAF'));
  CHECK_FALSE(IsValidUtf8(std::string("surrogate ") + '\xED' + '\xA0' + '\x80'));
}

}  // namespace
}  // namespace rolegraph::ingest
