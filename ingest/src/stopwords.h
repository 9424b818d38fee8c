// Function words per language: kept in token streams for positions, never
// posted as index terms, and the main evidence for language identification.
#pragma once

#include <cstdint>
#include <string_view>

#include "rolegraph/index/records.h"

namespace rolegraph::ingest {

inline constexpr uint8_t kStopEnglish = 1;
inline constexpr uint8_t kStopIndonesian = 2;

// Bit set of kStopEnglish / kStopIndonesian: one look-up for both languages.
uint8_t StopWordLanguages(std::string_view norm_word);

bool IsEnglishStopWord(std::string_view norm_word);
bool IsIndonesianStopWord(std::string_view norm_word);

// kUnknown: a stop word in either language.
bool IsStopWordIn(std::string_view norm_word, index::Lang lang);

}  // namespace rolegraph::ingest
