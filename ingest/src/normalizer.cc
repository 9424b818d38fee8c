// NFKC + full case folding (ICU's NFKC_Casefold, which also drops default
// ignorables such as soft hyphens and zero-width joiners) with a byte map back
// to the original text.
//
// Mapping granularity: ICU may only normalise whole "segments" (a starter plus
// the combining marks after it, e.g. "e" + U+0301 -> "é"), so every output
// byte of a segment maps to the segment's first original byte. Expansions
// ("ﬁ" -> "fi", "ß" -> "ss") therefore map all their bytes to the source
// character. Plain ASCII, which is most of our input, takes a fast path
// without ICU calls.
//
// Curly apostrophes (U+2018, U+2019, U+02BC) become "'" so that "company’s"
// and "company's" normalise alike; Token::norm relies on the same rule.

#include <algorithm>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "normalizer.h"
#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {
namespace {

constexpr UChar32 kReplacement = 0xFFFD;

UChar32 FoldApostrophe(UChar32 c) {
  return (c == 0x2018 || c == 0x2019 || c == 0x02BC) ? UChar32{'\''} : c;
}

// Reads one code point at *i, advancing it; invalid sequences read as U+FFFD.
UChar32 NextCodePoint(std::string_view text, int32_t* i) {
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), *i, static_cast<int32_t>(text.size()), c);
  return c < 0 ? kReplacement : c;
}

void AppendUtf8(UChar32 c, uint32_t origin, std::string* out, std::vector<uint32_t>* to_original) {
  uint8_t buf[U8_MAX_LENGTH];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(len));
  if (to_original != nullptr) to_original->insert(to_original->end(), static_cast<size_t>(len), origin);
}

}  // namespace

void AppendNormalized(std::string_view text, uint32_t base, std::string* out,
                      std::vector<uint32_t>* to_original) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  const auto n = static_cast<int32_t>(text.size());
  icu::UnicodeString segment;
  icu::UnicodeString folded;
  int32_t i = 0;
  while (i < n) {
    const auto byte = static_cast<uint8_t>(text[i]);
    // ASCII followed by ASCII (or the end) is its own segment: nothing can
    // combine with it, and NFKC_Casefold only lower-cases A-Z.
    if (byte < 0x80 && (i + 1 == n || static_cast<uint8_t>(text[i + 1]) < 0x80)) {
      out->push_back(byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + ('a' - 'A'))
                                                : static_cast<char>(byte));
      if (to_original != nullptr) to_original->push_back(base + static_cast<uint32_t>(i));
      ++i;
      continue;
    }
    const uint32_t origin = base + static_cast<uint32_t>(i);
    segment.remove();
    segment.append(NextCodePoint(text, &i));
    while (i < n) {
      int32_t next = i;
      const UChar32 c = NextCodePoint(text, &next);
      if (U_FAILURE(status) || nfkc_cf->hasBoundaryBefore(c)) break;
      segment.append(c);
      i = next;
    }
    const icu::UnicodeString* result = &segment;
    if (U_SUCCESS(status)) {
      nfkc_cf->normalize(segment, folded, status);
      if (U_SUCCESS(status)) result = &folded;
      status = U_ZERO_ERROR;  // one bad segment must not disable the rest
    }
    for (int32_t k = 0; k < result->length();) {
      const UChar32 c = result->char32At(k);
      k += U16_LENGTH(c);
      AppendUtf8(FoldApostrophe(c), origin, out, to_original);
    }
  }
}

NormalizedText Normalize(std::string_view original) {
  NormalizedText result;
  result.text.reserve(original.size());
  result.to_original.reserve(original.size() + 1);
  AppendNormalized(original, 0, &result.text, &result.to_original);
  result.to_original.push_back(static_cast<uint32_t>(original.size()));
  return result;
}

bool IsValidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int64_t>(text.size());
  int64_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    // U8_NEXT takes int32 indexes; check in windows so huge inputs work too.
    const int32_t window = static_cast<int32_t>(std::min<int64_t>(n - i, 1 << 30));
    int32_t k = 0;
    UChar32 c;
    U8_NEXT(s + i, k, window, c);
    if (c < 0) return false;
    i += k;
  }
  return true;
}

}  // namespace rolegraph::ingest
