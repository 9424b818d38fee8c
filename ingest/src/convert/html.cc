// HTML through libxml2's HTML parser (HTML 4-era tag soup, recovers from
// broken markup the way browsers do, ships in every Debian). Page furniture
// (nav, header, footer, aside, forms such as comment boxes, scripts, styles,
// ARIA navigation/banner/contentinfo/complementary regions, hidden elements)
// is dropped; a <main> element, when present, is the whole content.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <array>
#include <cstring>
#include <memory>
#include <string>

#include "convert/converters.h"
#include "convert/text_lines.h"
#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest::convert {
namespace {

std::string_view Name(const xmlNode* node) {
  return node->name == nullptr ? std::string_view() : reinterpret_cast<const char*>(node->name);
}

template <size_t N>
bool OneOf(std::string_view name, const std::array<std::string_view, N>& names) {
  for (auto n : names)
    if (name == n) return true;
  return false;
}

// Elements whose whole subtree is not content.
constexpr std::array<std::string_view, 17> kFurniture = {
    "nav",    "header", "footer", "aside",  "script", "style",   "noscript", "template", "form",
    "iframe", "svg",    "button", "select", "object", "head",    "dialog",   "menu"};
// ARIA landmark roles of page furniture (role="..."), from the WAI-ARIA spec.
constexpr std::array<std::string_view, 5> kFurnitureRoles = {"navigation", "banner", "contentinfo",
                                                             "complementary", "search"};
constexpr std::array<std::string_view, 6> kHeadings = {"h1", "h2", "h3", "h4", "h5", "h6"};
// Elements that end a line (the rest is inline and joins its neighbours).
constexpr std::array<std::string_view, 24> kBlocks = {
    "p",     "div",     "section",    "article", "main",   "blockquote", "pre",     "address",
    "ul",    "ol",      "dl",         "dt",      "dd",     "figure",     "figcaption", "caption",
    "table", "thead",   "tbody",      "tfoot",   "hr",     "center",     "details", "summary"};

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

bool IsFurniture(const xmlNode* node) {
  if (OneOf(Name(node), kFurniture)) return true;
  if (xmlHasProp(node, reinterpret_cast<const xmlChar*>("hidden")) != nullptr) return true;
  if (Attribute(node, "aria-hidden") == "true") return true;
  const std::string role = Attribute(node, "role");
  return !role.empty() && OneOf(std::string_view(role), kFurnitureRoles);
}

class HtmlWalker {
 public:
  explicit HtmlWalker(int max_depth) : max_depth_(max_depth) {}

  // False when the tree is nested deeper than max_depth.
  bool Walk(const xmlNode* node, int depth, BlockKind kind) {
    if (depth > max_depth_) return false;
    for (const xmlNode* child = node; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
        if (child->content != nullptr) lines_.Append(reinterpret_cast<const char*>(child->content));
        continue;
      }
      if (child->type != XML_ELEMENT_NODE || IsFurniture(child)) continue;  // comments too
      if (!Element(child, depth, kind)) return false;
    }
    return true;
  }

  TextLines& lines() { return lines_; }

 private:
  bool Element(const xmlNode* node, int depth, BlockKind kind) {
    const std::string_view name = Name(node);
    if (name == "br") {
      lines_.Space();
      return true;
    }
    if (name == "table") ++table_depth_;
    bool ok = true;
    // Rows and cells only at the outer table: a table inside a cell is text.
    if (table_depth_ == 1 && name == "tr") {
      lines_.EndBlock(kind);
      lines_.StartRow();
      ok = Walk(node->children, depth + 1, kind);
      lines_.EndRow();
    } else if (table_depth_ == 1 && (name == "td" || name == "th")) {
      ok = Walk(node->children, depth + 1, kind);
      lines_.EndCell();
    } else if (OneOf(name, kHeadings)) {
      lines_.EndBlock(kind);
      ok = Walk(node->children, depth + 1, BlockKind::kHeading);
      lines_.EndBlock(BlockKind::kHeading);
    } else if (name == "li") {
      lines_.EndBlock(kind);
      ok = Walk(node->children, depth + 1, BlockKind::kListItem);
      lines_.EndBlock(BlockKind::kListItem);
    } else if (OneOf(name, kBlocks)) {
      lines_.EndBlock(kind);
      // A paragraph inside a list item is that item's text.
      const BlockKind inner = kind == BlockKind::kListItem ? kind : BlockKind::kParagraph;
      ok = Walk(node->children, depth + 1, inner);
      lines_.EndBlock(inner);
    } else {
      ok = Walk(node->children, depth + 1, kind);
    }
    if (name == "table") --table_depth_;
    return ok;
  }

  int max_depth_;
  int table_depth_ = 0;
  TextLines lines_;
};

const xmlNode* FindElement(const xmlNode* node, std::string_view name, int depth = 0) {
  if (depth > 512) return nullptr;
  for (; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (Name(node) == name) return node;
    if (IsFurniture(node) && Name(node) != "head") continue;
    if (const xmlNode* found = FindElement(node->children, name, depth + 1)) return found;
  }
  return nullptr;
}

std::string TextOf(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  TextLines lines;
  lines.Append(reinterpret_cast<const char*>(content));
  xmlFree(content);
  std::string text = lines.Take();
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

Result<ConvertedDocument> ConvertHtml(std::string_view bytes, const ConvertOptions& options) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return Status::InvalidArgument("HTML file is too large");
  // libxml2 assumes ISO-8859-1 for HTML without a charset declaration; our
  // files are UTF-8 unless they say otherwise.
  const char* encoding = IsValidUtf8(bytes) ? "UTF-8" : nullptr;
  std::unique_ptr<xmlDoc, DocFree> doc(htmlReadMemory(
      bytes.data(), static_cast<int>(bytes.size()), nullptr, encoding,
      HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED));
  if (doc == nullptr) return Status::InvalidArgument("HTML could not be parsed");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return Status::InvalidArgument("HTML has no elements");

  ConvertedDocument out;
  out.format = DocumentFormat::kHtml;
  const xmlNode* top = doc->children;
  if (const xmlNode* main = FindElement(doc->children, "main")) {
    top = main;
  }
  HtmlWalker walker(options.max_html_depth);
  // Walk only `top` itself when it is <main>, not its siblings.
  bool ok;
  if (top != doc->children) {
    ok = walker.Walk(top->children, 1, BlockKind::kParagraph);
  } else {
    ok = walker.Walk(top, 0, BlockKind::kParagraph);
  }
  if (!ok) {
    return Status::InvalidArgument("HTML nests elements deeper than " + std::to_string(options.max_html_depth) +
                                   " levels");
  }
  out.text = walker.lines().Take();
  // The <title> usually repeats the first heading plus the site name; it is
  // the title only for a page without headings (else the first line is).
  bool has_heading = false;
  for (std::string_view h : kHeadings) has_heading = has_heading || FindElement(doc->children, h) != nullptr;
  if (!has_heading) {
    if (const xmlNode* title = FindElement(doc->children, "title")) out.title = TextOf(title);
  }
  return out;
}

}  // namespace rolegraph::ingest::convert
