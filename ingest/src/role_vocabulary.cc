#include "role_vocabulary.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <unordered_map>
#include <utility>
#include <vector>

namespace rolegraph::ingest {
namespace {

// FLAGS column: comma-separated words.
bool HasFlag(const WordTable::Row& row, size_t column, std::string_view flag) {
  if (row.size() <= column) return false;
  std::string_view flags = row[column];
  while (!flags.empty()) {
    const size_t comma = flags.find(',');
    if (flags.substr(0, comma) == flag) return true;
    if (comma == std::string_view::npos) break;
    flags.remove_prefix(comma + 1);
  }
  return false;
}

std::optional<HeadNoun> HeadFrom(const LanguagePack& pack, const WordTable::Row& row) {
  if (row.size() < 2) return std::nullopt;
  HeadNoun head;
  head.english = row[1];
  head.org_unit = HasFlag(row, 2, "unit");
  head.standalone = HasFlag(row, 2, "standalone");
  head.titled = HasFlag(row, 2, "titled");
  head.leads = HasFlag(row, 2, "leads");
  head.place = HasFlag(row, 2, "place");
  head.cased = HasFlag(row, 2, "cased");
  head.members = HasFlag(row, 2, "members");
  head.known_field = HasFlag(row, 2, "known_field");
  head.owns = HasFlag(row, 2, "owns");
  head.lower_only = HasFlag(row, 2, "lower");
  head.person_only = HasFlag(row, 2, "person");
  head.ranks_after = HasFlag(row, 2, "ranks_after");
  head.prefix_modifiers = !pack.head_first();
  return head;
}

std::optional<HeadNoun> FindIn(const LanguagePacks& packs, std::string_view table, std::string_view norm,
                               bool head_last_only) {
  for (const LanguagePack& pack : packs.all()) {
    if (head_last_only && pack.head_first()) continue;
    if (const WordTable::Row* row = pack.Table(table).Find(norm)) return HeadFrom(pack, *row);
  }
  return std::nullopt;
}

// Rows of any pack's modifier table with this concept key.
template <typename Fn>
bool AnyModifierRow(const LanguagePacks& packs, std::string_view key, Fn&& pred) {
  for (const LanguagePack& pack : packs.all())
    for (const WordTable::Row& row : pack.Table("role_modifiers").rows())
      if (row.size() >= 2 && row[1] == key && pred(row)) return true;
  return false;
}

constexpr size_t kMinSingular = 4;  // "bus" is no plural of "bu"

// Calls fn(singular) for each plural suffix the word ends with, in the
// packs' order, until fn returns true: "coaches" is "coache" by "-s" and
// "coach" by "-es"; a table lookup decides which is a word.
template <typename Fn>
void ForEachSingular(const LanguagePacks& packs, std::string_view norm, Fn&& fn) {
  for (const LanguagePack& pack : packs.all())
    for (const std::string& suffix : pack.List("plural_suffixes").entries())
      if (norm.size() >= suffix.size() + kMinSingular && norm.ends_with(suffix) &&
          fn(norm.substr(0, norm.size() - suffix.size())))
        return;
}

}  // namespace

std::string_view Singular(const LanguagePacks& packs, std::string_view norm) {
  std::string_view first;
  ForEachSingular(packs, norm, [&](std::string_view singular) {
    first = singular;
    return true;
  });
  return first;
}

std::vector<std::string_view> Singulars(const LanguagePacks& packs, std::string_view norm) {
  std::vector<std::string_view> all;
  ForEachSingular(packs, norm, [&](std::string_view singular) {
    all.push_back(singular);
    return false;
  });
  return all;
}

namespace {

std::optional<HeadNoun> FindInHeadTable(const LanguagePacks& packs, std::string_view table, std::string_view norm) {
  if (auto head = FindIn(packs, table, norm, false)) return head;
  // Plurals ("managers", "coaches") in the languages whose heads inflect that way.
  std::optional<HeadNoun> found;
  ForEachSingular(packs, norm, [&](std::string_view singular) {
    found = FindIn(packs, table, singular, true);
    return found.has_value();
  });
  return found;
}

// "subdivision", "subbidang": a unit head behind a prefix of subordinate
// units (unit_prefixes.txt) names a unit below that one. The word itself is
// its key and name: no table translates it.
std::optional<HeadNoun> PrefixedUnitWord(const LanguagePacks& packs, std::string_view word) {
  constexpr size_t kMinUnitStem = 4;  // "subunit" is too short to tell apart
  for (const LanguagePack& pack : packs.all()) {
    for (const std::string& prefix : pack.List("unit_prefixes").entries()) {
      if (word.size() < prefix.size() + kMinUnitStem || !word.starts_with(prefix)) continue;
      const WordTable::Row* row = pack.Table("role_heads").Find(word.substr(prefix.size()));
      if (row == nullptr) continue;
      std::optional<HeadNoun> head = HeadFrom(pack, *row);
      if (!head || !head->org_unit || head->place) continue;
      head->english = word;
      head->untranslated = true;
      return head;
    }
  }
  return std::nullopt;
}

std::optional<HeadNoun> PrefixedUnit(const LanguagePacks& packs, std::string_view norm) {
  if (auto head = PrefixedUnitWord(packs, norm)) return head;
  const std::string_view singular = Singular(packs, norm);
  return singular.empty() ? std::nullopt : PrefixedUnitWord(packs, singular);
}

std::optional<HeadNoun> LookUpHeadNoun(const LanguagePacks& packs, std::string_view norm) {
  if (auto head = FindInHeadTable(packs, "role_heads", norm)) return head;
  return PrefixedUnit(packs, norm);
}

// FindHeadNoun's answers per word, for one set of packs, per thread (no
// lock). A lookup reads two tables, the plural suffixes and the unit
// prefixes of every pack, about 1,700 instructions; the role patterns ask
// it of the same words again and again (issue 18). An untranslated head's
// `english` is a prefix of the word looked up: kept as its length.
struct HeadNounMemo {
  std::shared_ptr<const void> packs;  // LanguagePacks::identity_holder() of the packs answered for
  std::unordered_map<std::string, std::pair<std::optional<HeadNoun>, size_t>, WordHash, std::equal_to<>> by_word;
};
constexpr size_t kMaxRememberedHeads = 1u << 14;  // words are text: start over past this many

}  // namespace

std::optional<HeadNoun> FindHeadNoun(const LanguagePacks& packs, std::string_view norm) {
  thread_local HeadNounMemo memo;
  if (memo.packs.get() != packs.identity()) {
    memo.by_word.clear();
    memo.packs = packs.identity_holder();
  }
  if (auto it = memo.by_word.find(norm); it != memo.by_word.end()) {
    std::optional<HeadNoun> head = it->second.first;
    if (head && head->untranslated) head->english = norm.substr(0, it->second.second);
    return head;
  }
  std::optional<HeadNoun> head = LookUpHeadNoun(packs, norm);
  std::optional<HeadNoun> kept = head;
  size_t own = 0;
  if (head && head->untranslated) {
    // Only a view into the word itself can be rebuilt from a length.
    if (head->english.data() != norm.data() || head->english.size() > norm.size()) return head;
    own = head->english.size();
    kept->english = {};
  }
  if (memo.by_word.size() >= kMaxRememberedHeads) memo.by_word.clear();
  memo.by_word.emplace(std::string(norm), std::make_pair(kept, own));
  return head;
}

std::string_view PluralHeadSingular(const LanguagePacks& packs, std::string_view norm) {
  for (std::string_view table : {"role_heads", "role_heads_derived"})
    if (FindIn(packs, table, norm, false)) return {};
  std::string_view head;
  ForEachSingular(packs, norm, [&](std::string_view singular) {
    for (std::string_view table : {"role_heads", "role_heads_derived"})
      if (FindIn(packs, table, singular, true)) head = singular;
    if (head.empty() && !PrefixedUnitWord(packs, norm) && PrefixedUnitWord(packs, singular))
      head = singular;  // "subdivisions"
    return !head.empty();
  });
  return head;
}

std::optional<HeadNoun> FindContextHead(const LanguagePacks& packs, std::string_view norm) {
  // The heads derived from WordNet (role_heads_derived.tsv, generated by
  // scripts/derive_role_heads.py): many are also everyday words, so the
  // caller checks the title context; there they name a role on their own.
  std::optional<HeadNoun> head = FindInHeadTable(packs, "role_heads_derived", norm);
  if (head) head->standalone = true;
  return head;
}

std::optional<HeadNoun> FindCasedHead(const LanguagePacks& packs, std::string_view norm) {
  // Generic words ("head", "staff") a head only at the end of a Title Case
  // title (cased_heads.tsv); modifiers come before them, as in English.
  return FindInHeadTable(packs, "cased_heads", norm);
}

std::optional<HeadNoun> FindHeadOfNoun(const LanguagePacks& packs, std::string_view norm) {
  std::optional<HeadNoun> head = FindIn(packs, "head_of_words", norm, false);
  if (head) head->prefix_modifiers = false;
  return head;
}

bool HeadsUnits(const LanguagePacks& packs, std::string_view english) {
  for (const LanguagePack& pack : packs.all())
    for (const WordTable::Row& row : pack.Table("head_of_words").rows())
      if (row.size() >= 2 && row[1] == english) return true;
  return false;
}

std::string_view ModifierConcept(const LanguagePacks& packs, std::string_view norm) {
  for (const LanguagePack& pack : packs.all())
    if (const WordTable::Row* row = pack.Table("role_modifiers").Find(norm); row && row->size() >= 2) return (*row)[1];
  return {};
}

bool IsSeniority(const LanguagePacks& packs, std::string_view key) {
  return AnyModifierRow(packs, key, [](const WordTable::Row& row) { return HasFlag(row, 2, "seniority"); });
}

bool IsDeputyRank(const LanguagePacks& packs, std::string_view key) {
  return AnyModifierRow(packs, key, [](const WordTable::Row& row) { return HasFlag(row, 2, "deputy"); });
}

std::string DisplayConcept(const LanguagePacks& packs, std::string_view key) {
  for (const LanguagePack& pack : packs.all())
    if (const WordTable::Row* row = pack.Table("concept_display").Find(key); row && row->size() >= 2)
      return (*row)[1];
  std::string s(key);
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

void FoldConcepts(const LanguagePacks& packs, std::vector<std::string>* concepts) {
  auto has = [&](std::string_view c) { return std::find(concepts->begin(), concepts->end(), c) != concepts->end(); };
  for (const LanguagePack& pack : packs.all()) {
    for (const WordTable::Row& row : pack.Table("concept_compounds").rows()) {
      if (row.size() < 2) continue;
      std::vector<std::string> parts;
      for (size_t start = 0; start <= row[0].size();) {
        size_t space = row[0].find(' ', start);
        if (space == std::string::npos) space = row[0].size();
        parts.push_back(row[0].substr(start, space - start));
        start = space + 1;
      }
      if (!std::all_of(parts.begin(), parts.end(), has)) continue;
      if (parts.size() == 1) {
        std::replace(concepts->begin(), concepts->end(), parts[0], row[1]);
        continue;
      }
      concepts->erase(std::remove_if(concepts->begin(), concepts->end(),
                                     [&](const std::string& c) {
                                       return std::find(parts.begin(), parts.end(), c) != parts.end();
                                     }),
                      concepts->end());
      if (!has(row[1])) concepts->push_back(row[1]);
    }
  }
}

bool IsRolePronoun(const LanguagePacks& packs, std::string_view w) { return packs.AnyHas("pronouns", w); }

bool IsRoleReferenceNoun(const LanguagePacks& packs, std::string_view w) {
  // Bodies that hold a role's duties too ("Lembaga ini ...", "This body ...").
  return packs.AnyHas("role_reference_nouns", w);
}

bool IsDemonstrative(const LanguagePacks& packs, std::string_view w) { return packs.AnyHas("demonstratives", w); }

}  // namespace rolegraph::ingest
