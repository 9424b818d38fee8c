// Small closed word classes the answer ranking needs, read from the language
// packs (articles, plural_markers, role_prepositions, contrast_words,
// negators, agent_markers, report_prepositions, transfer_targets) and kept as index stems of every pack's language,
// since sentences are matched by their index terms (stop words keep their
// stems in the index).
#pragma once

#include <set>
#include <string>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::query {

class WordClasses {
 public:
  explicit WordClasses(const ingest::Analyzer& analyzer);

  // "the", "a", "sang", "para": skipped before a role name.
  bool IsDeterminer(const std::string& stem) const { return determiners_.count(stem) > 0; }
  // Prepositions that take a role as their object ("kepada CEO", "with the CMO").
  bool IsPreposition(const std::string& stem) const { return prepositions_.count(stem) > 0; }
  // Words that set one thing against another ("sedangkan", "whereas", "vs").
  bool IsContrastWord(const std::string& stem) const { return contrasts_.count(stem) > 0; }
  // "bukan", "tidak", "not", "never": the next words are denied.
  bool IsNegation(const std::string& stem) const { return negations_.count(stem) > 0; }
  // "by" / "oleh" before a role name mark it as the doer of a passive verb.
  bool IsAgentMarker(const std::string& stem) const { return agents_.count(stem) > 0; }
  // "to", "kepada", "ke" before a role name mark it as the one who receives.
  bool IsRecipientMarker(const std::string& stem) const { return recipients_.count(stem) > 0; }

 private:
  std::set<std::string> determiners_, prepositions_, contrasts_, negations_, agents_, recipients_;
};

}  // namespace rolegraph::query
