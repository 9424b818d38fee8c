// Language identification by counting evidence, not by a statistical model:
// our documents mix languages, often English technical terms inside
// Indonesian prose ("kebutuhan akan cloud storage meningkat").
// Content words are therefore weak evidence, and function words decide:
//   - a stop word of exactly one language: 1 point for that language;
//   - a typical affix of exactly one language (language_affixes.tsv): 0.5.
// Acronyms and numbers give no evidence. A sentence is decided only with at
// least kMinSentenceWords words and a margin of kMinMargin points; headings
// such as "1. CEO" or "marketing-tech" fall back to the document language.

#include "language.h"

#include <string_view>

namespace rolegraph::ingest {
namespace {

constexpr float kStopWordWeight = 1.0f;
constexpr float kAffixWeight = 0.5f;
constexpr uint32_t kMinSentenceWords = 3;
constexpr float kMinMargin = 1.0f;

// The one language a bit set names, or kUnknown for none or several.
Lang Single(uint8_t bits) {
  if (bits == 0 || (bits & (bits - 1)) != 0) return Lang::kUnknown;
  unsigned lang = 1;
  while ((bits >> (lang - 1)) != 1u) ++lang;
  return static_cast<Lang>(lang);
}

}  // namespace

LanguageIdentifier::LanguageIdentifier(const LanguagePacks& packs, const StopWords& stop_words)
    : stop_words_(stop_words) {
  for (const LanguagePack& pack : packs.all()) {
    const uint8_t bit = LangBit(IndexLangOf(pack));
    if (bit == 0) continue;
    for (const WordTable::Row& row : pack.Table("language_affixes").rows()) {
      Affix affix;
      affix.text = row[0];
      affix.prefix = row.size() > 1 && row[1] == "prefix";
      affix.min_word = row.size() > 2 ? std::stoul("0" + row[2]) : 0;
      affix.lang_bit = bit;
      affixes_.push_back(std::move(affix));
    }
  }
}

LanguageEvidence LanguageIdentifier::Score(const std::vector<Token>& tokens) const {
  LanguageEvidence evidence;
  for (const Token& token : tokens) {
    if (token.numeric) continue;
    ++evidence.words;
    if (token.upper) continue;
    const std::string_view w = token.norm;
    const uint8_t stop = stop_words_.Languages(w);
    if (const Lang one = Single(stop); one != Lang::kUnknown) {
      evidence.points[static_cast<size_t>(one)] += kStopWordWeight;
      continue;
    }
    if (stop != 0) continue;  // in several lists ("per"): no evidence
    uint8_t affixed = 0;
    for (const Affix& a : affixes_) {
      if ((affixed & a.lang_bit) != 0 || w.size() < a.min_word) continue;
      if (a.prefix ? w.starts_with(a.text) : w.ends_with(a.text)) affixed |= a.lang_bit;
    }
    if (const Lang one = Single(affixed); one != Lang::kUnknown) {
      evidence.points[static_cast<size_t>(one)] += kAffixWeight;
    }
  }
  return evidence;
}

Lang DecideSentenceLanguage(const LanguageEvidence& e) {
  if (e.words < kMinSentenceWords) return Lang::kUnknown;
  const float en = e.points[static_cast<size_t>(Lang::kEn)];
  const float id = e.points[static_cast<size_t>(Lang::kId)];
  if (id >= en + kMinMargin) return Lang::kId;
  if (en >= id + kMinMargin) return Lang::kEn;
  return Lang::kUnknown;
}

Lang DecideTextLanguage(const LanguageEvidence& e) {
  return e.points[static_cast<size_t>(Lang::kId)] > e.points[static_cast<size_t>(Lang::kEn)] ? Lang::kId
                                                                                             : Lang::kEn;
}

}  // namespace rolegraph::ingest
