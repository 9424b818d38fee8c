// Small closed word classes the answer ranking needs, read from the language
// packs (articles, plural_markers, role_prepositions, contrast_words,
// negators, agent_markers, report_prepositions, transfer_targets, focus_particles,
// contrast_cues, and_words) and kept as index stems of every pack's language,
// since sentences are matched by their index terms (stop words keep their
// stems in the index).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rolegraph/index/word_hash.h"
#include "rolegraph/ingest/analyzer.h"
#include "term_filter.h"

namespace rolegraph::query {

class WordClasses {
 public:
  // Hashed: the ranking asks about the words before every role mention of
  // every candidate sentence, and an ordered set's string comparisons were a
  // visible share of scoring (issue 18).
  // The short-key hash (index/word_hash.h); the sets are never iterated.
  using Hash = index::WordHash;
  using Set = std::unordered_set<std::string, Hash, std::equal_to<>>;
  // One class of words. Most words asked about are content words of no
  // class: a bit filter of the class's words turns them away before the
  // hash (issue 18); a set bit only sends the word on to the set, so the
  // answer is the set's.
  struct Class {
    void Insert(const std::string& word) {
      filter.Add(word);
      words.insert(word);
    }
    bool Has(std::string_view word) const { return filter.MayHold(word) && words.find(word) != words.end(); }
    TermFilter filter;
    Set words;
  };

  explicit WordClasses(const ingest::Analyzer& analyzer);

  // "the", "a", "sang", "para": skipped before a role name.
  bool IsDeterminer(const std::string& stem) const { return determiners_.Has(stem); }
  // Prepositions that take a role as their object ("kepada CEO", "with the CMO").
  bool IsPreposition(const std::string& stem) const { return prepositions_.Has(stem); }
  // Words that set one thing against another ("sedangkan", "whereas", "vs").
  bool IsContrastWord(const std::string& stem) const { return contrasts_.Has(stem); }
  // "bukan", "tidak", "not", "never": the next words are denied.
  bool IsNegation(const std::string& stem) const { return negations_.Has(stem); }
  // "only", "hanya": after a negator they make "not only", which denies nothing.
  bool IsFocusParticle(const std::string& stem) const { return focus_particles_.Has(stem); }
  // "but", "melainkan": after a denied stretch, what follows is affirmed.
  bool IsContrastCue(const std::string& stem) const { return contrast_cues_.Has(stem); }
  // "and", "dan": joins two clauses that share what opens the sentence.
  bool IsAnd(const std::string& stem) const { return ands_.Has(stem); }
  // "by" / "oleh" before a role name mark it as the doer of a passive verb.
  bool IsAgentMarker(const std::string& stem) const { return agents_.Has(stem); }
  // "to", "kepada", "ke" before a role name mark it as the one who receives.
  bool IsRecipientMarker(const std::string& stem) const { return recipients_.Has(stem); }
  // "rests with", "belongs to", "berada di tangan" (duty_holder_phrases.txt)
  // ending right before term `end` of `s`: the name after them holds the
  // duty named before, as an agent does.
  bool HolderPhraseEndsAt(const index::SentenceRecord& s, uint32_t end) const;

 private:
  Class determiners_, prepositions_, contrasts_, negations_, agents_, recipients_, focus_particles_, contrast_cues_, ands_;
  std::vector<std::vector<std::string>> holder_phrases_;  // stems, in each pack's language
  // Their last words: the ranking asks before every role mention of every
  // candidate sentence, and almost no word ends one (issue 18).
  Class holder_phrase_ends_;
};

}  // namespace rolegraph::query
