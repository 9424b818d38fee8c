// Turns an HTTP ask request (a JSON body or query parameters) into a
// query::AskRequest, or the ApiError the client gets back. The same checks
// serve `rolegraph ask`, so the CLI and the API reject the same input.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "http_util.h"
#include "rolegraph/query/engine.h"

namespace rolegraph::server {

using AskParse = std::variant<query::AskRequest, ApiError>;

// Body: {"question": string, "top_k": 1..10, "lang": "en"|"id", "explain": bool}.
// Errors: invalid_utf8, invalid_json (also nesting deeper than 64),
// invalid_question (also a NUL byte), question_too_long (over 2000 bytes or
// 200 words),
// invalid_top_k, invalid_lang, invalid_explain (all 400).
AskParse ParseAskJson(std::string_view body);

// Query string: q, top_k, lang, explain (true/false/1/0).
AskParse ParseAskParams(const std::multimap<std::string, std::string>& params);

// The checks on fields, shared by both forms and by the CLI.
std::optional<ApiError> CheckQuestion(std::string_view question);
std::optional<ApiError> CheckTopK(long long top_k);
std::optional<ApiError> CheckLang(std::string_view lang);

}  // namespace rolegraph::server
