#include "requirement_sections.h"

#include <sstream>
#include <string>

namespace rolegraph::ingest {
namespace {

constexpr size_t kMaxLabelTokens = 5;  // "Skills and experience:", "Syarat dan ketentuan:"

// A heading, or a short line that ends in a colon ("**Requirements:**").
bool OpensSection(std::string_view text, const AnalyzedSentence& s) {
  if (s.heading) return true;
  if (s.tokens.empty() || s.tokens.size() > kMaxLabelTokens) return false;
  const std::string_view line = text.substr(s.begin, s.end - s.begin);
  const size_t last = line.find_last_not_of(" \t\r\n*_");
  return last != std::string_view::npos && line[last] == ':';
}

// Whether the words of `entry` (space-separated) are the first words of `s`.
bool StartsWith(const AnalyzedSentence& s, const std::string& entry) {
  std::istringstream words(entry);
  std::string w;
  size_t k = 0;
  while (words >> w) {
    if (k >= s.tokens.size() || s.tokens[k].norm != w) return false;
    ++k;
  }
  return k > 0;
}

bool IsRequirementHeading(const LanguagePacks& packs, const AnalyzedSentence& s) {
  for (const LanguagePack& pack : packs.all())
    for (const std::string& entry : pack.List("requirement_headings").entries())
      if (StartsWith(s, entry)) return true;
  return false;
}

// Where the line holding `s` starts, and whether `s` opens it.
bool OpensLine(std::string_view text, const AnalyzedSentence& s, std::string_view* line) {
  const size_t start = s.begin == 0 ? 0 : text.rfind('\n', s.begin - 1) + 1;  // npos + 1 == 0
  *line = text.substr(start, s.end - start);
  return line->find_first_not_of(" \t-*\u2022\u2013>0123456789.)") >= s.begin - start;
}

// A list item ("- ...", "* ...", "• ...", "1. ..."), or a later sentence of
// one (a sentence that does not open its line).
bool InListItem(std::string_view text, const AnalyzedSentence& s) {
  std::string_view line;
  if (!OpensLine(text, s, &line)) return true;
  const size_t first = line.find_first_not_of(" \t");
  if (first == std::string_view::npos) return false;
  const std::string_view rest = line.substr(first);
  if (rest.starts_with("- ") || rest.starts_with("* ") || rest.starts_with("\u2022") || rest.starts_with("\u2013 "))
    return true;
  const size_t digits = rest.find_first_not_of("0123456789");
  return digits > 0 && digits != std::string_view::npos && (rest[digits] == '.' || rest[digits] == ')');
}

}  // namespace

std::vector<bool> RequirementSections(const LanguagePacks& packs, std::string_view text,
                                      const std::vector<AnalyzedSentence>& sentences) {
  std::vector<bool> out(sentences.size(), false);
  // The heading, a lead-in ending in a colon right under it, and the list
  // items after them; the first other line ends the section (a paragraph
  // after the list is the page's again).
  bool inside = false, items_begun = false;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const AnalyzedSentence& s = sentences[i];
    const bool lead_in = inside && !items_begun;  // "You should have:" right under the heading
    if (s.heading || OpensSection(text, s)) {
      const bool requirements = IsRequirementHeading(packs, s);
      if (requirements || s.heading || !lead_in) inside = requirements;
      items_begun = false;
    } else if (inside && InListItem(text, s)) {
      items_begun = true;
    } else {
      inside = false;
    }
    out[i] = inside;
  }
  return out;
}

}  // namespace rolegraph::ingest
