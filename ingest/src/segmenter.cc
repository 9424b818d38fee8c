// Sentences = ICU sentence boundaries (UAX #29), then repairs for how our
// documents look: one paragraph per line, headings without full stops,
// numbered sections, URLs and Indonesian numbers.
//
// - ICU already breaks after every line separator (rule SB4), so a heading
//   line never runs into the next paragraph. It does not split "3.500" or
//   "www.zdnet.com" (a period followed by a digit or a lower-case letter).
// - ICU does split "1. CEO" into "1." + "CEO" (a full stop before an upper-case
//   word). A piece that is only a list marker ("1.", "12)", "#2", "a.") is
//   merged with the rest of its line; so is a piece ending in a common
//   abbreviation ("Dr.", "vs.", "e.g.").
// - Heading rule: the sentence is a whole line, the line is not indented,
//   it has at most kMaxHeadingWords words and does not end in sentence
//   punctuation (. ! ? …, looking through closing quotes and brackets).
//   "2. CFO", "supply-chain" and "#3 Direktur dan Manajer Bekerja Sama" are
//   headings; indented list items ("  4. Plan the budget") are not:
//   they are content of the current section, not a new section title.

#include "segmenter.h"

#include <array>
#include <string_view>

#include <unicode/utext.h>

namespace rolegraph::ingest {
namespace {

constexpr int kMaxHeadingWords = 12;

bool IsLineBreakByte(char c) { return c == '\n' || c == '\r'; }

// Length of the white-space character starting at text[i], 0 if none. Line
// separators U+2028/U+2029 and NBSP count as white space.
size_t SpaceAt(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') return 1;
  if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(text[i + 2]);
    if (d == 0xA8 || d == 0xA9 || d == 0xAF || (d >= 0x80 && d <= 0x8A)) return 3;
  }
  return 0;
}

// Length of the white-space character ending at text[end - 1], 0 if none.
size_t SpaceBefore(std::string_view text, size_t end) {
  for (size_t len = 1; len <= 3 && len <= end; ++len) {
    if (SpaceAt(text, end - len) == len) return len;
  }
  return 0;
}

struct Piece {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool starts_line = false;
  bool ends_line = false;
  bool indented = false;
};

bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "1.", "12)", "#3", "#3.", "a.", "b)".
bool IsListMarker(std::string_view s) {
  if (s.size() == 2 && IsAsciiLetter(s[0]) && (s[1] == '.' || s[1] == ')')) return true;
  if (!s.empty() && s.front() == '#') s.remove_prefix(1);
  if (!s.empty() && (s.back() == '.' || s.back() == ')')) s.remove_suffix(1);
  if (s.empty() || s.size() > 3) return false;
  for (char c : s) {
    if (!IsAsciiDigit(c)) return false;
  }
  return true;
}

// "- ", "* ", "• ": a bulleted list item. Its text is a duty, a requirement
// or a link, never the heading of what follows, however short it is.
bool StartsWithBullet(std::string_view s) {
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return true;
  return s.rfind("\u2022 ", 0) == 0;  // U+2022 BULLET
}

// A piece ending in an abbreviation that never ends a sentence
// (abbreviations.txt: "Dr.", "Ir.", "e.g."; "no." is left out because "I
// said no." does), also behind emphasis or a bracket ("**Dr.", "(Prof.").
bool EndsWithAbbreviation(std::string_view s, const LanguagePacks& packs) {
  constexpr size_t kMaxAbbreviationBytes = 8;
  const size_t space = s.find_last_of(" \t\n");
  std::string_view last = space == std::string_view::npos ? s : s.substr(space + 1);
  const size_t word = last.find_first_not_of("*_(\"'[");
  if (word == std::string_view::npos) return false;
  last.remove_prefix(word);
  if (last.size() > kMaxAbbreviationBytes || last.empty() || last.back() != '.') return false;
  std::string lower(last);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
  return packs.AnyHas("abbreviations", lower);
}

int CountWords(std::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool EndsWithSentencePunctuation(std::string_view s) {
  // Look through closing quotes and brackets: ‘He said “yes.”’.
  for (;;) {
    if (s.empty()) return false;
    const char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') {
      s.remove_suffix(1);
    } else if (s.ends_with("\u201D") || s.ends_with("\u2019") || s.ends_with("\u00BB")) {
      s.remove_suffix(s.ends_with("\u00BB") ? 2 : 3);
    } else {
      break;
    }
  }
  const char c = s.back();
  return c == '.' || c == '!' || c == '?' || s.ends_with("\u2026") || s.ends_with("\u3002") ||
         s.ends_with("\uFF01") || s.ends_with("\uFF1F");
}

// Trims [begin, end) and records where the piece sits in its line.
bool MakePiece(std::string_view text, size_t begin, size_t end, Piece* piece) {
  while (begin < end) {
    const size_t len = SpaceAt(text, begin);
    if (len == 0 || begin + len > end) break;
    begin += len;
  }
  while (end > begin) {
    const size_t len = SpaceBefore(text, end);
    if (len == 0 || end - len < begin) break;
    end -= len;
  }
  if (begin >= end) return false;
  size_t line_start = begin;
  while (line_start > 0 && !IsLineBreakByte(text[line_start - 1]) && SpaceBefore(text, line_start) > 0) {
    line_start -= SpaceBefore(text, line_start);
  }
  size_t line_end = end;
  while (line_end < text.size() && !IsLineBreakByte(text[line_end]) && SpaceAt(text, line_end) > 0) {
    line_end += SpaceAt(text, line_end);
  }
  piece->begin = static_cast<uint32_t>(begin);
  piece->end = static_cast<uint32_t>(end);
  piece->starts_line = line_start == 0 || IsLineBreakByte(text[line_start - 1]);
  piece->indented = piece->starts_line && line_start < begin;
  piece->ends_line = line_end == text.size() || IsLineBreakByte(text[line_end]);
  return true;
}

std::vector<Piece> IcuPieces(std::string_view text, icu::BreakIterator* sentences) {
  std::vector<Piece> pieces;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data(), static_cast<int64_t>(text.size()), &status);
  sentences->setText(&utext, status);
  if (U_FAILURE(status)) {
    // Without ICU we still honour the line structure: one piece per line.
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || IsLineBreakByte(text[i])) {
        Piece piece;
        if (MakePiece(text, start, i, &piece)) pieces.push_back(piece);
        start = i + 1;
      }
    }
  } else {
    int32_t start = sentences->first();
    for (int32_t stop = sentences->next(); stop != icu::BreakIterator::DONE;
         start = stop, stop = sentences->next()) {
      Piece piece;
      if (MakePiece(text, static_cast<size_t>(start), static_cast<size_t>(stop), &piece)) {
        pieces.push_back(piece);
      }
    }
  }
  utext_close(&utext);
  return pieces;
}

}  // namespace

std::vector<SentenceSpan> SegmentSentences(std::string_view text, icu::BreakIterator* sentences,
                                           const LanguagePacks& packs) {
  std::vector<Piece> pieces = IcuPieces(text, sentences);
  // Glue list markers and abbreviations to what follows on the same line.
  std::vector<Piece> merged;
  merged.reserve(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) {
    Piece piece = pieces[i];
    while (!piece.ends_line && i + 1 < pieces.size()) {
      const std::string_view s = text.substr(piece.begin, piece.end - piece.begin);
      if (!IsListMarker(s) && !EndsWithAbbreviation(s, packs)) break;
      ++i;
      piece.end = pieces[i].end;
      piece.ends_line = pieces[i].ends_line;
    }
    merged.push_back(piece);
  }
  std::vector<SentenceSpan> spans;
  spans.reserve(merged.size());
  for (const Piece& piece : merged) {
    const std::string_view s = text.substr(piece.begin, piece.end - piece.begin);
    SentenceSpan& span = spans.emplace_back();
    span.begin = piece.begin;
    span.end = piece.end;
    span.heading = piece.starts_line && piece.ends_line && !piece.indented && !StartsWithBullet(s) &&
                   CountWords(s) <= kMaxHeadingWords && !EndsWithSentencePunctuation(s);
  }
  return spans;
}

}  // namespace rolegraph::ingest
