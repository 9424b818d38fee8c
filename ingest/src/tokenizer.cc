// Word tokens from ICU's word BreakIterator (UAX #29) over UTF-8 UText, so
// boundaries come back as byte offsets without a UTF-16 copy of the text.
//
// Choices, all visible in Token and relied on by role and fact extraction:
// - Only "word-like" segments are kept (ICU rule status >= UBRK_WORD_NUMBER):
//   letters or digits. Punctuation and spaces never become tokens.
// - Inner apostrophes stay inside the word, as UAX #29 says: "company’s" is one
//   token with norm "company's" (curly apostrophe folded). The English
//   Snowball stemmer drops the possessive ("compani"); for Indonesian we strip
//   "'s" before stemming.
// - Hyphens split: "marketing-tech" -> "marketing", "tech"; the Indonesian
//   reduplication "sendiri-sendiri" -> "sendiri", "sendiri". Each part is a
//   normal word for stemming and role matching ("C-level" -> "c", "level").
// - Inner dots and digits stay together: "www.zdnet.com" and "3.500" are one
//   token each and stem to themselves.
// - Capitals joined by a bare ampersand are one acronym: "R&D", "A&R".
// - Acronyms (upper, at most 5 letters: "CTO", "TI", "IT") keep their norm as
//   stem and are never stop words ("IT" is not the pronoun "it"). Plural or
//   possessive acronyms fold to the singular: "CEOs", "CEO's" -> stem "ceo".

#include "tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include "normalizer.h"
#include "stemmer.h"
#include "stopwords.h"

namespace rolegraph::ingest {
namespace {

constexpr uint32_t kMaxAcronymLetters = 5;

struct CaseShape {
  uint32_t letters = 0;
  uint32_t upper_letters = 0;
  bool first_letter_upper = false;
  bool digits_only = true;  // digits, '.' and ','
  bool has_digit = false;
  bool ascii = true;
  // All letters upper-case except a final "s" ("CEOs", "CEO's").
  bool plural_acronym = false;
};

CaseShape ShapeOf(std::string_view word) {
  CaseShape shape;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const auto n = static_cast<int32_t>(word.size());
  bool lower_seen = false;
  bool last_is_lower_s = false;
  bool lower_before_last = false;
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) c = 0xFFFD;
    bool digit, alpha, upper;
    if (c < 0x80) {  // most of our text: skip the ICU property look-ups
      digit = c >= '0' && c <= '9';
      upper = c >= 'A' && c <= 'Z';
      alpha = upper || (c >= 'a' && c <= 'z');
    } else {
      shape.ascii = false;
      digit = u_isdigit(c);
      alpha = u_isalpha(c);
      upper = u_isupper(c) || u_istitle(c);
    }
    if (digit) {
      shape.has_digit = true;
    } else if (c != '.' && c != ',') {
      shape.digits_only = false;
    }
    if (!alpha) continue;
    if (shape.letters == 0) shape.first_letter_upper = upper;
    ++shape.letters;
    if (upper) {
      ++shape.upper_letters;
    } else {
      if (lower_seen) lower_before_last = true;
      lower_seen = true;
    }
    last_is_lower_s = (c == 's');
  }
  shape.digits_only = shape.digits_only && shape.has_digit;
  shape.plural_acronym = shape.letters >= 3 && last_is_lower_s && !lower_before_last &&
                         shape.upper_letters == shape.letters - 1;
  return shape;
}

// The norm minus its final "s" or "'s", for plural / possessive acronyms.
std::string SingularAcronym(const std::string& norm) {
  std::string_view stem = norm;
  if (stem.ends_with("'s")) {
    stem.remove_suffix(2);
  } else if (stem.ends_with("s")) {
    stem.remove_suffix(1);
  }
  return std::string(stem);
}

// Fills `token`'s norm, case flags and (for numbers and acronyms) stem from
// its bytes [begin, end) of `text`.
void FillToken(std::string_view text, Token* token) {
  const std::string_view source = text.substr(token->begin, token->end - token->begin);
  const CaseShape shape = ShapeOf(source);
  token->norm.clear();
  token->stem.clear();
  if (shape.ascii) {
    token->norm.resize(source.size());
    for (size_t i = 0; i < source.size(); ++i) {
      const char c = source[i];
      token->norm[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
    }
  } else {
    AppendNormalized(source, 0, &token->norm, nullptr);
  }
  token->upper = shape.letters >= 2 && shape.upper_letters == shape.letters;
  token->capital = shape.first_letter_upper;
  token->numeric = shape.digits_only;
  if (token->numeric) {
    token->stem = token->norm;
  } else if (token->upper && shape.letters <= kMaxAcronymLetters) {
    token->stem = token->norm;
  } else if (shape.plural_acronym && shape.letters <= kMaxAcronymLetters + 1) {
    token->stem = SingularAcronym(token->norm);
  }
}

// Capital letters joined by a bare ampersand are one acronym ("R&D", "F&B",
// "A&R", "HR&GA"): UAX #29 splits them, and a title like "Head of A&R" would
// lose its last word. With spaces ("Sync & Licensing") the words stay apart.
bool AmpersandAcronym(std::string_view text, const Token& left, const Token& right) {
  if (right.begin != left.end + 1 || text[left.end] != '&') return false;
  auto capitals = [&](const Token& t) {  // ASCII capitals only, as many as an acronym has
    const CaseShape shape = ShapeOf(text.substr(t.begin, t.end - t.begin));
    return shape.ascii && shape.letters == t.end - t.begin && shape.letters <= kMaxAcronymLetters &&
           shape.upper_letters == shape.letters;
  };
  return capitals(left) && capitals(right);
}

}  // namespace

void WordTokenizer::Tokenize(std::string_view text, uint32_t begin, uint32_t end,
                             std::vector<Token>* out) {
  if (end <= begin) return;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUTF8(&utext, text.data() + begin, static_cast<int64_t>(end - begin), &status);
  words_->setText(&utext, status);
  if (U_FAILURE(status)) {
    utext_close(&utext);
    return;
  }
  out->reserve(out->size() + (end - begin) / 6 + 1);  // about one word per 6 bytes
  const size_t first = out->size();
  int32_t start = words_->first();
  for (int32_t stop = words_->next(); stop != icu::BreakIterator::DONE;
       start = stop, stop = words_->next()) {
    if (words_->getRuleStatus() < UBRK_WORD_NUMBER) continue;
    Token token;
    token.begin = begin + static_cast<uint32_t>(start);
    token.end = begin + static_cast<uint32_t>(stop);
    if (out->size() > first && AmpersandAcronym(text, out->back(), token)) {
      out->back().end = token.end;
      FillToken(text, &out->back());
      continue;
    }
    FillToken(text, &token);
    out->push_back(std::move(token));
  }
  utext_close(&utext);
}

void FinishTokens(const StopWords& stop_words, const IrregularForms& forms, Lang lang, std::vector<Token>* tokens) {
  for (Token& token : *tokens) {
    const bool acronym = !token.stem.empty() && !token.numeric;
    token.stop = !acronym && stop_words.In(token.norm, lang);
    if (token.stem.empty()) token.stem = StemThroughBase(forms, token.norm, lang);
  }
}

}  // namespace rolegraph::ingest
