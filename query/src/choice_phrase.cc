#include "choice_phrase.h"

#include <algorithm>

#include "answer_options.h"
#include "name_forms.h"

namespace rolegraph::query {
namespace {

constexpr size_t kMaxPhraseWords = 4;  // a title, not a clause

// Whether the question text between two tokens holds punctuation: a phrase
// never runs over a comma, colon or question mark.
bool Broken(const std::string& question, const ingest::Token& a, const ingest::Token& b) {
  for (uint32_t k = a.end; k < b.begin && k < question.size(); ++k)
    if (question[k] != ' ' && question[k] != '-') return true;
  return false;
}

bool Content(const ingest::Token& t) { return !(t.stop && !t.upper) && !t.numeric; }

// "head of the X", "head of this X": an of-word and determiners joining two
// content words of one title (of_words.txt, articles.txt, demonstratives.txt,
// possessives.txt). Returns how many tokens from `k` on form such a joint
// before the next content word, 0 where none does.
size_t JointAt(const ingest::LanguagePacks& packs, const std::vector<ingest::Token>& toks, size_t k) {
  if (k >= toks.size() || !packs.AnyHas("of_words", toks[k].norm)) return 0;
  size_t j = k + 1;
  while (j < toks.size() && (packs.AnyHas("articles", toks[j].norm) || packs.AnyHas("demonstratives", toks[j].norm) ||
                             packs.AnyHas("possessives", toks[j].norm)))
    ++j;
  return j < toks.size() && Content(toks[j]) ? j - k : 0;
}

// The forms a question word may take in a role name, its cognate key too.
std::set<std::string> FormsOf(const ingest::Token& t, const ingest::Analyzer& analyzer, const Lexicon& lexicon,
                              Lang lang) {
  const std::vector<std::string> name_forms = NameFormsOf(t, analyzer, lexicon, lang);
  std::set<std::string> forms(name_forms.begin(), name_forms.end());
  forms.insert(ingest::CognateKey(t.norm));
  forms.erase(std::string());
  return forms;
}

// The role whose name holds every word of the phrase, by the share of its
// name the phrase covers; empty when none does or two tie.
std::string ResolvePhrase(const std::vector<ingest::Token>& toks, size_t first, size_t last,
                          const ingest::Analyzer& analyzer, const Lexicon& lexicon, Lang lang,
                          const RoleIndex& roles) {
  std::vector<std::set<std::string>> phrase;
  for (size_t k = first; k <= last; ++k)
    if (Content(toks[k])) phrase.push_back(FormsOf(toks[k], analyzer, lexicon, lang));
  std::string best;
  double best_share = 0;
  bool tie = false;
  for (const auto& r : roles.names) {
    for (size_t n = 0; n < r.tokens.size(); ++n) {
      size_t words = 0, held = 0;
      std::vector<bool> used(r.tokens[n].size(), false);
      for (const auto& forms : phrase) {
        for (size_t j = 0; j < r.tokens[n].size(); ++j) {
          const NameWord& nw = r.words[n][j];
          if (used[j] || !nw.content) continue;
          if (forms.count(r.tokens[n][j]) || forms.count(nw.stem_en) || forms.count(nw.stem_id) ||
              forms.count(nw.cognate)) {
            used[j] = true;
            ++held;
            break;
          }
        }
      }
      for (const NameWord& nw : r.words[n]) words += nw.content ? 1 : 0;
      if (held < phrase.size() || words == 0) continue;
      const double share = static_cast<double>(held) / static_cast<double>(words);
      if (share > best_share) {
        best = r.id;
        best_share = share;
        tie = false;
      } else if (share == best_share && r.id != best) {
        tie = true;
      }
    }
  }
  return tie ? std::string() : best;
}

}  // namespace

bool IsChoiceLeadIn(const ingest::LanguagePacks& packs, const ingest::Token& t) {
  return packs.AnyHas("articles", t.norm) || packs.AnyHas("report_prepositions", t.norm);
}

std::vector<ChoicePhrase> ResolveChoicePhrases(const std::string& question, const std::vector<ingest::Token>& toks,
                                               const std::vector<bool>& is_role,
                                               const std::set<std::string>& or_words,
                                               const ingest::Analyzer& analyzer, const Lexicon& lexicon, Lang lang,
                                               const RoleIndex& roles) {
  const ingest::LanguagePacks& packs = analyzer.packs();
  std::vector<ChoicePhrase> out;
  for (size_t i = 1; i + 1 < toks.size(); ++i) {
    if (!or_words.count(toks[i].norm)) continue;
    size_t after = i + 1;
    while (after < toks.size() && IsChoiceLeadIn(packs, toks[after])) ++after;
    const bool role_before = is_role[i - 1];
    const bool role_after = after < toks.size() && is_role[after];
    if (role_before == role_after) continue;
    size_t first = 0, last = 0;
    if (role_before) {  // "the Treasurer or the marshal?"
      if (after >= toks.size()) continue;
      first = last = after;
      for (size_t words = 1; words < kMaxPhraseWords; ++words) {
        // The next content word, over an of-word and articles ("..., the
        // treasurer or the head of the clinic?").
        const size_t next = last + 1;
        if (next >= toks.size()) break;
        const size_t to = Content(toks[next]) ? next : next + JointAt(packs, toks, next);
        if (to == next && !Content(toks[next])) break;
        bool joined = true;
        for (size_t k = last; k < to && joined; ++k) joined = !is_role[k + 1] && !Broken(question, toks[k], toks[k + 1]);
        if (!joined) break;
        last = to;
      }
    } else {  // "the marshal or the Treasurer?"
      first = last = i - 1;
      while (first > 0 && last + 1 - first < kMaxPhraseWords && !is_role[first - 1] && Content(toks[first - 1]) &&
             !Broken(question, toks[first - 1], toks[first]))
        --first;
    }
    bool content = Content(toks[first]) && Content(toks[last]);
    for (size_t k = first; k <= last; ++k) content = content && !is_role[k];
    if (!content) continue;
    const std::string id = ResolvePhrase(toks, first, last, analyzer, lexicon, lang, roles);
    if (!id.empty()) out.push_back({first, last, id});
  }
  return out;
}

}  // namespace rolegraph::query
