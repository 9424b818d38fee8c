// Indonesian / English identification from the tokens of a span.
#pragma once

#include <cstdint>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

struct LanguageEvidence {
  float en = 0.0f;
  float id = 0.0f;
  uint32_t words = 0;  // word tokens that are not numbers

  void Add(const LanguageEvidence& other) {
    en += other.en;
    id += other.id;
    words += other.words;
  }
};

// Needs Token::norm and the flags only (stems are not required).
LanguageEvidence ScoreLanguage(const std::vector<Token>& tokens);

// A sentence inside a document: kUnknown when it is too short or the evidence
// too close, so that the caller can give it the document's language.
Lang DecideSentenceLanguage(const LanguageEvidence& evidence);

// A standalone text (a question, a whole document): the language with more
// evidence; English when tied or without evidence.
Lang DecideTextLanguage(const LanguageEvidence& evidence);

}  // namespace rolegraph::ingest
