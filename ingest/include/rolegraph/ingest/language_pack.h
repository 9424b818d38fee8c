// Language knowledge as data (see docs/language-packs.md): one folder per
// language under data/lang/<code>/, loaded once and passed in through the
// Analyzer. Rule code asks a pack for a named word list or table and never
// spells a word of any language itself (the shape of spaCy's lang/ folders
// and Lucene's per-language resource files).
#pragma once

#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rolegraph/index/status.h"
#include "rolegraph/index/word_hash.h"

namespace rolegraph::ingest {

// Transparent hashing for every pack container, name and word: list names
// and words are hashed hundreds of times a question (index/word_hash.h).
// Only lookups depend on it; no order anyone reads comes from these
// containers.
using WordHash = index::WordHash;

// One <name>.txt file: folded entries (NFKC + case fold, single spaces), in
// file order. An entry may be a phrase ("in charge of").
class WordList {
 public:
  bool Contains(std::string_view folded) const { return set_.find(folded) != set_.end(); }
  const std::vector<std::string>& entries() const { return entries_; }
  bool empty() const { return entries_.empty(); }
  void Add(std::string entry);

 private:
  std::vector<std::string> entries_;
  std::unordered_set<std::string, WordHash, std::equal_to<>> set_;
};

// One <name>.tsv file: rows of tab-separated fields; the first field of each
// row is folded (it is the key), the others are kept as written.
class WordTable {
 public:
  using Row = std::vector<std::string>;
  const std::vector<Row>& rows() const { return rows_; }
  // The first row whose key is `folded`; nullptr when none.
  const Row* Find(std::string_view folded) const;
  void Add(Row row);

 private:
  std::vector<Row> rows_;
  std::unordered_map<std::string, size_t, WordHash, std::equal_to<>> first_row_;
};

class LanguagePack {
 public:
  const std::string& code() const { return code_; }        // "en", "id"
  const std::string& name() const { return name_; }        // "English"
  const std::string& stemmer() const { return stemmer_; }  // Snowball algorithm name
  // Word order of noun phrases: true where modifiers follow the head
  // ("manajer pemasaran"), false where they precede it ("marketing manager").
  bool head_first() const { return head_first_; }
  // The index language family this pack's text is posted and searched as
  // (pack.tsv `index_lang`; empty: the pack's own code). The index knows
  // "en" and "id"; a Malay pack may post as "id", its closest kin, so its
  // documents and questions meet Indonesian stems and lexicon entries.
  const std::string& index_lang() const { return index_lang_; }

  // A missing list or table is empty: a language without, say, honorifics
  // simply has none.
  const WordList& List(std::string_view name) const;
  const WordTable& Table(std::string_view name) const;
  bool Has(std::string_view list, std::string_view folded) const { return List(list).Contains(folded); }
  // Every list by name (LanguagePacks merges them).
  const std::unordered_map<std::string, WordList, WordHash, std::equal_to<>>& lists() const { return lists_; }

  // Reads data/lang/<code>/: pack.tsv (required) and every *.txt and *.tsv.
  static Result<LanguagePack> Load(const std::string& folder);

 private:
  std::string code_, name_, stemmer_, index_lang_;
  bool head_first_ = false;
  // Hashed by name: rules ask for a list by name thousands of times per
  // document and per question, and a tree of ~100 names cost ~300
  // instructions per lookup (issue 18). Only LanguagePacks::Load iterates
  // them, into a union where order is moot.
  std::unordered_map<std::string, WordList, WordHash, std::equal_to<>> lists_;
  std::unordered_map<std::string, WordTable, WordHash, std::equal_to<>> tables_;
};

// Every pack under one folder, in code order.
class LanguagePacks {
 public:
  static Result<LanguagePacks> Load(const std::string& dir);
  const LanguagePack* Find(std::string_view code) const;
  const std::vector<LanguagePack>& all() const { return packs_; }
  // Rules that read text of any language (documents mix them) ask every
  // pack: true when any pack's list holds the folded word or phrase.
  bool AnyHas(std::string_view list, std::string_view folded) const;
  // True when the folded word ends with an entry of any pack's list and more
  // than `min_stem` bytes come before it.
  bool AnySuffix(std::string_view list, std::string_view folded, size_t min_stem) const;
  // The first pack's row of `table` for the folded word; null when no pack has one.
  const WordTable::Row* AnyRow(std::string_view table, std::string_view folded) const;

  // A table rule code derives from the packs (LoanHeads, agent_nouns.h),
  // built by `build` on the first call for `name` and shared after: the
  // packs never change once loaded, and rebuilding such a table for every
  // question cost ~40% of the question's analysis (issue 18). Thread-safe;
  // `build` must not call Derived itself.
  template <class T>
  std::shared_ptr<const T> Derived(std::string_view name, const std::function<std::shared_ptr<const T>()>& build) const {
    return std::static_pointer_cast<const T>(
        DerivedErased(name, [&]() -> std::shared_ptr<const void> { return build(); }));
  }

  // Which loaded set these are, for a per-thread memo of a rule over them:
  // the same for copies of one set. A memo keeps identity_holder() so the
  // address is not reused by another set while it compares against it.
  const void* identity() const { return derived_.get(); }
  std::shared_ptr<const void> identity_holder() const { return derived_; }

 private:
  std::shared_ptr<const void> DerivedErased(std::string_view name,
                                            const std::function<std::shared_ptr<const void>()>& build) const;

  std::vector<LanguagePack> packs_;
  // Derived's tables; shared by copies, which hold the same packs.
  struct DerivedTables {
    std::mutex mu;
    std::map<std::string, std::shared_ptr<const void>, std::less<>> by_name;
  };
  std::shared_ptr<DerivedTables> derived_ = std::make_shared<DerivedTables>();
  // Per list name, the union of every pack's entries, built once by Load:
  // AnyHas then hashes the name and the word once each, not once per pack
  // (a question's role patterns ask it hundreds of times; issue 18).
  std::unordered_map<std::string, std::unordered_set<std::string, WordHash, std::equal_to<>>, WordHash, std::equal_to<>>
      any_lists_;
};

// $ROLEGRAPH_LANG_DIR when set, else share/rolegraph/lang found next to the
// executable (install_layout.h; the build tree links it to data/lang).
std::string DefaultLanguageDir();

}  // namespace rolegraph::ingest
