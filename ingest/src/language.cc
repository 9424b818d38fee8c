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

bool HasIndonesianAffix(std::string_view w) {
  if (w.size() < kMinAffixedWord) return false;
  for (std::string_view prefix : {"meng", "meny", "memb", "memp", "peng", "peny", "ber", "ter"}) {
    if (w.starts_with(prefix)) return true;
  }
  for (std::string_view suffix : {"kan", "nya", "lah"}) {
    if (w.ends_with(suffix)) return true;
  }
  return false;
}

bool HasEnglishAffix(std::string_view w) {
  if (w.size() < kMinAffixedWord - 1) return false;
  for (std::string_view suffix : {"tion", "sion", "ness", "ly", "ed", "tions", "ments"}) {
    if (w.ends_with(suffix)) return true;
  }
  return false;
}

}  // namespace

LanguageEvidence ScoreLanguage(const std::vector<Token>& tokens) {
  LanguageEvidence evidence;
  for (const Token& token : tokens) {
    if (token.numeric) continue;
    ++evidence.words;
    if (token.upper) continue;
    const std::string_view w = token.norm;
    const bool en_stop = IsEnglishStopWord(w);
    const bool id_stop = IsIndonesianStopWord(w);
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
