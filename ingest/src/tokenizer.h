// Word segmentation: ICU word boundaries -> Token with offsets into the
// analysed text, normalised form and case flags.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "rolegraph/ingest/analyzer.h"
#include "irregular_forms.h"
#include "stopwords.h"

namespace rolegraph::ingest {

// Not thread-safe: owns no state but drives the caller's BreakIterator, which
// must be a per-call (or per-thread) clone of a word-instance template.
class WordTokenizer {
 public:
  explicit WordTokenizer(icu::BreakIterator* words) : words_(words) {}

  // Appends the word tokens of text[begin, end) to *out; offsets index `text`.
  // Sets norm, begin/end, upper, capital, numeric; stem only for tokens whose
  // stem does not depend on language (numbers, acronyms), the rest is left
  // for FinishTokens once the sentence language is known.
  void Tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>* out);

 private:
  icu::BreakIterator* words_;
};

// Sets stop and the remaining stems in `lang` (kUnknown stems as English),
// an irregular form through its base.
void FinishTokens(const StopWords& stop_words, const IrregularForms& forms, Lang lang, std::vector<Token>* tokens);

}  // namespace rolegraph::ingest
