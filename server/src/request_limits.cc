#include "request_limits.h"

#include <cctype>
#include <string>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::server {

bool JsonNestingExceeds(std::string_view body, int max_depth) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < body.size(); ++i) {
    const char c = body[i];
    if (in_string) {
      if (c == '\\') {
        ++i;  // the escaped character cannot end the string
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

std::optional<ApiError> CheckJsonBody(std::string_view body) {
  if (body.find('\0') != std::string_view::npos) {
    return ApiError{400, "invalid_json", "request body contains a NUL byte"};
  }
  if (!JsonNestingExceeds(body)) return std::nullopt;
  return ApiError{400, "invalid_json",
                  "request body nests arrays or objects deeper than " +
                      std::to_string(kMaxJsonDepth) + " levels"};
}

std::variant<nlohmann::json, ApiError> ParseJsonObjectBody(std::string_view body,
                                                           const ApiError& not_object) {
  // nlohmann rejects raw invalid UTF-8 as a parse error; check first so the
  // client learns what is actually wrong.
  if (!ingest::IsValidUtf8(body))
    return ApiError{400, "invalid_utf8", "request body is not valid UTF-8"};
  if (auto e = CheckJsonBody(body)) return *e;
  nlohmann::json doc = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return ApiError{400, "invalid_json", "request body is not valid JSON"};
  if (!doc.is_object()) return not_object;
  return doc;
}

std::optional<ApiError> CheckHeaderSize(const httplib::Request& req) {
  size_t total = 0;
  for (const auto& [name, value] : req.headers) total += name.size() + value.size() + 4;
  if (total <= kMaxHeaderBytes) return std::nullopt;
  return ApiError{431, "request_header_too_large",
                  "request headers exceed " + std::to_string(kMaxHeaderBytes) + " bytes"};
}

std::optional<ApiError> CheckBodyType(const httplib::Request& req) {
  std::string type = req.get_header_value("Content-Type");
  for (char& c : type) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (type.rfind("multipart/", 0) != 0) return std::nullopt;
  return ApiError{415, "unsupported_media_type", "multipart bodies are not accepted"};
}

}  // namespace rolegraph::server
