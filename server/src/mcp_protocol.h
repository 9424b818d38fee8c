// The JSON-RPC 2.0 envelope of the Model Context Protocol's Streamable HTTP
// transport (POST /mcp): one message per request body, checked before any
// method runs so hostile input (batches, wrong versions, odd ids, deep
// nesting) costs a protocol error and nothing more. No httplib here; the
// handler in mcp_handlers.cc maps the outcome to an HTTP response.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace rolegraph::server {

// JSON-RPC 2.0 error codes (https://www.jsonrpc.org/specification#error_object).
inline constexpr int kJsonRpcParseError = -32700;
inline constexpr int kJsonRpcInvalidRequest = -32600;
inline constexpr int kJsonRpcMethodNotFound = -32601;
inline constexpr int kJsonRpcInvalidParams = -32602;
inline constexpr int kJsonRpcInternalError = -32603;

struct McpLimits {
  // Our messages are a question and a few small fields; a larger body is an
  // attack or a mistake. Checked before parsing.
  size_t max_body_bytes = 32 * 1024;
  // A string id longer than this is refused (ids are echoed back).
  size_t max_id_bytes = 256;
  // Method names are short ("tools/call"); longer ones are not echoed.
  size_t max_method_bytes = 128;
};

// Protocol revisions this server speaks, newest first. Both are stateless
// over HTTP and neither has JSON-RPC batches (2025-06-18 removed them).
inline constexpr const char* kMcpProtocolVersions[] = {"2025-11-25", "2025-06-18"};
// The revision an initialize answer names: the client's when we speak it,
// else our newest (the client then decides whether to go on).
std::string NegotiateMcpVersion(std::string_view requested);
bool IsSupportedMcpVersion(std::string_view version);

struct JsonRpcError {
  int code = kJsonRpcInvalidRequest;
  std::string message;
  nlohmann::json id;  // null when the request's id is unknown or unusable
};

// A request (has an id) or a notification (no id); `params` is an object
// (empty when absent).
struct JsonRpcMessage {
  std::optional<nlohmann::json> id;  // string or integer; nullopt: notification
  std::string method;
  nlohmann::json params = nlohmann::json::object();
  // A response from the client (result or error, no method): accepted and
  // ignored, since this server never sends requests.
  bool is_response = false;
};

using JsonRpcParse = std::variant<JsonRpcMessage, JsonRpcError>;

// Parses one POST body. Errors: -32700 for bytes that are not JSON (or nest
// deeper than kMaxJsonDepth, or are not UTF-8), -32600 for a batch, a body
// over the limit, "jsonrpc" other than "2.0", an id that is not a string or
// integer (null, float, a number too big for 64 bits, a long string),
// a missing or non-string method; -32602 for params that are not an object.
JsonRpcParse ParseJsonRpc(std::string_view body, const McpLimits& limits = {});

nlohmann::ordered_json JsonRpcResult(const nlohmann::json& id, nlohmann::ordered_json result);
nlohmann::ordered_json JsonRpcErrorResponse(const JsonRpcError& error);

}  // namespace rolegraph::server
