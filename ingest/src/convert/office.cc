// DOCX (Office Open XML, word/document.xml) and ODT (OpenDocument,
// content.xml): a zip entry read by ZipReader, parsed by libxml2 without
// network access or entity expansion. Element names are the formats' own
// vocabulary (w:p, text:h, table:table-row ...), matched by local name.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <map>
#include <memory>
#include <string>

#include "convert/converters.h"
#include "convert/text_lines.h"
#include "convert/zip_reader.h"

namespace rolegraph::ingest::convert {
namespace {

// Office XML is machine-written and shallow; deeper means hostile.
constexpr int kMaxXmlDepth = 256;

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDoc = std::unique_ptr<xmlDoc, DocFree>;

Result<XmlDoc> ParseXml(const std::string& bytes, const std::string& entry) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return Status::InvalidArgument(entry + " is too large");
  // No XML_PARSE_NOENT (entities stay unexpanded), no XML_PARSE_HUGE
  // (libxml2 keeps its depth and size limits), no DTD loading.
  XmlDoc doc(xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), entry.c_str(), nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (doc == nullptr || xmlDocGetRootElement(doc.get()) == nullptr)
    return Status::InvalidArgument(entry + " is not well-formed XML");
  return doc;
}

std::string_view Name(const xmlNode* node) {
  return node->name == nullptr ? std::string_view() : reinterpret_cast<const char*>(node->name);
}

// An attribute by local name, whatever its namespace prefix.
std::string Attr(const xmlNode* node, std::string_view local) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next) {
    if (a->name == nullptr || local != reinterpret_cast<const char*>(a->name)) continue;
    xmlChar* value = xmlNodeListGetString(node->doc, a->children, 1);
    std::string out = value == nullptr ? "" : reinterpret_cast<const char*>(value);
    xmlFree(value);
    return out;
  }
  return {};
}

const xmlNode* Child(const xmlNode* node, std::string_view local) {
  for (const xmlNode* c = node->children; c != nullptr; c = c->next)
    if (c->type == XML_ELEMENT_NODE && Name(c) == local) return c;
  return nullptr;
}

void AppendText(const xmlNode* node, TextLines& lines) {
  if (node->content != nullptr) lines.Append(reinterpret_cast<const char*>(node->content));
}

Status TooDeep(std::string_view entry) {
  return Status::InvalidArgument(std::string(entry) + " nests elements deeper than " + std::to_string(kMaxXmlDepth) +
                                 " levels");
}

// ---- DOCX ----

struct DocxStyles {
  std::map<std::string, bool> heading;  // style id -> is a heading style
};

// word/styles.xml: a style is a heading when it carries an outline level or
// is one of Word's built-in heading/title styles (w:name is the built-in
// name, the same in every language edition of Word).
DocxStyles ReadDocxStyles(const xmlNode* root) {
  DocxStyles styles;
  for (const xmlNode* s = root->children; s != nullptr; s = s->next) {
    if (s->type != XML_ELEMENT_NODE || Name(s) != "style") continue;
    const std::string id = Attr(s, "styleId");
    const xmlNode* name = Child(s, "name");
    const std::string builtin = name == nullptr ? "" : Attr(name, "val");
    const xmlNode* ppr = Child(s, "pPr");
    const bool outline = ppr != nullptr && Child(ppr, "outlineLvl") != nullptr;
    styles.heading[id] = outline || builtin == "Title" || builtin.rfind("heading ", 0) == 0;
  }
  return styles;
}

class DocxWalker {
 public:
  explicit DocxWalker(const DocxStyles& styles) : styles_(styles) {}

  bool Walk(const xmlNode* node, int depth) {
    if (depth > kMaxXmlDepth) return false;
    for (const xmlNode* c = node; c != nullptr; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = Name(c);
      // Deleted revisions, field codes, the fallback copy of alternate
      // content and properties are not text a reader sees.
      if (name == "delText" || name == "instrText" || name == "Fallback" || name == "pPr" || name == "rPr" ||
          name == "del")
        continue;
      if (name == "t") {
        for (const xmlNode* t = c->children; t != nullptr; t = t->next)
          if (t->type == XML_TEXT_NODE) AppendText(t, lines_);
      } else if (name == "tab" || name == "br" || name == "cr") {
        lines_.Space();
      } else if (name == "p") {
        const BlockKind kind = Kind(c);
        lines_.EndBlock(BlockKind::kParagraph);
        if (!Walk(c->children, depth + 1)) return false;
        lines_.EndBlock(kind);
      } else if (name == "tr" && table_depth_ == 1) {
        lines_.StartRow();
        if (!Walk(c->children, depth + 1)) return false;
        lines_.EndRow();
      } else if (name == "tc" && table_depth_ == 1) {
        if (!Walk(c->children, depth + 1)) return false;
        lines_.EndCell();
      } else {
        if (name == "tbl") ++table_depth_;
        const bool ok = Walk(c->children, depth + 1);
        if (name == "tbl") --table_depth_;
        if (!ok) return false;
      }
    }
    return true;
  }

  TextLines& lines() { return lines_; }

 private:
  BlockKind Kind(const xmlNode* p) const {
    const xmlNode* ppr = Child(p, "pPr");
    if (ppr == nullptr) return BlockKind::kParagraph;
    if (Child(ppr, "outlineLvl") != nullptr) return BlockKind::kHeading;
    if (const xmlNode* style = Child(ppr, "pStyle")) {
      const std::string id = Attr(style, "val");
      auto it = styles_.heading.find(id);
      // Without styles.xml, Word's built-in style ids.
      const bool heading = it != styles_.heading.end()
                               ? it->second
                               : id == "Title" || id.rfind("Heading", 0) == 0;
      if (heading) return BlockKind::kHeading;
    }
    if (Child(ppr, "numPr") != nullptr) return BlockKind::kListItem;
    return BlockKind::kParagraph;
  }

  const DocxStyles& styles_;
  int table_depth_ = 0;
  TextLines lines_;
};

// ---- ODT ----

class OdtWalker {
 public:
  bool Walk(const xmlNode* node, int depth, BlockKind kind) {
    if (depth > kMaxXmlDepth) return false;
    for (const xmlNode* c = node; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE) {
        if (in_paragraph_) AppendText(c, lines_);
        continue;
      }
      if (c->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = Name(c);
      // Footnotes, comments, tracked deletions and style definitions are
      // not running text.
      if (name == "note" || name == "annotation" || name == "tracked-changes" || name == "automatic-styles" ||
          name == "font-face-decls" || name == "sequence-decls" || name == "variable-decls")
        continue;
      bool ok = true;
      if (name == "s") {
        lines_.Space();
      } else if (name == "tab" || name == "line-break") {
        lines_.Space();
      } else if (name == "h" || name == "p") {
        const BlockKind own = name == "h" ? BlockKind::kHeading : kind;
        const bool outer = !in_paragraph_;
        if (outer) lines_.EndBlock(BlockKind::kParagraph);
        in_paragraph_ = true;
        ok = Walk(c->children, depth + 1, own);
        in_paragraph_ = !outer;
        if (outer) lines_.EndBlock(own);
      } else if (name == "list-item" || name == "list-header") {
        ok = Walk(c->children, depth + 1, BlockKind::kListItem);
      } else if (name == "table-row" && table_depth_ == 1) {
        lines_.StartRow();
        ok = Walk(c->children, depth + 1, BlockKind::kParagraph);
        lines_.EndRow();
      } else if (name == "table-cell" && table_depth_ == 1) {
        ok = Walk(c->children, depth + 1, BlockKind::kParagraph);
        lines_.EndCell();
      } else {
        if (name == "table") ++table_depth_;
        ok = Walk(c->children, depth + 1, kind);
        if (name == "table") --table_depth_;
      }
      if (!ok) return false;
    }
    return true;
  }

  TextLines& lines() { return lines_; }

 private:
  bool in_paragraph_ = false;
  int table_depth_ = 0;
  TextLines lines_;
};

Result<std::unique_ptr<ZipReader>> OpenZip(std::string_view bytes, const ConvertOptions& options,
                                           std::string_view format) {
  auto zip = ZipReader::Open(bytes, options);
  if (!zip.ok()) return Status::InvalidArgument(std::string(format) + ": " + zip.status().message());
  return zip;
}

}  // namespace

Result<ConvertedDocument> ConvertDocxXml(std::string_view document_xml, std::string_view styles_xml) {
  DocxStyles styles;
  if (!styles_xml.empty()) {
    auto parsed = ParseXml(std::string(styles_xml), "word/styles.xml");
    if (!parsed.ok()) return Status::InvalidArgument("DOCX: " + parsed.status().message());
    styles = ReadDocxStyles(xmlDocGetRootElement(parsed->get()));
  }
  auto doc = ParseXml(std::string(document_xml), "word/document.xml");
  if (!doc.ok()) return Status::InvalidArgument("DOCX: " + doc.status().message());
  DocxWalker walker(styles);
  if (!walker.Walk(xmlDocGetRootElement(doc->get()), 0)) return TooDeep("DOCX: word/document.xml");
  ConvertedDocument out;
  out.format = DocumentFormat::kDocx;
  out.text = walker.lines().Take();
  return out;
}

Result<ConvertedDocument> ConvertOdtXml(std::string_view content_xml) {
  auto doc = ParseXml(std::string(content_xml), "content.xml");
  if (!doc.ok()) return Status::InvalidArgument("ODT: " + doc.status().message());
  OdtWalker walker;
  if (!walker.Walk(xmlDocGetRootElement(doc->get()), 0, BlockKind::kParagraph)) return TooDeep("ODT: content.xml");
  ConvertedDocument out;
  out.format = DocumentFormat::kOdt;
  out.text = walker.lines().Take();
  return out;
}

Result<ConvertedDocument> ConvertDocx(std::string_view bytes, const ConvertOptions& options) {
  auto zip = OpenZip(bytes, options, "DOCX");
  if (!zip.ok()) return zip.status();
  auto body = (*zip)->Read("word/document.xml");
  if (!body.ok()) return Status::InvalidArgument("DOCX: " + body.status().message());
  std::string styles;
  if ((*zip)->Has("word/styles.xml")) {
    auto xml = (*zip)->Read("word/styles.xml");
    if (!xml.ok()) return Status::InvalidArgument("DOCX: " + xml.status().message());
    styles = std::move(*xml);
  }
  return ConvertDocxXml(*body, styles);
}

Result<ConvertedDocument> ConvertOdt(std::string_view bytes, const ConvertOptions& options) {
  auto zip = OpenZip(bytes, options, "ODT");
  if (!zip.ok()) return zip.status();
  auto content = (*zip)->Read("content.xml");
  if (!content.ok()) return Status::InvalidArgument("ODT: " + content.status().message());
  return ConvertOdtXml(*content);
}

}  // namespace rolegraph::ingest::convert
