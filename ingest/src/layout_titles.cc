#include "layout_titles.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "block_attribution.h"
#include "role_text.h"
#include "rolegraph/ingest/blocks.h"

namespace rolegraph::ingest {
namespace {

constexpr uint32_t kMaxTitleTokens = 5;

// Words that, right after a title, say the sentence defines it.
bool IsDefinitionCue(const LanguagePacks& packs, const Token& t) { return packs.AnyHas("definition_cues", t.norm); }

bool IsPositionLabel(const LanguagePacks& packs, const std::vector<Token>& t, uint32_t label_end) {
  auto label = [&](const Token& w) { return packs.AnyHas("position_labels", w.norm); };
  if (label_end == 0) return label(t[0]);
  // "Job title:", "Nama jabatan:", "Posisi yang dibuka:"
  return label(t[label_end]) || label(t[0]);
}

// "Reports to:", "Melapor kepada:", "Atasan langsung:": the value is the
// title of another position.
bool IsReportingLabel(const LanguagePacks& packs, const std::vector<Token>& t, uint32_t label_end) {
  std::string label;
  for (uint32_t k = 0; k <= label_end; ++k) label += (k ? " " : "") + t[k].norm;
  return packs.AnyHas("reporting_labels", label);
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

bool IsOr(const LanguagePacks& packs, const Token& t) { return packs.AnyHas("or_words", t.norm); }

// Splits tokens [first, end) of a title line into names at parentheses,
// slashes, commas and "atau"/"or": "Quality & Safety Lead (Q&S Lead)".
std::vector<std::pair<uint32_t, uint32_t>> SplitNames(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& t,
                                                      uint32_t first, uint32_t end) {
  std::vector<std::pair<uint32_t, uint32_t>> names;
  uint32_t start = first;
  auto flush = [&](uint32_t stop) {
    if (TitleShaped(t, start, stop)) names.emplace_back(start, stop - 1);
  };
  for (uint32_t k = first; k < end; ++k) {
    if (IsOr(packs, t[k])) {
      flush(k);
      start = k + 1;
      continue;
    }
    if (k > start) {
      std::string_view gap = text.substr(t[k - 1].end, t[k].begin - t[k - 1].end);
      if (gap.find_first_of("()/,;:") != std::string_view::npos) {
        flush(k);
        start = k;
      }
    }
  }
  flush(end);
  return names;
}

// 2 when the next sentence opens with the name and defines it ("Juru Parkir
// adalah ...", "Front Desk (FD) atau petugas penerima tamu ..."),
// 1 when it only opens with it ("Juru Bayar menyiapkan gaji ..."), else 0.
int OpensNext(const LanguagePacks& packs, std::string_view text, std::pair<uint32_t, uint32_t> name, const std::vector<Token>& t,
                 const std::vector<AnalyzedSentence>& sentences, uint32_t i) {
  if (i + 1 >= sentences.size() || sentences[i + 1].heading) return 0;
  const auto& next = sentences[i + 1].tokens;
  // "The Head of Student Records, called ..."
  const uint32_t skip = !next.empty() && packs.AnyHas("articles", next[0].norm) ? 1 : 0;
  const uint32_t n = name.second - name.first + 1 + skip;
  if (next.size() <= n) return 0;
  for (uint32_t k = skip; k < n; ++k)
    if (next[k].norm != t[name.first + k - skip].norm) return 0;
  uint32_t after = n;
  std::string_view gap = text.substr(next[n - 1].end, next[n].begin - next[n - 1].end);
  if (gap.find('(') != std::string_view::npos) {
    while (after < next.size() && text.substr(next[after].end, 1) != ")") ++after;
    ++after;
  }
  return after < next.size() && IsDefinitionCue(packs, next[after]) ? 2 : 1;
}

// The token after a spaced dash or a comma ("Budi Santoso — Head Chef",
// "Sari - Florist", "Dewi Lestari, Design Director") that ends a person's name
// opening the heading, or 0. The name is one to
// kMaxNameTokens capitalised words (an honorific may open it: "Dr.", "Pak"),
// none of them a function word ("Meet the Team — ...").
uint32_t StaffListDash(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& t) {
  constexpr uint32_t kMaxNameTokens = 5;
  for (uint32_t k = 1; k < t.size() && k <= kMaxNameTokens; ++k) {
    const Token& w = t[k - 1];
    const bool honorific = packs.AnyHas("honorifics", w.norm);
    if (!honorific && (!IsWord(w) || !w.capital || w.upper || w.stop)) return 0;
    std::string_view gap = text.substr(w.end, t[k].begin - w.end);
    const bool dash = gap.find("\u2014") != std::string_view::npos || gap.find("\u2013") != std::string_view::npos ||
                      gap.find(" - ") != std::string_view::npos || gap.starts_with(", ");
    if (dash) return honorific && k == 1 ? 0 : k;
    if (gap.find_first_not_of(" .") != std::string_view::npos) return 0;
  }
  return 0;
}

// Whether text[at, at + n) is one whole word (no letter or digit around it).
bool WholeWord(std::string_view text, size_t at, size_t n) {
  auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  return (at == 0 || !alnum(text[at - 1])) && (at + n >= text.size() || !alnum(text[at + n]));
}

// The sentence holding the tokens inside text[begin, end), and the first
// and last of them; nullopt where no token lies there.
struct TokenRange {
  uint32_t sentence, first, last;
};
std::optional<TokenRange> TokensWithin(const std::vector<AnalyzedSentence>& sentences, uint32_t begin, uint32_t end) {
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    const auto& t = sentences[i].tokens;
    std::optional<TokenRange> range;
    for (uint32_t k = 0; k < t.size(); ++k)
      if (t[k].begin >= begin && t[k].end <= end) {
        if (!range) range = TokenRange{i, k, k};
        range->last = k;
      }
    if (range) return range;
  }
  return std::nullopt;
}

// A title-shaped run of tokens as a title the layout defines.
void AddDefinedTitle(const std::vector<AnalyzedSentence>& sentences, const TokenRange& r, std::vector<LayoutTitle>* out) {
  if (TitleShaped(sentences[r.sentence].tokens, r.first, r.last + 1))
    out->push_back(LayoutTitle{r.sentence, {{r.first, r.last}}, true});
}

// "| Activity | Publisher | Copy Editor |" over rows of marks ("| ... | A |
// R |"): each header cell after the first of a responsibility matrix names
// one role, whatever its head noun. The body holds marks in at least
// kMinMarkedRows rows; a header cell that is itself a mark is a legend.
void AddMatrixHeaders(const LanguagePacks& packs, std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                      std::vector<LayoutTitle>* out) {
  constexpr size_t kMinMarkedRows = 2;
  const std::vector<Block> blocks = ParseBlocks(text, packs);
  auto cell_text = [&](const Cell& c) { return text.substr(c.begin, c.end - c.begin); };
  for (size_t h = 0; h < blocks.size(); ++h) {
    const Block& header = blocks[h];
    if (header.kind != BlockKind::kTableRow || !header.header || header.cells.size() < 2) continue;
    size_t marked = 0;
    for (const Block& row : blocks)
      if (row.parent == static_cast<int>(h) && row.cells.size() > 1 &&
          std::any_of(row.cells.begin() + 1, row.cells.end(),
                      [&](const Cell& c) { return c.begin < c.end && IsMatrixMark(cell_text(c), packs); }))
        ++marked;
    if (marked < kMinMarkedRows) continue;
    for (size_t c = 1; c < header.cells.size(); ++c) {
      const Cell& cell = header.cells[c];
      if (cell.begin == cell.end || IsMatrixMark(cell_text(cell), packs)) continue;
      const auto r = TokensWithin(sentences, cell.begin, cell.end);
      if (!r) continue;
      // An abbreviation ("QM") is no honest name: the title its legend
      // spells out is the role (block_attribution.cc reads the column so);
      // without a legend the initials of a title may name it.
      if (r->first == r->last && sentences[r->sentence].tokens[r->first].upper) {
        if (const auto legend = LegendTitle(text, cell_text(cell)))
          if (const auto title = TokensWithin(sentences, legend->first, legend->second))
            AddDefinedTitle(sentences, *title, out);
        continue;
      }
      AddDefinedTitle(sentences, *r, out);
    }
  }
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
    // "POSITION 1: Underwriter": a number may follow the label word.
    if (!IsWord(t[k]) && !(k > 0 && t[k].numeric)) return false;
    std::string_view gap = text.substr(t[k].end, t[k + 1].begin - t[k].end);
    if (gap.find(':') != std::string_view::npos) {
      if (label_end) *label_end = k;
      return true;
    }
    if (gap.find_first_not_of(" \t") != std::string_view::npos) return false;
  }
  return false;
}

bool IsPositionLine(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s) {
  uint32_t label_end = 0;
  return IsFieldLine(text, s, &label_end) && IsPositionLabel(packs, s.tokens, label_end);
}

std::optional<std::pair<uint32_t, uint32_t>> LegendTitle(std::string_view text, std::string_view code) {
  constexpr size_t kMaxLegendTitle = 60;  // bytes: a title, not a sentence
  static constexpr std::string_view kSeparators[] = {"=", ":", "-", "\u2013", "\u2014"};
  if (code.empty()) return std::nullopt;
  for (size_t at = text.find(code); at != std::string_view::npos; at = text.find(code, at + 1)) {
    if (!WholeWord(text, at, code.size())) continue;
    size_t k = at + code.size();
    auto skip = [&] {
      while (k < text.size() && (text[k] == ' ' || text[k] == '*' || text[k] == '\t')) ++k;
    };
    skip();
    bool separated = false;
    for (std::string_view sep : kSeparators)
      if (text.substr(k, sep.size()) == sep) {
        k += sep.size();
        separated = true;
        break;
      }
    if (!separated) continue;
    skip();
    const size_t begin = k;
    size_t end = text.find_first_of(";,(\n.", begin);
    if (end == std::string_view::npos) end = text.size();
    if (const size_t dash = text.substr(begin, end - begin).find(" - "); dash != std::string_view::npos) end = begin + dash;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '*')) --end;
    if (end > begin && end - begin <= kMaxLegendTitle)
      return std::make_pair(static_cast<uint32_t>(begin), static_cast<uint32_t>(end));
  }
  return std::nullopt;
}

std::vector<LayoutTitle> FindLayoutTitles(const LanguagePacks& packs, std::string_view text, const std::vector<AnalyzedSentence>& sentences) {
  std::vector<LayoutTitle> out, staff;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    const AnalyzedSentence& s = sentences[i];
    const auto& t = s.tokens;
    if (t.empty()) continue;
    uint32_t label_end = 0;
    const auto end = static_cast<uint32_t>(t.size());
    if (IsFieldLine(text, s, &label_end)) {
      if ((!IsPositionLabel(packs, t, label_end) && !IsReportingLabel(packs, t, label_end)) || label_end + 1 >= end) continue;
      LayoutTitle title{i, SplitNames(packs, text, t, label_end + 1, end), true};
      if (!title.names.empty()) out.push_back(std::move(title));
      continue;
    }
    if (!s.heading) continue;
    if (const uint32_t dash = StaffListDash(packs, text, t); dash > 0) {
      // "Harbour Cafe — Makassar, South Sulawesi": a page's name and place.
      if (text.substr(t[dash].begin, t[end - 1].end - t[dash].begin).find(',') != std::string_view::npos) continue;
      LayoutTitle title{i, SplitNames(packs, text, t, dash, end), false};
      title.staff_list = true;
      if (!title.names.empty() && title.names[0].first == dash) staff.push_back(std::move(title));
      continue;
    }
    const uint32_t number = AfterNumber(text, s);
    uint32_t first = number;
    // "The Ranger", "The Head of Visitor Safety (HVS)"
    if (first + 1 < end && packs.AnyHas("articles", t[first].norm)) ++first;
    LayoutTitle title{i, SplitNames(packs, text, t, first, end), false};
    if (title.names.empty() || title.names[0].first != first) continue;
    // "4. Shift" + "Shift malam 22.00-06.00": a section on shifts or times of
    // day, not a post.
    bool qualifier_only = true;
    for (uint32_t k = title.names[0].first; k <= title.names[0].second; ++k)
      qualifier_only = qualifier_only && packs.AnyHas("alias_qualifiers", t[k].norm);
    if (qualifier_only) continue;
    const int opens = OpensNext(packs, text, title.names[0], t, sentences, i);
    // Unnumbered headings count only when the next sentence defines them; a
    // numbered one when the next sentence opens with its name.
    if (number == 0 && opens < 2) continue;
    title.defined = number == 0 ? true : opens >= 1;
    title.numbered = number > 0;
    out.push_back(std::move(title));
  }
  // A numbered list whose items are mostly roles is a list of roles: its
  // other items are roles too ("3. Stevedore" + "Di pelabuhan ... istilah
  // stevedore dipakai untuk ...").
  size_t numbered = 0, defined = 0;
  for (const auto& lt : out)
    if (lt.numbered) {
      ++numbered;
      if (lt.defined) ++defined;
    }
  if (defined >= 2 && 3 * defined >= 2 * numbered)
    for (auto& lt : out)
      if (lt.numbered) lt.defined = true;
  // One "Name — Title" heading is as often a page's "Org — Topic" title: a
  // staff list has several.
  constexpr size_t kMinStaffHeadings = 3;
  if (staff.size() >= kMinStaffHeadings) out.insert(out.end(), staff.begin(), staff.end());
  AddMatrixHeaders(packs, text, sentences, &out);
  return out;
}

}  // namespace rolegraph::ingest
