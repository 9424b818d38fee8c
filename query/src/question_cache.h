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
#include <unordered_set>
#include <utility>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/index/word_hash.h"
#include "rolegraph/ingest/analyzer.h"
#include "concept_terms.h"
#include "relation_index.h"
#include "rolegraph/query/lexicon.h"
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
  CueList receives;    // "receives", "menerima": it asks who receives what another hands on
  CueList which;       // "which", "mana" beside a unit noun: it asks for a unit
  CueList past;        // "previously", "dulu": it asks how things were
  CueList excludes;    // "apart from", "selain": the role named next is set aside
};

// One word of a role name with the forms question analysis matches it by.
struct NameWord {
  std::string stem_en, stem_id;  // Snowball stems of the folded word in each index language
  std::string cognate;           // ingest::CognateKey of the folded word
  bool content = false;          // not a stop word, or an upper-case one ("IT")
};

// Hash for string keys looked up by std::string_view: the short-key hash
// (index/word_hash.h). These tables are looked up, never iterated.
using ViewHash = index::WordHash;

// The corpus' roles at one database version.
struct RoleIndex {
  std::vector<index::RoleRecord> list;           // as Reader::ListRoles gives them
  std::map<std::string, index::RoleRecord> by_id;
  // For each role of kind "role" or "org_unit" (in list order): the folded
  // tokens of each of its aliases and then its name, as FindRoles matches
  // them. A question may name a body as its subject ("Who does the audit
  // committee report to?"); role_ids keeps the answers' kind apart.
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
    uint32_t facts = 0;  // RoleRecord::facts of `id`
  };
  std::vector<Names> names;
  // Every alias token list of `names` by its first token, as (names index,
  // tokens index): a question finds the aliases starting at each of its
  // words with one lookup instead of comparing every alias at every
  // position (issue 18; that loop grew with the number of roles).
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, uint32_t>>, ViewHash, std::equal_to<>> alias_starts;
  // Ids of the roles of kind "role": the answer ranking asks for every
  // mention of every candidate sentence.
  std::unordered_set<std::string, ViewHash, std::equal_to<>> role_ids;
  bool Known(const std::string& id) const { return by_id.count(id) > 0; }
  bool IsRole(std::string_view id) const { return role_ids.find(id) != role_ids.end(); }
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

  // ingest::HeadGlossedAs over the analyzer's packs (asked only of the few
  // expansions that are title heads: not remembered).
  bool HeadGlossedAs(std::string_view head, std::string_view english) const;

  // IsTitleHeadWord of each stem of a lexicon entry (Lexicon::ExpandView),
  // expansion by expansion and stem by stem, remembered per entry: one
  // lookup per question word instead of one per stem (issue 18). Keyed by
  // the entry's address, so only for entries the lexicon owns: they stay
  // put and unchanged as long as the lexicon, which outlives the engine.
  std::shared_ptr<const std::vector<bool>> TitleHeadFlags(const std::vector<Expansion>& lexicon_entry) const;

  // ingest::CognateKey, remembered per word: a question looks up the
  // cognates of each content word and its stem, and the key's folding cost
  // more than the lookup (issue 18).
  std::string CognateKey(std::string_view word) const;

  // The terms a question word on its own (in no lexicon phrase) expands to
  // at the reader's version: its stem, loanword stems, lexicon meanings and
  // cognates, as ParseQuestion gathers them. `key` names everything that
  // gathering reads of the word (WordTermsKey in question.cc); the corpus'
  // cognates make it per version. Null when not remembered: the question
  // gathers them and calls RememberWordTerms. Gathering them again for each
  // question was a fifth of its cost (issue 18).
  std::shared_ptr<const TermList> WordTerms(std::string_view key, uint64_t version) const;
  void RememberWordTerms(std::string_view key, uint64_t version, std::shared_ptr<const TermList> terms) const;

  // The roles of the reader's version, read and tokenized once per version.
  Result<std::shared_ptr<const RoleIndex>> Roles(index::Reader& reader) const;

  // Every pack's question_relations.tsv rows (of at least three fields)
  // whose word is `word`, in pack and row order; nullptr when none. One
  // lookup per question word instead of a scan of every row (issue 18).
  const std::vector<const ingest::WordTable::Row*>* RelationRows(std::string_view word) const {
    auto it = relation_rows_.find(word);
    return it == relation_rows_.end() ? nullptr : &it->second;
  }

  // The responsibility-matrix predicate a question word asks for
  // (question_grades.tsv of every pack: "accountable" -> accountable_for);
  // nullptr when the word asks for none.
  const std::string* GradeOf(std::string_view word) const {
    auto it = grades_.find(word);
    return it == grades_.end() ? nullptr : &it->second;
  }

  // The relation facts of the reader's version, indexed once per version.
  Result<std::shared_ptr<const RelationIndex>> Relations(index::Reader& reader) const { return relations_.Get(reader); }

  // One role's relation facts of one predicate at the reader's version,
  // read once per version (relation_index.h).
  Result<std::shared_ptr<const std::vector<index::FactRecord>>> SubjectFacts(index::Reader& reader,
                                                                           std::string_view role,
                                                                           std::string_view predicate) const {
    return subject_facts_.Get(reader, role, predicate);
  }

 private:
  const ingest::Analyzer& analyzer_;
  std::map<index::Lang, QuestionCues> cues_;
  WordClasses words_;
  std::unordered_map<std::string, std::vector<const ingest::WordTable::Row*>, ViewHash, std::equal_to<>>
      relation_rows_;
  std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> grades_;

  mutable std::shared_mutex title_mu_;
  mutable std::unordered_map<std::string, bool, ViewHash, std::equal_to<>> title_heads_;
  mutable std::shared_mutex title_flags_mu_;
  mutable std::unordered_map<const std::vector<Expansion>*, std::shared_ptr<const std::vector<bool>>> title_flags_;
  mutable std::shared_mutex cognate_mu_;
  mutable std::unordered_map<std::string, std::string, ViewHash, std::equal_to<>> cognate_keys_;

  mutable std::shared_mutex word_terms_mu_;
  mutable uint64_t word_terms_version_ = 0;
  mutable std::unordered_map<std::string, std::shared_ptr<const TermList>, ViewHash, std::equal_to<>> word_terms_;

  mutable std::mutex roles_mu_;
  mutable uint64_t roles_version_ = 0;
  mutable std::shared_ptr<const RoleIndex> roles_;

  RelationIndexCache relations_;
  SubjectFactsCache subject_facts_;
};

}  // namespace rolegraph::query
