#include "relation_cues.h"

#include <algorithm>
#include <string>

namespace rolegraph::query {

const ingest::WordTable::Row* RelationCueAt(const QuestionCache& cache, const std::vector<ingest::Token>& toks,
                                            size_t i) {
  auto holds_one = [&](const std::string& condition) {
    const size_t colon = condition.find(':');
    if (colon == std::string::npos) return false;
    const std::string kind = condition.substr(0, colon), word = condition.substr(colon + 1);
    if (kind == "next") return i + 1 < toks.size() && toks[i + 1].norm == word;
    if (kind == "prev") return i > 0 && toks[i - 1].norm == word;
    if (kind == "with")
      return std::any_of(toks.begin(), toks.end(), [&](const ingest::Token& t) { return t.norm == word; });
    return false;
  };
  auto holds = [&](const std::string& condition) {
    if (condition.empty()) return true;
    for (size_t from = 0;;) {
      const size_t bar = condition.find('|', from);
      const std::string head = condition.substr(0, condition.find(':') + 1);
      std::string alt = condition.substr(from, bar == std::string::npos ? std::string::npos : bar - from);
      if (alt.find(':') == std::string::npos) alt = head + alt;  // "with:while|when"
      if (holds_one(alt)) return true;
      if (bar == std::string::npos) return false;
      from = bar + 1;
    }
  };
  // Every pack's rows for this word, in pack and row order (QuestionCache).
  const auto* rows = cache.RelationRows(toks[i].norm);
  if (rows == nullptr) return nullptr;
  // Every condition column must hold: "luar" asks who stands in only after
  // "di" or "dinas" ("di luar kota") and in a clause of time ("ketika ...").
  auto all_hold = [&](const ingest::WordTable::Row& row) {
    for (size_t k = 3; k < row.size(); ++k)
      if (!holds(row[k])) return false;
    return true;
  };
  for (const ingest::WordTable::Row* row : *rows)
    if (all_hold(*row)) return row;
  return nullptr;
}

bool HasRelationCue(const QuestionCache& cache, const std::vector<ingest::Token>& toks) {
  for (size_t i = 0; i < toks.size(); ++i)
    if (RelationCueAt(cache, toks, i) != nullptr) return true;
  return false;
}

}  // namespace rolegraph::query
