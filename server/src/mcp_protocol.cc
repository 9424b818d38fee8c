#include "mcp_protocol.h"

#include <cctype>

#include "request_limits.h"
#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::server {
namespace {

JsonRpcError Invalid(std::string message, nlohmann::json id = nullptr) {
  return JsonRpcError{kJsonRpcInvalidRequest, std::move(message), std::move(id)};
}

bool StartsWithBracket(std::string_view body) {
  for (char c : body) {
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    return c == '[';
  }
  return false;
}

// JSON-RPC allows string, number or null ids; MCP narrows that to strings
// and integers. A number beyond 64 bits parses as a float and is refused
// here rather than echoed back rounded.
bool IsUsableId(const nlohmann::json& id, const McpLimits& limits) {
  if (id.is_string()) return id.get_ref<const std::string&>().size() <= limits.max_id_bytes;
  return id.is_number_integer();  // signed or unsigned; floats are not
}

}  // namespace

bool IsSupportedMcpVersion(std::string_view version) {
  for (const char* v : kMcpProtocolVersions) {
    if (version == v) return true;
  }
  return false;
}

std::string NegotiateMcpVersion(std::string_view requested) {
  if (IsSupportedMcpVersion(requested)) return std::string(requested);
  return kMcpProtocolVersions[0];
}

JsonRpcParse ParseJsonRpc(std::string_view body, const McpLimits& limits) {
  // A batch is refused before it is parsed: 10,000 calls in one body must
  // cost no more than one.
  if (StartsWithBracket(body)) {
    return Invalid(
        "JSON-RPC batches are not supported (MCP 2025-06-18 and later); send one message per "
        "request");
  }
  if (body.size() > limits.max_body_bytes) {
    return Invalid("message is larger than " + std::to_string(limits.max_body_bytes) + " bytes");
  }
  if (!ingest::IsValidUtf8(body))
    return JsonRpcError{kJsonRpcParseError, "body is not valid UTF-8", nullptr};
  if (CheckJsonBody(body)) {
    return JsonRpcError{
        kJsonRpcParseError,
        "body nests deeper than " + std::to_string(kMaxJsonDepth) + " levels or holds a NUL byte",
        nullptr};
  }
  nlohmann::json doc = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded())
    return JsonRpcError{kJsonRpcParseError, "body is not valid JSON", nullptr};
  if (!doc.is_object()) return Invalid("a JSON-RPC message must be an object");

  // The id first, so later errors can name it.
  nlohmann::json id = nullptr;
  const auto id_it = doc.find("id");
  if (id_it != doc.end()) {
    if (!IsUsableId(*id_it, limits)) {
      return Invalid("id must be a string (at most " + std::to_string(limits.max_id_bytes) +
                     " bytes) or an integer that fits 64 bits");
    }
    id = *id_it;
  }
  const auto version = doc.find("jsonrpc");
  if (version == doc.end() || !version->is_string() || *version != "2.0") {
    return Invalid("\"jsonrpc\" must be \"2.0\"", id);
  }
  const auto method = doc.find("method");
  if (method == doc.end()) {
    if (id_it != doc.end() && (doc.contains("result") || doc.contains("error"))) {
      JsonRpcMessage response;
      response.id = id;
      response.is_response = true;
      return response;
    }
    return Invalid("a request needs a \"method\"", id);
  }
  if (!method->is_string()) return Invalid("\"method\" must be a string", id);
  JsonRpcMessage message;
  message.method = method->get<std::string>();
  if (message.method.size() > limits.max_method_bytes) {
    return JsonRpcError{kJsonRpcMethodNotFound, "unknown method (name too long)", id};
  }
  if (id_it != doc.end()) message.id = id;
  if (auto params = doc.find("params"); params != doc.end()) {
    if (!params->is_object())
      return JsonRpcError{kJsonRpcInvalidParams, "params must be an object", id};
    message.params = std::move(*params);
  }
  return message;
}

nlohmann::ordered_json JsonRpcResult(const nlohmann::json& id, nlohmann::ordered_json result) {
  nlohmann::ordered_json out;
  out["jsonrpc"] = "2.0";
  out["id"] = id;
  out["result"] = std::move(result);
  return out;
}

nlohmann::ordered_json JsonRpcErrorResponse(const JsonRpcError& error) {
  nlohmann::ordered_json out;
  out["jsonrpc"] = "2.0";
  out["id"] = error.id;
  out["error"] = {{"code", error.code}, {"message", error.message}};
  return out;
}

}  // namespace rolegraph::server
