// GET /openapi.json describes the server truthfully: real responses of every
// endpoint (successes and errors) validate against its schemas, their status
// codes and content types are declared, and every described operation is
// exercised here.
#include <doctest/doctest.h>
#include <httplib.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "server/http_fixture.h"
#include "server/json_schema.h"

using namespace rolegraph::testing;

namespace {

struct Call {
  std::string method, url, body, content_type;
  int status;  // expected
};

// The spec path ("/v1/roles/{id}") whose template matches `path`.
std::string SpecPathFor(const json& spec, const std::string& path) {
  std::string best;
  for (const auto& [templ, _] : spec["paths"].items()) {
    const std::string re = std::regex_replace(templ, std::regex(R"(\{[^}]+\})"), "[^/]+");
    if (std::regex_match(path, std::regex(re)) &&
        (best.empty() || best.find('{') != std::string::npos))
      best = templ;
  }
  return best;
}

std::string Mime(const std::string& content_type) {
  return content_type.substr(0, content_type.find(';'));
}

}  // namespace

TEST_CASE(
    "openapi: /openapi.json is OpenAPI 3.1 and real responses validate "
    "against it") {
  auto client = Client();
  auto res = client->Get("/openapi.json");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  CheckJsonContentType(res);
  const json spec = ParseJson(res->body);
  CHECK(spec["openapi"] == "3.1.0");
  REQUIRE(spec["paths"].is_object());

  // One real document id, one real role id.
  const json docs = ParseJson(client->Get("/v1/documents")->body)["documents"];
  REQUIRE_FALSE(docs.empty());
  const std::string doc_id = docs[0]["id"];
  const std::string ask = "who manages vendors for product improvement?";
  const std::string ask_q = "q=who%20manages%20vendors%20for%20product%20improvement%3F";

  TempDir backups;
  const std::string backup_body = json({{"path", backups / "openapi-backup"}}).dump();

  const std::vector<Call> calls = {
      {"GET", "/healthz", "", "", 200},
      {"GET", "/readyz", "", "", 200},
      {"GET", "/metrics", "", "", 200},
      {"POST", "/v1/admin/backup", backup_body, "application/json", 201},
      {"POST", "/v1/admin/backup", backup_body, "application/json", 400},
      {"POST", "/v1/ask", json({{"question", ask}, {"explain", true}}).dump(), "application/json",
       200},
      {"POST", "/v1/ask", "{not json", "application/json", 400},
      {"POST", "/v1/ask", "{}", "text/plain", 415},
      {"GET", "/v1/ask?" + ask_q, "", "", 200},
      {"GET", "/v1/ask?" + ask_q + "&format=markdown", "", "", 200},
      {"GET", "/v1/ask?" + ask_q + "&format=text", "", "", 200},
      {"GET", "/v1/ask?q=zzqx%20blorp%20frobnicate", "", "", 200},
      {"GET", "/v1/ask", "", "", 400},
      {"GET", "/v1/roles", "", "", 200},
      {"GET", "/v1/roles/cto", "", "", 200},
      {"GET", "/v1/roles/no-such-role", "", "", 404},
      {"GET", "/v1/facts?role=cto", "", "", 200},
      {"GET", "/v1/facts?role=no-such-role", "", "", 404},
      {"GET", "/v1/graph", "", "", 200},
      {"GET", "/v1/graph?format=dot", "", "", 200},
      {"GET", "/v1/graph?format=png", "", "", 400},
      {"GET", "/v1/documents", "", "", 200},
      {"GET", "/v1/documents/" + doc_id, "", "", 200},
      {"GET", "/v1/documents/no-such-doc", "", "", 404},
      {"GET", "/v1/documents/" + doc_id + "/sentences", "", "", 200},
      {"GET", "/v1/documents/no-such-doc/sentences", "", "", 404},
      {"PUT", "/v1/documents/openapi-check?title=OpenAPI",
       "The Chief Sustainability Officer reports to the CEO.", "text/plain; charset=utf-8", 201},
      {"PUT", "/v1/documents/openapi-check",
       json(
           {{"text", "The Chief Sustainability Officer reports to the CEO."}, {"title", "OpenAPI"}})
           .dump(),
       "application/json", 200},
      {"PUT", "/v1/documents/openapi-check", "x", "image/png", 415},
      {"PUT", "/v1/documents/openapi-check", "<html><body><h1>OpenAPI</h1><p>The CSO reports to the CEO.</p></body></html>",
       "text/html", 200},
      {"PUT", "/v1/documents/openapi-check", "%PDF-1.4 not a PDF", "application/pdf", 422},
      {"PUT", "/v1/documents/.bad", "x", "text/plain", 400},
      {"DELETE", "/v1/documents/openapi-check", "", "", 200},
      {"DELETE", "/v1/documents/openapi-check", "", "", 404},
      {"POST", "/v1/integrations/mattermost", "text=who+manages+vendors%3F&token=t",
       "application/x-www-form-urlencoded", 200},
      {"POST", "/v1/integrations/mattermost", "{}", "application/json", 415},
      {"POST", "/v1/integrations/slack", "text=hi", "application/x-www-form-urlencoded", 401},
      {"GET", "/openapi.json", "", "", 200},
      {"GET", "/", "", "", 200},
      {"GET", "/docs/" + doc_id, "", "", 200},
      {"GET", "/roles", "", "", 200},
      {"GET", "/documents", "", "", 200},
      {"GET", "/roles/cto", "", "", 200},
      {"GET", "/widget.js", "", "", 200},
      {"GET", "/graph", "", "", 200},
      {"GET", "/v1/graph?format=svg", "", "", 200},
      {"POST", "/mcp", R"({"jsonrpc":"2.0","id":1,"method":"tools/list"})", "application/json", 200},
      {"POST", "/mcp", "[]", "application/json", 400},
      {"POST", "/mcp", "{}", "text/plain", 415},
      {"POST", "/v1/integrations/teams", R"({"type":"message","text":"hi"})", "application/json",
       401},
  };

  SchemaValidator validator(spec);
  std::set<std::string> exercised;
  for (const Call& call : calls) {
    CAPTURE(call.method);
    CAPTURE(call.url);
    httplib::Result r = [&] {
      if (call.method == "GET") return client->Get(call.url);
      if (call.method == "DELETE") return client->Delete(call.url);
      if (call.method == "PUT") return client->Put(call.url, call.body, call.content_type);
      return client->Post(call.url, call.body, call.content_type);
    }();
    REQUIRE(r);
    CHECK(r->status == call.status);
    const std::string path = call.url.substr(0, call.url.find('?'));
    const std::string templ = SpecPathFor(spec, path);
    REQUIRE_MESSAGE(!templ.empty(), "path not described: " << path);
    std::string method = call.method;
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    REQUIRE_MESSAGE(spec["paths"][templ].contains(method), templ << " has no " << method);
    exercised.insert(method + " " + templ);
    const json& responses = spec["paths"][templ][method]["responses"];
    const std::string code = std::to_string(r->status);
    REQUIRE_MESSAGE(responses.contains(code), templ << " does not declare status " << code);
    const json& response = responses[code];
    const std::string mime = Mime(r->get_header_value("Content-Type"));
    REQUIRE_MESSAGE(response.contains("content"), templ << " " << code << " has no content");
    REQUIRE_MESSAGE(response["content"].contains(mime),
                    templ << " " << code << " does not declare " << mime);
    if (mime == "application/json") {
      const auto errors =
          validator.Validate(ParseJson(r->body), response["content"][mime]["schema"]);
      for (const auto& e : errors) FAIL_CHECK(e);
    }
  }

  // Every described operation was called above.
  for (const auto& [templ, ops] : spec["paths"].items()) {
    for (const auto& [method, _] : ops.items()) {
      CHECK_MESSAGE(exercised.count(method + " " + templ),
                    "not exercised: " << method << " " << templ);
    }
  }
}

TEST_CASE("openapi: the validator rejects what it should") {
  const json spec = {{"components",
                      {{"schemas",
                        {{"Thing",
                          {{"type", "object"},
                           {"required", {"id"}},
                           {"properties",
                            {{"id", {{"type", "string"}}},
                             {"kind", {{"type", "string"}, {"enum", {"a", "b"}}}},
                             {"n", {{"type", "array"}, {"items", {{"type", "integer"}}}}}}}}}}}}}};
  SchemaValidator v(spec);
  const json ref = {{"$ref", "#/components/schemas/Thing"}};
  CHECK(v.Validate(json{{"id", "x"}, {"kind", "a"}, {"n", {1, 2}}}, ref).empty());
  CHECK(v.Validate(json{{"kind", "a"}}, ref).size() == 1);                 // missing id
  CHECK(v.Validate(json{{"id", "x"}, {"kind", "c"}}, ref).size() == 1);    // enum
  CHECK(v.Validate(json{{"id", 1}}, ref).size() == 1);                     // type
  CHECK(v.Validate(json{{"id", "x"}, {"n", {1, "2"}}}, ref).size() == 1);  // items
  CHECK(v.Validate(json{{"id", "x"}, {"extra", true}}, ref).size() == 1);  // undeclared
}
