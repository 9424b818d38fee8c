#include "person_names.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace rolegraph::ingest {
namespace {

constexpr size_t kMaxNameWords = 3;  // "Maria Lopez", "Budi Santoso Putra"

bool Honorific(const LanguagePacks& packs, std::string_view w) {
  for (const LanguagePack& p : packs.all())
    if (p.Has("honorifics", w)) return true;
  return false;
}

// A word of a person's name: capitalised, not all capitals (an acronym is a
// title), not a stop word, not a number.
bool NameWord(const Token& t) { return t.capital && !t.upper && !t.stop && !t.numeric && t.norm.size() >= 2; }

bool InSpan(const std::vector<RoleSpan>& spans, uint32_t k) {
  return std::any_of(spans.begin(), spans.end(), [&](const RoleSpan& sp) { return sp.first <= k && k <= sp.last; });
}

bool IsRole(const RecognizedRoles& roles, const std::string& id) {
  const RoleEntity* e = roles.Find(id);
  return e && e->kind == "role";
}

// Only punctuation (a comma, a bracket, a dash as in a staff list's "Budi
// Hartono - Managing Director") and spaces between two tokens.
bool Apposed(std::string_view text, const Token& a, const Token& b) {
  const std::string_view raw = text.substr(a.end, b.begin - a.end);
  std::string gap;  // en and em dashes read as "-"
  for (size_t i = 0; i < raw.size(); ++i) {
    const std::string_view rest = raw.substr(i);
    if (rest.starts_with("\u2013") || rest.starts_with("\u2014")) {
      gap += '-';
      i += std::string_view("\u2013").size() - 1;
    } else {
      gap += raw[i];
    }
  }
  return gap.find_first_of(",(-") != std::string::npos && gap.find_first_not_of(" ,()-\u00A0") == std::string::npos;
}

// Token `k` moved back over the article or possessive opening a title's
// phrase ("the", "our": at most two, "and our").
uint32_t BeforeDeterminers(const std::vector<Token>& t, uint32_t k, const LanguagePacks& packs) {
  constexpr int kMaxDeterminers = 2;
  for (int skipped = 0; k > 0 && skipped < kMaxDeterminers &&
                        (packs.AnyHas("articles", t[k - 1].norm) || packs.AnyHas("possessives", t[k - 1].norm));
       ++skipped)
    --k;
  return k;
}

// "Maya Lestari is our therapist", "Dr. Sekar has been Chief Archivist since
// 2019", "Pak Budi adalah kepala gudang": the
// name words opening the sentence before a copula and the title `sp`; empty
// when the sentence is not such an introduction.
std::vector<uint32_t> CopulaIntroduction(const std::vector<Token>& t, const RoleSpan& sp, const LanguagePacks& packs) {
  uint32_t k = BeforeDeterminers(t, sp.first, packs);
  // "is", or auxiliaries standing for one: "has been", "was".
  constexpr int kMaxAuxiliaries = 2;
  auto auxiliary = [&](uint32_t w) { return packs.AnyHas("auxiliaries", t[w].norm); };
  if (k == 0 || !(packs.AnyHas("copulas", t[k - 1].norm) || auxiliary(k - 1))) return {};
  uint32_t end = k - 1;  // the name ends before the copula
  for (int skipped = 0; end > 0 && skipped < kMaxAuxiliaries && auxiliary(end - 1); ++skipped) --end;
  uint32_t b = end;
  while (b > 0 && NameWord(t[b - 1]) && end - b < kMaxNameWords) --b;
  if (b == end || !(b == 0 || (b == 1 && Honorific(packs, t[0].norm)))) return {};
  std::vector<uint32_t> words;
  for (uint32_t w = b; w < end; ++w) words.push_back(w);
  return words;
}

// "Sinta Dewi joined in 2015 as Export Manager", "Pak Joko bergabung
// sebagai kepala gudang": a name opening the sentence, a few words, then an
// introduction word (introduction_as_words.txt) right before the title `sp`.
std::vector<uint32_t> AsIntroduction(const std::vector<Token>& t, const RoleSpan& sp, const LanguagePacks& packs) {
  constexpr uint32_t kMaxWordsBetween = 4;  // "joined in 2015 as", "telah bergabung sejak 2019 sebagai"
  uint32_t k = sp.first;
  for (int skipped = 0; k > 0 && skipped < 2 && (packs.AnyHas("articles", t[k - 1].norm) ||
                                                  packs.AnyHas("possessives", t[k - 1].norm));
       ++skipped)
    --k;
  if (k == 0 || !packs.AnyHas("introduction_as_words", t[k - 1].norm)) return {};
  const uint32_t b = t.size() > 1 && Honorific(packs, t[0].norm) ? 1 : 0;
  uint32_t end = b;
  while (end < k - 1 && NameWord(t[end]) && end - b < kMaxNameWords) ++end;
  if (end == b || k - 1 - end > kMaxWordsBetween) return {};
  std::vector<uint32_t> words;
  for (uint32_t w = b; w < end; ++w) words.push_back(w);
  return words;
}

// The first token of the list of titles `sp` closes: "Reception and
// Billing Coordinator", "Owner & Head Baker" after a staff line's name
// dash; `sp` itself when no title joined by a conjunction, an ampersand or a
// comma precedes it.
uint32_t ListStart(std::string_view text, const std::vector<Token>& t, const std::vector<RoleSpan>& spans,
                   const RoleSpan& sp, const LanguagePacks& packs) {
  uint32_t start = sp.first;
  for (bool joined = true; joined && start > 0;) {
    joined = false;
    uint32_t k = start;
    if (packs.AnyHas("and_words", t[k - 1].norm)) --k;
    if (k == 0) break;  // the sentence opens with the conjunction: no title before it
    const std::string_view gap = text.substr(t[k - 1].end, t[k].begin - t[k - 1].end);
    const bool mark = k < start || gap.find_first_of(",&/") != std::string_view::npos;
    if (!mark || gap.find_first_not_of(" ,&/") != std::string_view::npos) break;
    for (const RoleSpan& other : spans)
      if (!other.pronoun && other.last + 1 == k) {
        start = other.first;
        joined = true;
      }
  }
  return start;
}

}  // namespace

namespace {

// The names set beside a role ("Rina Wulandari, manajer toko", "manajer toko
// (Bu Rina)", "Maya is our gilder"), over the whole document: which role each
// name word stands for, how many roles it was set beside, and where those
// introductions stand (sentence, token), which are no references.
struct Introductions {
  // Folded name word -> the roles it was set beside, by sentence, in order.
  std::map<std::string, std::vector<std::pair<size_t, std::string>>> of_name;
  std::set<std::pair<size_t, uint32_t>> at;  // the introducing name words (sentence, token)

  // The role a use of `name` in sentence `i` stands for: the one the
  // introductions before it gave it, if they agree; with none before, the
  // one later introductions agree on (`later` set); else null.
  const std::string* RoleAt(const std::string& name, size_t i, bool* later) const {
    auto it = of_name.find(name);
    if (it == of_name.end()) return nullptr;
    const auto& intros = it->second;  // in sentence order
    const bool any_before = intros.front().first < i;
    const std::string* role = nullptr;
    for (const auto& [sentence, id] : intros) {
      if (any_before && sentence >= i) break;
      if (role != nullptr && *role != id) return nullptr;  // set beside two roles
      role = &id;
    }
    *later = !any_before;
    return role;
  }
};

// Before its introduction a name stands for the role only where a role is
// expected: after the word naming who gets, does or hears of the work ("has
// now passed to Melati", "dikerjakan oleh Galih", "reports to Kartini").
bool ExpectsRole(const LanguagePacks& packs, const std::vector<Token>& t, uint32_t first) {
  if (first == 0) return false;
  const std::string& w = t[first - 1].norm;
  return packs.AnyHas("transfer_targets", w) || packs.AnyHas("agent_markers", w) ||
         packs.AnyHas("report_prepositions", w);
}

// The name words sentence `t` sets beside role span `sp`; empty for none.
std::vector<uint32_t> IntroducedNames(std::string_view text, const std::vector<Token>& t,
                                      const std::vector<RoleSpan>& spans, const RoleSpan& sp,
                                      const LanguagePacks& packs) {
  std::vector<uint32_t> words;
  uint32_t k = sp.last + 1;
  if (k < t.size() && Honorific(packs, t[k].norm)) ++k;
  if (k < t.size() && Apposed(text, t[sp.last], t[sp.last + 1])) {
    for (; k < t.size() && NameWord(t[k]) && words.size() < kMaxNameWords && !InSpan(spans, k); ++k)
      words.push_back(k);
    // The name closes the apposition: a comma or bracket after it, or the sentence ends.
    bool closed = k == t.size() || text.substr(t[k - 1].end, t[k].begin - t[k - 1].end).find_first_of(",)") !=
                                       std::string_view::npos;
    if (!closed) words.clear();
  }
  if (words.empty() && sp.first > 0) {
    // The name ends at end - 1; the title's article or possessive opens
    // the apposition ("Bambang Tri, the chief binder,", "Maya, our gilder,").
    uint32_t end = BeforeDeterminers(t, ListStart(text, t, spans, sp, packs), packs);
    if (end > 0 && Apposed(text, t[end - 1], t[end])) {
      uint32_t b = end;
      // An honorific ends the name ("dikelola oleh Bapak Wira Santika, Kepala ...").
      while (b > 0 && NameWord(t[b - 1]) && !Honorific(packs, t[b - 1].norm) && end - b < kMaxNameWords &&
             !InSpan(spans, b - 1))
        --b;
      // The name opens the sentence or follows an honorific ("Pak Budi, kepala gudang, ..."),
      // or, set off before it, takes its title in brackets ("Present: A (Chair), Nina
      // Hale (Pastry Cook), ...").
      auto gap = [&](uint32_t a) { return text.substr(t[a - 1].end, t[a].begin - t[a - 1].end); };
      const bool bracketed = gap(end).find('(') != std::string_view::npos && b > 0 &&
                             gap(b).find_first_of(",;:(") != std::string_view::npos;
      bool opens = b < end && (b == 0 || Honorific(packs, t[b - 1].norm) || bracketed);
      for (uint32_t w = b; opens && w < end; ++w) words.push_back(w);
    }
  }
  if (words.empty()) words = CopulaIntroduction(t, sp, packs);
  if (words.empty()) words = AsIntroduction(t, sp, packs);
  return words;
}

Introductions FindIntroductions(std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                                const LanguagePacks& packs, const RecognizedRoles& roles) {
  Introductions out;
  for (size_t i = 0; i < sentences.size() && i < roles.spans.size(); ++i) {
    const auto& t = sentences[i].tokens;
    const auto& spans = roles.spans[i];
    std::vector<uint32_t> introduced;  // name words this sentence already set beside a role
    for (const RoleSpan& sp : spans) {
      if (sp.pronoun || !IsRole(roles, sp.role_id)) continue;
      const std::vector<uint32_t> words = IntroducedNames(text, t, spans, sp, packs);
      // "Lestari Wening - Harbour Pilot & Training Lead": one person holding the
      // titles a line lists is referred to by the first of them.
      if (std::any_of(words.begin(), words.end(),
                      [&](uint32_t w) { return std::find(introduced.begin(), introduced.end(), w) != introduced.end(); }))
        continue;
      introduced.insert(introduced.end(), words.begin(), words.end());
      for (uint32_t w : words) {
        out.at.insert({i, w});
        out.of_name[t[w].norm].push_back({i, sp.role_id});
      }
    }
  }
  return out;
}

}  // namespace

void AddNameReferences(std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                       const LanguagePacks& packs, RecognizedRoles* roles) {
  const Introductions intro = FindIntroductions(text, sentences, packs, *roles);
  // Every other use of an introduced name; before its introduction only
  // where a role is expected ("that job has now passed to Melati" above
  // Melati's own profile).
  for (size_t i = 0; i < sentences.size() && i < roles->spans.size(); ++i) {
    const auto& t = sentences[i].tokens;
    auto& spans = roles->spans[i];
    std::vector<RoleSpan> added;
    // A name introduced before stands for that role where it is introduced
    // again too ("Bima joined as an assistant curator" under "Bima, Chief
    // Curator"); a first introduction is no reference.
    auto role_of = [&](uint32_t k, bool* later) -> const std::string* {
      const std::string* role = intro.RoleAt(t[k].norm, i, later);
      return *later && intro.at.count({i, k}) ? nullptr : role;
    };
    for (uint32_t k = 0; k < t.size(); ++k) {
      if (!NameWord(t[k]) || InSpan(spans, k)) continue;
      bool later = false;
      const std::string* role = role_of(k, &later);
      if (role == nullptr) continue;
      uint32_t first = k, last = k;
      if (k > 0 && Honorific(packs, t[k - 1].norm) && !InSpan(spans, k - 1)) first = k - 1;
      if (later && !ExpectsRole(packs, t, first)) continue;
      while (last + 1 < t.size() && NameWord(t[last + 1]) && !InSpan(spans, last + 1)) {
        bool next_later = false;
        const std::string* next = role_of(last + 1, &next_later);
        if (next == nullptr || *next != *role) break;
        ++last;
      }
      added.push_back({*role, first, last, true});
      k = last;
    }
    spans.insert(spans.end(), added.begin(), added.end());
    std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
  }
}

}  // namespace rolegraph::ingest
