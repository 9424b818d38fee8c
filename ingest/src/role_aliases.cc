// Other names of a recognised title: words in parentheses after it, a short
// name offered with "atau"/"or", a short name the text defines ("selanjutnya
// disebut X", "known as X"). Every later use of such a name is a mention.
// Part of the Recognizer (role_recognizer.h); roles.cc drives it.
#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "role_recognizer.h"
#include "role_text.h"
#include "role_vocabulary.h"

namespace rolegraph::ingest::internal {
namespace {

// The longest name (in words) whose plural AddPluralAliases looks for.
constexpr size_t kMaxPluralNameWords = 4;

constexpr size_t kMaxClippedName = 8;  // bytes: "kaprodi", "wakasek"
constexpr size_t kMaxAliasIntro = 4;   // words: "known as the", "selanjutnya disebut"

}  // namespace

// "Wakil direktur bidang keuangan (wadir keuangan)": the words in
// parentheses after a title are another name of it; every later use of
// that name in the document is a mention.
// "Kepala seksi atau Kasi", "Kepala gudang atau Kagud": a
// capitalised short word offered as another name of the title before it.
void Recognizer::FindShortNames() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    for (const auto& span : result_.spans[si]) {
      size_t k = span.last + 1;
      if (k + 1 >= toks.size() || (!packs_.AnyHas("or_words", toks[k].norm) && !packs_.AnyHas("alias_words", toks[k].norm))) continue;
      const Token& name = toks[k + 1];
      std::string_view orig = Original(text_, name);
      bool shaped = name.capital && !name.upper && IsWord(name) && orig.size() >= 3 && orig.size() <= 8 &&
                    !FindHeadNoun(packs_, name.norm) && !name.stop;
      bool free = std::none_of(result_.spans[si].begin(), result_.spans[si].end(),
                               [&](const RoleSpan& s) { return s.first == k + 1; });
      if (!shaped || !free || !entities_.count(span.role_id)) continue;
      AddAlias(entities_[span.role_id], std::string(orig));
      names.push_back({{name.norm}, span.role_id});
    }
  }
  AddNameMentionsEverywhere(names);
}

// A second name on a title line is a name only when it is an acronym
// ("(QS)"), a clipped form that starts like the title ("(Kabag)",
// "(Wakasek Kurikulum)") or a translation holding a head noun ("(Manajer
// Laboratorium)"); never a qualifier such as "(Construction)".
bool Recognizer::NamesARole(const std::vector<Token>& toks, uint32_t first, uint32_t last,
                            std::string_view title) const {
  bool acronym = false, head = false;
  for (uint32_t w = first; w <= last && w < toks.size(); ++w) {
    acronym = acronym || (toks[w].upper && IsWord(toks[w]));
    head = head || FindHeadNoun(packs_, toks[w].norm).has_value();
  }
  const bool clipped = IsWord(toks[first]) && !title.empty() && toks[first].norm[0] == title[0];
  return acronym || head || clipped;
}

// "Supervisor Gudang, selanjutnya disebut SG", "the Stock Controller, known
// as the SC for short": a short name the text defines after a title is its
// alias, and every later use of it a mention.
void Recognizer::FindDefinedShortNames() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    for (const auto& span : result_.spans[si]) {
      if (span.pronoun || !entities_.count(span.role_id)) continue;
      size_t k = span.last + 1;
      bool cue = false;
      while (k < toks.size() && k <= span.last + kMaxAliasIntro && packs_.AnyHas("alias_intro_words", toks[k].norm)) {
        cue = cue || packs_.AnyHas("known_as_cues", toks[k].norm);
        ++k;
      }
      if (!cue || k >= toks.size()) continue;
      const Token& name = toks[k];
      std::string_view orig = Original(text_, name);
      const bool acronym = name.upper && IsWord(name) && orig.size() >= 2;
      // A clipped form starts like a word of the title ("Karu" for "Kepala
      // Ruangan"); a person's name ("Budi") does not.
      bool starts_like = false;
      for (uint32_t t = span.first; t <= span.last; ++t)
        starts_like = starts_like || (IsWord(toks[t]) && toks[t].norm[0] == name.norm[0]);
      const bool clipped = name.capital && IsWord(name) && orig.size() >= 3 && orig.size() <= kMaxClippedName &&
                           !name.stop && !FindHeadNoun(packs_, name.norm) && starts_like;
      const bool free = std::none_of(result_.spans[si].begin(), result_.spans[si].end(),
                                     [&](const RoleSpan& s) { return s.first <= k && k <= s.last; });
      if (!(acronym || clipped) || !free) continue;
      // "selanjutnya disebut Kasi TU": a clipped head with the acronym of its
      // field is one name; the clipped head alone names every such head.
      if (clipped && k + 1 < toks.size() && toks[k + 1].upper && IsWord(toks[k + 1]) &&
          Adjacent(text_, name, toks[k + 1], false)) {
        AddAlias(entities_[span.role_id], name.norm + " " + std::string(Original(text_, toks[k + 1])));
        names.push_back({{name.norm, toks[k + 1].norm}, span.role_id});
        continue;
      }
      AddAlias(entities_[span.role_id], acronym ? std::string(orig) : name.norm);
      names.push_back({{name.norm}, span.role_id});
    }
  }
  AddNameMentionsEverywhere(names);
}

void Recognizer::FindParentheticalAliases() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  std::vector<std::pair<std::string, std::string>> merges;  // (inner, outer)
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    for (const auto& span : result_.spans[si]) {
      size_t open = span.last + 1;
      if (open >= toks.size()) continue;
      std::string_view gap = text_.substr(toks[span.last].end, toks[open].begin - toks[span.last].end);
      if (gap.find('(') == std::string_view::npos) continue;
      std::vector<std::string> words;
      size_t k = open;
      for (; k < toks.size() && words.size() < 4; ++k) {
        if (k > open && !Adjacent(text_, toks[k - 1], toks[k], false)) break;
        words.push_back(toks[k].norm);
      }
      size_t close = toks[k - 1].end;
      if (words.empty() || words.size() > 3 || close >= text_.size() || text_[close] != ')') continue;
      bool overlaps = false;
      for (const auto& other : result_.spans[si]) {
        if (other.first < open || other.first >= k) continue;
        overlaps = true;
        // "Seksi Pelayanan Umum (Seksi Yanum)": a title in the brackets
        // with the same head and kind is the outer one's short name.
        const auto inner = signatures_.find(other.role_id), outer = signatures_.find(span.role_id);
        if (other.first == open && other.last + 1 == k && !other.pronoun && !span.pronoun &&
            other.role_id != span.role_id && inner != signatures_.end() && outer != signatures_.end() &&
            inner->second.first == outer->second.first && entities_.count(other.role_id) &&
            entities_.count(span.role_id) && entities_[other.role_id].role.kind == entities_[span.role_id].role.kind)
          merges.emplace_back(other.role_id, span.role_id);
      }
      if (overlaps) continue;
      // Never a count or a date ("(2 orang)", "(2024)"), nor a shift or a
      // time of day ("(Night)", "(Pagi)"): those qualify the title.
      if (std::any_of(toks.begin() + open, toks.begin() + k, [&](const Token& t) {
            return t.numeric || packs_.AnyHas("alias_qualifiers", t.norm);
          }))
        continue;
      // A short single word is a clipped form or a translation ("(Kaprodi)",
      // "(Pandu)"); a longer one must look like a name ("(Construction)" is
      // a qualifier).
      // One letter names nothing: "(R)" after a title is a matrix grade or a
      // list mark ("moved from the A (R) to the B (R)").
      if (words.size() == 1 && words[0].size() < 2) continue;
      const bool short_word = words.size() == 1 && words[0].size() <= kMaxClippedName;
      if (!short_word &&
          !NamesARole(toks, static_cast<uint32_t>(open), static_cast<uint32_t>(k - 1), toks[span.first].norm))
        continue;
      std::string alias;
      for (const auto& w : words) alias += (alias.empty() ? "" : " ") + w;
      AddAlias(entities_[span.role_id], alias);
      names.emplace_back(words, span.role_id);
    }
  }
  for (const auto& [inner, outer] : merges)
    if (inner != outer) MergeEntity(inner, outer);
  AddNameMentionsEverywhere(names);
}

// A name of two or more words the document gives a role anywhere names it
// everywhere in that document, in any case: "Packaging Supervisor" in a
// table header makes "the packaging supervisor reports to ..." a mention,
// where the patterns alone would not read a lower-case gerund as part of a
// title. Longer names first, so a name inside a longer one yields to it.
void Recognizer::AddKnownNameMentions() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  for (const auto& [id, e] : entities_)
    for (const auto& alias : e.role.aliases) {
      std::vector<std::string> words;
      for (size_t at = 0; at <= alias.size();) {
        size_t space = std::min(alias.find(' ', at), alias.size());
        if (space > at) words.emplace_back(alias.substr(at, space - at));
        at = space + 1;
      }
      if (words.size() >= 2) names.emplace_back(std::move(words), id);
    }
  std::stable_sort(names.begin(), names.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  AddNameMentionsEverywhere(names);
}

// "the volunteers", "two removal technicians": the document writes a role's
// name in the plural. That plural is the document's own name for the role,
// so it becomes an alias of the role whose name it inflects (longest match,
// up to kMaxPluralNameWords words), never of a role whose name it already is
// elsewhere. Only the name is added: no mention, so no sentence changes hands.
void Recognizer::AddPluralAliases() {
  std::map<std::string, std::string> by_alias;  // alias -> entity id
  std::set<std::string> taken;                    // every alias of any entity
  for (const auto& [id, e] : entities_)
    for (const auto& alias : e.role.aliases) {
      by_alias.emplace(alias, id);
      taken.insert(alias);
    }
  for (const AnalyzedSentence& s : sentences_) {
    const auto& toks = s.tokens;
    for (size_t i = 0; i < toks.size(); ++i) {
      if (!IsWord(toks[i]) || toks[i].upper) continue;
      std::string best_id, best_plural;
      // "coaches": "coache" names nothing, "coach" may.
      for (std::string_view singular : Singulars(packs_, toks[i].norm)) {
        std::string tail(singular), plural_tail(toks[i].norm);
        for (size_t n = 0; n < kMaxPluralNameWords && n <= i; ++n) {
          if (n > 0) {
            const Token& w = toks[i - n];
            if (!IsWord(w) || !Adjacent(text_, w, toks[i - n + 1], false)) break;
            tail = w.norm + " " + tail;
            plural_tail = w.norm + " " + plural_tail;
          }
          if (auto it = by_alias.find(tail); it != by_alias.end()) {
            best_id = it->second;
            best_plural = plural_tail;
          }
        }
        if (!best_id.empty()) break;
      }
      if (!best_id.empty() && !taken.count(best_plural)) {
        AddAlias(entities_[best_id], best_plural);
        taken.insert(best_plural);
      }
    }
  }
}

}  // namespace rolegraph::ingest::internal
