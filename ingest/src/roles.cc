// Role recognition by pattern. Three kinds of role names are found:
//  1. acronyms defined in the text: "CIO, atau Chief Information Officer",
//     "chief product officer (CPO)", "CEO which stands for chief executive
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
#include <set>

#include "layout_titles.h"
#include "role_text.h"
#include "role_vocabulary.h"

namespace rolegraph::ingest {
namespace {

class Recognizer {
 public:
  Recognizer(std::string_view text, const std::vector<AnalyzedSentence>& sentences)
      : text_(text), sentences_(sentences) {}

  RecognizedRoles Run() {
    for (const auto& s : sentences_) FindAcronymDefinitions(s);
    result_.spans.resize(sentences_.size());
    for (uint32_t i = 0; i < sentences_.size(); ++i) FindMentions(i);
    AddLayoutTitles();
    MergeAcronymsIntoTitles();
    ResolveBareHeads();
    FindParentheticalAliases();
    FindShortNames();
    LinkAlternativeNames();
    MergeSubsumedTitles();
    MergeCopulaNames();
    MergeSharedAliases();
    for (auto& [id, e] : entities_) result_.entities.push_back(std::move(e.role));
    return std::move(result_);
  }

 private:
  struct Entity {
    RoleEntity role;
    std::set<std::string> alias_set;
  };

  void FindAcronymDefinitions(const AnalyzedSentence& s) {
    const auto& toks = s.tokens;
    static const std::set<std::string> kConnectors = {"atau", "or", "which", "stands", "for", "yang",
                                                      "merupakan", "singkatan", "dari", "aka", "alias",
                                                      "adalah", "is", "the", "a", "an"};
    for (size_t i = 0; i < toks.size(); ++i) {
      std::string acronym = AcronymOf(Original(text_, toks[i]));
      if (acronym.empty() || defs_.count(acronym)) continue;
      // Forward: "CIO, atau Chief Information Officer", "CMO or chief marketing officer".
      size_t j = i + 1;
      bool connected = j < toks.size() && text_.substr(toks[i].end, toks[j].begin - toks[i].end).find_first_of(",(") !=
                                              std::string_view::npos;
      while (j < toks.size() && kConnectors.count(toks[j].norm)) {
        connected = true;
        ++j;
      }
      if (connected && TryDefine(acronym, toks, j, true)) continue;
      // Backward: "chief product officer (CPO)", "teknologi informasi (TI)",
      // "Chief Operating Officer atau COO".
      if (i > 0 && text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find('(') != std::string_view::npos)
        TryDefine(acronym, toks, i, false);
      else if (i > 1 && (toks[i - 1].norm == "atau" || toks[i - 1].norm == "or"))
        TryDefine(acronym, toks, i - 1, false);
    }
  }

  // Tries runs starting (forward) or ending (backward) at `at`.
  bool TryDefine(const std::string& acronym, const std::vector<Token>& toks, size_t at, bool forward) {
    for (size_t len = 1; len <= acronym.size() + 3; ++len) {
      if (forward ? at + len > toks.size() : len > at) break;
      size_t first = forward ? at : at - len;
      std::vector<const Token*> run;
      for (size_t k = first; k < first + len; ++k) run.push_back(&toks[k]);
      if (!InitialsMatch(acronym, run)) continue;
      AcronymDef def;
      for (const Token* t : run) def.words.push_back(t->norm);
      def.role = ContainsRoleHead(def.words);
      defs_[acronym] = std::move(def);
      return true;
    }
    return false;
  }

  bool IsRoleAcronym(const std::string& acronym) const {
    auto it = defs_.find(acronym);
    if (it != defs_.end()) return it->second.role;
    return IsCSuiteShape(acronym);
  }

  Entity& EntityFor(const std::string& id, const std::string& name, const std::string& kind, uint32_t sentence) {
    auto [it, inserted] = entities_.try_emplace(id);
    if (inserted) {
      it->second.role.id = id;
      it->second.role.name = name;
      it->second.role.kind = kind;
      it->second.role.first_sentence = sentence;
    }
    return it->second;
  }

  void AddAlias(Entity& e, const std::string& alias) {
    if (!alias.empty() && e.alias_set.insert(alias).second) e.role.aliases.push_back(alias);
  }

  void AddMention(uint32_t sentence, Entity& e, uint32_t first, uint32_t last) {
    ++e.role.mentions;
    result_.spans[sentence].push_back({e.role.id, first, last, false});
  }

  Entity& AcronymEntity(const std::string& acronym, uint32_t sentence) {
    auto it = defs_.find(acronym);
    std::string name = acronym;
    if (it != defs_.end() && it->second.role) name = TitleCase(it->second.words);
    Entity& e = EntityFor(Lower(acronym), name, "role", sentence);
    if (e.role.name == acronym && name != acronym) e.role.name = name;
    AddAlias(e, acronym);
    if (it != defs_.end() && it->second.role) AddAlias(e, Lower(name));
    return e;
  }

  void FindMentions(uint32_t si) {
    const auto& toks = sentences_[si].tokens;
    std::vector<bool> used(toks.size(), false);
    // Chief X Officer phrases first: they contain a head noun ("officer").
    for (size_t i = 0; i < toks.size(); ++i) {
      if (toks[i].norm != "chief") continue;
      for (size_t j = i + 1; j < toks.size() && j <= i + 5; ++j) {
        if (!Adjacent(text_, toks[j - 1], toks[j], false) || !IsWord(toks[j])) break;
        if (toks[j].norm != "officer" && toks[j].norm != "officers") continue;
        std::vector<std::string> words;
        std::string initials;
        for (size_t k = i; k <= j; ++k) {
          std::string w = toks[k].norm == "officers" ? "officer" : toks[k].norm;
          words.push_back(w);
          if (!toks[k].stop) initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
        }
        std::string acronym = initials;
        for (const auto& [a, def] : defs_)
          if (def.role && def.words == words) acronym = a;
        Entity& e = AcronymEntity(acronym, si);
        if (e.role.name == acronym) e.role.name = TitleCase(words);
        AddAlias(e, Lower(TitleCase(words)));
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

  // Concept of a modifier token, including non-role acronyms defined in the
  // text ("TI" = "teknologi informasi") and multi-word concepts.
  std::string ModifierOf(const Token& t) const {
    std::string_view c = ModifierConcept(t.norm);
    if (!c.empty()) return std::string(c);
    std::string acronym = AcronymOf(Original(text_, t));
    if (!acronym.empty() && !IsRoleAcronym(acronym)) {
      auto it = defs_.find(acronym);
      if (it != defs_.end()) return Lower(acronym);
      return Lower(acronym);
    }
    return {};
  }

  // "information" + "technology" in either order is the IT concept.
  static void FoldConcepts(std::vector<std::string>* concepts) {
    auto has = [&](const char* c) { return std::find(concepts->begin(), concepts->end(), c) != concepts->end(); };
    if (has("information") && has("technology")) {
      concepts->erase(std::remove_if(concepts->begin(), concepts->end(),
                                     [](const std::string& c) { return c == "information" || c == "technology"; }),
                      concepts->end());
      if (!has("it")) concepts->push_back("it");
    }
    if (has("ti")) std::replace(concepts->begin(), concepts->end(), std::string("ti"), std::string("it"));
  }

  void TryTitle(uint32_t si, size_t i, std::vector<bool>& used) {
    const auto& toks = sentences_[si].tokens;
    const HeadNoun* head = FindHeadNoun(toks[i].norm);
    bool head_of = false;
    if (!head && toks[i].norm == "head" && i + 2 < toks.size() && toks[i + 1].norm == "of") {
      static const HeadNoun kHeadOf{"head", false, false};
      head = &kHeadOf;
      head_of = true;
    }
    if (!head) return;
    // "Front Office Manager": a unit right before a title qualifies it.
    if (head->org_unit && i + 1 < toks.size() && Adjacent(text_, toks[i], toks[i + 1], false)) {
      const HeadNoun* next = FindHeadNoun(toks[i + 1].norm);
      if (next && !next->org_unit && next->prefix_modifiers) return;
    }
    // "director of engineering", "vice president of sales": an English head
    // followed by "of" and its field reads like "head of X".
    size_t of_at = i + 1;
    if (!head_of && head->prefix_modifiers && !head->org_unit && of_at + 1 < toks.size() &&
        toks[of_at].norm == "of" && Adjacent(text_, toks[i], toks[of_at], false)) {
      size_t field = of_at + 1;
      if (field + 1 < toks.size() && toks[field].norm == "the") ++field;
      if (!ModifierOf(toks[field]).empty() || (IsFreeModifier(toks[field]) && !LooksAdjectival(toks[field].norm)))
        head_of = field == of_at + 1;  // "of the X" names an organisation, not a field
    }
    std::vector<std::string> concepts;
    size_t first = i, last = i;
    bool free_modifier = false;  // a modifier outside our vocabulary: keep the document's wording as name
    const bool indonesian = sentences_[si].lang == Lang::kId;
    // Indonesian order: "wakil kepala sekolah bidang kurikulum", "manajer
    // pabrik"; English "head of sales". A deputy/assistant word may come
    // first. With `titled` only vocabulary concepts or capitalised words
    // qualify ("Supervisor Produksi" in an Indonesian sentence).
    auto scan_following = [&](bool titled) {
      size_t k = head_of ? i + 2 : i + 1;
      bool field = false;  // after "bidang" / "urusan" any word names the field
      for (; k < toks.size() && k - i <= 5 && concepts.size() < 4; ++k) {
        if (used[k] || !Adjacent(text_, toks[k - 1], toks[k], true)) break;
        if (toks[k].norm == "bidang" || toks[k].norm == "urusan") {
          field = true;
          continue;
        }
        std::string c = ModifierOf(toks[k]);
        const HeadNoun* unit = FindHeadNoun(toks[k].norm);
        if (c.empty() && unit && unit->org_unit && head->english == std::string_view("head")) c = unit->english;
        bool first_slot = head_of ? k == i + 2 : k == i + 1;
        // "Head of Faculty Administration": a Title Case run goes on.
        bool title_case_run = toks[i].capital && toks[k].capital && toks[k - 1].capital && !toks[k].stop &&
                              Adjacent(text_, toks[k - 1], toks[k], false);
        if (c.empty() && !unit && (field || first_slot || title_case_run) && IsFreeModifier(toks[k]) &&
            (!titled || toks[k].capital)) {
          c = FreeConcept(toks[k]);
          free_modifier = true;
        }
        if (c.empty()) break;
        field = false;
        if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(c);
        last = k;
      }
    };
    if (head->prefix_modifiers && !head_of) {
      for (size_t k = i; k-- > 0 && i - k <= 3;) {
        if (used[k] || !Adjacent(text_, toks[k], toks[k + 1], false)) break;
        // Inside Indonesian text an English-order title is written as a
        // title ("HSE Officer"); "pelatihan operator" is training of operators.
        if (indonesian && !toks[k].capital && !toks[k].upper) break;
        std::string c = ModifierOf(toks[k]);
        // Right before the head one noun our vocabulary lacks may qualify it
        // ("sous chef", "scrum master", "team lead").
        // An organisation unit there may bring its own ("Front Office Manager").
        const bool after_unit = k + 2 == i && free_modifier && toks[k].capital;
        if (c.empty() && (k + 1 == i || after_unit) && !indonesian) {
          const HeadNoun* unit = FindHeadNoun(toks[k].norm);
          if (unit && unit->org_unit && !after_unit) c = unit->english;
          else if (!unit && IsFreeModifier(toks[k]) && !LooksAdjectival(toks[k].norm)) c = FreeConcept(toks[k]);
          if (!c.empty()) free_modifier = true;
          if (after_unit && !FindHeadNoun(toks[k + 1].norm)) c.clear();
        }
        if (c.empty()) break;
        concepts.insert(concepts.begin(), c);
        first = k;
      }
      // An English head used in Indonesian order ("Supervisor Produksi").
      if (concepts.empty() && indonesian && !head->org_unit) scan_following(true);
      // "Vice Dean for Academic Affairs", "Vice President for Sales".
      if (!indonesian && !head->org_unit && i + 2 < toks.size() && toks[i + 1].norm == "for" &&
          Adjacent(text_, toks[i], toks[i + 1], false) && toks[i + 2].capital) {
        size_t k = i + 2;
        std::vector<std::string> field;
        for (; k < toks.size() && k - i <= 5; ++k) {
          if (k > i + 2 && !Adjacent(text_, toks[k - 1], toks[k], false)) break;
          if (!toks[k].capital && !toks[k].upper && toks[k].norm != "and") break;
          if (toks[k].norm == "and") continue;
          std::string c = ModifierOf(toks[k]);
          field.push_back(c.empty() ? FreeConcept(toks[k]) : c);
          last = k;
        }
        if (!field.empty()) {
          free_modifier = true;
          for (auto& c : field)
            if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(std::move(c));
        }
      }
    } else {
      if (!head_of && i > 0 && !used[i - 1] && Adjacent(text_, toks[i - 1], toks[i], false)) {
        std::string_view c = ModifierConcept(toks[i - 1].norm);
        if (c == "deputy" || c == "assistant" || c == "vice") {
          concepts.push_back(std::string(c));
          first = i - 1;
        }
      }
      scan_following(false);
    }
    FoldConcepts(&concepts);
    if (concepts.empty() && !head->standalone) {
      // A bare "manager" is no particular role, unless it opens the sentence
      // or a clause or is definite ("Controller menyusun ...", "..., sedangkan
      // controller ...", "the controller") and the document has one title
      // with that head: then it is that title, shortened.
      static const std::set<std::string> kDefinite = {"the", "sang", "seorang", "sedangkan", "sementara", "while",
                                                      "whereas", "tetapi", "namun", "but", "lalu", "kemudian", "then"};
      bool clause_start = i > 0 && text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find(',') !=
                                       std::string_view::npos;
      bool opens = i == 0 || clause_start || kDefinite.count(toks[i - 1].norm);
      if (opens && !head->org_unit) bare_heads_.push_back({si, static_cast<uint32_t>(i), std::string(head->english)});
      return;
    }
    // Canonical English name: seniority first, then function, then head.
    std::vector<std::string> ordered;
    for (const auto& c : concepts)
      if (IsSeniority(c)) ordered.push_back(c);
    for (const auto& c : concepts)
      if (!IsSeniority(c)) ordered.push_back(c);
    std::string name, id;
    for (const auto& c : ordered) {
      name += DisplayConcept(c) + " ";
      id += c + "-";
    }
    name += DisplayConcept(head->english);
    id += std::string(head->english);
    std::replace(id.begin(), id.end(), ' ', '-');  // "village head" -> "village-head"
    std::string alias;
    for (size_t k = first; k <= last; ++k) {
      std::string_view orig = Original(text_, toks[k]);
      bool paren_acronym = k > first && text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find('(') !=
                                            std::string_view::npos;
      if (paren_acronym) continue;
      if (!alias.empty()) alias += ' ';
      alias += toks[k].upper ? std::string(orig) : toks[k].norm;
    }
    // "kepala desa" reads better than "Desa Head": a title with words our
    // vocabulary cannot translate keeps the document's wording as its name.
    if (free_modifier) {
      name = alias;
      for (size_t k = 0; k < name.size(); ++k)
        if (k == 0 || name[k - 1] == ' ') name[k] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[k])));
    }
    std::vector<std::string> sorted = concepts;
    std::sort(sorted.begin(), sorted.end());
    Entity& e = EntityFor(id, name, head->org_unit ? "org_unit" : "role", si);
    signatures_[id] = {std::string(head->english), sorted};
    AddAlias(e, Lower(name));
    AddAlias(e, alias);
    AddMention(si, e, static_cast<uint32_t>(first), static_cast<uint32_t>(last));
    for (size_t k = first; k <= last; ++k) used[k] = true;
  }

  // "Position: Night Auditor", "3. Teller" + "Teller adalah ...": titles
  // the layout announces, for head nouns no vocabulary lists. An acronym
  // defined as such a title ("Customer Service (CS)") names it too.
  void AddLayoutTitles() {
    std::vector<std::pair<std::vector<std::string>, std::string>> names;
    for (const LayoutTitle& lt : FindLayoutTitles(text_, sentences_)) {
      const auto& toks = sentences_[lt.sentence].tokens;
      const auto& spans = result_.spans[lt.sentence];
      // A name on the line our patterns already know anchors the others.
      std::string anchor;
      std::vector<std::pair<uint32_t, uint32_t>> free;
      for (auto [first, last] : lt.names) {
        auto hit = std::find_if(result_.spans[lt.sentence].begin(), result_.spans[lt.sentence].end(),
                                [&](const RoleSpan& s) { return s.first <= last && first <= s.last; });
        if (hit == spans.end()) {
          free.emplace_back(first, last);
          continue;
        }
        if (!entities_.count(hit->role_id) || entities_[hit->role_id].role.kind != "role") continue;
        if (anchor.empty()) anchor = hit->role_id;
        // "Food & Beverage Manager" where the patterns saw "Beverage
        // Manager": the line's whole name is the role's name.
        if ((first < hit->first || last > hit->last) && lt.defined) ExtendToLine(lt.sentence, &*hit, first, last);
      }
      if (free.empty() || (anchor.empty() && !lt.defined)) continue;
      for (auto [first, last] : free) {
        std::vector<std::string> words;
        std::string name, id, phrase;
        for (uint32_t k = first; k <= last; ++k) {
          words.push_back(toks[k].norm);
          name += (name.empty() ? "" : " ") + std::string(Original(text_, toks[k]));
          id += (id.empty() ? "" : "-") + toks[k].norm;
          phrase += (phrase.empty() ? "" : " ") + toks[k].norm;
        }
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
    for (const auto& [words, id] : names)
      for (uint32_t si = 0; si < sentences_.size(); ++si) AddNameMentions(si, words, id);
  }

  void ExtendToLine(uint32_t si, RoleSpan* span, uint32_t first, uint32_t last) {
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

  // "engineering manager (EM)": the acronym and the title are one role; the
  // title's id stays (it says more), the acronym becomes an alias.
  void MergeAcronymsIntoTitles() {
    for (const auto& [acronym, def] : defs_) {
      if (!def.role) continue;
      std::string words;
      for (const auto& w : def.words) words += (words.empty() ? "" : " ") + w;
      std::string acronym_id = Lower(acronym);
      if (!entities_.count(acronym_id)) continue;
      for (auto& [id, e] : entities_) {
        if (id == acronym_id || e.role.kind != "role" || !e.alias_set.count(words)) continue;
        MergeEntity(acronym_id, id);
        break;
      }
    }
  }

  void ResolveBareHeads() {
    for (const auto& bare : bare_heads_) {
      std::string only;
      int count = 0;
      for (const auto& [id, sig] : signatures_)
        if (sig.first == bare.head && entities_.count(id) && entities_[id].role.kind == "role") {
          only = id;
          ++count;
        }
      if (count != 1) continue;
      auto& spans = result_.spans[bare.sentence];
      bool taken = std::any_of(spans.begin(), spans.end(), [&](const RoleSpan& s) {
        return s.first <= bare.token && bare.token <= s.last;
      });
      if (taken) continue;
      spans.push_back({only, bare.token, bare.token, false});
      std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
      ++entities_[only].role.mentions;
    }
  }

  // "Wakil kepala sekolah bidang kurikulum (wakasek kurikulum)": the words in
  // parentheses after a title are another name of it; every later use of
  // that name in the document is a mention.
  // "Sekretaris desa atau Sekdes", "Kepala ruangan atau Karu": a
  // capitalised short word offered as another name of the title before it.
  void FindShortNames() {
    std::vector<std::pair<std::vector<std::string>, std::string>> names;
    for (uint32_t si = 0; si < sentences_.size(); ++si) {
      const auto& toks = sentences_[si].tokens;
      for (const auto& span : result_.spans[si]) {
        size_t k = span.last + 1;
        if (k + 1 >= toks.size() || (toks[k].norm != "atau" && toks[k].norm != "or" && toks[k].norm != "alias")) continue;
        const Token& name = toks[k + 1];
        std::string_view orig = Original(text_, name);
        bool shaped = name.capital && !name.upper && IsWord(name) && orig.size() >= 3 && orig.size() <= 8 &&
                      !FindHeadNoun(name.norm) && !name.stop;
        bool free = std::none_of(result_.spans[si].begin(), result_.spans[si].end(),
                                 [&](const RoleSpan& s) { return s.first == k + 1; });
        if (!shaped || !free || !entities_.count(span.role_id)) continue;
        AddAlias(entities_[span.role_id], std::string(orig));
        names.push_back({{name.norm}, span.role_id});
      }
    }
    for (const auto& [words, id] : names)
      for (uint32_t si = 0; si < sentences_.size(); ++si) AddNameMentions(si, words, id);
  }

  void FindParentheticalAliases() {
    std::vector<std::pair<std::vector<std::string>, std::string>> names;
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
        for (const auto& other : result_.spans[si]) overlaps = overlaps || (other.first >= open && other.first < k);
        if (overlaps) continue;
        std::string alias;
        for (const auto& w : words) alias += (alias.empty() ? "" : " ") + w;
        AddAlias(entities_[span.role_id], alias);
        names.emplace_back(words, span.role_id);
      }
    }
    for (const auto& [words, id] : names)
      for (uint32_t si = 0; si < sentences_.size(); ++si) AddNameMentions(si, words, id);
  }

  void AddNameMentions(uint32_t si, const std::vector<std::string>& words, const std::string& id) {
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

  bool IsAcronymEntity(const std::string& id) const {
    auto it = entities_.find(id);
    return it != entities_.end() &&
           std::any_of(it->second.role.aliases.begin(), it->second.role.aliases.end(),
                       [&](const std::string& a) { return Lower(a) == id && AcronymOf(a) == a; });
  }

  // Roles whose name is a label rather than a composed title: an acronym or
  // a layout title. Other names offered for them are aliases.
  bool IsAnchorEntity(const std::string& id) const { return IsAcronymEntity(id) || layout_ids_.count(id); }

  // "COO atau direktur operasional", "CMO or marketing head", "jabatan ini
  // juga dikenal sebagai direktur operasional", "also known as ...": a title
  // given as another name of an acronym role is that role.
  void LinkAlternativeNames() {
    static const std::set<std::string> kOr = {"atau", "or", "alias", "aka"};
    static const std::set<std::string> kKnownAs = {"dikenal", "known", "called", "disebut", "sebut"};
    static const std::set<std::string> kFiller = {"sebagai", "as", "the", "a", "an", "dengan", "nama"};
    std::map<std::string, std::string> into;
    std::string previous_subject;
    for (uint32_t si = 0; si < sentences_.size(); ++si) {
      const auto& toks = sentences_[si].tokens;
      const auto& spans = result_.spans[si];
      for (size_t k = 0; k < spans.size(); ++k) {
        const RoleSpan& b = spans[k];
        if (IsAnchorEntity(b.role_id)) continue;
        // "A atau B": only "or" words between the two names.
        size_t from = k > 0 ? spans[k - 1].last + 1 : 0;
        bool all_or = from < b.first;
        for (size_t t = from; t < b.first; ++t) all_or = all_or && kOr.count(toks[t].norm);
        std::string a;
        if (k > 0 && all_or && IsAnchorEntity(spans[k - 1].role_id)) a = spans[k - 1].role_id;
        // "... juga dikenal sebagai B" / "also known as B": the cue right
        // before B; A is the role named before the cue, else the subject
        // of the previous sentence ("jabatan ini juga dikenal sebagai ...").
        size_t t = b.first;
        while (t > from && kFiller.count(toks[t - 1].norm)) --t;
        if (t > from && kKnownAs.count(toks[t - 1].norm)) {
          a = previous_subject;
          for (size_t j = 0; j < k; ++j)
            if (spans[j].last < t - 1) a = spans[j].role_id;
        }
        if (!a.empty() && a != b.role_id && IsAnchorEntity(a)) into[b.role_id] = a;
      }
      // "This position" in the next sentence means the role named last.
      if (!spans.empty()) previous_subject = spans.back().role_id;
    }
    for (const auto& [from, to] : into) MergeEntity(from, to);
  }

  void MergeEntity(const std::string& from, const std::string& to) {
    if (!entities_.count(from) || !entities_.count(to)) return;
    Entity& target = entities_[to];
    Entity& source = entities_[from];
    for (const auto& alias : source.role.aliases) AddAlias(target, alias);
    target.role.mentions += source.role.mentions;
    target.role.first_sentence = std::min(target.role.first_sentence, source.role.first_sentence);
    for (auto& spans : result_.spans)
      for (auto& s : spans)
        if (s.role_id == from) s.role_id = to;
    entities_.erase(from);
    signatures_.erase(from);
  }

  // "The gaffer is the chief lighting technician on set", "Syahbandar
  // (harbour master) adalah pejabat pemerintah yang ...": a title right
  // after the copula of a sentence about a role is another name of it,
  // when the document hardly uses it otherwise.
  void MergeCopulaNames() {
    static const std::set<std::string> kCopula = {"adalah", "merupakan", "ialah", "is", "are"};
    static const std::set<std::string> kDeterminer = {"the", "a", "an", "seorang", "sang", "salah", "satu"};
    std::map<std::string, std::string> into;
    for (uint32_t si = 0; si < sentences_.size(); ++si) {
      const auto& toks = sentences_[si].tokens;
      const auto& spans = result_.spans[si];
      if (spans.empty() || spans[0].first > 1 || spans[0].pronoun) continue;
      const std::string& a = spans[0].role_id;
      // The subject, with any other names of it in parentheses.
      size_t k = 0;
      uint32_t after = spans[0].last + 1;
      while (k + 1 < spans.size() && spans[k + 1].role_id == a && spans[k + 1].first <= after) after = spans[++k].last + 1;
      if (after >= toks.size() || !kCopula.count(toks[after].norm)) continue;
      uint32_t at = after + 1;
      while (at < toks.size() && kDeterminer.count(toks[at].norm)) ++at;
      if (k + 1 >= spans.size() || spans[k + 1].first != at) continue;
      const std::string& b = spans[k + 1].role_id;
      if (b == a || !entities_.count(a) || !entities_.count(b) || IsAnchorEntity(b)) continue;
      if (entities_[a].role.kind != "role" || entities_[b].role.kind != "role" || entities_[b].role.mentions > 2)
        continue;
      into[b] = a;
    }
    for (const auto& [from, to] : into)
      if (!into.count(to)) MergeEntity(from, to);
  }

  // Two roles the document gives the same other name ("Kaprodi") are one.
  void MergeSharedAliases() {
    std::map<std::string, std::string> owner;  // alias -> role with most mentions
    std::map<std::string, std::string> into;
    for (const auto& [id, e] : entities_) {
      if (e.role.kind != "role") continue;
      for (const auto& alias : e.alias_set) {
        auto [it, fresh] = owner.emplace(Lower(alias), id);
        if (fresh || it->second == id) continue;
        const std::string& other = it->second;
        bool keep_other = entities_[other].role.mentions >= e.role.mentions;
        into[keep_other ? id : other] = keep_other ? other : id;
      }
    }
    for (const auto& [from, to] : into) {
      std::string target = to;
      for (size_t hops = 0; hops < into.size() && into.count(target) && into[target] != from; ++hops)
        target = into[target];
      if (target != from) MergeEntity(from, target);
    }
  }

  static bool SeniorityOnly(const std::vector<std::string>& concepts) {
    if (concepts.empty()) return false;
    for (const auto& c : concepts)
      if (!IsSeniority(c) || c == "deputy" || c == "assistant" || c == "vice") return false;
    return true;
  }

  void MergeSubsumedTitles() {
    std::map<std::string, std::string> into;
    for (const auto& [a, sig_a] : signatures_) {
      std::string best;
      for (const auto& [b, sig_b] : signatures_) {
        if (a == b || sig_a.first != sig_b.first || sig_b.second.size() <= sig_a.second.size()) continue;
        // "manajer senior" is "manajer TI senior" shortened; "kepala cabang"
        // is not "kepala operasional cabang", nor "dean" "deputy dean".
        if (!SeniorityOnly(sig_a.second)) continue;
        if (!std::includes(sig_b.second.begin(), sig_b.second.end(), sig_a.second.begin(), sig_a.second.end()))
          continue;
        if (best.empty() || entities_[b].role.mentions > entities_[best].role.mentions) best = b;
      }
      if (!best.empty()) into[a] = best;
    }
    for (const auto& [from, to] : into) MergeEntity(from, to);
  }

  std::string_view text_;
  const std::vector<AnalyzedSentence>& sentences_;
  std::map<std::string, AcronymDef> defs_;
  std::map<std::string, Entity> entities_;
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> signatures_;
  struct BareHead {
    uint32_t sentence, token;
    std::string head;
  };
  std::vector<BareHead> bare_heads_;
  std::set<std::string> layout_ids_;
  RecognizedRoles result_;
};

}  // namespace

std::string AcronymOf(std::string_view original) {
  std::string s(original);
  // Possessive and plural forms fold in: "CEO's", "CEO’s", "CEOs".
  for (std::string_view suffix : {"\u2019s", "'s"})
    if (s.size() > suffix.size() && s.ends_with(suffix)) s.resize(s.size() - suffix.size());
  if (s.size() > 3 && s.back() == 's') s.pop_back();
  if (s.size() < 2 || s.size() > 6) return {};
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z')) return {};
  return s;
}

const RoleEntity* RecognizedRoles::Find(std::string_view id) const {
  for (const auto& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

RecognizedRoles RecognizeRoles(std::string_view text, const std::vector<AnalyzedSentence>& sentences) {
  return Recognizer(text, sentences).Run();
}

}  // namespace rolegraph::ingest
