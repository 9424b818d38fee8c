#include "fact_cues.h"

#include <sstream>

namespace rolegraph::ingest {
namespace {

std::vector<std::string> Words(const std::string& phrase) {
  std::vector<std::string> out;
  std::istringstream in(phrase);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace

FactCues::FactCues(const LanguagePacks& packs) : packs_(packs) {
  for (const LanguagePack& p : packs.all()) {
    for (const auto& row : p.Table("fact_cues").rows())
      if (row.size() >= 3) cues_.push_back({row[1], Words(row[0]), row[2] == "relation"});
    for (const auto& row : p.Table("time_markers").rows())
      if (row.size() >= 2)
        time_.push_back({Words(row[0]), row[1] == "moved"           ? TimeKind::kMoved
                                        : row[1] == "moved_from"    ? TimeKind::kMovedFrom
                                        : row[1] == "past_to_year"  ? TimeKind::kPastToYear
                                        : row[1] == "none"          ? TimeKind::kNone
                                                                    : TimeKind::kPast});
    for (const auto& row : p.Table("deputy_cues").rows())
      if (row.size() >= 2)
        deputy_.push_back({Words(row[0]), row[1] == "after"    ? DeputyPosition::kAfter
                                          : row[1] == "acting" ? DeputyPosition::kActing
                                                               : DeputyPosition::kBefore});
    for (const auto& e : p.List("list_openers").entries()) list_openers_.push_back(e);
    for (const auto& e : p.List("negators").entries()) negators_.push_back(Words(e));
    for (const auto& e : p.List("past_periods").entries()) past_periods_.push_back(Words(e));
  }
}

std::string_view FactCues::PassivePredicate(std::string_view word) const {
  for (const LanguagePack& p : packs_.all())
    if (const auto* row = p.Table("passive_predicates").Find(word); row && row->size() >= 2) return (*row)[1];
  return {};
}

bool FactCues::LooksLikeFiniteVerb(const Token& t, Lang lang) const {
  const LanguagePack* pack = packs_.Find(index::LangCode(lang));
  return pack != nullptr && HasFiniteVerbShape(*pack, t);
}

bool HasFiniteVerbShape(const LanguagePack& pack, const Token& t, size_t min_suffix_stem) {
  constexpr size_t kMinVerbBytes = 4;  // shorter words are function words or stems
  if (t.stop || t.numeric || t.norm.size() < kMinVerbBytes) return false;
  const std::string_view w = t.norm;
  bool verb = false;
  for (const WordTable::Row& row : pack.Table("finite_verb_shapes").rows()) {
    if (row.size() < 2) continue;
    const std::string_view affix = row[0], kind = row[1];
    if (kind == "not_suffix" && w.ends_with(affix)) return false;
    if (kind == "prefix" && w.starts_with(affix)) verb = true;
    if (kind == "suffix" && w.size() >= affix.size() + min_suffix_stem && w.ends_with(affix)) verb = true;
  }
  return verb;
}

bool FactCues::Has(std::string_view list, std::string_view w) const {
  for (const LanguagePack& p : packs_.all())
    if (p.Has(list, w)) return true;
  return false;
}

size_t PhraseEnd(const std::vector<Token>& t, size_t i, const std::vector<std::string>& words,
                 const FactCues* adverbs) {
  size_t at = i;
  for (size_t k = 0; k < words.size(); ++k) {
    if (k > 0 && adverbs)
      while (at < t.size() && adverbs->IsAdverb(t[at].norm) && t[at].norm != words[k]) ++at;
    if (at >= t.size() || t[at].norm != words[k]) return 0;
    ++at;
  }
  return words.empty() ? 0 : at;
}

}  // namespace rolegraph::ingest
