// Indonesian <-> English through third languages. FreeDict's
// English-Indonesian dictionary is small; its German-, Dutch-, Polish- and
// Finnish-Indonesian ones, joined with those languages' English
// dictionaries, bridge many more words ("karantina" -> Quarantäne ->
// "quarantine"). One pivot alone is noisy (a German word has many senses),
// so a pair is kept only when at least two pivot languages lead to it.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "lexicon_internal.h"

namespace rolegraph::query::internal {
namespace {

// Plain words only: no glosses, notes or leaked pivot-language text.
bool PlainPhrase(const std::string& s) {
  if (s.empty() || s.size() > 40) return false;
  size_t words = 1;
  for (unsigned char c : s) {
    if (c == ' ') ++words;
    else if (!(std::isalpha(c) || c == '-' || c == '\'')) return false;
  }
  return words <= 3;
}

// "bad <adj>" -> "bad"; "lead; guide" -> two; bracketed usage notes
// ("[coll.]") make the whole translation unusable.
std::vector<std::string> CleanTranslations(const std::vector<std::string>& raw) {
  std::vector<std::string> out;
  for (const std::string& t : raw) {
    std::string text;
    int depth = 0;
    for (char c : t) {
      if (c == '<') ++depth;
      else if (c == '>' && depth > 0) --depth;
      else if (depth == 0) text += c;
    }
    size_t start = 0;
    while (start <= text.size()) {
      size_t end = text.find(';', start);
      if (end == std::string::npos) end = text.size();
      std::string part = text.substr(start, end - start);
      while (!part.empty() && part.back() == ' ') part.pop_back();
      while (!part.empty() && part.front() == ' ') part.erase(part.begin());
      if (PlainPhrase(part)) out.push_back(part);
      start = end + 1;
    }
  }
  return out;
}

using PairVotes = std::map<std::pair<std::string, std::string>, std::set<std::string>>;  // (id, en) -> pivots

Status AddPivot(const std::string& dir, const std::string& lang, PairVotes* votes) {
  std::map<std::string, std::set<std::string>> to_id;  // pivot word -> Indonesian
  Status s = ForEachFreeDictEntry(dir + "/freedict-" + lang + "-ind.index", dir + "/freedict-" + lang + "-ind.dict.dz",
                                  [&](const std::string& head, const std::vector<std::string>& ts) {
                                    for (const auto& t : CleanTranslations(ts)) to_id[head].insert(t);
                                  });
  if (!s.ok()) return s;
  return ForEachFreeDictEntry(dir + "/freedict-" + lang + "-eng.index", dir + "/freedict-" + lang + "-eng.dict.dz",
                              [&](const std::string& head, const std::vector<std::string>& ts) {
                                auto it = to_id.find(head);
                                if (it == to_id.end()) return;
                                for (const auto& en : CleanTranslations(ts)) {
                                  for (const auto& id : it->second) (*votes)[{id, en}].insert(lang);
                                }
                              });
}

// Keeps each word's best-agreed translations in one direction.
void KeepBest(const std::map<std::string, std::vector<std::pair<size_t, std::string>>>& by_word, bool from_id,
              std::set<std::pair<std::string, std::string>>* keep) {
  for (auto [word, list] : by_word) {
    std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (list.size() > kMaxPivotTranslations) list.resize(kMaxPivotTranslations);
    for (const auto& [n, other] : list) keep->insert(from_id ? std::pair{word, other} : std::pair{other, word});
  }
}

}  // namespace

Status ReadPivotTranslations(const std::string& dictd_dir, const std::vector<std::string>& pivots,
                             std::vector<RawRelation>* out, size_t* count) {
  PairVotes votes;
  size_t used = 0;
  for (const auto& lang : pivots)
    if (AddPivot(dictd_dir, lang, &votes).ok()) ++used;
  if (used < 2) return Status::NotFound("pivot dictionaries: fewer than two languages installed");
  std::map<std::string, std::vector<std::pair<size_t, std::string>>> by_id, by_en;
  for (const auto& [pair, langs] : votes) {
    if (langs.size() < 2) continue;
    by_id[pair.first].emplace_back(langs.size(), pair.second);
    by_en[pair.second].emplace_back(langs.size(), pair.first);
  }
  // A pair survives when it is among the best of both of its words.
  std::set<std::pair<std::string, std::string>> from_id, from_en;
  KeepBest(by_id, true, &from_id);
  KeepBest(by_en, false, &from_en);
  std::set<std::string> words;
  for (const auto& pair : from_id) {
    if (!from_en.count(pair)) continue;
    const float w = votes[pair].size() >= 3 ? kPivotStrongWeight : kPivotWeight;
    out->push_back({pair.second, Lang::kEn, pair.first, Lang::kId, w, "pivot"});
    out->push_back({pair.first, Lang::kId, pair.second, Lang::kEn, w, "pivot"});
    words.insert(pair.first);
  }
  *count = words.size();
  return Status::Ok();
}

}  // namespace rolegraph::query::internal
