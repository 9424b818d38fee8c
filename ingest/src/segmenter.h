// Sentence segmentation of a whole document.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <unicode/brkiter.h>

#include "rolegraph/ingest/language_pack.h"

namespace rolegraph::ingest {

struct SentenceSpan {
  uint32_t begin = 0;  // byte offsets into the text, trimmed of white space
  uint32_t end = 0;
  bool heading = false;
};

// `sentences` must be a per-call clone of an ICU sentence-instance template.
// Every line break ends a sentence; empty lines give none. A period after an
// abbreviation of `packs` (abbreviations.txt) ends none.
std::vector<SentenceSpan> SegmentSentences(std::string_view text, icu::BreakIterator* sentences,
                                           const LanguagePacks& packs);

}  // namespace rolegraph::ingest
