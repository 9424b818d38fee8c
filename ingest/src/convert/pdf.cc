// PDF through poppler-cpp (the Debian PDF library behind evince and
// pdftotext; it copes with broken xref tables and reports encryption).
// A PDF has no paragraphs, only positioned words: words are grouped into
// lines by position, lines into paragraphs by vertical gaps and font size,
// and lines set clearly larger than the body text become headings. Lines of
// one paragraph are joined with a space, so a sentence wrapped over two lines
// is one line of stored text, as in the Markdown source.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "convert/converters.h"
#include "convert/text_lines.h"

namespace rolegraph::ingest::convert {
namespace {

// Layout thresholds; body text is the font size with the most characters.
struct PdfLayoutOptions {
  // A gap between lines larger than this many line heights starts a paragraph.
  double paragraph_gap = 0.6;
  // A line whose font is this much larger than the body is a heading.
  double heading_ratio = 1.15;
  // Font sizes that differ by less than this ratio are the same size.
  double same_size = 0.05;
  // A line at a page edge recurring on this many pages (and on half of
  // them) is a running header or footer.
  size_t min_furniture_pages = 3;
};

struct Line {
  std::string text;
  double top = 0, bottom = 0, left = 0;
  double font = 0;
  int page = 0;
};

void SilencePoppler() {
  // poppler prints parser complaints on stderr; errors reach the user as a
  // Status instead. Set once: the hook is process-wide.
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

std::string Utf8(const poppler::ustring& s) {
  poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// Words in reading order -> lines: a new line starts when a word sits below
// the previous one or back at the left.
void CollectLines(const std::vector<poppler::text_box>& words, int page, std::vector<Line>* lines) {
  Line current;
  bool open = false;
  bool space_after = false;
  for (const auto& word : words) {
    const poppler::rectf box = word.bbox();
    const std::string text = Utf8(word.text());
    if (text.empty()) continue;
    const double mid = box.y() + box.height() / 2;
    const bool same_line = open && mid > current.top && mid < current.bottom;
    if (!same_line) {
      if (open) lines->push_back(std::move(current));
      current = Line{};
      current.top = box.y();
      current.bottom = box.y() + box.height();
      current.left = box.x();
      current.page = page;
      open = true;
    } else if (space_after) {
      current.text += ' ';
    }
    current.text += text;
    current.top = std::min(current.top, box.y());
    current.bottom = std::max(current.bottom, box.y() + box.height());
    current.font = std::max(current.font, word.get_font_size());
    space_after = word.has_space_after();
  }
  if (open) lines->push_back(std::move(current));
}

double BodyFontSize(const std::vector<Line>& lines) {
  std::map<long, size_t> chars;  // font size in tenths of a point -> characters
  for (const auto& l : lines) chars[std::lround(l.font * 10)] += l.text.size();
  long best = 0;
  size_t most = 0;
  for (auto [size, n] : chars)
    if (n > most) best = size, most = n;
  return best / 10.0;
}

// Bullet glyphs that open a list item ("• item" -> "- item").
constexpr std::string_view kBullets[] = {"\u2022", "\u25E6", "\u25AA", "\u2023", "\u2043", "\u25CF", "\u25A0"};

// The text after a bullet glyph, or nullopt when the line has none.
std::optional<std::string> AfterBullet(const std::string& text) {
  for (std::string_view b : kBullets) {
    if (text.compare(0, b.size(), b) != 0) continue;
    const size_t start = text.find_first_not_of(' ', b.size());
    return start == std::string::npos ? std::string() : text.substr(start);
  }
  return std::nullopt;
}

bool StartsLowercase(const std::string& text) { return !text.empty() && text[0] >= 'a' && text[0] <= 'z'; }

// Running headers, footers and page numbers: the first or last line of a
// page whose text, digits aside, recurs at the edge of at least half the
// pages (three or more); and edge lines that are only a number.
// (std::set and std::map: a few hundred edge lines at most.)
std::vector<bool> PageFurniture(const std::vector<Line>& lines) {
  const PdfLayoutOptions layout;
  std::vector<bool> furniture(lines.size(), false);
  std::vector<size_t> edges;
  for (size_t i = 0; i < lines.size(); ++i) {
    const bool first = i == 0 || lines[i - 1].page != lines[i].page;
    const bool last = i + 1 == lines.size() || lines[i + 1].page != lines[i].page;
    if (first || last) edges.push_back(i);
  }
  auto key = [&](size_t i) {
    std::string k;
    for (char c : lines[i].text) k += (c >= '0' && c <= '9') ? '#' : c;
    return k;
  };
  std::map<std::string, std::set<int>> pages_of;
  for (size_t i : edges) pages_of[key(i)].insert(lines[i].page);
  const int pages = lines.empty() ? 0 : lines.back().page + 1;
  for (size_t i : edges) {
    const std::string k = key(i);
    const bool only_number = k.find_first_not_of("# ") == std::string::npos;
    const size_t seen = pages_of[k].size();
    // The first line of the document is its title even when the title
    // also runs as the header of later pages.
    const bool title = i == 0;
    if (only_number || (!title && seen >= layout.min_furniture_pages && seen * 2 >= static_cast<size_t>(pages)))
      furniture[i] = true;
  }
  return furniture;
}

std::string LinesToText(const std::vector<Line>& all) {
  const PdfLayoutOptions layout;
  const std::vector<bool> furniture = PageFurniture(all);
  std::vector<Line> lines;
  for (size_t i = 0; i < all.size(); ++i)
    if (!furniture[i]) lines.push_back(all[i]);
  const double body = BodyFontSize(lines);
  auto is_heading = [&](const Line& l) { return body > 0 && l.font > body * layout.heading_ratio; };
  TextLines out;
  BlockKind kind = BlockKind::kParagraph;
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& line = lines[i];
    std::optional<std::string> item = AfterBullet(line.text);
    bool new_block = i == 0;
    if (i > 0) {
      const Line& prev = lines[i - 1];
      const double height = std::max(1.0, prev.bottom - prev.top);
      const bool same_font = std::abs(line.font - prev.font) <= layout.same_size * std::max(line.font, prev.font);
      // A paragraph running over a page break continues in lower case.
      const bool continues_page = line.page != prev.page && same_font && StartsLowercase(line.text);
      new_block = item.has_value() || is_heading(line) != is_heading(prev) || !same_font ||
                  (line.page != prev.page && !continues_page) ||
                  (line.page == prev.page &&
                   (line.top - prev.bottom > layout.paragraph_gap * height || line.top < prev.top));
      if (new_block) {
        out.EndBlock(kind);
      } else if (!(prev.text.size() > 1 && prev.text.back() == '-' && StartsLowercase(line.text))) {
        out.Space();  // a word broken at a hyphen joins without a space
      }
    }
    if (new_block) {
      kind = item.has_value() ? BlockKind::kListItem : is_heading(line) ? BlockKind::kHeading : BlockKind::kParagraph;
    }
    out.Append(item.has_value() ? *item : line.text);
  }
  if (!lines.empty()) out.EndBlock(kind);
  return out.Take();
}

}  // namespace

Result<ConvertedDocument> ConvertPdf(std::string_view bytes, const ConvertOptions& options) {
  SilencePoppler();
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return Status::InvalidArgument("PDF is too large");
  // load_from_raw_data does not copy: `bytes` outlives the document.
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (doc == nullptr) return Status::InvalidArgument("PDF is corrupt or unreadable");
  if (doc->is_locked()) return Status::InvalidArgument("PDF is encrypted (needs a password)");
  const int pages = doc->pages();
  if (pages <= 0) return Status::InvalidArgument("PDF has no pages");
  if (pages > options.max_pdf_pages) {
    return Status::InvalidArgument("PDF has " + std::to_string(pages) + " pages, more than the limit of " +
                                   std::to_string(options.max_pdf_pages));
  }
  std::vector<Line> lines;
  uint64_t bytes_out = 0;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (page == nullptr) continue;
    CollectLines(page->text_list(poppler::page::text_list_include_font), i, &lines);
    for (size_t j = lines.size(); j > 0 && lines[j - 1].page == i; --j) bytes_out += lines[j - 1].text.size();
    if (bytes_out > options.max_text_bytes)
      return Status::InvalidArgument("PDF text is larger than " + std::to_string(options.max_text_bytes) + " bytes");
  }
  ConvertedDocument out;
  out.format = DocumentFormat::kPdf;
  out.text = LinesToText(lines);
  if (out.text.find_first_not_of(" \n") == std::string::npos) {
    return Status::InvalidArgument("PDF has no text layer (a scan? run OCR on it first, e.g. ocrmypdf)");
  }
  return out;
}

}  // namespace rolegraph::ingest::convert
