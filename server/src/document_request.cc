#include "document_request.h"

#include <cctype>
#include <nlohmann/json.hpp>

#include "request_limits.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/convert.h"

namespace rolegraph::server {
namespace {

ApiError BadRequest(std::string code, std::string message) {
  return ApiError{400, std::move(code), std::move(message)};
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kBlank = " \t";
  const size_t begin = s.find_first_not_of(kBlank);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kBlank) - begin + 1);
}

enum class BodyKind { kText, kJson, kFile, kUnsupported };

// Media types of document files; the body is converted like a file of that
// name would be, and its content, not this type, decides the format.
struct FileMediaType {
  std::string_view media_type;
  std::string_view file_name;  // the name the converter sees
};
constexpr FileMediaType kFileMediaTypes[] = {
    {"text/html", "document.html"},
    {"application/xhtml+xml", "document.xhtml"},
    {"application/pdf", "document.pdf"},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "document.docx"},
    {"application/vnd.oasis.opendocument.text", "document.odt"},
    {"application/octet-stream", "document"},
};

std::string_view FileNameFor(std::string_view content_type) {
  const std::string media = Lower(Trim(content_type.substr(0, content_type.find(';'))));
  for (const auto& f : kFileMediaTypes)
    if (media == f.media_type) return f.file_name;
  return {};
}

// text/plain (or text/markdown) with no charset or charset=utf-8;
// application/json; the file media types above.
BodyKind ClassifyContentType(std::string_view content_type) {
  if (Trim(content_type).empty()) return BodyKind::kText;
  if (IsJsonContentType(content_type)) return BodyKind::kJson;
  if (!FileNameFor(content_type).empty()) return BodyKind::kFile;
  const size_t semi = content_type.find(';');
  const std::string media = Lower(Trim(content_type.substr(0, semi)));
  if (media != "text/plain" && media != "text/markdown") return BodyKind::kUnsupported;
  std::string_view params = semi == std::string_view::npos ? "" : content_type.substr(semi + 1);
  while (!params.empty()) {
    const size_t next = params.find(';');
    const std::string param = Lower(Trim(params.substr(0, next)));
    params = next == std::string_view::npos ? "" : params.substr(next + 1);
    if (param.rfind("charset=", 0) == 0) {
      std::string charset = param.substr(8);
      if (charset.size() >= 2 && charset.front() == '"' && charset.back() == '"')
        charset = charset.substr(1, charset.size() - 2);
      if (charset != "utf-8" && charset != "utf8") return BodyKind::kUnsupported;
    }
  }
  return BodyKind::kText;
}

std::optional<ApiError> CheckText(std::string_view text) {
  if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return ApiError{415, "binary_content",
                    "document text contains a NUL byte at offset " + std::to_string(nul) +
                        ": binary files are not accepted, send UTF-8 text"};
  }
  if (!ingest::IsValidUtf8(text)) {
    return BadRequest("invalid_utf8", "document text is not valid UTF-8");
  }
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return BadRequest("empty_document", "document text is empty");
  }
  return std::nullopt;
}

std::optional<ApiError> CheckMeta(const ingest::DocumentInput& input) {
  if (!input.lang.empty() && input.lang != "en" && input.lang != "id") {
    return BadRequest("invalid_lang", "lang must be \"en\" or \"id\"");
  }
  if (input.title.size() > kMaxTitleBytes) {
    return BadRequest("invalid_document",
                      "title is longer than " + std::to_string(kMaxTitleBytes) + " bytes");
  }
  if (input.source.size() > kMaxSourceBytes) {
    return BadRequest("invalid_document",
                      "source is longer than " + std::to_string(kMaxSourceBytes) + " bytes");
  }
  for (const std::string* field : {&input.title, &input.source}) {
    if (!ingest::IsValidUtf8(*field) || field->find('\0') != std::string::npos) {
      return BadRequest("invalid_utf8", "title and source must be UTF-8 text");
    }
  }
  return std::nullopt;
}

DocumentParse ParseText(ingest::DocumentInput input, std::string_view body,
                        const std::multimap<std::string, std::string>& params) {
  if (auto e = CheckText(body)) return *e;
  input.text = std::string(body);
  if (auto p = params.find("title"); p != params.end()) input.title = p->second;
  if (auto p = params.find("lang"); p != params.end()) input.lang = p->second;
  if (auto p = params.find("source"); p != params.end()) input.source = p->second;
  if (auto e = CheckMeta(input)) return *e;
  return input;
}

// A document file in the body (HTML, PDF, DOCX, ODT, or sniffed from
// application/octet-stream); metadata as query parameters.
DocumentParse ParseFile(ingest::DocumentInput input, std::string_view body, std::string_view file_name,
                        const std::multimap<std::string, std::string>& params) {
  if (body.empty()) return BadRequest("empty_document", "document body is empty");
  auto converted = ingest::ConvertDocument(body, file_name);
  if (!converted.ok()) {
    return ApiError{422, "unreadable_document", "cannot read the document: " + converted.status().message()};
  }
  input.title = std::move(converted->title);
  return ParseText(std::move(input), converted->text, params);
}

DocumentParse ParseJson(ingest::DocumentInput input, std::string_view body) {
  auto parsed = ParseJsonObjectBody(
      body, BadRequest("invalid_document", "request body must be a JSON object with a \"text\""));
  if (auto* e = std::get_if<ApiError>(&parsed)) return *e;
  const nlohmann::json& doc = std::get<nlohmann::json>(parsed);
  auto text = doc.find("text");
  if (text == doc.end() || !text->is_string()) {
    return BadRequest("invalid_document", "\"text\" must be a string");
  }
  for (auto [key, field] : {std::pair{"title", &input.title}, std::pair{"lang", &input.lang},
                            std::pair{"source", &input.source}}) {
    auto it = doc.find(key);
    if (it == doc.end() || it->is_null()) continue;
    if (!it->is_string()) {
      return BadRequest("invalid_document", std::string("\"") + key + "\" must be a string");
    }
    *field = it->get<std::string>();
  }
  input.text = text->get<std::string>();
  if (auto e = CheckText(input.text)) return *e;
  if (auto e = CheckMeta(input)) return *e;
  return input;
}

}  // namespace

std::optional<ApiError> CheckDocumentId(std::string_view id) {
  if (Status s = ingest::ValidateDocumentId(id); !s.ok()) {
    return BadRequest("invalid_id", s.message());
  }
  return std::nullopt;
}

DocumentParse ParseDocumentPut(std::string_view id, std::string_view content_type,
                               std::string_view body,
                               const std::multimap<std::string, std::string>& params) {
  if (auto e = CheckDocumentId(id)) return *e;
  ingest::DocumentInput input;
  input.id = std::string(id);
  switch (ClassifyContentType(content_type)) {
    case BodyKind::kText:
      return ParseText(std::move(input), body, params);
    case BodyKind::kJson:
      return ParseJson(std::move(input), body);
    case BodyKind::kFile:
      return ParseFile(std::move(input), body, FileNameFor(content_type), params);
    case BodyKind::kUnsupported:
      break;
  }
  return ApiError{415, "unsupported_media_type",
                  "Content-Type must be text/plain; charset=utf-8, application/json, text/html, "
                  "application/pdf, the DOCX or ODT media type, or application/octet-stream"};
}

}  // namespace rolegraph::server
