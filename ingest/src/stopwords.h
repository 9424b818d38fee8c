// Function words per language (stop_words.txt of each pack): kept in token
// streams for positions, never posted as index terms, and the main evidence
// for language identification.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/index/records.h"
#include "rolegraph/ingest/language_pack.h"

namespace rolegraph::ingest {

// Bit of a language in StopWords::Languages: 1 << (Lang - 1).
constexpr uint8_t LangBit(index::Lang lang) {
  return lang == index::Lang::kUnknown ? 0 : static_cast<uint8_t>(1u << (static_cast<unsigned>(lang) - 1));
}
inline constexpr uint8_t kStopEnglish = LangBit(index::Lang::kEn);
inline constexpr uint8_t kStopIndonesian = LangBit(index::Lang::kId);

// The index language a pack posts as: its own code when the index knows it
// (pack.tsv `index_lang` may name another, e.g. a Malay pack posting as
// Indonesian); kUnknown when none.
index::Lang IndexLangOf(const LanguagePack& pack);

// Every pack's stop words in one open-addressing table: every token is looked
// up twice (language scoring, stop flag), and binary search over string
// views showed up as the top cost (memcmp) when profiling Analyze.
// Immutable after construction, so safe to share between threads.
class StopWords {
 public:
  explicit StopWords(const LanguagePacks& packs);

  // Bit set of LangBit(lang): one look-up for every language.
  uint8_t Languages(std::string_view norm_word) const;
  // kUnknown: a stop word in any language.
  bool In(std::string_view norm_word, index::Lang lang) const;

 private:
  struct Slot {
    std::string word;
    uint32_t hash = 0;
    uint8_t languages = 0;
  };
  void Insert(std::string_view w, uint8_t language);

  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  size_t longest_ = 0;
};

}  // namespace rolegraph::ingest
