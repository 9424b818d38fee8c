#include "role_text.h"

#include <cctype>

#include "role_vocabulary.h"
#include "roles.h"

namespace rolegraph::ingest {

std::string_view Original(std::string_view text, const Token& t) { return text.substr(t.begin, t.end - t.begin); }

// A plain-text table or a signature block sets its columns apart with a tab
// or a run of spaces ("Sekretaris Kebun      Kepala Kebun"): the words
// either side are two cells, never one title. Prose puts one space, at most
// two by a slip, between the words of a phrase.
constexpr size_t kColumnGapSpaces = 3;

static bool IsColumnGap(std::string_view gap) {
  size_t spaces = 0;
  for (char c : gap) {
    if (c == '\t') return true;
    spaces = c == ' ' ? spaces + 1 : 0;
    if (spaces >= kColumnGapSpaces) return true;
  }
  return false;
}

// True when only spaces (and, if allowed, parentheses or hyphens) separate a
// and b, and no column gap does.
bool Adjacent(std::string_view text, const Token& a, const Token& b, bool allow_parens) {
  if (b.begin < a.end) return false;
  const std::string_view gap = text.substr(a.end, b.begin - a.end);
  // A hyphen joins the words of one compound ("Public-relations"); set off
  // by blanks it is a dash between two parts of a line ("Pak Budi - Store
  // Keeper": a name, then the title).
  if (gap.find('-') != std::string_view::npos && gap.find_first_of(" \t") != std::string_view::npos) return false;
  // "QA/QC Inspector", "Pengadaan Barang/Jasa": a bare slash between two
  // capitalised words joins two halves of one name.
  if (gap == "/") return (a.capital || a.upper) && (b.capital || b.upper);
  if (IsColumnGap(gap)) return false;
  for (char c : gap) {
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

std::string TitleCase(const LanguagePacks& packs, const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    std::string x = w;
    const bool small = packs.AnyHas("title_small_words", w);
    if (!small && !x.empty()) x[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(x[0])));
    out += x;
  }
  return out;
}

bool IsCSuiteShape(std::string_view a) {
  return a.size() >= 3 && a.size() <= 5 && a.front() == 'C' && a.back() == 'O';
}

bool IsCodeWord(std::string_view original) {
  constexpr size_t kMinCode = 2, kMaxCode = 5;
  if (original.size() < kMinCode || original.size() > kMaxCode || !(original[0] >= 'A' && original[0] <= 'Z'))
    return false;
  bool digit = false;
  for (char c : original) {
    if (c >= '0' && c <= '9') digit = true;
    else if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return digit;
}


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

namespace {

constexpr size_t kMinVerbForm = 5;    // bytes: a prefix marks a verb form only in longer words
constexpr size_t kMinAdjectiveStem = 2;
constexpr size_t kMinTitleRunWord = 3;  // bytes: "Air", "Cap" in a Title Case name; "di", "ke" never  // bytes before an adjective suffix ("red" is no "r" + "ed")

// Verb-forming prefixes (verb_prefixes.tsv); `modifier` also counts the
// prefixes that only rule out a free modifier.
bool IsVerbForm(const LanguagePacks& packs, std::string_view w, bool modifier) {
  if (w.size() <= kMinVerbForm) return false;
  for (const LanguagePack& pack : packs.all())
    for (const WordTable::Row& row : pack.Table("verb_prefixes").rows()) {
      const bool all = row.size() < 2 || row[1] == "all";
      const bool noun = row.size() > 2 && !row[2].empty() && w.ends_with(row[2]);
      if ((all || modifier) && w.starts_with(row[0]) && !noun) return true;
    }
  return false;
}

}  // namespace

// A noun that may qualify a title although our vocabulary lacks it ("manajer
// pabrik", "head of logistics"): a content word, not a number, not a verb
// form and not a level word (generic_modifiers.txt: "tingkat", "company").
bool IsFreeModifier(const LanguagePacks& packs, const Token& t, bool verb_forms) {
  // Four bytes at least ("Mandor Las", "Sopir Bus": three when capitalised).
  const size_t min_bytes = t.capital && !t.upper ? kMinTitleRunWord : 4;
  if (t.stop || !IsWord(t) || t.norm.size() < min_bytes || packs.AnyHas("generic_modifiers", t.norm)) return false;
  // A token's stop flag follows its sentence's language; a mixed-language
  // sentence ("... the Head Chef; juru masak tidak boleh ...") needs every
  // pack's function words. A count ("three divisions") names no function.
  if (packs.AnyHas("stop_words", t.norm) || packs.AnyHas("number_words", t.norm)) return false;
  return !verb_forms || !IsVerbForm(packs, t.norm, true);
}

bool IsTitleCaseWord(const LanguagePacks& packs, const Token& t, bool verb_forms) {
  // Not a function word, not a number, not a verb form, not a question word.
  if (t.stop || !IsWord(t) || t.norm.size() < 2) return false;
  if (packs.AnyHas("stop_words", t.norm) || packs.AnyHas("number_words", t.norm)) return false;
  if (verb_forms && IsVerbForm(packs, t.norm, false)) return false;
  return !packs.AnyHas("not_title_words", t.norm);
}

bool IsTitleRunWord(const LanguagePacks& packs, const Token& t) {
  // Inside a run of capitalised words after a head ("Kepala Bagian
  // Distribusi", "Regu Batik Cap") a verb-like prefix or a short word is
  // still part of the name: verbs are not written in Title Case mid-line.
  if (t.stop || !IsWord(t) || t.norm.size() < kMinTitleRunWord) return false;
  if (packs.AnyHas("stop_words", t.norm) || packs.AnyHas("number_words", t.norm)) return false;
  return !packs.AnyHas("not_title_words", t.norm) && !packs.AnyHas("generic_modifiers", t.norm);
}

bool IsShortFieldWord(const LanguagePacks& packs, const Token& t) {
  constexpr size_t kShortFieldWord = 3;
  if (t.stop || !IsWord(t) || t.capital || t.upper || t.norm.size() != kShortFieldWord) return false;
  for (std::string_view list : {"stop_words", "number_words", "not_title_words", "generic_modifiers", "title_breakers"})
    if (packs.AnyHas(list, t.norm)) return false;
  return true;
}

// Concept of a free modifier: the word itself (the document's wording).
std::string FreeConcept(const Token& t) { return t.norm; }

bool LooksAdjectival(const LanguagePacks& packs, std::string_view w) {
  return packs.AnyHas("adjectives", w) || packs.AnySuffix("adjective_suffixes", w, kMinAdjectiveStem);
}

bool ContainsRoleHead(const LanguagePacks& packs, const std::vector<std::string>& words) {
  // A governing body defined by an acronym ("Badan Permusyawaratan Desa
  // (BPD)", "Board of Directors (BOD)") holds duties like a role does.
  if (!words.empty() && packs.AnyHas("governing_bodies", words[0])) return true;
  for (const auto& w : words) {
    if (packs.AnyHas("csuite_openers", w)) return true;
    const auto h = FindHeadNoun(packs, w);
    if (h && !h->org_unit) return true;
  }
  return false;
}

}  // namespace rolegraph::ingest
