// POST /mcp against the real server: the JSON-RPC envelope (hostile input
// gets protocol errors, the server keeps answering), the lifecycle a client
// goes through, and tool results. The SDK client test
// (web/test-mcp/mcp_client_test.mjs) covers the same path from the official
// TypeScript client.
#include <doctest/doctest.h>
#include <httplib.h>

#include <string>
#include <vector>

#include "server/http_fixture.h"

namespace rolegraph::testing {
namespace {

httplib::Result PostMcp(httplib::Client& client, const std::string& body,
                        httplib::Headers headers = {}) {
  headers.emplace("Accept", "application/json, text/event-stream");
  return client.Post("/mcp", headers, body, "application/json");
}

json Call(httplib::Client& client, const std::string& method, const json& params, int id = 1) {
  json message = {{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", params}};
  auto res = PostMcp(client, message.dump(), {{"MCP-Protocol-Version", "2025-06-18"}});
  REQUIRE(res);
  REQUIRE_MESSAGE(res->status == 200, res->body);
  return ParseJson(res->body);
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("mcp: hostile JSON-RPC gets protocol errors") {
  auto client = Client();
  // Empty objects, so the batch fits the test server's --max-body (64 KiB);
  // a batch of full requests over it is httplib's 413, checked below.
  std::string batch = "[";
  for (int i = 0; i < 10000; ++i) batch += i ? ",{}" : "{}";
  batch += "]";
  struct Row {
    const char* what;
    std::string body;
    int http_status;
    int code;
    json id;  // what the error echoes
  };
  const std::vector<Row> rows = {
      {"batch of 10,000", batch, 400, -32600, nullptr},
      {"empty batch", "[]", 400, -32600, nullptr},
      {"not JSON", "{\"jsonrpc\": \"2.0\", ", 400, -32700, nullptr},
      {"invalid UTF-8", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\xff\"}", 400, -32700, nullptr},
      {"deep nesting", Repeat("{\"a\":", 5000) + "1" + Repeat("}", 5000), 400, -32700, nullptr},
      {"a string", R"("hello")", 400, -32600, nullptr},
      {"jsonrpc 1.0", R"({"jsonrpc":"1.0","id":7,"method":"ping"})", 400, -32600, 7},
      {"jsonrpc missing", R"({"id":7,"method":"ping"})", 400, -32600, 7},
      {"jsonrpc a number", R"({"jsonrpc":2.0,"id":7,"method":"ping"})", 400, -32600, 7},
      {"huge integer id",
       R"({"jsonrpc":"2.0","id":123456789012345678901234567890,"method":"ping"})", 400, -32600,
       nullptr},
      {"float id", R"({"jsonrpc":"2.0","id":1.5,"method":"ping"})", 400, -32600, nullptr},
      {"null id", R"({"jsonrpc":"2.0","id":null,"method":"ping"})", 400, -32600, nullptr},
      {"object id", R"({"jsonrpc":"2.0","id":{"a":1},"method":"ping"})", 400, -32600, nullptr},
      {"long string id",
       R"({"jsonrpc":"2.0","id":")" + std::string(5000, 'x') + R"(","method":"ping"})", 400, -32600,
       nullptr},
      {"method a number", R"({"jsonrpc":"2.0","id":"a","method":5})", 400, -32600, "a"},
      {"no method", R"({"jsonrpc":"2.0","id":"a"})", 400, -32600, "a"},
      {"params an array", R"({"jsonrpc":"2.0","id":3,"method":"tools/list","params":[1]})", 400,
       -32602, 3},
      {"body over 32 KiB",
       R"({"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":")" + std::string(40000, 'a') +
           "\"}}",
       400, -32600, nullptr},
      {"unknown method", R"({"jsonrpc":"2.0","id":9,"method":"resources/list"})", 200, -32601, 9},
      {"very long method", R"({"jsonrpc":"2.0","id":9,"method":")" + std::string(5000, 'm') + "\"}",
       400, -32601, 9},
      {"unknown tool", R"({"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"rm"}})",
       200, -32602, 4},
      {"tool name missing", R"({"jsonrpc":"2.0","id":4,"method":"tools/call","params":{}})", 200,
       -32602, 4},
      {"arguments not an object",
       R"({"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"ask","arguments":"who"}})",
       200, -32602, 4},
      {"initialize without version",
       R"({"jsonrpc":"2.0","id":1,"method":"initialize","params":{}})", 200, -32602, 1},
  };
  for (const auto& row : rows) {
    CAPTURE(row.what);
    auto res = PostMcp(*client, row.body);
    REQUIRE(res);
    CHECK(res->status == row.http_status);
    CheckJsonContentType(res);
    const json reply = ParseJson(res->body);
    CHECK(reply["jsonrpc"] == "2.0");
    CHECK(reply["error"]["code"] == row.code);
    CHECK(reply["id"] == row.id);
    CHECK(!reply.contains("result"));
  }
  std::string full_batch = "[";
  for (int i = 0; i < 10000; ++i) {
    full_batch += std::string(i ? "," : "") + R"({"jsonrpc":"2.0","id":)" + std::to_string(i) +
                  R"(,"method":"tools/list"})";
  }
  full_batch += "]";
  auto too_big = PostMcp(*client, full_batch);
  REQUIRE(too_big);
  CHECK(too_big->status == 413);
  // Still serving.
  CHECK(Call(*client, "ping", json::object())["result"] == json::object());
}

TEST_CASE("mcp: transport rules") {
  auto client = Client();
  const std::string ping = R"({"jsonrpc":"2.0","id":1,"method":"ping"})";
  // No SSE stream and no sessions: GET and DELETE are 405 with Allow: POST.
  for (const char* method : {"GET", "DELETE"}) {
    CAPTURE(method);
    httplib::Request req;
    req.method = method;
    req.path = "/mcp";
    auto res = client->send(req);
    REQUIRE(res);
    CHECK(res->status == 405);
    CHECK(res->get_header_value("Allow") == "POST");
  }
  auto wrong_type = client->Post("/mcp", ping, "text/plain");
  REQUIRE(wrong_type);
  CHECK(wrong_type->status == 415);
  auto no_json = client->Post("/mcp", {{"Accept", "text/event-stream"}}, ping, "application/json");
  REQUIRE(no_json);
  CHECK(no_json->status == 406);
  auto old_version = PostMcp(*client, ping, {{"MCP-Protocol-Version", "2024-11-05"}});
  REQUIRE(old_version);
  CHECK(old_version->status == 400);
  CHECK(ParseJson(old_version->body)["error"]["code"] == -32600);
  // A page from another site (DNS rebinding) is refused; an allowed origin is not.
  auto foreign = PostMcp(*client, ping, {{"Origin", "http://evil.example"}});
  REQUIRE(foreign);
  CHECK(foreign->status == 403);
  auto allowed = PostMcp(*client, ping, {{"Origin", kAllowedOrigin}});
  REQUIRE(allowed);
  CHECK(allowed->status == 200);
  // Notifications and client responses: 202, no body.
  for (const std::string body :
       {R"({"jsonrpc":"2.0","method":"notifications/initialized"})",
        R"({"jsonrpc":"2.0","method":"notifications/no-such-thing","params":{}})",
        R"({"jsonrpc":"2.0","id":5,"result":{}})"}) {
    CAPTURE(body);
    auto res = PostMcp(*client, body);
    REQUIRE(res);
    CHECK(res->status == 202);
    CHECK(res->body.empty());
  }
}

TEST_CASE("mcp: initialize negotiates the protocol version") {
  auto client = Client();
  struct Row {
    const char* requested;
    const char* answered;
  };
  for (const Row& row : {Row{"2025-06-18", "2025-06-18"}, Row{"2025-11-25", "2025-11-25"},
                         Row{"2024-11-05", "2025-11-25"}, Row{"1999-01-01", "2025-11-25"}}) {
    CAPTURE(row.requested);
    const json reply = Call(*client, "initialize",
                            {{"protocolVersion", row.requested},
                             {"capabilities", json::object()},
                             {"clientInfo", {{"name", "test"}, {"version", "1"}}}});
    CHECK(reply["result"]["protocolVersion"] == row.answered);
    CHECK(reply["result"]["capabilities"]["tools"].is_object());
    CHECK(reply["result"]["serverInfo"]["name"] == "rolegraph");
  }
}

TEST_CASE("mcp: tools answer like the HTTP API") {
  auto client = Client();
  const json tools = Call(*client, "tools/list", json::object())["result"]["tools"];
  REQUIRE(tools.size() == 4);
  for (const auto& tool : tools) {
    CHECK(tool["inputSchema"]["type"] == "object");
    CHECK(tool["annotations"]["readOnlyHint"] == true);
  }
  const json asked =
      Call(*client, "tools/call",
           {{"name", "ask"},
            {"arguments", {{"question", "Who manages vendors for product improvement?"}}}});
  const json& result = asked["result"];
  CHECK(result["isError"] == false);
  REQUIRE(!result["structuredContent"]["answers"].empty());
  CHECK(result["structuredContent"]["answers"][0]["role"]["id"] == "cto");
  CitationChecker checker(*client);
  for (const auto& c : result["structuredContent"]["answers"][0]["citations"]) checker.Check(c);
  CHECK(checker.checked() > 0);
  CHECK(result["content"][0]["type"] == "text");

  // The same question limits as /v1/ask, reported as tool errors.
  const json too_many =
      Call(*client, "tools/call",
           {{"name", "ask"}, {"arguments", {{"question", "who?"}, {"top_k", 11}}}});
  CHECK(too_many["result"]["isError"] == true);
  CHECK(too_many["result"]["content"][0]["text"].get<std::string>().find("invalid_top_k") == 0);
}

}  // namespace rolegraph::testing
