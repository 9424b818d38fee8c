// Language identification by counting evidence, not by a statistical model:
// our documents are Indonesian or English, often mixing English technical
// terms into Indonesian prose ("tingginya demand terhadap digital experience").
// Content words are therefore weak evidence, and function words decide:
//   - a stop word of exactly one language: 1 point for that language;
//   - a typical affix: 0.5 points. Indonesian: meng-/meny-/memb-/memp-/ber-/
//     ter-/peng-/peny- prefixes and -kan/-nya/-lah suffixes. English: -tion,
//     -sion, -ness, -ly, -ed suffixes. Affixes shared with common English words
//     ("member", "performance", "term") are left out on purpose.
// Acronyms and numbers give no evidence. A sentence is decided only with at
// least kMinSentenceWords words and a margin of kMinMargin points; headings
// such as "1. CEO" or "marketing-tech" fall back to the document language.

#include "language.h"

#include <string_view>

#include "stopwords.h"

namespace rolegraph::ingest {
namespace {

constexpr float kStopWordWeight = 1.0f;
constexpr float kAffixWeight = 0.5f;
constexpr uint32_t kMinSentenceWords = 3;
constexpr float kMinMargin = 1.0f;
constexpr size_t kMinAffixedWord = 6;  // bytes; shorter words are too ambiguous

// Literal affixes one by one (not a loop over a list) so the compiler turns
// each test into a fixed-size compare: this runs for almost every token.
bool HasIndonesianAffix(std::string_view w) {
  if (w.size() < kMinAffixedWord) return false;
  return w.starts_with("meng") || w.starts_with("meny") || w.starts_with("memb") ||
         w.starts_with("memp") || w.starts_with("peng") || w.starts_with("peny") ||
         w.starts_with("ber") || w.starts_with("ter") || w.ends_with("kan") || w.ends_with("nya") ||
         w.ends_with("lah");
}

bool HasEnglishAffix(std::string_view w) {
  if (w.size() < kMinAffixedWord - 1) return false;
  return w.ends_with("tion") || w.ends_with("sion") || w.ends_with("tions") || w.ends_with("ness") ||
         w.ends_with("ments") || w.ends_with("ly") || w.ends_with("ed");
}

}  // namespace

LanguageEvidence ScoreLanguage(const std::vector<Token>& tokens) {
  LanguageEvidence evidence;
  for (const Token& token : tokens) {
    if (token.numeric) continue;
    ++evidence.words;
    if (token.upper) continue;
    const std::string_view w = token.norm;
    const uint8_t stop = StopWordLanguages(w);
    const bool en_stop = (stop & kStopEnglish) != 0;
    const bool id_stop = (stop & kStopIndonesian) != 0;
    if (en_stop != id_stop) {
      (en_stop ? evidence.en : evidence.id) += kStopWordWeight;
      continue;
    }
    if (en_stop) continue;  // in both lists ("per"): no evidence
    const bool id_affix = HasIndonesianAffix(w);
    const bool en_affix = HasEnglishAffix(w);
    if (id_affix != en_affix) (id_affix ? evidence.id : evidence.en) += kAffixWeight;
  }
  return evidence;
}

Lang DecideSentenceLanguage(const LanguageEvidence& evidence) {
  if (evidence.words < kMinSentenceWords) return Lang::kUnknown;
  if (evidence.id >= evidence.en + kMinMargin) return Lang::kId;
  if (evidence.en >= evidence.id + kMinMargin) return Lang::kEn;
  return Lang::kUnknown;
}

Lang DecideTextLanguage(const LanguageEvidence& evidence) {
  return evidence.id > evidence.en ? Lang::kId : Lang::kEn;
}

}  // namespace rolegraph::ingest
