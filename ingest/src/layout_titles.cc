#include "layout_titles.h"

#include <set>
#include <string>

#include "role_text.h"

namespace rolegraph::ingest {
namespace {

constexpr uint32_t kMaxTitleTokens = 5;

// Words that, right after a title, say the sentence defines it.
bool IsDefinitionCue(const Token& t) {
  static const std::set<std::string, std::less<>> kCues = {
      "adalah", "merupakan", "atau", "yaitu", "ialah", "bertugas", "bertanggung", "is", "are", "acts",
      "serves", "means", "refers", "sering", "biasa", "biasanya", "juga", "disebut", "dikenal"};
  return kCues.count(t.norm) > 0;
}

bool IsPositionLabel(const std::vector<Token>& t, uint32_t label_end) {
  static const std::set<std::string, std::less<>> kOne = {"position", "posisi", "jabatan", "role", "title",
                                                          "vacancy", "lowongan", "formasi"};
  if (label_end == 0) return kOne.count(t[0].norm) > 0;
  // "Job title:", "Nama jabatan:", "Posisi yang dibuka:"
  return kOne.count(t[label_end].norm) > 0 || kOne.count(t[0].norm) > 0;
}

// Token range after a leading list number ("3. Teller", "2) Redaktur").
uint32_t AfterNumber(std::string_view text, const AnalyzedSentence& s) {
  const auto& t = s.tokens;
  if (t.size() < 2 || !t[0].numeric) return 0;
  std::string_view gap = text.substr(t[0].end, t[1].begin - t[0].end);
  return gap.find_first_of(".)") != std::string_view::npos ? 1 : 0;
}

// Title tokens [first, end): words only, capitalised like a title.
bool TitleShaped(const std::vector<Token>& t, uint32_t first, uint32_t end) {
  if (end <= first || end - first > kMaxTitleTokens) return false;
  for (uint32_t k = first; k < end; ++k) {
    if (!IsWord(t[k]) && !t[k].upper) return false;
    if (!t[k].stop && !t[k].capital) return false;
  }
  return !t[first].stop && !t[end - 1].stop;
}

}  // namespace

bool IsFieldLine(std::string_view text, const AnalyzedSentence& s, uint32_t* label_end) {
  const auto& t = s.tokens;
  // A label alone on its line ("Responsibilities:", "Tugas utama:").
  if (!t.empty() && t.size() <= 3 && s.end > 0 && s.end <= text.size() && text[s.end - 1] == ':') {
    if (label_end) *label_end = static_cast<uint32_t>(t.size() - 1);
    return true;
  }
  for (uint32_t k = 0; k + 1 < t.size() && k < 3; ++k) {
    if (!IsWord(t[k])) return false;
    std::string_view gap = text.substr(t[k].end, t[k + 1].begin - t[k].end);
    if (gap.find(':') != std::string_view::npos) {
      if (label_end) *label_end = k;
      return true;
    }
    if (gap.find_first_not_of(" \t") != std::string_view::npos) return false;
  }
  return false;
}

bool IsPositionLine(std::string_view text, const AnalyzedSentence& s) {
  uint32_t label_end = 0;
  return IsFieldLine(text, s, &label_end) && IsPositionLabel(s.tokens, label_end);
}

std::vector<LayoutTitle> FindLayoutTitles(std::string_view text, const std::vector<AnalyzedSentence>& sentences) {
  std::vector<LayoutTitle> out;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    const AnalyzedSentence& s = sentences[i];
    const auto& t = s.tokens;
    if (t.empty()) continue;
    uint32_t label_end = 0;
    if (IsFieldLine(text, s, &label_end)) {
      if (!IsPositionLabel(t, label_end)) continue;
      // The title runs to the end of the line or an opening parenthesis.
      uint32_t first = label_end + 1, end = first;
      while (end < t.size() && end - first < kMaxTitleTokens &&
             (end == first || Adjacent(text, t[end - 1], t[end], false)))
        ++end;
      if (TitleShaped(t, first, end)) out.push_back({i, first, end - 1});
      continue;
    }
    if (!s.heading || i + 1 >= sentences.size()) continue;
    uint32_t first = AfterNumber(text, s);
    uint32_t end = static_cast<uint32_t>(t.size());
    if (!TitleShaped(t, first, end)) continue;
    // The next sentence must open with the same words and define them.
    const auto& next = sentences[i + 1].tokens;
    uint32_t n = end - first;
    if (next.size() <= n || sentences[i + 1].heading) continue;
    bool same = true;
    for (uint32_t k = 0; k < n && same; ++k) same = next[k].norm == t[first + k].norm;
    if (!same) continue;
    // "Teller adalah ...", "Customer Service (CS) atau ...".
    uint32_t after = n;
    std::string_view gap = text.substr(next[n - 1].end, next[n].begin - next[n - 1].end);
    if (gap.find('(') != std::string_view::npos) {
      while (after < next.size() && text.substr(next[after].end, 1) != ")") ++after;
      ++after;
    }
    if (after < next.size() && IsDefinitionCue(next[after])) out.push_back({i, first, end - 1});
  }
  return out;
}

}  // namespace rolegraph::ingest
