// The MCP tools RoleGraph offers an AI assistant: ask, list_roles, get_role,
// get_passage. Each takes the tool call's `arguments` object and returns an
// MCP CallToolResult: a readable text block plus the same data as
// `structuredContent` (the JSON shapes of the HTTP API). Bad arguments and
// missing roles or documents are tool errors (`isError: true` with the
// API's error code in the text), so the model can read them and retry; only
// an unknown tool name is a protocol error.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <variant>

#include "handlers.h"
#include "mcp_protocol.h"

namespace rolegraph::server {

struct McpToolLimits {
  // get_passage: sentences of context on each side (default, most).
  int default_context = 1;
  int max_context = 5;
  // list_roles: roles returned (default, most); the corpus may name hundreds.
  int default_roles = 200;
  int max_roles = 1000;
  // Role keys and document ids are short; longer ones are refused unread.
  size_t max_key_bytes = 256;
};

// {"tools": [...]} for tools/list: names, descriptions, input and output
// JSON Schemas, read-only annotations.
nlohmann::ordered_json McpToolList();

// tools/call. `base_url` prefixes document links ("" for none). An unknown
// tool is a JsonRpcError (-32602); everything else is a CallToolResult.
std::variant<nlohmann::ordered_json, JsonRpcError> CallMcpTool(const HandlerContext& ctx,
                                                               std::string_view name,
                                                               const nlohmann::json& arguments,
                                                               std::string_view base_url,
                                                               const McpToolLimits& limits = {});

}  // namespace rolegraph::server
