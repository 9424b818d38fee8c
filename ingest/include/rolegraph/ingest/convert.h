// Document formats: recognising a file by its content and turning it into
// the plain text RoleGraph stores and cites. Every converter writes the same
// text shapes the plain-text/Markdown reader understands: one paragraph per
// line, a heading on its own line, list items as "- item" lines and table
// rows as "| a | b |" lines. Citations are slices of this text.
//
// The parsers (libxml2, libzip, poppler) stay behind this header. Hostile
// input (zip bombs, encrypted or corrupt PDFs, PDFs without a text layer,
// deeply nested HTML) gets an InvalidArgument Status whose message says why,
// never a crash or an unbounded allocation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "rolegraph/index/status.h"

namespace rolegraph::ingest {

enum class DocumentFormat { kText, kMarkdown, kHtml, kDocx, kOdt, kPdf, kUnknown };

// "text", "markdown", "html", "docx", "odt", "pdf", "unknown".
std::string_view FormatName(DocumentFormat format);

// Limits against hostile files; each has a default a real document stays
// far below.
struct ConvertOptions {
  // Zip containers (DOCX, ODT): at most this many entries ...
  uint32_t max_zip_entries = 10000;
  // ... this many bytes in the one XML entry that is read ...
  uint64_t max_zip_entry_bytes = 64ull << 20;
  // ... and at most this expansion ratio (uncompressed / compressed) for
  // that entry once it is larger than 1 MiB: zip bombs reach 1000:1, real
  // office XML stays below 30:1.
  uint32_t max_zip_ratio = 200;
  // PDFs longer than this are refused rather than parsed for minutes.
  int max_pdf_pages = 300;
  // HTML nested deeper than this is refused (real pages stay below 60).
  int max_html_depth = 256;
  // The converted text may not exceed this (the stored document).
  uint64_t max_text_bytes = 16ull << 20;
};

struct ConvertedDocument {
  DocumentFormat format = DocumentFormat::kUnknown;
  std::string title;  // from the file's own metadata (HTML <title>), may be empty
  std::string text;   // UTF-8, the text that is stored and cited
};

// Recognises a format from the bytes: "%PDF-", a zip with word/document.xml
// (DOCX) or an OpenDocument text mimetype (ODT), HTML markup at the start;
// otherwise UTF-8 text without NUL bytes is text (markdown when `file_name`
// ends in .md or .markdown; text starting with '<' is HTML when the name
// ends in .html, .htm or .xhtml). The extension never overrides the content: a
// PDF named .docx is a PDF. kUnknown for other binary data.
DocumentFormat DetectFormat(std::string_view bytes, std::string_view file_name = "");

// Detects the format and converts. Text and Markdown come back unchanged
// (their content hashes stay what they were). Errors name the format and the
// reason ("PDF is encrypted", "zip entry word/document.xml expands 1000:1").
Result<ConvertedDocument> ConvertDocument(std::string_view bytes, std::string_view file_name = "",
                                          const ConvertOptions& options = {});

// File names the folder walk picks up: .txt .md .markdown .html .htm .xhtml
// .docx .odt .pdf (case-insensitive). The content still decides the format.
bool IsDocumentFileName(std::string_view file_name);

}  // namespace rolegraph::ingest
