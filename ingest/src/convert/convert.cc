// Format detection by content and the dispatch to one converter per format.
#include "rolegraph/ingest/convert.h"

#include <array>
#include <cctype>

#include "convert/converters.h"
#include "convert/zip_reader.h"
#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
// How far into a file its signature may sit: PDF allows junk before
// "%PDF-" within the first KiB; HTML may start with comments or a BOM.
constexpr size_t kSniffBytes = 1024;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string Extension(std::string_view file_name) {
  const size_t slash = file_name.find_last_of('/');
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  const size_t dot = file_name.find_last_of('.');
  return dot == std::string_view::npos ? "" : Lower(file_name.substr(dot));
}

// The markup every HTML page opens with (after white space, a BOM or
// comments): a doctype, <html>, <head> or <body>.
bool LooksLikeHtml(std::string_view bytes) {
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  const std::string head = Lower(bytes.substr(0, kSniffBytes));
  const size_t first = head.find_first_not_of(" \t\r\n");
  if (first == std::string::npos || head[first] != '<') return false;
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<body"}) {
    if (head.find(tag) != std::string::npos) return true;
  }
  return false;
}

bool LooksLikeMarkup(std::string_view bytes) {
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) bytes.remove_prefix(kUtf8Bom.size());
  const size_t first = bytes.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && bytes[first] == '<';
}

bool IsOdtMimetype(std::string_view mimetype) {
  return mimetype.substr(0, 39) == "application/vnd.oasis.opendocument.text";
}

}  // namespace

std::string_view FormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kText:
      return "text";
    case DocumentFormat::kMarkdown:
      return "markdown";
    case DocumentFormat::kHtml:
      return "html";
    case DocumentFormat::kDocx:
      return "docx";
    case DocumentFormat::kOdt:
      return "odt";
    case DocumentFormat::kPdf:
      return "pdf";
    case DocumentFormat::kUnknown:
      break;
  }
  return "unknown";
}

bool IsDocumentFileName(std::string_view file_name) {
  static constexpr std::array<std::string_view, 9> kExtensions = {".txt", ".md",   ".markdown", ".html", ".htm",
                                                                   ".xhtml", ".docx", ".odt",   ".pdf"};
  const std::string ext = Extension(file_name);
  for (auto e : kExtensions)
    if (ext == e) return true;
  return false;
}

DocumentFormat DetectFormat(std::string_view bytes, std::string_view file_name) {
  // "%PDF-" opens a PDF; readers accept it anywhere in the first KiB after
  // junk bytes, but text that merely mentions it is not a PDF.
  const size_t pdf = bytes.substr(0, kSniffBytes).find("%PDF-");
  if (pdf == 0 || (pdf != std::string_view::npos && !IsValidUtf8(bytes))) return DocumentFormat::kPdf;
  if (convert::LooksLikeZip(bytes)) {
    // Which zip: the entries say, not the name. Limits do not matter for
    // looking up names; reading an entry checks them.
    auto zip = convert::ZipReader::Open(bytes, ConvertOptions{});
    if (!zip.ok()) return DocumentFormat::kUnknown;
    if ((*zip)->Has("word/document.xml")) return DocumentFormat::kDocx;
    if ((*zip)->Has("content.xml") && (*zip)->Has("mimetype")) {
      auto mimetype = (*zip)->Read("mimetype");
      if (mimetype.ok() && IsOdtMimetype(*mimetype)) return DocumentFormat::kOdt;
    }
    return DocumentFormat::kUnknown;
  }
  if (LooksLikeHtml(bytes)) return DocumentFormat::kHtml;
  const std::string ext = Extension(file_name);
  // A fragment ("<p>...") without <html>: HTML only when the name says so.
  if ((ext == ".html" || ext == ".htm" || ext == ".xhtml") && LooksLikeMarkup(bytes)) return DocumentFormat::kHtml;
  if (bytes.find('\0') != std::string_view::npos || !IsValidUtf8(bytes)) return DocumentFormat::kUnknown;
  return ext == ".md" || ext == ".markdown" ? DocumentFormat::kMarkdown : DocumentFormat::kText;
}

Result<ConvertedDocument> ConvertDocument(std::string_view bytes, std::string_view file_name,
                                          const ConvertOptions& options) {
  const DocumentFormat format = DetectFormat(bytes, file_name);
  Result<ConvertedDocument> converted = Status::Internal("unreachable");
  switch (format) {
    case DocumentFormat::kText:
    case DocumentFormat::kMarkdown: {
      ConvertedDocument out;
      out.format = format;
      out.text = std::string(bytes);
      converted = std::move(out);
      break;
    }
    case DocumentFormat::kHtml:
      converted = convert::ConvertHtml(bytes, options);
      break;
    case DocumentFormat::kDocx:
      converted = convert::ConvertDocx(bytes, options);
      break;
    case DocumentFormat::kOdt:
      converted = convert::ConvertOdt(bytes, options);
      break;
    case DocumentFormat::kPdf:
      converted = convert::ConvertPdf(bytes, options);
      break;
    case DocumentFormat::kUnknown:
      if (convert::LooksLikeZip(bytes))
        return Status::InvalidArgument("a zip archive that is neither DOCX nor ODT");
      if (bytes.find('\0') == std::string_view::npos)
        return Status::InvalidArgument("text is not valid UTF-8 (save it as UTF-8)");
      return Status::InvalidArgument(
          "unsupported format: binary data that is not PDF, DOCX, ODT or UTF-8 text/HTML");
  }
  if (!converted.ok()) return converted;
  if (converted->text.size() > options.max_text_bytes) {
    return Status::InvalidArgument(std::string(FormatName(format)) + " text is larger than " +
                                   std::to_string(options.max_text_bytes) + " bytes");
  }
  if (!IsValidUtf8(converted->text))
    return Status::InvalidArgument(std::string(FormatName(format)) + " text is not valid UTF-8");
  return converted;
}

}  // namespace rolegraph::ingest
