// Limits on what a request may contain, checked before any parsing so a
// hostile request costs little: JSON nesting, header sizes, question words.
// Documented in docs/api.md ("Limits").
#pragma once

#include <httplib.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <variant>

#include "http_util.h"

namespace rolegraph::server {

// Our request bodies are flat objects; anything deeper is an attack on the
// parser's recursion and memory, refused before nlohmann sees it.
inline constexpr int kMaxJsonDepth = 64;
// All header names and values of one request together. httplib itself
// refuses a single header line over 8 KB (400).
inline constexpr size_t kMaxHeaderBytes = 64 * 1024;

// True when `body`'s arrays and objects nest deeper than `max_depth`
// (brackets inside strings do not count). Linear, no allocation.
bool JsonNestingExceeds(std::string_view body, int max_depth = kMaxJsonDepth);

// invalid_json (400) when the body nests too deeply or holds a raw NUL byte
// (nlohmann would take a NUL for the end of the input and ignore the rest).
std::optional<ApiError> CheckJsonBody(std::string_view body);

// A request body that must be one JSON object: invalid_utf8, invalid_json
// (CheckJsonBody's limits, or not JSON) or, when it is JSON but not an
// object, `not_object` (400) naming what the endpoint wants.
std::variant<nlohmann::json, ApiError> ParseJsonObjectBody(std::string_view body,
                                                           const ApiError& not_object);

// request_header_too_large (431) when the headers exceed kMaxHeaderBytes.
std::optional<ApiError> CheckHeaderSize(const httplib::Request& req);

// unsupported_media_type (415) for bodies no endpoint takes
// (multipart/form-data), refused before httplib parses them.
std::optional<ApiError> CheckBodyType(const httplib::Request& req);

}  // namespace rolegraph::server
