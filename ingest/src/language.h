// Language identification from the tokens of a span, by evidence the packs
// give (stop_words.txt, language_affixes.tsv); every language is one of the
// index's languages (a pack's IndexLangOf).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "rolegraph/ingest/analyzer.h"
#include "stopwords.h"

namespace rolegraph::ingest {

struct LanguageEvidence {
  // Points per index language, by its Lang value (kEn = 1, kId = 2).
  std::array<float, 3> points{};
  float& en() { return points[static_cast<size_t>(Lang::kEn)]; }
  float& id() { return points[static_cast<size_t>(Lang::kId)]; }
  uint32_t words = 0;  // word tokens that are not numbers

  void Add(const LanguageEvidence& other) {
    for (size_t i = 0; i < points.size(); ++i) points[i] += other.points[i];
    words += other.words;
  }
};

class LanguageIdentifier {
 public:
  LanguageIdentifier(const LanguagePacks& packs, const StopWords& stop_words);

  // Needs Token::norm and the flags only (stems are not required).
  LanguageEvidence Score(const std::vector<Token>& tokens) const;

 private:
  struct Affix {
    std::string text;
    bool prefix = false;
    size_t min_word = 0;  // bytes; shorter words are too ambiguous
    uint8_t lang_bit = 0;
  };
  const StopWords& stop_words_;
  std::vector<Affix> affixes_;
};

// A sentence inside a document: kUnknown when it is too short or the evidence
// too close, so that the caller can give it the document's language.
Lang DecideSentenceLanguage(const LanguageEvidence& evidence);

// A standalone text (a question, a whole document): the language with more
// evidence; English when tied or without evidence.
Lang DecideTextLanguage(const LanguageEvidence& evidence);

}  // namespace rolegraph::ingest
