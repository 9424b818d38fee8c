// POST /mcp: the Model Context Protocol over Streamable HTTP, stateless.
// Each POST carries one JSON-RPC message; requests are answered with one
// application/json response (no SSE stream, no Mcp-Session-Id), and
// notifications and client responses with 202. GET and DELETE /mcp are 405,
// which the spec allows for a server that offers no stream and no sessions.
// Keys and readiness are the router's, exactly as for /v1/ask.
#include "handlers.h"
#include "http_util.h"
#include "mcp_protocol.h"
#include "mcp_tools.h"

namespace rolegraph::server {
namespace {

using ojson = nlohmann::ordered_json;

constexpr const char* kInstructions =
    "RoleGraph answers who is responsible for what in an organisation, from indexed role "
    "documents in English and Indonesian. Use `ask` for questions; quote its citations. Use "
    "`get_passage` to read a citation in context and `get_role` for everything known about one "
    "role. When `ask` abstains, the documents do not say: do not guess.";

void SendRpc(httplib::Response& res, int http_status, const ojson& body) {
  SendJson(res, http_status, body);
}

void SendRpcError(httplib::Response& res, int http_status, JsonRpcError error) {
  SendRpc(res, http_status, JsonRpcErrorResponse(error));
}

// Browsers send Origin; a page from another site must not reach a local
// server through DNS rebinding (the transport spec requires this check).
// Other clients send none.
bool OriginAllowed(const HandlerContext& ctx, const httplib::Request& req) {
  if (!req.has_header("Origin")) return true;
  const std::string origin = req.get_header_value("Origin");
  for (const auto& allowed : ctx.options.cors_origins) {
    if (allowed == origin || allowed == "*") return true;
  }
  const std::string host = req.get_header_value("Host");
  return !host.empty() && (origin == "http://" + host || origin == "https://" + host);
}

// Clients must accept application/json (and text/event-stream, which we
// never send); a missing Accept is taken as */*.
bool AcceptsJson(const httplib::Request& req) {
  if (!req.has_header("Accept")) return true;
  const std::string accept = req.get_header_value("Accept");
  return accept.find("application/json") != std::string::npos ||
         accept.find("*/*") != std::string::npos ||
         accept.find("application/*") != std::string::npos;
}

ojson InitializeResult(const std::string& version) {
  return {{"protocolVersion", version},
          {"capabilities", {{"tools", {{"listChanged", false}}}}},
          {"serverInfo", {{"name", "rolegraph"}, {"title", "RoleGraph"}, {"version", "0.1.0"}}},
          {"instructions", kInstructions}};
}

// One request with an id: the JSON-RPC response body (result or error).
ojson Dispatch(const HandlerContext& ctx, const httplib::Request& req, const JsonRpcMessage& m) {
  const nlohmann::json& id = *m.id;
  auto error = [&](int code, std::string message) {
    return JsonRpcErrorResponse({code, std::move(message), id});
  };
  if (m.method == "initialize") {
    auto v = m.params.find("protocolVersion");
    if (v == m.params.end() || !v->is_string()) {
      return error(kJsonRpcInvalidParams, "initialize needs params.protocolVersion (a string)");
    }
    return JsonRpcResult(id, InitializeResult(NegotiateMcpVersion(v->get<std::string>())));
  }
  if (m.method == "ping") return JsonRpcResult(id, ojson::object());
  // One page holds every tool; a cursor is accepted and ignored.
  if (m.method == "tools/list") return JsonRpcResult(id, McpToolList());
  if (m.method == "tools/call") {
    auto name = m.params.find("name");
    if (name == m.params.end() || !name->is_string()) {
      return error(kJsonRpcInvalidParams, "tools/call needs params.name (a string)");
    }
    auto args = m.params.find("arguments");
    const nlohmann::json arguments =
        args == m.params.end() || args->is_null() ? nlohmann::json::object() : *args;
    auto outcome = CallMcpTool(ctx, name->get<std::string>(), arguments, PublicBaseUrl(ctx, req));
    if (auto* e = std::get_if<JsonRpcError>(&outcome)) {
      e->id = id;
      return JsonRpcErrorResponse(*e);
    }
    return JsonRpcResult(id, std::move(std::get<ojson>(outcome)));
  }
  return error(kJsonRpcMethodNotFound, "method not found: " + m.method);
}

}  // namespace

void HandleMcp(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  if (!OriginAllowed(ctx, req)) {
    return SendRpcError(res, 403, {kJsonRpcInvalidRequest, "Origin not allowed", nullptr});
  }
  if (!IsJsonContentType(req.get_header_value("Content-Type"))) {
    return SendRpcError(res, 415,
                        {kJsonRpcInvalidRequest, "Content-Type must be application/json", nullptr});
  }
  if (!AcceptsJson(req)) {
    return SendRpcError(res, 406,
                        {kJsonRpcInvalidRequest, "Accept must include application/json", nullptr});
  }
  // Sent on every request after initialize; an unknown revision means the
  // client expects behaviour we do not have.
  if (req.has_header("MCP-Protocol-Version") &&
      !IsSupportedMcpVersion(req.get_header_value("MCP-Protocol-Version"))) {
    return SendRpcError(res, 400,
                        {kJsonRpcInvalidRequest,
                         "unsupported MCP-Protocol-Version (supported: 2025-11-25, "
                         "2025-06-18)",
                         nullptr});
  }
  JsonRpcParse parsed = ParseJsonRpc(req.body);
  if (auto* error = std::get_if<JsonRpcError>(&parsed)) return SendRpcError(res, 400, *error);
  const auto& message = std::get<JsonRpcMessage>(parsed);
  // Notifications (initialized, cancelled, ...) and client responses need
  // no answer; we keep no state they could change.
  if (message.is_response || !message.id) {
    res.status = 202;
    return;
  }
  SendRpc(res, 200, Dispatch(ctx, req, message));
}

}  // namespace rolegraph::server
