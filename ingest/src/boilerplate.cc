#include "boilerplate.h"
#include "sentence_shape.h"

#include <algorithm>
#include <string>

namespace rolegraph::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

// Whole-word containment: "sign in" must not fire inside "design into".
bool Contains(const std::string& hay, std::string_view needle) {
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
    bool left = at == 0 || !IsLetter(hay[at - 1]) || !IsLetter(needle.front());
    size_t end = at + needle.size();
    bool right = end >= hay.size() || !IsLetter(hay[end]) || !IsLetter(needle.back());
    if (left && right) return true;
  }
  return false;
}

// A byline: a short line opening with a byline cue ("Written by Jane Doe",
// "Oleh: Tim Redaksi") that is no sentence. The same words inside a sentence
// ("the reports are written by the clerk", "laporan ditulis oleh kasir")
// are a duty's agent and stay.
constexpr size_t kMaxBylineTokens = 8;

bool IsByline(const LanguagePacks& packs, const std::string& lowered, const AnalyzedSentence& s) {
  if (s.tokens.size() > kMaxBylineTokens || lowered.empty()) return false;
  const char last = lowered.back();
  const bool sentence_end = last == '.' || last == '!' || last == '?' || last == ':';
  for (const LanguagePack& pack : packs.all())
    for (const std::string& cue : pack.List("byline_cues").entries()) {
      if (!lowered.starts_with(cue + " ") && !lowered.starts_with(cue + ":")) continue;
      // A one-word cue may open a sentence ("By Friday the clerk ..."); a
      // phrase ("posted by") opens a byline even with a full stop after a date.
      if (!sentence_end || cue.find(' ') != std::string::npos) return true;
    }
  return false;
}

// A strip of fields set apart by bars ("Metro Desk | 2 May | By A. Putri |
// 3 min read") is longer than a byline: the publisher's desk, a date, a
// reading time.
constexpr size_t kMaxBylineStripTokens = 16;
constexpr char kFieldBar = '|';

bool StartsWithCue(const LanguagePacks& packs, std::string_view field) {
  while (!field.empty() && (field.front() == ' ' || field.front() == '*' || field.front() == '_')) field.remove_prefix(1);
  for (const LanguagePack& pack : packs.all())
    for (const std::string& cue : pack.List("byline_cues").entries())
      if (field.starts_with(cue + " ") || field.starts_with(cue + ":")) return true;
  return false;
}

}  // namespace

bool IsBylineStrip(const LanguagePacks& packs, std::string_view lowered, const AnalyzedSentence& s) {
  if (s.tokens.size() > kMaxBylineStripTokens || lowered.find(kFieldBar) == std::string_view::npos) return false;
  while (!lowered.empty()) {
    const size_t bar = lowered.find(kFieldBar);
    if (StartsWithCue(packs, lowered.substr(0, bar))) return true;
    if (bar == std::string_view::npos) break;
    lowered.remove_prefix(bar + 1);
  }
  return false;
}

// Phrases of web-page furniture come from every pack (page_furniture.txt:
// comment forms, log-in boxes, sharing, cookie notices, calls to visit a
// site; comment_section_starts.txt: the start of a page's trailing
// furniture, after which everything is furniture too).
std::vector<bool> DetectBoilerplate(const LanguagePacks& packs, std::string_view text,
                                    const std::vector<AnalyzedSentence>& sentences) {
  std::vector<bool> out(sentences.size(), false);
  bool tail = false;
  bool furniture_list = false;  // the items of a list furniture leads in ("Baca Juga:", "Related:")
  for (size_t i = 0; i < sentences.size(); ++i) {
    std::string s = Lower(text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin));
    const bool item = IsListItem(text, sentences[i]);
    if (!item) furniture_list = false;
    bool furniture = false;
    for (const LanguagePack& pack : packs.all()) {
      for (const std::string& p : pack.List("comment_section_starts").entries()) tail = tail || s.starts_with(p);
      for (const std::string& p : pack.List("page_furniture").entries()) furniture = furniture || Contains(s, p);
    }
    // A very short heading right after furniture or a rule ("Register") is
    // furniture too; not a table's row after the table's rule ("|---|---|",
    // then "| HM | Harbour Master |").
    const bool row_after_rule = i > 0 && sentences[i - 1].tokens.empty() && s.starts_with('|');
    bool stray = i > 0 && out[i - 1] && !row_after_rule && sentences[i].tokens.size() <= 3;
    furniture = furniture || IsByline(packs, s, sentences[i]);
    out[i] = tail || furniture || stray || (item && furniture_list) || sentences[i].tokens.empty();
    if (furniture && !item && !s.empty() && s.back() == ':') furniture_list = true;
  }
  return out;
}

}  // namespace rolegraph::ingest
