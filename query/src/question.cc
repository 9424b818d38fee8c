#include "question.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>
#include <unordered_map>

#include "answer_options.h"
#include "choice_phrase.h"
#include "name_forms.h"
#include "term_filter.h"
#include "rolegraph/ingest/role_names.h"

namespace rolegraph::query {
namespace {

constexpr double kLoanwordWeight = 0.9;
constexpr double kCognateWeight = 0.85;
constexpr size_t kMaxTermsPerConcept = 24;

// The index languages of the packs other than the question's: a word may be
// borrowed from any of them ("deadline" in an Indonesian question).
std::vector<Lang> OtherLanguages(const ingest::LanguagePacks& packs, Lang lang) {
  std::vector<Lang> out;
  for (const ingest::LanguagePack& pack : packs.all()) {
    const Lang l = index::LangFromCode(pack.index_lang().empty() ? pack.code() : pack.index_lang());
    if (l != Lang::kUnknown && l != lang && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
  }
  return out;
}

constexpr double kBorrowedScale = 0.9;  // expansions of a word borrowed from the other language

// question_relations.tsv rows for one token whose condition holds:
// "next:W" W follows the cue, "prev:W" W precedes it, "with:W" W is anywhere
// in the question; "|" separates alternatives ("with:while|when").
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
  for (const ingest::WordTable::Row* row : *rows)
    if (holds(row->size() > 3 ? (*row)[3] : std::string())) return row;
  return nullptr;
}

bool HasRelationCue(const QuestionCache& cache, const std::vector<ingest::Token>& toks) {
  for (size_t i = 0; i < toks.size(); ++i)
    if (RelationCueAt(cache, toks, i) != nullptr) return true;
  return false;
}

// "At the sawmill, who ...?", "Di gudang beras, siapa ...?": a question that
// opens with a place phrase set off by a comma names where it is asked; the
// evidence sentence rarely repeats it (the document is about that place).
// Marks the words of such a phrase.
std::vector<bool> OpeningSetting(const std::string& question, const ingest::LanguagePacks& packs,
                                 const std::vector<ingest::Token>& toks) {
  constexpr size_t kMaxSettingWords = 8;
  std::vector<bool> out(toks.size(), false);
  if (toks.size() < 3 || !packs.AnyHas("setting_prepositions", toks[0].norm)) return out;
  for (size_t i = 1; i + 1 < toks.size() && i <= kMaxSettingWords; ++i) {
    const std::string_view gap(question.data() + toks[i].end, toks[i + 1].begin - toks[i].end);
    if (gap.find(',') == std::string_view::npos) continue;
    std::fill(out.begin() + 1, out.begin() + static_cast<long>(i) + 1, true);
    return out;
  }
  return out;
}

// The unit noun a question asks for ("which department", "what team",
// "bagian mana", "unit apa"): a unit head right before a which-word, or
// right after one and then ending the phrase: a function word, a verb or
// the end follows ("which team will ...", "which section runs ...", not
// "which team member ..."). Marks that noun.
std::vector<bool> UnitAsked(const std::vector<ingest::Token>& toks, const std::set<std::string>& which,
                            const ingest::LanguagePacks& packs, Lang lang) {
  std::vector<bool> out(toks.size(), false);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!ingest::IsUnitHeadWord(packs, toks[i].norm)) continue;
    const bool before_which = i + 1 < toks.size() && which.count(toks[i + 1].norm);
    constexpr size_t kShortVerbBytes = 4;  // "runs", "sets": too short for finite_verb_shapes' suffix rule
    const bool phrase_ends =
        i + 1 == toks.size() || toks[i + 1].stop ||
        (!ingest::IsTitleHeadWord(packs, toks[i + 1].norm) && !packs.AnyHas("role_reference_nouns", toks[i + 1].norm) &&
         (ingest::HasFiniteVerbShape(packs, toks[i + 1], lang) || toks[i + 1].norm.size() <= kShortVerbBytes));
    const bool after_which = i > 0 && which.count(toks[i - 1].norm) && phrase_ends;
    out[i] = before_which || after_which;
  }
  return out;
}

// The relation a question asks about, if any, and whether it asks inversely.
void FindRelation(const QuestionCache& cache, const std::vector<ingest::Token>& toks,
                  const std::vector<bool>& is_role, ParsedQuestion* q) {
  size_t first_role = toks.size();
  for (size_t i = 0; i < toks.size(); ++i)
    if (is_role[i]) {
      first_role = i;
      break;
    }
  // question_relations.tsv: WORD, PREDICATE, DIRECTION, optional CONDITION
  // ("bertanggung jawab kepada X", "answer to X": to whom X reports).
  for (size_t i = 0; i < toks.size(); ++i) {
    if (is_role[i]) continue;  // "Deputy Station Master" names a role, it asks nothing
    const ingest::WordTable::Row* cue = RelationCueAt(cache, toks, i);
    if (cue == nullptr) continue;
    const int direction = std::atoi((*cue)[2].c_str());
    q->relation = (*cue)[1];
    q->inverse = direction < 0 || (direction == 0 && first_role > i);
    return;
  }
}

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

// Whether a folded word is a word of some index language: the lexicon has
// a meaning for it.
bool IsWord(const std::string& norm, const ingest::Analyzer& analyzer, const Lexicon& lexicon) {
  for (const Lang l : {Lang::kEn, Lang::kId})
    if (!lexicon.ExpandView(analyzer.Stem(norm, l), l).empty()) return true;
  return false;
}

struct RoleMentionSpan {
  size_t first, last;
  std::string id;
};

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
      // A name in capitals that is also a word ("CARE", "KERJA") names
      // the role only where the question writes it in capitals too.
      if (ok && names.capitals[n] && !toks[i].upper && IsWord(toks[i].norm, analyzer, lexicon)) ok = false;
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

// The terms of the concept being built, in the order first added (a scan
// finds one: they are tens): one buffer per thread, reused from concept to
// concept and question to question, so gathering them allocates nothing
// once warm (issue 18). FinishTerms moves the kept ones into the concept.
struct TermDraft {
  TermList terms;
  std::vector<uint32_t> order;  // FinishTerms' places, reused likewise
  void clear() { terms.clear(); }
};

TermDraft& ThreadDraft() {
  thread_local TermDraft draft;
  return draft;
}

void AddTerm(TermDraft* draft, const std::string& term, double weight, const std::string& source, Lang lang) {
  if (term.empty()) return;
  auto& terms = draft->terms;
  auto it = std::find_if(terms.begin(), terms.end(), [&](const auto& entry) { return entry.first == term; });
  if (it == terms.end()) {
    terms.emplace_back(term, TermWeight{});
    it = terms.end() - 1;
  }
  TermWeight& tw = it->second;
  if (weight <= tw.weight) return;
  // Assigned in place: the strings keep their buffers, no temporary record.
  tw.weight = weight;
  tw.source = source;
  tw.lang = index::LangCode(lang);
}

// `lexicon_entry`: the expansions are a lexicon entry itself (ExpandView),
// whose stems' title flags the cache remembers; else each stem is looked up.
void AddExpansions(const QuestionCache& cache, const std::string& word, TermDraft* draft,
                   const std::vector<Expansion>& expansions, double scale, bool lexicon_entry = false) {
  if (expansions.empty()) return;
  // English stems fold "manages" and "manager" together; a verb's
  // expansions must not land on the title noun ("manajer") of every role.
  const bool word_is_title = cache.IsTitleHeadWord(word);
  const auto flags = lexicon_entry && !word_is_title ? cache.TitleHeadFlags(expansions) : nullptr;
  size_t k = 0;  // the stem's place in `flags`
  for (const auto& e : expansions) {
    // A phrase translation spreads over its words; each word still counts.
    double w = e.weight * scale * (e.stems.size() > 1 ? 0.9 : 1.0);
    for (const auto& stem : e.stems) {
      const bool title = word_is_title ? false : flags ? static_cast<bool>((*flags)[k]) : cache.IsTitleHeadWord(stem);
      ++k;
      if (!title) AddTerm(draft, stem, w, e.source, e.lang);
    }
  }
}

// Moves the draft's kMaxTermsPerConcept heaviest terms (on a tie, the later
// term in byte order) into the concept, sorted by term; empties the draft.
// Places are sorted, not the entries: each entry moves once.
void FinishTerms(TermDraft* draft, Concept* c) {
  std::vector<uint32_t>& order = draft->order;
  order.resize(draft->terms.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  const auto& d = draft->terms;
  if (order.size() > kMaxTermsPerConcept) {
    // The heaviest: weight, then term, both descending. Terms are unique,
    // so the order is total and the kept set one: no need to sort it all.
    std::nth_element(order.begin(), order.begin() + kMaxTermsPerConcept, order.end(), [&](uint32_t a, uint32_t b) {
      return d[a].second.weight != d[b].second.weight ? d[a].second.weight > d[b].second.weight : d[a].first > d[b].first;
    });
    order.resize(kMaxTermsPerConcept);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return d[a].first < d[b].first; });
  auto terms = std::make_shared<TermList>();
  terms->reserve(order.size());
  for (uint32_t k : order) terms->push_back(std::move(draft->terms[k]));
  c->terms = ConceptTerms(std::move(terms));
  draft->clear();
}

// What the terms of a word in no phrase depend on besides the lexicon, the
// packs and the database version: the question's language, the word as
// typed (folded), its stem and whether it is in capitals (an acronym is
// looked up as typed, not stemmed).
std::string WordTermsKey(Lang lang, const ingest::Token& t) {
  std::string key;
  key.reserve(t.norm.size() + t.stem.size() + 3);
  key += static_cast<char>('0' + static_cast<int>(lang));
  key += t.upper ? 'U' : 'l';
  key += t.norm;
  key += '\0';
  key += t.stem;
  return key;
}

}  // namespace

const char* QuestionTypeName(QuestionType t) {
  switch (t) {
    case QuestionType::kWho: return "who";
    case QuestionType::kWhat: return "what";
    case QuestionType::kCompare: return "compare";
    case QuestionType::kRelation: return "relation";
    case QuestionType::kFact: return "fact";
  }
  return "who";
}

ParsedQuestion ParseQuestion(const std::string& question, Lang lang, const ingest::Analyzer& analyzer,
                             const Lexicon& lexicon, index::Reader& reader, const RoleIndex& roles,
                             const QuestionCache& cache) {
  ParsedQuestion q;
  // The question as one analysed sentence: tokenized and stemmed once (its
  // language detected on the same words), for the role patterns and every
  // step below (issue 18).
  std::vector<ingest::AnalyzedSentence> analyzed(1);
  analyzed[0].begin = 0;
  analyzed[0].end = static_cast<uint32_t>(question.size());
  if (lang != Lang::kUnknown) {
    q.lang = lang;
    analyzed[0].tokens = analyzer.Tokenize(question, q.lang);
  } else {
    analyzed[0].tokens = analyzer.TokenizeDetecting(question, Lang::kEn, &q.lang);
  }
  analyzed[0].lang = q.lang;
  const std::vector<ingest::Token>& toks = analyzed[0].tokens;
  std::vector<bool> is_role(toks.size(), false);
  bool unknown_named = false;
  std::vector<RoleMentionSpan> mentions;
  q.roles = FindRoles(question, q.lang, analyzed, analyzer, lexicon, roles, &is_role, &unknown_named, &mentions);

  const ingest::LanguagePacks& packs = analyzer.packs();
  const std::vector<Lang> others = OtherLanguages(packs, q.lang);
  const QuestionCues& cues = cache.Cues(q.lang);
  const std::set<std::string>& compare_cues = cues.compare.words;
  const std::set<std::string>& quantity_cues = cues.quantity.words;
  const std::set<std::string>& frame_cues = cues.frame.words;
  // A cue matches by word or by stem ("dikerjakan" ~ "kerjakan"); quantity
  // words only as typed (their stem list is empty): stemming "berapa" gives "apa".
  auto is_cue = [&](const ingest::Token& t, const CueList& list) {
    return list.words.count(t.norm) > 0 || list.stems.count(t.stem) > 0;
  };
  auto any = [&](const CueList& list) {
    return std::any_of(toks.begin(), toks.end(), [&](const ingest::Token& t) { return is_cue(t, list); });
  };
  q.offers_choice = any(cues.ors);
  if (q.offers_choice) AddChoicePhrases(question, toks, cues.ors.words, analyzer, lexicon, q.lang, roles, &is_role, &mentions, &q.roles);
  q.choices = OfferedChoices(toks, mentions, cues.ors.words, packs);
  const std::vector<bool> unit_asked = UnitAsked(toks, cues.which.words, packs, q.lang);
  q.asks_unit = std::find(unit_asked.begin(), unit_asked.end(), true) != unit_asked.end();
  q.asks_past = any(cues.past);
  for (size_t i = 0; i + 1 < toks.size(); ++i)
    if (cues.recipients.words.count(toks[i].norm) && cues.who.words.count(toks[i + 1].norm)) q.asks_recipient = true;
  bool compare = any(cues.compare) && q.roles.size() >= 2;
  // A question offering two roles asks which of them ("Apakah X di bawah A
  // atau di bawah B?"): never a fact or a description of one.
  const bool choice = q.choices.size() >= 2;
  if (compare) q.type = QuestionType::kCompare;
  else if (!choice && !q.roles.empty() && any(cues.quantity)) q.type = QuestionType::kFact;
  else if (!choice && !q.roles.empty() && any(cues.what) && any(cues.duty)) q.type = QuestionType::kWhat;
  // "How much does a CFO earn?": an attribute of the named role.
  else if (!choice && !q.roles.empty() && any(cues.what) && !any(cues.who)) q.type = QuestionType::kFact;
  else if (q.roles.empty() && HasRelationCue(cache, toks)) {
    // A relation asked of a role the question paraphrases: resolve it by
    // its name's words, or leave the question a plain who-question.
    const std::string id = ResolveRoleByWords(toks, analyzer, lexicon, q.lang, roles, cache, &is_role);
    if (!id.empty()) {
      q.roles.push_back(id);
      FindRelation(cache, toks, is_role, &q);
      if (q.relation.empty()) {
        std::fill(is_role.begin(), is_role.end(), false);
        q.roles.clear();
      }
    }
    q.type = q.relation.empty() ? QuestionType::kWho : QuestionType::kRelation;
  } else if (!q.roles.empty()) {
    FindRelation(cache, toks, is_role, &q);
    // Naming a role without asking for a relation ("Who prepares the roster
    // for the nurses?") is context, not the subject of a relation.
    q.type = q.relation.empty() ? QuestionType::kWho : QuestionType::kRelation;
  }
  if (q.type != QuestionType::kRelation)
    for (const auto& t : toks)
      if (const std::string* grade = cache.GradeOf(t.norm); grade != nullptr && q.grade.empty()) q.grade = *grade;
  // Named by pattern but absent from the corpus, with no known role beside it.
  q.about_unknown_role = unknown_named && q.roles.empty() &&
                         (any(cues.quantity) || (any(cues.what) && any(cues.duty)) || any(cues.what));

  // Content words: not stop words (an upper-case acronym such as "IT" is
  // content even though "it" is a stop word), not role names, not cues.
  std::vector<std::string> stems;
  for (const auto& t : toks) stems.push_back(t.stem);
  // A multi-word phrase ("in charge of", "bertanggung jawab") is one idea:
  // each word carries the phrase's meaning and a share of one idea's weight.
  std::vector<int> group(toks.size(), -1);
  std::vector<std::vector<Expansion>> phrase_meaning;
  for (const auto& pm : lexicon.MatchPhrases(stems, q.lang)) {
    if (pm.last >= toks.size()) continue;
    for (size_t k = pm.first; k <= pm.last; ++k) group[k] = static_cast<int>(phrase_meaning.size());
    phrase_meaning.push_back(pm.expansions);
  }
  // A role offered as a choice ("..., the A or the B?") is a candidate
  // answer, not content: each choice's own sentences name it.
  std::vector<bool> choice_word(toks.size(), false);
  if (q.choices.size() >= 2)
    for (const auto& m : mentions)
      if (std::find(q.choices.begin(), q.choices.end(), m.id) != q.choices.end())
        for (size_t k = m.first; k <= m.last && k < toks.size(); ++k) choice_word[k] = true;
  size_t content_words = 0, frame_words = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (choice_word[i] || (is_role[i] && q.type != QuestionType::kWho) || (toks[i].stop && !toks[i].upper)) continue;
    ++content_words;
    if (frame_cues.count(toks[i].norm)) ++frame_words;
  }
  // Where the who-word stands: the action follows it. A question asking who
  // receives something ("kepada siapa penumpang ...") names its doer there.
  size_t who_at = toks.size();
  if (q.type == QuestionType::kWho && !q.asks_recipient)
    for (size_t i = 0; i < toks.size() && who_at == toks.size(); ++i)
      if (is_cue(toks[i], cues.who)) who_at = i;
  bool action_found = false;
  std::map<int, size_t> group_size;
  for (int g : group)
    if (g >= 0) ++group_size[g];
  const std::vector<bool> opening_setting = OpeningSetting(question, packs, toks);
  std::vector<std::string> other_stems;  // per language of `others`, reused from word to word
  TermDraft& draft = ThreadDraft();       // the current concept's terms
  draft.clear();
  const uint64_t version = reader.Version();
  for (size_t i = 0; i < toks.size(); ++i) {
    const auto& t = toks[i];
    // A role named only as context ("... for the nurses") is content too.
    bool role_word = is_role[i] && q.type != QuestionType::kWho;
    if (role_word || choice_word[i] || (t.stop && !t.upper) || t.norm.size() < 2) continue;
    if (compare && compare_cues.count(t.norm)) continue;
    if (q.type == QuestionType::kWhat && (is_cue(t, cues.duty) || is_cue(t, cues.what)))
      continue;
    if (q.type == QuestionType::kFact && quantity_cues.count(t.norm)) continue;
    if (frame_cues.count(t.norm) && content_words > frame_words) continue;
    if (unit_asked[i]) continue;  // what kind of answer is asked, not what it does
    if (!q.grade.empty() && cache.GradeOf(t.norm) != nullptr) continue;  // the matrix cell's word, not content
    q.concepts.emplace_back();
    Concept* c = &q.concepts.back();
    c->word = t.norm;
    // Capitalised mid-question and not a role: a name of a place or an
    // organisation (an acronym may be content: "IT", "GPS").
    c->setting = (i > 0 && t.capital && !t.upper && !is_role[i]) || (opening_setting[i] && !is_role[i]);
    c->role_word = is_role[i];
    if (!action_found && i > who_at && !c->setting && !c->role_word && !frame_cues.count(t.norm))
      c->action = action_found = true;
    // A word in no phrase expands the same way in every question: its
    // terms are remembered per database version (QuestionCache::WordTerms).
    // A phrase's meaning comes first and changes which source wins a tie.
    std::string memo_key;
    if (group[i] >= 0) {
      AddExpansions(cache, c->word, &draft, phrase_meaning[group[i]], 0.95);
      c->share = 1.0 / static_cast<double>(group_size[group[i]]);
    } else {
      memo_key = WordTermsKey(q.lang, t);
      if (auto remembered = cache.WordTerms(memo_key, version)) {
        c->terms = ConceptTerms(std::move(remembered));
        continue;
      }
    }
    AddTerm(&draft, t.upper ? t.norm : t.stem, 1.0, "exact", q.lang);
    // The word's stem in each other language, stemmed once for both uses below.
    other_stems.clear();
    for (const Lang other : others) other_stems.push_back(analyzer.Stem(t.norm, other));
    for (size_t k = 0; k < others.size(); ++k) AddTerm(&draft, other_stems[k], kLoanwordWeight, "loanword", others[k]);
    const std::vector<Expansion>& own = lexicon.ExpandView(t.stem, q.lang);
    AddExpansions(cache, c->word, &draft, own, 1.0, true);
    if (t.upper) AddExpansions(cache, c->word, &draft, lexicon.ExpandView(t.norm, q.lang), 1.0, true);
    // A word the question's language does not know is often borrowed
    // ("deadline", "supplier" in an Indonesian question): its meanings in
    // the other language count too, a little less.
    if (own.empty() && !t.upper)
      for (size_t k = 0; k < others.size(); ++k)
        AddExpansions(cache, c->word, &draft, lexicon.ExpandView(other_stems[k], others[k]), kBorrowedScale, true);
    // Loanwords: the typed word and its stem ("focuses" -> "focus" ~ "fokus");
    // a stem equal to the word adds nothing the word did not.
    for (const std::string* form : {&t.norm, &t.stem}) {
      if (form == &t.stem && t.stem == t.norm) break;
      const auto cognates = reader.CognateTermsShared(cache.CognateKey(*form));  // held: the memo may drop it
      for (const auto& term : *cognates)
        for (const Lang other : others) AddTerm(&draft, term, kCognateWeight, "cognate", other);
    }
    FinishTerms(&draft, c);
    if (!memo_key.empty()) cache.RememberWordTerms(memo_key, version, c->terms.shared());
  }
  return q;
}

}  // namespace rolegraph::query
