// Which analysed sentences a block of the document model (blocks.h) holds:
// the bridge between the layout's lines and the analyser's sentences.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

// The sentences lying inside [begin, end), as [first, last).
inline std::pair<size_t, size_t> SentencesIn(const std::vector<AnalyzedSentence>& s, uint32_t begin, uint32_t end) {
  size_t first = 0;
  while (first < s.size() && s[first].end <= begin) ++first;
  size_t last = first;
  while (last < s.size() && s[last].begin < end) ++last;
  return {first, last};
}

}  // namespace rolegraph::ingest
