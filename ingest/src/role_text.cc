#include "role_text.h"

#include <cctype>
#include <set>

#include "role_vocabulary.h"
#include "roles.h"

namespace rolegraph::ingest {

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

// A noun that may qualify a title although our vocabulary lacks it ("manajer
// pabrik", "head of logistics"): a content word, not a number, not an
// Indonesian verb form (me-/di-/ber-/ter- prefixes) and not a role acronym.
bool IsFreeModifier(const Token& t) {
  // Level and position words qualify any manager and name no function.
  static const std::set<std::string> kGeneric = {"tingkat", "level", "lini", "menengah", "atas", "bawah", "baru",
                                                 "lain", "lainnya", "tersebut", "senior", "muda", "madya", "kami",
                                                 "anda", "mereka", "kita", "perusahaan", "penting",
                                                 "company", "organization", "organisation", "firm", "business",
                                                 "minimal", "maksimal", "setiap", "semua", "seluruh", "lebih"};
  if (t.stop || !IsWord(t) || t.norm.size() < 4 || kGeneric.count(t.norm)) return false;
  for (std::string_view prefix : {"me", "di", "ber", "ter", "per"})
    if (t.norm.size() > 5 && std::string_view(t.norm).starts_with(prefix)) return false;
  return true;
}

bool IsTitleCaseWord(const Token& t) {
  // Not a function word, not a number, not an Indonesian verb form.
  if (t.stop || !IsWord(t) || t.norm.size() < 2) return false;
  for (std::string_view prefix : {"me", "di", "ber", "ter"})
    if (t.norm.size() > 5 && std::string_view(t.norm).starts_with(prefix)) return false;
  static const std::set<std::string> kNotTitle = {"tips", "cara", "apa", "siapa", "who", "what", "how", "why",
                                                  "tugas", "peran", "perbedaan", "difference", "between", "antara"};
  return kNotTitle.count(t.norm) == 0;
}

// Concept of a free modifier: its cognate key, so "kurikulum" and
// "curriculum" meet; the word itself when it has none.
std::string FreeConcept(const Token& t) { return t.norm; }

bool LooksAdjectival(std::string_view w) {
  static const std::set<std::string, std::less<>> kAdjectives = {
      "good", "great", "new", "best", "strong", "effective", "successful", "main", "key", "top", "former",
      "current", "future", "potential", "responsible", "typical", "average", "every", "each", "other", "same",
      "different", "many", "most", "some", "such", "own", "whole", "entire", "first", "second", "last", "next",
      "previous", "large", "small", "big", "busy", "modern", "professional", "skilled", "ideal", "true", "real",
      "single", "only", "certain", "local", "young", "older", "full", "part", "time", "any", "all", "this", "that"};
  if (kAdjectives.count(w)) return true;
  for (std::string_view suffix : {"ed", "ly", "ful", "ous", "ing", "able", "ible", "less", "est"})
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return true;
  return false;
}

bool ContainsRoleHead(const std::vector<std::string>& words) {
  // A governing body defined by an acronym ("Badan Permusyawaratan Desa
  // (BPD)", "Board of Directors (BOD)") holds duties like a role does.
  static const std::set<std::string> kBodies = {"badan", "dewan", "majelis", "komite", "board", "council",
                                                "committee"};
  if (!words.empty() && kBodies.count(words[0])) return true;
  for (const auto& w : words) {
    if (w == "chief") return true;
    const HeadNoun* h = FindHeadNoun(w);
    if (h && !h->org_unit) return true;
  }
  return false;
}

}  // namespace rolegraph::ingest
