// Role recognition by pattern. Three kinds of role names are found:
//  1. acronyms defined in the text: "CRO, atau Chief Risk Officer",
//     "chief audit officer (CAO)", "CSO which stands for chief security
//     officer"; undefined acronyms of the C-suite shape C?O / C??O also count;
//  2. "Chief X Officer" phrases, tied to their acronym;
//  3. job-title head nouns with functional modifiers, in English order
//     ("senior IT manager") and Indonesian order ("manajer TI senior").
// Titles are keyed by a language-neutral signature (head + modifier
// concepts), so both languages meet in one entity; within a document a
// title whose modifiers are a subset of a more specific one with the same
// head ("manajer senior" after "manajer TI senior") is the same role.
#include "roles.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "boilerplate.h"
#include "layout_titles.h"
#include "role_recognizer.h"
#include "role_text.h"
#include "role_vocabulary.h"

namespace rolegraph::ingest {
namespace internal {
namespace {

constexpr size_t kMaxLegendWords = 6;  // "PRE = Prepress and Plate Operator"

}  // namespace

RecognizedRoles Recognizer::Run() {
  for (const auto& s : sentences_) FindAcronymDefinitions(s);
  result_.spans.resize(sentences_.size());
  for (uint32_t i = 0; i < sentences_.size(); ++i) FindMentions(i);
  AddLayoutTitles();
  MergeAcronymsIntoTitles();
  ResolveBareHeads();
  FindParentheticalAliases();
  FindShortNames();
  FindDefinedShortNames();
  LinkAlternativeNames();
  MergeSubsumedTitles();
  MergeShortenedTitles();
  MergeCopulaNames();
  MergeSharedAliases();
  DropHeadingLabels();
  DropFieldLabels();
  DropOutsidePeople();
  AddKnownNameMentions();
  AddPluralAliases();
  for (auto& [id, e] : entities_) result_.entities.push_back(std::move(e.role));
  return std::move(result_);
}

void Recognizer::FindAcronymDefinitions(const AnalyzedSentence& s) {
  const auto& toks = s.tokens;
  // A line set all in capitals ("# LOWONGAN KERJA: SUPERVISOR GUDANG") has
  // no acronyms to tell apart: every word looks like one.
  const std::string_view line = text_.substr(s.begin, s.end - s.begin);
  if (toks.size() >= 3 && std::none_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return;
  for (size_t i = 0; i < toks.size(); ++i) {
    std::string acronym = AcronymOf(Original(text_, toks[i]));
    if (acronym.empty() || defs_.count(acronym)) continue;
    // Forward: "CRO, atau Chief Risk Officer", "CAO or chief audit officer".
    size_t j = i + 1;
    bool connected = j < toks.size() && text_.substr(toks[i].end, toks[j].begin - toks[i].end).find_first_of(",(") !=
                                            std::string_view::npos;
    while (j < toks.size() && packs_.AnyHas("acronym_connectors", toks[j].norm)) {
      connected = true;
      ++j;
    }
    // A legend defines a code outright, whatever its letters:
    // "HC = Head Chef, SC = Sous Chef", "QI: Quality Inspector".
    // Not the last word of a phrase set in capitals ("JOB VACANCY: Head
    // Baker", "LOWONGAN KERJA: ..."): a heading's label, not a code.
    const bool caps_phrase = i > 0 && toks[i - 1].upper && !toks[i - 1].numeric &&
                             text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end) == " ";
    // Nor a code in brackets after its title: "Chief Safety Officer (CSO):
    // leads the ..." describes the title; the brackets define the code.
    const bool bracketed = i > 0 && text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find('(') !=
                                        std::string_view::npos;
    const bool legend = !caps_phrase && !bracketed && i + 1 < toks.size() &&
                        text_.substr(toks[i].end, toks[i + 1].begin - toks[i].end).find_first_of("=:") !=
                            std::string_view::npos;
    if ((legend || TwoCellRowKey(s, i)) && DefineFromLegend(acronym, toks, i + 1)) continue;
    if (connected && TryDefine(acronym, toks, j, true)) continue;
    // Backward: "chief audit officer (CAO)", "sumber daya manusia (SDM)",
    // "Chief Risk Officer atau CRO".
    if (i > 0 && text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find('(') != std::string_view::npos)
      TryDefine(acronym, toks, i, false);
    else if (i > 1 && packs_.AnyHas("or_words", toks[i - 1].norm))
      TryDefine(acronym, toks, i - 1, false);
  }
}

// A key table's row: "| HC | Head Chef |", two cells, token `i` alone in
// the first. The codes then name a matrix's columns ("| Activity | HC | SC |").
bool Recognizer::TwoCellRowKey(const AnalyzedSentence& s, size_t i) const {
  std::string_view line = text_.substr(s.begin, s.end - s.begin);
  const size_t open = line.find_first_not_of(" \t");
  if (open == std::string_view::npos || line[open] != '|') return false;
  std::vector<std::string_view> cells;
  size_t from = open + 1;
  for (size_t bar; (bar = line.find('|', from)) != std::string_view::npos; from = bar + 1)
    cells.push_back(line.substr(from, bar - from));
  if (from < line.size() && line.substr(from).find_first_not_of(" \t\r") != std::string_view::npos)
    cells.push_back(line.substr(from));
  if (cells.size() != 2) return false;
  const std::string_view first = cells[0];
  const size_t b = first.find_first_not_of(" \t"), e = first.find_last_not_of(" \t");
  return b != std::string_view::npos && first.substr(b, e - b + 1) == Original(text_, s.tokens[i]);
}

// Tries runs starting (forward) or ending (backward) at `at`.
bool Recognizer::TryDefine(const std::string& acronym, const std::vector<Token>& toks, size_t at, bool forward) {
  for (size_t len = 1; len <= acronym.size() + 3; ++len) {
    if (forward ? at + len > toks.size() : len > at) break;
    size_t first = forward ? at : at - len;
    std::vector<const Token*> run;
    for (size_t k = first; k < first + len; ++k) run.push_back(&toks[k]);
    if (!InitialsMatch(acronym, run)) continue;
    AcronymDef def;
    for (const Token* t : run) def.words.push_back(t->norm);
    def.role = ContainsRoleHead(packs_, def.words);
    defs_[acronym] = std::move(def);
    return true;
  }
  return false;
}

// The title after "CODE =" up to the next separator; only a run holding a
// role head defines the code ("R = responsible" does not).
bool Recognizer::DefineFromLegend(const std::string& acronym, const std::vector<Token>& toks, size_t at) {
  AcronymDef def;
  for (size_t k = at; k < toks.size() && def.words.size() < kMaxLegendWords; ++k) {
    if (k > at && text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find_first_not_of(" \t") !=
                      std::string_view::npos)
      break;
    if (!IsWord(toks[k]) || !AcronymOf(Original(text_, toks[k])).empty()) break;
    def.words.push_back(toks[k].norm);
  }
  if (def.words.empty() || !ContainsRoleHead(packs_, def.words)) return false;
  def.role = true;
  defs_[acronym] = std::move(def);
  return true;
}

bool Recognizer::IsRoleAcronym(const std::string& acronym) const {
  auto it = defs_.find(acronym);
  if (it != defs_.end()) return it->second.role;
  return IsCSuiteShape(acronym);
}

Recognizer::Entity& Recognizer::EntityFor(const std::string& id, const std::string& name, const std::string& kind, uint32_t sentence) {
  auto [it, inserted] = entities_.try_emplace(id);
  if (inserted) {
    it->second.role.id = id;
    it->second.role.name = name;
    it->second.role.kind = kind;
    it->second.role.first_sentence = sentence;
  }
  return it->second;
}

void Recognizer::AddAlias(Entity& e, const std::string& alias) {
  if (!alias.empty() && e.alias_set.insert(alias).second) e.role.aliases.push_back(alias);
}

void Recognizer::AddMention(uint32_t sentence, Entity& e, uint32_t first, uint32_t last) {
  ++e.role.mentions;
  result_.spans[sentence].push_back({e.role.id, first, last, false});
}

Recognizer::Entity& Recognizer::AcronymEntity(const std::string& acronym, uint32_t sentence) {
  auto it = defs_.find(acronym);
  std::string name = acronym;
  if (it != defs_.end() && it->second.role) name = TitleCase(packs_, it->second.words);
  Entity& e = EntityFor(Lower(acronym), name, "role", sentence);
  if (e.role.name == acronym && name != acronym) e.role.name = name;
  AddAlias(e, acronym);
  if (it != defs_.end() && it->second.role) AddAlias(e, Lower(name));
  return e;
}

// "R = yang mengerjakan, A = pejabat penyetuju, C = ...": a line defining two
// or more matrix grades (raci.tsv cells followed by "=" or ":") describes
// the grades; its words name no post.
bool Recognizer::GradeLegend(const AnalyzedSentence& s) const {
  constexpr size_t kMinGrades = 2;
  size_t grades = 0;
  const auto& toks = s.tokens;
  for (size_t i = 0; i + 1 < toks.size(); ++i)
    if (text_.substr(toks[i].end, toks[i + 1].begin - toks[i].end).find_first_of("=:") != std::string_view::npos &&
        packs_.AnyRow("raci", toks[i].norm) != nullptr)
      ++grades;
  return grades >= kMinGrades;
}

void Recognizer::FindMentions(uint32_t si) {
  const auto& toks = sentences_[si].tokens;
  // "Metro Desk | 2 May | By A. Putri": the publisher's desk, not ours.
  const AnalyzedSentence& s = sentences_[si];
  if (IsBylineStrip(packs_, Lower(text_.substr(s.begin, s.end - s.begin)), s)) return;
  if (GradeLegend(s)) return;
  std::vector<bool> used(toks.size(), false);
  // Chief X Officer phrases first: they contain a head noun ("officer").
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!packs_.AnyHas("csuite_openers", toks[i].norm)) continue;
    for (size_t j = i + 1; j < toks.size() && j <= i + 5; ++j) {
      if (!Adjacent(text_, toks[j - 1], toks[j], false) || !IsWord(toks[j])) break;
      auto csuite_head = [&](const Token& t) {
        const std::string_view singular = Singular(packs_, t.norm);
        return packs_.AnyHas("csuite_heads", t.norm) || (!singular.empty() && packs_.AnyHas("csuite_heads", singular));
      };
      if (!csuite_head(toks[j])) continue;
      std::vector<std::string> words;
      std::string initials;
      for (size_t k = i; k <= j; ++k) {
        std::string w = toks[k].norm;
        if (k == j && !packs_.AnyHas("csuite_heads", w)) w = std::string(Singular(packs_, w));
        words.push_back(w);
        if (!toks[k].stop) initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      }
      std::string acronym = initials;
      for (const auto& [a, def] : defs_)
        if (def.role && def.words == words) acronym = a;
      Entity& e = AcronymEntity(acronym, si);
      if (e.role.name == acronym) e.role.name = TitleCase(packs_, words);
      AddAlias(e, Lower(TitleCase(packs_, words)));
      AddMention(si, e, static_cast<uint32_t>(i), static_cast<uint32_t>(j));
      for (size_t k = i; k <= j; ++k) used[k] = true;
      break;
    }
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    if (used[i]) continue;
    std::string acronym = AcronymOf(Original(text_, toks[i]));
    if (!acronym.empty() && IsRoleAcronym(acronym)) {
      AddMention(si, AcronymEntity(acronym, si), static_cast<uint32_t>(i), static_cast<uint32_t>(i));
      used[i] = true;
    }
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    if (used[i]) continue;
    TryTitle(si, i, used);
  }
  auto& spans = result_.spans[si];
  std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
}

// "Position: Night Auditor", "3. Teller" + "Teller adalah ...": titles
// the layout announces, for head nouns no vocabulary lists. An acronym
// defined as such a title ("Customer Service (CS)") names it too.
void Recognizer::AddLayoutTitles() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  std::vector<LayoutTitle> layout = FindLayoutTitles(packs_, text_, sentences_);
  DefineStaffList(layout);
  for (const LayoutTitle& lt : layout) {
    if (lt.staff_list && lt.defined) JoinStaffTitle(lt);
    const auto& toks = sentences_[lt.sentence].tokens;
    const auto& spans = result_.spans[lt.sentence];
    // A name on the line our patterns already know anchors the others.
    std::string anchor;
    std::vector<std::string> same;
    std::vector<std::pair<uint32_t, uint32_t>> free;
    for (const auto& name : lt.names) {
      const uint32_t first = name.first, last = name.second;  // plain names: clang 14 cannot capture bindings
      auto hit = std::find_if(result_.spans[lt.sentence].begin(), result_.spans[lt.sentence].end(),
                              [&](const RoleSpan& s) { return s.first <= last && first <= s.last; });
      if (hit == spans.end()) {
        free.emplace_back(first, last);
        continue;
      }
      if (!entities_.count(hit->role_id) || entities_[hit->role_id].role.kind != "role") continue;
      if (anchor.empty()) anchor = hit->role_id;
      // "3. Warehouse Manager (Manajer Gudang)": the names one title
      // line gives are one position.
      else if (hit->role_id != anchor && lt.defined) same.push_back(hit->role_id);
      // "Food & Beverage Manager" where the patterns saw "Beverage
      // Manager": the line's whole name is the role's name.
      if ((first < hit->first || last > hit->last) && lt.defined) ExtendToLine(lt.sentence, &*hit, first, last);
    }
    for (const auto& id : same) MergeEntity(id, anchor);
    if (free.empty() || (anchor.empty() && !lt.defined)) continue;
    for (auto [first, last] : free) {
      std::vector<std::string> words;
      std::string name, id, phrase;
      for (uint32_t k = first; k <= last; ++k) {
        words.push_back(toks[k].norm);
        // Appended piece by piece: GCC 12 warns (-Wrestrict, a false
        // positive) on the temporary of `"" + std::string(...)` here.
        if (k > first) name += ' ', id += '-', phrase += ' ';
        name += Original(text_, toks[k]);
        id += toks[k].norm;
        phrase += toks[k].norm;
      }
      // A staff list's title as written: "Owner & Head Baker".
      if (lt.staff_list) name = std::string(text_.substr(toks[first].begin, toks[last].end - toks[first].begin));
      if (!anchor.empty() && !NamesARole(toks, first, last, Lower(entities_[anchor].role.name))) continue;
      if (anchor.empty()) {
        if (entities_.count(id) && entities_[id].role.kind != "role") break;
        EntityFor(id, name, "role", lt.sentence);
        layout_ids_.insert(id);
        anchor = id;
      }
      Entity& e = entities_[anchor];
      AddAlias(e, first == last && toks[first].upper ? name : phrase);
      names.emplace_back(words, anchor);
      for (auto& [acronym, def] : defs_) {
        if (def.role || def.words != words) continue;
        def.role = true;  // "Customer Service (CS)": CS names the role too
        AddAlias(e, acronym);
        names.push_back({{Lower(acronym)}, anchor});
      }
    }
  }
  AddNameMentionsEverywhere(names);
}

// A staff list whose titles are mostly ones our patterns know lists posts:
// its other titles ("Seed Sorter", "Kiln Loader") are posts too, and
// each whole title is the name ("Founder & Director", not "Director").
void Recognizer::DefineStaffList(std::vector<LayoutTitle>& layout) const {
  size_t items = 0, known = 0;
  for (const LayoutTitle& lt : layout) {
    if (!lt.staff_list) continue;
    ++items;
    const bool hit = std::any_of(lt.names.begin(), lt.names.end(), [&](const auto& name) {
      return std::any_of(result_.spans[lt.sentence].begin(), result_.spans[lt.sentence].end(), [&](const RoleSpan& s) {
        auto e = entities_.find(s.role_id);
        return s.first <= name.second && name.first <= s.last && e != entities_.end() && e->second.role.kind == "role";
      });
    });
    if (hit) ++known;
  }
  constexpr size_t kMinKnownTitles = 2;
  if (known < kMinKnownTitles || 2 * known < items) return;
  for (LayoutTitle& lt : layout)
    if (lt.staff_list) lt.defined = true;
}

// "Glaze Chemist and Quality Officer", "Reception and Billing
// Coordinator" after a staff list's dash: one person's one post. The first
// role read inside the title takes the others' names; the other names read
// inside it (a unit, a second role) are no mention of their own there.
void Recognizer::JoinStaffTitle(const LayoutTitle& lt) {
  auto& spans = result_.spans[lt.sentence];
  for (const auto& name : lt.names) {
    // Plain copies: clang 14 (the fuzz build) cannot capture structured bindings.
    const auto first = name.first, last = name.second;
    auto inside = [&](const RoleSpan& s) { return s.first <= last && first <= s.last; };
    auto keep = std::find_if(spans.begin(), spans.end(), [&](const RoleSpan& s) {
      auto e = entities_.find(s.role_id);
      return inside(s) && e != entities_.end() && e->second.role.kind == "role";
    });
    if (keep == spans.end()) continue;
    const std::string target = keep->role_id;
    std::vector<std::string> others;
    for (const RoleSpan& s : spans) {
      auto e = entities_.find(s.role_id);
      if (&s != &*keep && inside(s) && s.role_id != target && e != entities_.end() && e->second.role.kind == "role")
        others.push_back(s.role_id);
    }
    const auto kept = static_cast<size_t>(keep - spans.begin());
    std::vector<RoleSpan> rest;
    for (size_t k = 0; k < spans.size(); ++k)
      if (k == kept || !inside(spans[k])) rest.push_back(spans[k]);
    spans = std::move(rest);
    for (const auto& id : others) MergeEntity(id, target);
  }
}

void Recognizer::ExtendToLine(uint32_t si, RoleSpan* span, uint32_t first, uint32_t last) {
  const auto& toks = sentences_[si].tokens;
  for (const RoleSpan& other : result_.spans[si])
    if (&other != span && other.first <= last && first <= other.last) return;
  Entity& e = entities_[span->role_id];
  std::string phrase;
  for (uint32_t k = first; k <= last; ++k) phrase += (phrase.empty() ? "" : " ") + toks[k].norm;
  std::string name(text_.substr(toks[first].begin, toks[last].end - toks[first].begin));
  AddAlias(e, phrase);
  AddAlias(e, Lower(name));
  if (name.size() > e.role.name.size()) e.role.name = name;
  span->first = first;
  span->last = last;
}

// A bare head is the document's one title with that head, shortened; with
// no such title, it is a role of its own where the document writes it as a
// title somewhere ("the Secretary", "kepada Bendahara"), names the people
// of that trade as a subject ("the technicians service ...") or one holder
// as a subject ("the consultant visits ..."). A deputy's title
// is no shortened form: "Ketua" beside "Wakil Ketua" is the chair.
void Recognizer::ResolveBareHeads() {
  std::set<std::string> titled;
  for (const auto& bare : bare_heads_)
    if (bare.titled) titled.insert(bare.head);
  auto deputy = [&](const std::vector<std::string>& modifiers) {
    return std::any_of(modifiers.begin(), modifiers.end(),
                       [&](const std::string& m) { return IsDeputyRank(packs_, m); });
  };
  for (const auto& bare : bare_heads_) {
    std::string only;
    int count = 0;
    bool all_ranked = true;  // every title with this head carries a rank ("Senior Associate")
    for (const auto& [id, sig] : signatures_)
      if (sig.first == bare.head && !deputy(sig.second) && entities_.count(id) &&
          entities_[id].role.kind == (bare.unit ? "org_unit" : "role")) {
        only = id;
        ++count;
        all_ranked = all_ranked && std::any_of(sig.second.begin(), sig.second.end(),
                                               [&](const std::string& m) { return IsSeniority(packs_, m); });
      }
    // The trade's people in the plural are never one ranked post.
    if ((count == 0 && (titled.count(bare.head) || bare.subject)) || (bare.plural_subject && all_ranked))
      only = BareTitleEntity(bare);
    else if (count != 1) continue;
    auto& spans = result_.spans[bare.sentence];
    bool taken = std::any_of(spans.begin(), spans.end(), [&](const RoleSpan& s) {
      return s.first <= bare.token && bare.token <= s.last;
    });
    if (taken) continue;
    spans.push_back({only, bare.token, bare.token, false});
    std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
    ++entities_[only].role.mentions;
    // A bare title's word in either language is its name ("bendahara").
    if (signatures_[only].second.empty()) AddAlias(entities_[only], sentences_[bare.sentence].tokens[bare.token].norm);
  }
}

// The role a bare titled head names: keyed by its English head, so both
// languages' words for it meet ("Treasurer", "Bendahara").
std::string Recognizer::BareTitleEntity(const BareHead& bare) {
  std::string id = bare.head;
  std::replace(id.begin(), id.end(), ' ', '-');
  const std::string name = DisplayConcept(packs_, bare.head);
  Entity& e = EntityFor(id, name, bare.unit ? "org_unit" : "role", bare.sentence);
  signatures_[id] = {bare.head, {}};
  AddAlias(e, Lower(name));
  AddAlias(e, sentences_[bare.sentence].tokens[bare.token].norm);
  return id;
}

void Recognizer::AddNameMentionsEverywhere(
    const std::vector<std::pair<std::vector<std::string>, std::string>>& names) {
  for (const auto& [words, id] : names)
    for (uint32_t si = 0; si < sentences_.size(); ++si) AddNameMentions(si, words, id);
}

void Recognizer::AddNameMentions(uint32_t si, const std::vector<std::string>& words, const std::string& id) {
  const auto& toks = sentences_[si].tokens;
  auto& spans = result_.spans[si];
  for (size_t i = 0; i + words.size() <= toks.size(); ++i) {
    bool match = true;
    for (size_t k = 0; k < words.size() && match; ++k) match = toks[i + k].norm == words[k];
    if (!match) continue;
    uint32_t first = static_cast<uint32_t>(i), last = static_cast<uint32_t>(i + words.size() - 1);
    bool overlaps = std::any_of(spans.begin(), spans.end(),
                                [&](const RoleSpan& s) { return s.first <= last && first <= s.last; });
    if (overlaps) continue;
    spans.push_back({id, first, last, false});
    ++entities_[id].role.mentions;
  }
  std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
}


}  // namespace internal

std::string AcronymOf(std::string_view original) {
  std::string s(original);
  // Possessive and plural forms fold in: "CEO's", "CEO’s", "CEOs".
  for (std::string_view suffix : {"\u2019s", "'s"})
    if (s.size() > suffix.size() && s.ends_with(suffix)) s.resize(s.size() - suffix.size());
  if (s.size() > 3 && s.back() == 's') s.pop_back();
  if (s.size() < 2 || s.size() > 6) return {};
  // An ampersand joins capitals into one acronym ("R&D", "A&R").
  for (size_t k = 0; k < s.size(); ++k)
    if (!(s[k] >= 'A' && s[k] <= 'Z') && !(s[k] == '&' && k > 0 && k + 1 < s.size())) return {};
  return s;
}

const RoleEntity* RecognizedRoles::Find(std::string_view id) const {
  for (const auto& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

RecognizedRoles RecognizeRoles(const LanguagePacks& packs, std::string_view text, const std::vector<AnalyzedSentence>& sentences) {
  return internal::Recognizer(packs, text, sentences).Run();
}

}  // namespace rolegraph::ingest
