// Small closed word classes the answer ranking needs, read from the language
// packs (articles, plural_markers, role_prepositions, contrast_words,
// negators, agent_markers, report_prepositions, transfer_targets, focus_particles,
// contrast_cues) and kept as index stems of every pack's language,
// since sentences are matched by their index terms (stop words keep their
// stems in the index).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::query {

class WordClasses {
 public:
  // Hashed: the ranking asks about the words before every role mention of
  // every candidate sentence, and an ordered set's string comparisons were a
  // visible share of scoring (issue 18).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;

  explicit WordClasses(const ingest::Analyzer& analyzer);

  // "the", "a", "sang", "para": skipped before a role name.
  bool IsDeterminer(const std::string& stem) const { return determiners_.count(stem) > 0; }
  // Prepositions that take a role as their object ("kepada CEO", "with the CMO").
  bool IsPreposition(const std::string& stem) const { return prepositions_.count(stem) > 0; }
  // Words that set one thing against another ("sedangkan", "whereas", "vs").
  bool IsContrastWord(const std::string& stem) const { return contrasts_.count(stem) > 0; }
  // "bukan", "tidak", "not", "never": the next words are denied.
  bool IsNegation(const std::string& stem) const { return negations_.count(stem) > 0; }
  // "only", "hanya": after a negator they make "not only", which denies nothing.
  bool IsFocusParticle(const std::string& stem) const { return focus_particles_.count(stem) > 0; }
  // "but", "melainkan": after a denied stretch, what follows is affirmed.
  bool IsContrastCue(const std::string& stem) const { return contrast_cues_.count(stem) > 0; }
  // "by" / "oleh" before a role name mark it as the doer of a passive verb.
  bool IsAgentMarker(const std::string& stem) const { return agents_.count(stem) > 0; }
  // "to", "kepada", "ke" before a role name mark it as the one who receives.
  bool IsRecipientMarker(const std::string& stem) const { return recipients_.count(stem) > 0; }

 private:
  Set determiners_, prepositions_, contrasts_, negations_, agents_, recipients_, focus_particles_, contrast_cues_;
};

}  // namespace rolegraph::query
