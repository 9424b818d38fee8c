// CognateKey: one spelling for an English word and its Indonesian loanword
// (technology / teknologi, director / direktur, department / departemen).
// Both sides go through the same rules, so a rule only has to make English
// spelling look Indonesian; Indonesian words mostly pass through unchanged.
//
// Rules, in order, on the lower-case word:
//  1. ASCII only: diacritics are dropped (NFD, marks removed); a word with any
//     other non-letter (digits, dots, non-Latin) has no key.
//  2. Inflection: possessive "'s"; Indonesian "-nya" (words >= 7 letters);
//     English plurals in words > 5 letters: -ies -> -y, -ives -> -ive,
//     -ces -> -ce, and -s after a consonant other than s (products, vendors).
//     "-s" after a vowel stays: bisnis, khusus, proses are not plurals.
//  3. Endings: -ization/-isation -> -isasi, -ical -> -is, -ity -> -itas,
//     -ive -> -if, -nce -> -nsi, -ct -> -k (product / produk), -nt -> -n
//     (department / departemen).
//  4. Letters, left to right: ction -> ksi, tion/sion -> si, ph -> f,
//     th -> t, ch -> k, ck -> k, qu -> ku (quality / kualitas), x -> ks,
//     c before e/i/y -> s, other c -> k, z -> s, y -> i,
//     g before e -> j unless after n (manager / manajer; "ng" is a digraph).
//  5. Every "e" except a leading one is dropped: Indonesian inserts and drops
//     schwas freely (department / departemen), and the final silent English
//     "e" goes too (structure / struktur).
//  6. A final -ur becomes -or (direktur / director; struktur / structure meet
//     as "struktor").
//  7. Doubled letters collapse (collaboration / kolaborasi).
//  8. Keys shorter than kMinKeyLength are dropped: short words collide.
// Not covered: inserted vowels other than e (portfolio / portofolio) and
// translations that are not loans (business / bisnis, company / perusahaan).

#include <string>
#include <string_view>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {
namespace {

constexpr size_t kMinKeyLength = 5;

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsLetter(char c) { return c >= 'a' && c <= 'z'; }

// Step 1. False when the word has no ASCII-letter spelling.
bool FoldToAsciiLetters(std::string_view word, std::string* out) {
  bool ascii = true;
  for (char c : word) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  std::string folded;
  if (ascii) {
    folded.assign(word);
  } else {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    if (U_FAILURE(status)) return false;
    const icu::UnicodeString decomposed =
        nfd->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
    if (U_FAILURE(status)) return false;
    for (int32_t i = 0; i < decomposed.length();) {
      const UChar32 c = decomposed.char32At(i);
      i += U16_LENGTH(c);
      if (u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) continue;
      if (c >= 0x80) return false;
      folded.push_back(static_cast<char>(u_tolower(c)));
    }
  }
  if (folded.ends_with("'s")) folded.resize(folded.size() - 2);
  out->clear();
  for (char c : folded) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    if (!IsLetter(c)) return false;
    out->push_back(c);
  }
  return true;
}

bool ReplaceSuffix(std::string* s, std::string_view from, std::string_view to) {
  if (!s->ends_with(from)) return false;
  s->replace(s->size() - from.size(), from.size(), to);
  return true;
}

// Step 2.
void StripInflection(std::string* w) {
  if (w->size() >= 7 && ReplaceSuffix(w, "nya", "")) return;
  if (w->size() <= 5) return;
  if (ReplaceSuffix(w, "ies", "y") || ReplaceSuffix(w, "ives", "ive") || ReplaceSuffix(w, "ces", "ce")) {
    return;
  }
  const char before = (*w)[w->size() - 2];
  if (w->back() == 's' && !IsVowel(before) && before != 's' && before != 'y') w->pop_back();
}

// Step 3.
void RewriteEnding(std::string* w) {
  static constexpr std::pair<std::string_view, std::string_view> kEndings[] = {
      {"ization", "isasi"}, {"isation", "isasi"}, {"ical", "is"}, {"ity", "itas"},
      {"ive", "if"},        {"nce", "nsi"},       {"ct", "k"},    {"nt", "n"},
  };
  for (const auto& [from, to] : kEndings) {
    if (w->size() > from.size() + 1 && ReplaceSuffix(w, from, to)) return;
  }
}

// Step 4.
std::string RewriteLetters(std::string_view w) {
  std::string out;
  out.reserve(w.size() + 4);
  for (size_t i = 0; i < w.size();) {
    const std::string_view rest = w.substr(i);
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    if (rest.starts_with("ction")) {
      out += "ksi";
      i += 5;
    } else if (rest.starts_with("tion") || rest.starts_with("sion")) {
      out += "si";
      i += 4;
    } else if (rest.starts_with("ph")) {
      out += 'f';
      i += 2;
    } else if (rest.starts_with("th")) {
      out += 't';
      i += 2;
    } else if (rest.starts_with("ch") || rest.starts_with("ck")) {
      out += 'k';
      i += 2;
    } else if (rest.starts_with("qu")) {
      out += "ku";
      i += 2;
    } else {
      const char c = w[i];
      if (c == 'x') {
        out += "ks";
      } else if (c == 'c') {
        out += (next == 'e' || next == 'i' || next == 'y') ? 's' : 'k';
      } else if (c == 'z') {
        out += 's';
      } else if (c == 'y') {
        out += 'i';
      } else if (c == 'g' && next == 'e' && (i == 0 || w[i - 1] != 'n')) {
        out += 'j';
      } else {
        out += c;
      }
      ++i;
    }
  }
  return out;
}

}  // namespace

std::string CognateKey(std::string_view norm_word) {
  std::string w;
  if (norm_word.size() < kMinKeyLength - 1 || !FoldToAsciiLetters(norm_word, &w)) return {};
  StripInflection(&w);
  RewriteEnding(&w);
  const std::string rewritten = RewriteLetters(w);
  // Steps 5 to 7 in one pass over the rewritten letters.
  std::string key;
  key.reserve(rewritten.size());
  for (size_t i = 0; i < rewritten.size(); ++i) {
    const char c = rewritten[i];
    if (c == 'e' && i > 0) continue;
    if (!key.empty() && key.back() == c) continue;
    key.push_back(c);
  }
  ReplaceSuffix(&key, "ur", "or");
  if (key.size() < kMinKeyLength) return {};
  return key;
}

}  // namespace rolegraph::ingest
