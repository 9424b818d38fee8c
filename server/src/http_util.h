// Small helpers shared by the HTTP handlers: JSON responses, the error
// envelope {"error": {"code", "message"}} and Status -> HTTP status mapping.
// Private to server/: httplib and nlohmann types stay inside server/src.
#pragma once

#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "rolegraph/index/status.h"

namespace rolegraph::server {

// An error the API reports to the client: HTTP status, a stable machine code
// ("invalid_question") and a human message.
struct ApiError {
  int http_status = 400;
  std::string code;
  std::string message;
};

inline constexpr const char* kJsonContentType = "application/json; charset=utf-8";

// HTTP status for a domain Status: InvalidArgument 400, NotFound 404,
// Unavailable 503, everything else 500.
int HttpStatusFor(const Status& status);
// Stable error code for a domain Status ("invalid_argument", "not_found", ...).
std::string ErrorCodeFor(const Status& status);
ApiError ApiErrorFromStatus(const Status& status);

// Serialises with invalid UTF-8 replaced, so a bad byte never throws.
std::string DumpJson(const nlohmann::ordered_json& body);

void SendJson(httplib::Response& res, int http_status, const nlohmann::ordered_json& body);
void SendError(httplib::Response& res, const ApiError& error);
void SendStatusError(httplib::Response& res, const Status& status);

// The error code for httplib-generated errors
// (413 -> "payload_too_large", 400 -> "bad_request", ...).
ApiError ApiErrorForHttpStatus(int http_status);

// True for "application/json" with optional parameters ("; charset=utf-8"),
// case-insensitive.
bool IsJsonContentType(std::string_view content_type);

}  // namespace rolegraph::server
