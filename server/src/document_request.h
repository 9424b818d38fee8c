// Turns a PUT /v1/documents/{id} request into an ingest::DocumentInput, or
// the ApiError the client gets back. Pure: no database, no analysis.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "http_util.h"
#include "rolegraph/ingest/ingester.h"

namespace rolegraph::server {

using DocumentParse = std::variant<ingest::DocumentInput, ApiError>;

inline constexpr size_t kMaxTitleBytes = 1000;
inline constexpr size_t kMaxSourceBytes = 2000;

// The id from the path: invalid_id (400) unless ingest::ValidateDocumentId
// accepts it.
std::optional<ApiError> CheckDocumentId(std::string_view id);

// Content-Type `text/plain` (charset utf-8 or none; a missing Content-Type
// counts as text/plain): the body is the text, `title`, `lang` and `source`
// may come as query parameters. `application/json`: {"text": string,
// "title"?, "lang"?, "source"?: string}. text/html, application/pdf, the
// DOCX and ODT media types and application/octet-stream: the body is a
// document file, converted by ingest::ConvertDocument (the content decides
// the format), metadata as query parameters; unreadable_document (422) when
// it cannot be converted. Anything else is 415.
// Errors: unsupported_media_type (415), invalid_utf8 (400), binary_content
// (415, NUL bytes), invalid_json, invalid_document (wrong types, missing
// text), empty_document, invalid_lang, invalid_id (400).
DocumentParse ParseDocumentPut(std::string_view id, std::string_view content_type,
                               std::string_view body,
                               const std::multimap<std::string, std::string>& params);

}  // namespace rolegraph::server
