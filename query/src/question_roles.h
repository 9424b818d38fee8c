// The roles a question names: by the ingest title patterns, by the names
// and aliases the documents gave them, by a translation of a name, by a
// paraphrase of a title's words (relation questions), and the ones it
// offers as alternatives ("the Head Chef or the Sous Chef?").
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/lexicon.h"
#include "question_cache.h"

namespace rolegraph::query {

// Where the question names one role: tokens [first, last].
struct RoleMentionSpan {
  size_t first, last;
  std::string id;
};

// Marks tokens that name a role of the corpus: by the ingest patterns (so a
// title in either language gets its language-neutral id), by the aliases
// documents gave it and, failing those, by a translation of a name; returns
// role ids in order. `unknown_named`: the patterns read a title no document
// has, and no translation names one of ours there.
std::vector<std::string> FindRoles(const std::string& question, Lang lang,
                                   const std::vector<ingest::AnalyzedSentence>& analyzed,
                                   const ingest::Analyzer& analyzer, const Lexicon& lexicon, const RoleIndex& roles,
                                   std::vector<bool>* is_role, bool* unknown_named,
                                   std::vector<RoleMentionSpan>* mentions);

// A relation question that names its role by a paraphrase of the title
// ("the head of the loading section" for "Kepala Seksi Bongkar Muat"): the
// role whose name words the question's words cover, directly or through a
// translation, or empty. Marks the covered words.
std::string ResolveRoleByWords(const std::vector<ingest::Token>& toks, const ingest::Analyzer& analyzer,
                               const Lexicon& lexicon, Lang lang, const RoleIndex& roles, const QuestionCache& cache,
                               std::vector<bool>* is_role);

// The roles a question offers as alternatives: the mentions right before and
// right after an "or" word ("..., the Head Chef or the Sous Chef?",
// "Kasir atau Kepala Toko?"), articles and commas between.
std::vector<std::string> OfferedChoices(const std::vector<ingest::Token>& toks,
                                        const std::vector<RoleMentionSpan>& mentions,
                                        const std::set<std::string>& or_words, const ingest::LanguagePacks& packs);

// The other side of an "or" whose one side names a role: a phrase that
// names another role of ours by its words (choice_phrase.h) is a mention,
// added to `mentions` and `ids` (in the question's order).
void AddChoicePhrases(const std::string& question, const std::vector<ingest::Token>& toks,
                      const std::set<std::string>& or_words, const ingest::Analyzer& analyzer, const Lexicon& lexicon,
                      Lang lang, const RoleIndex& roles, std::vector<bool>* is_role,
                      std::vector<RoleMentionSpan>* mentions, std::vector<std::string>* ids);

}  // namespace rolegraph::query
