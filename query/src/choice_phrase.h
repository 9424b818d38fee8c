// The second role of a choice question that the role patterns did not read
// as a name: "..., the treasurer or the marshal?" where the documents call
// the marshal "Road Safety Marshal", or "Kasir atau petugas keselamatan?"
// for a "Safety Officer".
#pragma once

#include <set>
#include <string>
#include <vector>

#include "question_cache.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::query {

struct ChoicePhrase {
  size_t first = 0, last = 0;  // token span of the phrase, inclusive
  std::string id;              // the role it names
};

// A word between an "or" and the role it offers: an article or a
// reporting preposition ("... or to the Y?").
bool IsChoiceLeadIn(const ingest::LanguagePacks& packs, const ingest::Token& t);

// For each "or" word with a role mention (is_role) on one side and a short
// noun phrase on the other, the one role whose name holds every content
// word of that phrase, directly, by stem in either language or through a
// translation. A phrase two roles' names hold equally well names neither.
std::vector<ChoicePhrase> ResolveChoicePhrases(const std::string& question, const std::vector<ingest::Token>& toks,
                                               const std::vector<bool>& is_role,
                                               const std::set<std::string>& or_words,
                                               const ingest::Analyzer& analyzer, const Lexicon& lexicon, Lang lang,
                                               const RoleIndex& roles);

}  // namespace rolegraph::query
