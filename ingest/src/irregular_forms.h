// Irregular inflections a Snowball stemmer leaves alone ("sent", "children"):
// each pack's irregular_forms.tsv names their base, and the analyzer stems
// the base instead, so "are sent by" matches "who sends" (and its
// translations) the way "are delivered by" matches "who delivers".
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <unordered_map>

#include "rolegraph/index/records.h"
#include "rolegraph/ingest/language_pack.h"

namespace rolegraph::ingest {

// Immutable after construction, so safe to share between threads.
class IrregularForms {
 public:
  explicit IrregularForms(const LanguagePacks& packs);

  // The base `norm_word` inflects in `lang` (kUnknown reads as English, as
  // stemming does), or `norm_word` itself.
  std::string_view BaseOf(std::string_view norm_word, index::Lang lang) const;

 private:
  using Bases = std::unordered_map<std::string, std::string, WordHash, std::equal_to<>>;
  std::array<Bases, 3> by_lang_;  // indexed by index::Lang
};

// The stem of `norm_word` in `lang`, through its base where it has one.
std::string StemThroughBase(const IrregularForms& forms, std::string_view norm_word, index::Lang lang);

}  // namespace rolegraph::ingest
