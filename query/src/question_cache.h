// What question analysis needs that does not depend on the question: the
// language packs' cue lists and their stems, whether a stem is a title's head
// word, and the corpus' roles with their names already tokenized. Building
// these per question was most of its analysis cost (issue 18: the cue sets
// were gathered and stemmed, and every alias of every role tokenized, on
// every ask). One cache per QueryEngine; the role part is kept for the
// database version it was read at, so a write shows in the next question.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/ingest/analyzer.h"
#include "word_classes.h"

namespace rolegraph::query {

// One cue list of every pack (questions mix languages) and the Snowball stems
// of its entries in one question language: a cue matches by word or by stem.
struct CueList {
  std::set<std::string> words;
  std::set<std::string> stems;
};

struct QuestionCues {
  CueList compare, duty, quantity, frame, what, who;
  CueList ors;         // "or", "atau": a question offering alternatives
  CueList recipients;  // "to", "kepada", "ke" before "whom"/"siapa": it asks who receives
};

// One word of a role name with the forms question analysis matches it by.
struct NameWord {
  std::string stem_en, stem_id;  // Snowball stems of the folded word in each index language
  std::string cognate;           // ingest::CognateKey of the folded word
  bool content = false;          // not a stop word, or an upper-case one ("IT")
};

// The corpus' roles at one database version.
struct RoleIndex {
  std::vector<index::RoleRecord> list;           // as Reader::ListRoles gives them
  std::map<std::string, index::RoleRecord> by_id;
  // For each role of kind "role" (in list order): the folded tokens of each
  // of its aliases and then its name, as FindRoles matches them.
  struct Names {
    std::string id;
    std::vector<std::vector<std::string>> tokens;
    // Per token of `tokens`, what the name-by-translation and
    // name-by-paraphrase passes compare a question word with; computed once
    // per version instead of per question (issue 18: re-tokenizing and
    // stemming every name was a sixth of a question's cost).
    std::vector<std::vector<NameWord>> words;
    // Per entry of `tokens`: a one-word name written in capitals ("KERJA",
    // "CARE"), which may also be an ordinary word of the question.
    std::vector<bool> capitals;
  };
  std::vector<Names> names;
  bool Known(const std::string& id) const { return by_id.count(id) > 0; }
};

class QuestionCache {
 public:
  explicit QuestionCache(const ingest::Analyzer& analyzer);

  // Cues for a question in `lang` (kEn or kId; anything else reads as kEn's).
  const QuestionCues& Cues(index::Lang lang) const;

  // The answer ranking's word classes of the analyzer's packs.
  const WordClasses& words() const { return words_; }

  // ingest::IsTitleHeadWord, remembered per word.
  bool IsTitleHeadWord(std::string_view word) const;

  // The roles of the reader's version, read and tokenized once per version.
  Result<std::shared_ptr<const RoleIndex>> Roles(index::Reader& reader) const;

 private:
  const ingest::Analyzer& analyzer_;
  std::map<index::Lang, QuestionCues> cues_;
  WordClasses words_;

  mutable std::shared_mutex title_mu_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  mutable std::unordered_map<std::string, bool, Hash, std::equal_to<>> title_heads_;

  mutable std::mutex roles_mu_;
  mutable uint64_t roles_version_ = 0;
  mutable std::shared_ptr<const RoleIndex> roles_;
};

}  // namespace rolegraph::query
