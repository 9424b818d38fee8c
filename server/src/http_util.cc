#include "http_util.h"

#include <cctype>

#include "json_dump.h"

namespace rolegraph::server {

int HttpStatusFor(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk:
      return 200;
    case Status::Code::kInvalidArgument:
      return 400;
    case Status::Code::kNotFound:
      return 404;
    case Status::Code::kUnavailable:
      return 503;
    default:
      return 500;
  }
}

std::string ErrorCodeFor(const Status& status) {
  switch (status.code()) {
    case Status::Code::kOk:
      return "ok";
    case Status::Code::kInvalidArgument:
      return "invalid_argument";
    case Status::Code::kNotFound:
      return "not_found";
    case Status::Code::kUnavailable:
      return "unavailable";
    case Status::Code::kCorruption:
      return "storage_corruption";  // the router marks the server degraded
    default:
      return "internal";
  }
}

ApiError ApiErrorFromStatus(const Status& status) {
  return ApiError{HttpStatusFor(status), ErrorCodeFor(status),
                  status.message().empty() ? status.ToString() : status.message()};
}

std::string DumpJson(const nlohmann::ordered_json& body) {
  return DumpCompact(body);  // the same text, written faster (json_dump.h)
}

void SendJson(httplib::Response& res, int http_status, const nlohmann::ordered_json& body) {
  res.status = http_status;
  res.set_content(DumpJson(body), kJsonContentType);
}

void SendError(httplib::Response& res, const ApiError& error) {
  SendJson(res, error.http_status, {{"error", {{"code", error.code}, {"message", error.message}}}});
}

void SendStatusError(httplib::Response& res, const Status& status) {
  SendError(res, ApiErrorFromStatus(status));
}

ApiError ApiErrorForHttpStatus(int http_status) {
  switch (http_status) {
    case 400:
      return {400, "bad_request", "malformed HTTP request"};
    case 404:
      return {404, "not_found", "no such endpoint"};
    case 405:
      return {405, "method_not_allowed", "method not allowed for this endpoint"};
    case 413:
      return {413, "payload_too_large", "request body exceeds the server's limit"};
    case 414:
      return {414, "uri_too_long", "request URI too long"};
    case 415:
      return {415, "unsupported_media_type", "unsupported Content-Type"};
    case 416:
      return {416, "range_not_satisfiable", "requested range not satisfiable"};
    case 503:
      return {503, "unavailable", "service unavailable"};
    default:
      if (http_status >= 500) return {http_status, "internal", "internal server error"};
      return {http_status, "http_error", "HTTP error " + std::to_string(http_status)};
  }
}

bool IsJsonContentType(std::string_view content_type) {
  std::string_view mime = content_type.substr(0, content_type.find(';'));
  while (!mime.empty() && std::isspace(static_cast<unsigned char>(mime.back())))
    mime.remove_suffix(1);
  while (!mime.empty() && std::isspace(static_cast<unsigned char>(mime.front())))
    mime.remove_prefix(1);
  constexpr std::string_view kJson = "application/json";
  if (mime.size() != kJson.size()) return false;
  for (size_t i = 0; i < mime.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(mime[i])) != kJson[i]) return false;
  }
  return true;
}

}  // namespace rolegraph::server
