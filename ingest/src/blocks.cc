#include "rolegraph/ingest/blocks.h"

#include <algorithm>
#include <string>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {
namespace {

constexpr size_t kMaxTitleWords = 15;   // a longer first line is a paragraph
constexpr size_t kMaxBylineWords = 8;   // "By Jane Doe, HR editor"
constexpr int kSpacesPerListLevel = 2;

bool Blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

struct Line {
  uint32_t begin, end;  // trimmed
  uint32_t indent;      // columns of leading white space
};

std::vector<Line> Lines(std::string_view text) {
  std::vector<Line> out;
  size_t at = 0;
  while (at <= text.size()) {
    size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos) nl = text.size();
    size_t b = at, e = nl;
    uint32_t indent = 0;
    while (b < e && Blank(text[b])) indent += text[b++] == '\t' ? 4 : 1;
    while (e > b && Blank(text[e - 1])) --e;
    if (e > b) out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), indent});
    if (nl == text.size()) break;
    at = nl + 1;
  }
  return out;
}

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool blank = c == ' ' || c == '\t';
    if (!blank && !in) ++n;
    in = !blank;
  }
  return n;
}

bool OnlyOf(std::string_view s, std::string_view chars) {
  return !s.empty() && s.find_first_not_of(chars) == std::string_view::npos;
}

// Length of a list marker at the start of s ("- ", "* ", "• ", "12. ", "a) "), 0 if none.
size_t ListMarker(std::string_view s) {
  for (std::string_view bullet : {"- ", "* ", "+ ", "\u2022 ", "\u2013 ", "\u25AA "})
    if (s.starts_with(bullet)) return bullet.size();
  size_t k = 0;
  while (k < s.size() && k < 3 && s[k] >= '0' && s[k] <= '9') ++k;
  if (k == 0 && !s.empty() && s[0] >= 'a' && s[0] <= 'z') k = 1;
  if (k > 0 && k + 1 < s.size() && (s[k] == '.' || s[k] == ')') && s[k + 1] == ' ') return k + 2;
  return 0;
}

// The folded word before the first ':' of s, looking through Markdown
// emphasis ("**Q:**" -> "q"), with where the content after it starts.
std::pair<std::string, size_t> LeadWord(std::string_view s) {
  size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon > 20) return {};
  std::string_view w = s.substr(0, colon);
  while (!w.empty() && (w.front() == '*' || w.front() == '_' || w.front() == '#')) w.remove_prefix(1);
  while (!w.empty() && (w.back() == ' ' || w.back() == '*' || w.back() == '_')) w.remove_suffix(1);
  size_t after = colon + 1;
  while (after < s.size() && (s[after] == '*' || s[after] == '_' || s[after] == ' ')) ++after;
  return {Normalize(w).text, after};
}

std::vector<Cell> Cells(std::string_view text, const Line& line) {
  std::vector<Cell> cells;
  std::string_view row = text.substr(line.begin, line.end - line.begin);
  size_t at = row.front() == '|' ? 1 : 0;
  while (at <= row.size()) {
    size_t bar = row.find('|', at);
    if (bar == std::string_view::npos) {
      if (at < row.size()) bar = row.size();
      else break;
    }
    size_t b = at, e = bar;
    while (b < e && Blank(row[b])) ++b;
    while (e > b && Blank(row[e - 1])) --e;
    cells.push_back({static_cast<uint32_t>(line.begin + b), static_cast<uint32_t>(line.begin + e)});
    at = bar + 1;
  }
  return cells;
}

}  // namespace

const char* BlockKindName(BlockKind kind) {
  switch (kind) {
    case BlockKind::kTitle: return "title";
    case BlockKind::kHeading: return "heading";
    case BlockKind::kParagraph: return "paragraph";
    case BlockKind::kListItem: return "list_item";
    case BlockKind::kTableRow: return "table_row";
    case BlockKind::kQuestion: return "question";
    case BlockKind::kAnswer: return "answer";
    case BlockKind::kByline: return "byline";
  }
  return "?";
}

bool EndsInColon(std::string_view line) {
  const size_t last = line.find_last_not_of(" \t\r\n*_");
  return last != std::string_view::npos && line[last] == ':';
}

std::vector<Block> ParseBlocks(std::string_view text, const LanguagePacks& packs) {
  auto qa_kind = [&](const std::string& word) -> const WordTable::Row* {
    for (const LanguagePack& p : packs.all())
      if (const auto* row = p.Table("qa_markers").Find(word); row && row->size() >= 2) return row;
    return nullptr;
  };
  auto byline = [&](std::string_view line) {
    std::string folded = Normalize(line).text;
    for (const LanguagePack& p : packs.all())
      for (const auto& cue : p.List("byline_cues").entries())
        if (folded.starts_with(cue + " ") || folded.starts_with(cue + ":")) return true;
    return false;
  };

  std::vector<Line> lines = Lines(text);
  std::vector<Block> blocks;
  int last_heading = -1, lead_in = -1, question = -1, header = -1;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    std::string_view s = text.substr(line.begin, line.end - line.begin);
    Block b;
    b.begin = line.begin;
    b.end = line.end;
    b.content_begin = line.begin;
    // Setext underline: the line before is a heading.
    if ((OnlyOf(s, "=") || OnlyOf(s, "-")) && s.size() >= 3 && !blocks.empty() &&
        blocks.back().kind == BlockKind::kParagraph &&
        std::count(text.begin() + blocks.back().end, text.begin() + line.begin, '\n') == 1) {
      blocks.back().kind = BlockKind::kHeading;
      blocks.back().level = s[0] == '=' ? 1 : 2;
      last_heading = static_cast<int>(blocks.size()) - 1;
      continue;
    }
    if (s.front() == '|') {
      if (OnlyOf(s, "|-: ")) {  // separator: the row above is the header
        if (!blocks.empty() && blocks.back().kind == BlockKind::kTableRow) {
          blocks.back().header = true;
          header = static_cast<int>(blocks.size()) - 1;
        }
        continue;
      }
      b.kind = BlockKind::kTableRow;
      b.cells = Cells(text, line);
      bool continues = !blocks.empty() && blocks.back().kind == BlockKind::kTableRow;
      if (!continues) header = -1;
      b.parent = header;
      blocks.push_back(std::move(b));
      continue;
    }
    header = -1;
    size_t hashes = 0;
    while (hashes < s.size() && s[hashes] == '#') ++hashes;
    if (hashes >= 1 && hashes <= 6 && hashes < s.size() && s[hashes] == ' ') {
      b.kind = BlockKind::kHeading;
      b.level = static_cast<int>(hashes);
      b.content_begin = line.begin + static_cast<uint32_t>(hashes + 1);
      last_heading = static_cast<int>(blocks.size());
      lead_in = -1;
      blocks.push_back(std::move(b));
      continue;
    }
    if (size_t m = ListMarker(s); m > 0) {
      b.kind = BlockKind::kListItem;
      b.content_begin = line.begin + static_cast<uint32_t>(m);
      b.level = static_cast<int>(line.indent) / kSpacesPerListLevel;
      b.parent = lead_in >= 0 ? lead_in : last_heading;
      blocks.push_back(std::move(b));
      continue;
    }
    auto [word, after] = LeadWord(s);
    if (const auto* qa = word.empty() ? nullptr : qa_kind(word)) {
      bool is_question = (*qa)[1] == "question";
      b.kind = is_question ? BlockKind::kQuestion : BlockKind::kAnswer;
      b.content_begin = line.begin + static_cast<uint32_t>(after);
      if (is_question) question = static_cast<int>(blocks.size());
      else b.parent = question;
      blocks.push_back(std::move(b));
      continue;
    }
    bool sentence_end = s.back() == '.' || s.back() == '!' || s.back() == '?' || s.back() == ':';
    if (Words(s) <= kMaxBylineWords && !sentence_end && byline(s)) {
      b.kind = BlockKind::kByline;
      blocks.push_back(std::move(b));
      continue;
    }
    bool first = blocks.empty();
    if (first && Words(s) <= kMaxTitleWords && !sentence_end) {
      b.kind = BlockKind::kTitle;
      last_heading = 0;
    }
    // A paragraph ending in ':' introduces the list that follows it.
    lead_in = EndsInColon(s) ? static_cast<int>(blocks.size()) : -1;
    blocks.push_back(std::move(b));
  }
  return blocks;
}

}  // namespace rolegraph::ingest
