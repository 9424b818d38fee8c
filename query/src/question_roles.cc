#include "question_roles.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "answer_options.h"
#include "choice_phrase.h"
#include "name_forms.h"
#include "relation_cues.h"
#include "term_filter.h"
#include "rolegraph/ingest/role_names.h"

namespace rolegraph::query {
namespace {

// The question words each form may stand for (ResolveRoleByWords), looked
// up by view behind a TermFilter: most role-name words of a corpus are no
// form of the question's words, and the filter turns them away without a
// lookup. A tree of strings searched four times per name word made this one
// question's step cost about 380k instructions (issue 18).
class WordForms {
 public:
  void Add(const std::string& form, size_t word) {
    filter_.Add(form);
    words_[form].push_back(word);
  }
  const std::vector<size_t>* Find(std::string_view form) const {
    if (!filter_.MayHold(form)) return nullptr;
    auto it = words_.find(form);
    return it == words_.end() ? nullptr : &it->second;
  }

 private:
  TermFilter filter_;
  std::unordered_map<std::string, std::vector<size_t>, ViewHash, std::equal_to<>> words_;
};

// Whether a folded word is a word of some index language: the lexicon has
// a meaning for it.
bool IsWord(const std::string& norm, const ingest::Analyzer& analyzer, const Lexicon& lexicon) {
  for (const Lang l : {Lang::kEn, Lang::kId})
    if (!lexicon.ExpandView(analyzer.Stem(norm, l), l).empty()) return true;
  return false;
}

bool NormEquals(const std::string& q, const std::string& alias) {
  // q == alias, alias + "s" or alias + "'s", compared without building them.
  if (q.size() < alias.size() || q.compare(0, alias.size(), alias) != 0) return false;
  const std::string_view rest = std::string_view(q).substr(alias.size());
  return rest.empty() || rest == "s" || rest == "'s";
}

struct RoleMatch {
  size_t first, len;
  std::string id;
  uint32_t facts = 0;  // an alias two roles share goes to the one the documents say more about
};

// A multiword role name the question gives in the other language: "kepala
// kurator" for the documents' "Head Curator". Each question word of a
// window translates (through the lexicon) to a different word of the name,
// in any order (Indonesian puts the head first). Only for questions whose
// role the direct passes did not find, so it costs nothing on the others.
void MatchTranslatedNames(Lang lang, const std::vector<ingest::Token>& toks, const ingest::Analyzer& analyzer,
                          const Lexicon& lexicon, const RoleIndex& roles, std::vector<RoleMatch>* matches) {
  constexpr size_t kMinNameWords = 2;  // one translated word is too weak a sign
  // Which question words a name word may be, found by the name word's
  // cognate key ("kurator" ~ "curator") or its stem in either index language
  // in one sorted list of (kind, form, question word): a question word's
  // forms are its stem and the one-word stems it translates to. One search
  // per name word, not one per question word of every window (issue 18).
  // Views into the lexicon and `stems`: no copy per meaning.
  enum Kind : uint8_t { kCognate, kEnglish, kIndonesian };
  using Form = std::tuple<uint8_t, std::string_view, uint32_t>;
  // Kept by the thread, cleared here: with a lexicon's meanings it passes a
  // kilobyte, and a fresh one each question made malloc consolidate its
  // free lists (issue 18). Its views are read only within this call.
  thread_local std::vector<Form> forms_of;
  forms_of.clear();
  auto add_meaning = [&](uint32_t k, std::string_view stem, Lang l) {
    if (l == Lang::kEn) forms_of.emplace_back(kEnglish, stem, k);
    if (l == Lang::kId) forms_of.emplace_back(kIndonesian, stem, k);
  };
  std::vector<std::string> cognates(toks.size());
  std::vector<std::string> stems(toks.size());  // owns the question words' stems
  for (uint32_t k = 0; k < toks.size(); ++k) {
    cognates[k] = ingest::CognateKey(toks[k].norm);
    if (toks[k].stop || toks[k].numeric) continue;
    stems[k] = analyzer.Stem(toks[k].norm, lang);
    add_meaning(k, stems[k], lang);
    for (const Expansion& e : lexicon.ExpandView(stems[k], lang))
      if (e.stems.size() == 1) add_meaning(k, e.stems[0], e.lang);
  }
  for (uint32_t k = 0; k < toks.size(); ++k)
    if (!cognates[k].empty()) forms_of.emplace_back(kCognate, cognates[k], k);
  std::sort(forms_of.begin(), forms_of.end());
  // Bit a of fits[k]: question word k may be word a of the alias.
  constexpr size_t kMaxNameWords = 64;  // bits of a mask; no title is this long
  std::vector<uint64_t> fits(toks.size());
  // Sets bit a of every question word `form` of `kind` fits; false when none does.
  auto fit = [&](uint8_t kind, std::string_view form, size_t a) {
    auto it = std::lower_bound(forms_of.begin(), forms_of.end(), Form{kind, form, 0});
    bool any = false;
    for (; it != forms_of.end() && std::get<0>(*it) == kind && std::get<1>(*it) == form; ++it, any = true)
      fits[std::get<2>(*it)] |= uint64_t{1} << a;
    return any;
  };
  for (const auto& r : roles.names) {
    for (size_t n = 0; n < r.tokens.size(); ++n) {
      const std::vector<std::string>& alias = r.tokens[n];
      const std::vector<NameWord>& forms = r.words[n];  // stems and cognate keys of alias, per word
      if (alias.size() < kMinNameWords || alias.size() > toks.size() || alias.size() > kMaxNameWords) continue;
      std::fill(fits.begin(), fits.end(), 0);
      // A window uses every word of the alias: one no question word fits rules all out.
      bool every_word_fits = true;
      for (size_t a = 0; a < alias.size() && every_word_fits; ++a) {
        const bool cognate = fit(kCognate, forms[a].cognate, a);
        const bool english = fit(kEnglish, forms[a].stem_en, a);
        every_word_fits = fit(kIndonesian, forms[a].stem_id, a) || cognate || english;
      }
      if (!every_word_fits) continue;
      for (size_t i = 0; i + alias.size() <= toks.size(); ++i) {
        // Each question word of the window takes the first alias word it
        // fits that no earlier one took.
        uint64_t used = 0;
        bool ok = true;
        for (size_t k = i; k < i + alias.size() && ok; ++k) {
          const uint64_t open = fits[k] & ~used;
          ok = open != 0;
          used |= open & (~open + 1);
        }
        if (ok) matches->push_back({i, alias.size(), r.id, roles.by_id.at(r.id).facts});
      }
    }
  }
}

}  // namespace

// A relation question that names its role by a paraphrase of the title
// ("the head of the loading section" for "Kepala Seksi
// Bongkar Muat"): the role whose name words the question's words
// cover, directly or through a translation. Marks the covered words.
std::string ResolveRoleByWords(const std::vector<ingest::Token>& toks, const ingest::Analyzer& analyzer,
                               const Lexicon& lexicon, Lang lang, const RoleIndex& roles, const QuestionCache& cache,
                               std::vector<bool>* is_role) {
  const AnswerOptions& opt = kAnswerOptions;
  // Every form each question word may take in a role name, and apart from
  // them a loanword's spelling in the other language ("social" ~ "sosial").
  WordForms forms, cognates;
  for (size_t i = 0; i < toks.size(); ++i) {
    const ingest::Token& t = toks[i];
    if ((t.stop && !t.upper) || RelationCueAt(cache, toks, i) != nullptr) continue;
    for (const std::string& form : NameFormsOf(t, analyzer, lexicon, lang)) forms.Add(form, i);
    if (std::string key = ingest::CognateKey(t.norm); !key.empty()) cognates.Add(key, i);
  }
  std::string best_id;
  size_t best_covered = 0;
  double best_share = 0;
  std::vector<char> best_words, used;  // per question word: covered by the name
  // Each role's aliases and then its name, tokenized and stemmed once per
  // database version (RoleIndex::Names).
  for (const auto& r : roles.names) {
    for (size_t n = 0; n < r.tokens.size(); ++n) {
      size_t words = 0, covered = 0;
      used.assign(toks.size(), 0);
      for (size_t j = 0; j < r.tokens[n].size(); ++j) {
        const NameWord& nw = r.words[n][j];
        if (!nw.content) continue;
        ++words;
        // The word, its stems, then its cognate key: the first form found counts.
        const std::vector<size_t>* found = nullptr;
        for (const std::string* c : {&r.tokens[n][j], &nw.stem_en, &nw.stem_id})
          if (!c->empty() && (found = forms.Find(*c)) != nullptr) break;
        if (found == nullptr && !nw.cognate.empty()) found = cognates.Find(nw.cognate);
        if (found == nullptr) continue;
        ++covered;
        for (size_t i : *found) used[i] = 1;
      }
      if (words == 0 || covered < opt.min_resolved_name_words) continue;
      const double share = static_cast<double>(covered) / static_cast<double>(words);
      if (share < opt.min_resolved_name_share) continue;
      if (covered > best_covered || (covered == best_covered && share > best_share)) {
        best_id = r.id;
        best_covered = covered;
        best_share = share;
        best_words = used;
      }
    }
  }
  for (size_t i = 0; i < best_words.size(); ++i)
    if (best_words[i]) (*is_role)[i] = true;
  return best_id;
}

// The roles a question offers as alternatives: the mentions right before and
// right after an "or" word ("..., the Head Chef or the Sous Chef?",
// "Kasir atau Kepala Toko?"), articles and commas between.
constexpr size_t kMaxRepeatedLeadIn = 2;  // words before the first choice that may come again after "or"

std::vector<std::string> OfferedChoices(const std::vector<ingest::Token>& toks, const std::vector<RoleMentionSpan>& mentions,
                                        const std::set<std::string>& or_words,
                                        const ingest::LanguagePacks& packs) {
  std::vector<std::string> out;
  auto add = [&](const std::string& id) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!or_words.count(toks[i].norm)) continue;
    const RoleMentionSpan* before = nullptr;
    const RoleMentionSpan* after = nullptr;
    for (const auto& m : mentions) {
      size_t gap_before = m.last < i ? i - m.last - 1 : toks.size();
      if (gap_before <= 1 && m.last < i) before = &m;
    }
    // The words that led to the first choice may come again before the
    // second ("under A or under B", "di bawah A atau di bawah B").
    std::vector<std::string> lead;
    if (before != nullptr) {
      size_t b = before->first;
      while (b > 0 && packs.AnyHas("articles", toks[b - 1].norm)) --b;
      for (size_t j = b; j > 0 && b - j < kMaxRepeatedLeadIn; --j) lead.push_back(toks[j - 1].norm);
    }
    size_t k = i + 1;
    while (k < toks.size() && (IsChoiceLeadIn(packs, toks[k]) ||
                               std::find(lead.begin(), lead.end(), toks[k].norm) != lead.end()))
      ++k;
    for (const auto& m : mentions)
      if (m.first == k) after = &m;
    if (before && after && before->id != after->id) {
      add(before->id);
      add(after->id);
    }
  }
  // "Between the A and the B, which ...", "Antara A dan B, siapa ...": the
  // two roles after a choice opener (choice_openers.txt), joined by "and".
  auto mention_at = [&](size_t k) -> const RoleMentionSpan* {
    while (k < toks.size() && packs.AnyHas("articles", toks[k].norm)) ++k;
    for (const auto& m : mentions)
      if (m.first == k) return &m;
    return nullptr;
  };
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    if (!packs.AnyHas("choice_openers", toks[i].norm)) continue;
    const RoleMentionSpan* first = mention_at(i + 1);
    if (!first || first->last + 1 >= toks.size() || !packs.AnyHas("and_words", toks[first->last + 1].norm)) continue;
    const RoleMentionSpan* second = mention_at(first->last + 2);
    if (second && second->id != first->id) {
      add(first->id);
      add(second->id);
    }
  }
  return out;
}

// The other side of an "or" whose one side names a role: a phrase that
// names another role of ours by its words (choice_phrase.h) is a mention.
void AddChoicePhrases(const std::string& question, const std::vector<ingest::Token>& toks,
                      const std::set<std::string>& or_words, const ingest::Analyzer& analyzer, const Lexicon& lexicon,
                      Lang lang, const RoleIndex& roles, std::vector<bool>* is_role,
                      std::vector<RoleMentionSpan>* mentions, std::vector<std::string>* ids) {
  for (const ChoicePhrase& p : ResolveChoicePhrases(question, toks, *is_role, or_words, analyzer, lexicon, lang, roles)) {
    for (size_t k = p.first; k <= p.last; ++k) (*is_role)[k] = true;
    mentions->push_back({p.first, p.last, p.id});
    if (std::find(ids->begin(), ids->end(), p.id) != ids->end()) continue;
    // In the order the question names them, as FindRoles gives them.
    size_t before = 0;
    for (const auto& m : *mentions)
      if (m.last < p.first && m.id != p.id) before = std::max<size_t>(before, std::find(ids->begin(), ids->end(), m.id) - ids->begin() + 1);
    ids->insert(ids->begin() + static_cast<std::ptrdiff_t>(std::min(before, ids->size())), p.id);
  }
}

// Marks tokens that name a role of the corpus: by the ingest patterns (so a
// title in either language gets its language-neutral id), by the aliases
// documents gave it and, failing those, by a translation of a name; returns
// role ids in order.
std::vector<std::string> FindRoles(const std::string& question, Lang lang,
                                   const std::vector<ingest::AnalyzedSentence>& analyzed,
                                   const ingest::Analyzer& analyzer, const Lexicon& lexicon, const RoleIndex& roles,
                                   std::vector<bool>* is_role, bool* unknown_named,
                                   std::vector<RoleMentionSpan>* mentions) {
  const std::vector<ingest::Token>& toks = analyzed[0].tokens;
  std::vector<RoleMatch> matches;
  std::vector<std::pair<size_t, size_t>> unknown_spans;  // titles the patterns read that no document has
  for (const auto& name : ingest::FindRoleNames(analyzer, question, analyzed)) {
    bool known = roles.Known(name.role_id);
    if (known && name.last_token < toks.size())
      matches.push_back({name.first_token, name.last_token - name.first_token + 1, name.role_id,
                         roles.by_id.at(name.role_id).facts});
    if (!known) unknown_spans.emplace_back(name.first_token, name.last_token);
  }
  // The aliases starting at each word: a first token equal to the word, or
  // to the word less a plural "s" or "'s" (what NormEquals accepts).
  auto aliases_from = [&](size_t i, std::string_view first) {
    auto it = roles.alias_starts.find(first);
    if (it == roles.alias_starts.end()) return;
    for (const auto& [r, n] : it->second) {
      const RoleIndex::Names& names = roles.names[r];
      const std::vector<std::string>& alias = names.tokens[n];
      if (alias.size() > toks.size() - i) continue;
      bool ok = true;
      for (size_t k = 1; k < alias.size() && ok; ++k) ok = NormEquals(toks[i + k].norm, alias[k]);
      // A name in capitals that is also a word ("CARE", "KERJA"), a
      // function word among them ("TO" for "report to"), names the role
      // only where the question writes it in capitals too.
      if (ok && names.capitals[n] && !toks[i].upper &&
          (toks[i].stop || analyzer.packs().AnyHas("stop_words", toks[i].norm) ||
           IsWord(toks[i].norm, analyzer, lexicon)))
        ok = false;
      if (ok) matches.push_back({i, alias.size(), names.id, names.facts});
    }
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    const std::string_view word = toks[i].norm;
    aliases_from(i, word);
    if (word.ends_with('s')) aliases_from(i, word.substr(0, word.size() - 1));
    if (word.ends_with("'s")) aliases_from(i, word.substr(0, word.size() - 2));
  }
  // A title no document has may be one of ours in the other language
  // ("Koordinator Liturgi" for "Liturgy Coordinator"), beside a role the
  // question names as documents do ("the Secretary or ...?").
  // Where the patterns read no title and no alias matched, a question in a
  // language that puts the head first may still name one of ours in its own
  // order ("melatih teknisi kalibrasi" for the documents' "calibration technicians").
  // Not in English order: there a verb and its object read as a title
  // ("manages vendors" is no Vendor Manager).
  const ingest::LanguagePack* pack = analyzer.packs().Find(index::LangCode(lang));
  if (unknown_spans.empty() && matches.empty() && pack != nullptr && pack->head_first())
    MatchTranslatedNames(lang, toks, analyzer, lexicon, roles, &matches);
  if (!unknown_spans.empty()) {
    const size_t direct = matches.size();
    MatchTranslatedNames(lang, toks, analyzer, lexicon, roles, &matches);
    // A translation that takes part of the title the patterns read and a
    // word outside it ("mewakili Kepala" of "mewakili Kepala Bengkel") is
    // no name: the title's own words are.
    auto crosses = [&](const RoleMatch& m) {
      const size_t last = m.first + m.len - 1;
      for (const auto& [first, end] : unknown_spans) {
        const bool overlap = m.first <= end && first <= last;
        const bool inside = first <= m.first && last <= end;
        const bool around = m.first <= first && end <= last;
        if (overlap && !inside && !around) return true;
      }
      return false;
    };
    matches.erase(std::remove_if(matches.begin() + static_cast<std::ptrdiff_t>(direct), matches.end(), crosses),
                  matches.end());
  }
  for (const auto& span : unknown_spans) {
    const size_t first = span.first, last = span.second;  // plain names: clang 14 cannot capture bindings
    const bool translated = std::any_of(matches.begin(), matches.end(), [&](const RoleMatch& m) {
      return m.first <= last && first < m.first + m.len;
    });
    if (!translated) *unknown_named = true;
  }
  // Longest first, no overlaps.
  std::sort(matches.begin(), matches.end(), [](const RoleMatch& a, const RoleMatch& b) {
    if (a.len != b.len) return a.len > b.len;
    if (a.first != b.first) return a.first < b.first;
    return a.facts != b.facts ? a.facts > b.facts : a.id < b.id;
  });
  std::vector<std::pair<size_t, std::string>> found;
  for (const auto& m : matches) {
    bool free = true;
    for (size_t k = m.first; k < m.first + m.len; ++k) free = free && !(*is_role)[k];
    if (!free) continue;
    for (size_t k = m.first; k < m.first + m.len; ++k) (*is_role)[k] = true;
    found.emplace_back(m.first, m.id);
    mentions->push_back({m.first, m.first + m.len - 1, m.id});
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> ids;
  for (const auto& [pos, id] : found)
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  return ids;
}


}  // namespace rolegraph::query
