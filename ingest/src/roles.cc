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

#include "role_vocabulary.h"

namespace rolegraph::ingest {
namespace {

std::string_view Original(std::string_view text, const Token& t) { return text.substr(t.begin, t.end - t.begin); }

// True when only spaces (and, if allowed, parentheses or hyphens) separate a and b.
bool Adjacent(std::string_view text, const Token& a, const Token& b, bool allow_parens) {
  if (b.begin < a.end) return false;
  for (char c : text.substr(a.end, b.begin - a.end)) {
    if (c == ' ' || c == '\t' || c == '-') continue;
    if (allow_parens && (c == '(' || c == ')')) continue;
    return false;
  }
  return true;
}

bool IsWord(const Token& t) {
  return !t.numeric && !t.norm.empty() && std::isalpha(static_cast<unsigned char>(t.norm[0]));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string TitleCase(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    std::string x = w;
    bool small = w == "of" || w == "and" || w == "dan";
    if (!small && !x.empty()) x[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(x[0])));
    out += x;
  }
  return out;
}

bool IsCSuiteShape(std::string_view a) {
  return a.size() >= 3 && a.size() <= 5 && a.front() == 'C' && a.back() == 'O';
}

struct AcronymDef {
  std::vector<std::string> words;  // folded expansion words
  bool role = false;
};

// Does the token run spell the acronym (letters as a subsequence of the
// initials, first and last letters anchored)? Stop words are skipped.
bool InitialsMatch(std::string_view acronym, const std::vector<const Token*>& run) {
  std::vector<const Token*> content;
  for (const Token* t : run)
    if (!t->stop || run.size() == 1) content.push_back(t);
  if (content.empty() || content.size() > acronym.size() + 2) return false;
  for (const Token* t : content)
    if (!IsWord(*t)) return false;
  std::string a = Lower(acronym);
  if (content.front()->norm[0] != a.front() || content.back()->norm[0] != a.back()) return false;
  size_t k = 0;
  for (const Token* t : content)
    if (k < a.size() && t->norm[0] == a[k]) ++k;
  return k == a.size();
}

bool ContainsRoleHead(const std::vector<std::string>& words) {
  for (const auto& w : words) {
    if (w == "chief") return true;
    const HeadNoun* h = FindHeadNoun(w);
    if (h && !h->org_unit) return true;
  }
  return false;
}

class Recognizer {
 public:
  Recognizer(std::string_view text, const std::vector<AnalyzedSentence>& sentences)
      : text_(text), sentences_(sentences) {}

  RecognizedRoles Run() {
    for (const auto& s : sentences_) FindAcronymDefinitions(s);
    result_.spans.resize(sentences_.size());
    for (uint32_t i = 0; i < sentences_.size(); ++i) FindMentions(i);
    MergeSubsumedTitles();
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
      // Backward: "chief product officer (CPO)", "teknologi informasi (TI)".
      if (i > 0 && text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find('(') != std::string_view::npos)
        TryDefine(acronym, toks, i, false);
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
    std::vector<std::string> concepts;
    size_t first = i, last = i;
    if (head->prefix_modifiers && !head_of) {
      for (size_t k = i; k-- > 0 && i - k <= 3;) {
        if (used[k] || !Adjacent(text_, toks[k], toks[k + 1], false)) break;
        std::string c = ModifierOf(toks[k]);
        if (c.empty()) break;
        concepts.insert(concepts.begin(), c);
        first = k;
      }
    } else {
      size_t k = head_of ? i + 2 : i + 1;
      for (; k < toks.size() && k - i <= 4; ++k) {
        if (used[k] || !Adjacent(text_, toks[k - 1], toks[k], true)) break;
        std::string c = ModifierOf(toks[k]);
        const HeadNoun* unit = FindHeadNoun(toks[k].norm);
        if (c.empty() && unit && unit->org_unit && head->english == std::string_view("head")) c = unit->english;
        if (c.empty()) break;
        if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(c);
        last = k;
      }
    }
    FoldConcepts(&concepts);
    if (concepts.empty()) return;  // a bare "manager" is no particular role
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
    std::string alias;
    for (size_t k = first; k <= last; ++k) {
      std::string_view orig = Original(text_, toks[k]);
      bool paren_acronym = k > first && text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find('(') !=
                                            std::string_view::npos;
      if (paren_acronym) continue;
      if (!alias.empty()) alias += ' ';
      alias += toks[k].upper ? std::string(orig) : toks[k].norm;
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

  void MergeSubsumedTitles() {
    std::map<std::string, std::string> into;
    for (const auto& [a, sig_a] : signatures_) {
      std::string best;
      for (const auto& [b, sig_b] : signatures_) {
        if (a == b || sig_a.first != sig_b.first || sig_b.second.size() <= sig_a.second.size()) continue;
        if (!std::includes(sig_b.second.begin(), sig_b.second.end(), sig_a.second.begin(), sig_a.second.end()))
          continue;
        if (best.empty() || entities_[b].role.mentions > entities_[best].role.mentions) best = b;
      }
      if (!best.empty()) into[a] = best;
    }
    for (const auto& [from, to] : into) {
      Entity& target = entities_[to];
      Entity& source = entities_[from];
      for (const auto& alias : source.role.aliases) AddAlias(target, alias);
      target.role.mentions += source.role.mentions;
      target.role.first_sentence = std::min(target.role.first_sentence, source.role.first_sentence);
      for (auto& spans : result_.spans)
        for (auto& s : spans)
          if (s.role_id == from) s.role_id = to;
    }
    for (const auto& [from, to] : into) entities_.erase(from);
  }

  std::string_view text_;
  const std::vector<AnalyzedSentence>& sentences_;
  std::map<std::string, AcronymDef> defs_;
  std::map<std::string, Entity> entities_;
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> signatures_;
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
