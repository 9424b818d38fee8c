// End-to-end tests of the health probes and the browse endpoints (roles,
// facts, graph, documents) against the real `rolegraph serve`.
#include <doctest/doctest.h>
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>

#include "server/http_fixture.h"

using namespace rolegraph::testing;

TEST_CASE("serve: /healthz and /readyz") {
  auto client = Client();
  auto health = client->Get("/healthz");
  CheckJsonContentType(health);
  CHECK(health->status == 200);
  CHECK(ParseJson(health->body)["status"] == "ok");

  auto ready = client->Get("/readyz");
  CheckJsonContentType(ready);
  CHECK(ready->status == 200);
  json r = ParseJson(ready->body);
  CHECK(r["status"] == "ready");
  CHECK(r["documents"].get<int>() > 0);
}

TEST_CASE("roles, role detail and facts") {
  auto client = Client();
  auto res = client->Get("/v1/roles");
  CheckJsonContentType(res);
  REQUIRE(res->status == 200);
  json roles = ParseJson(res->body)["roles"];
  REQUIRE(roles.is_array());
  REQUIRE_FALSE(roles.empty());
  for (const auto& r : roles) {
    CHECK(r["id"].is_string());
    CHECK(r["name"].is_string());
    CHECK(r["kind"].is_string());
    CHECK(r["aliases"].is_array());
    CHECK(r["facts"].is_number_integer());
    CHECK(r["mentions"].is_number_integer());
  }

  const std::string id = roles[0]["id"];
  auto detail = client->Get("/v1/roles/" + id);
  CheckJsonContentType(detail);
  REQUIRE(detail->status == 200);
  json d = ParseJson(detail->body);
  CHECK(d["id"] == id);
  REQUIRE(d["facts"].is_object());
  for (const auto& [predicate, list] : d["facts"].items()) {
    CAPTURE(predicate);
    for (const auto& f : list) {
      CHECK(f["object"].is_string());
      CHECK(f["confidence"].is_number());
      CHECK(f["citation"]["text"].is_string());
    }
  }

  auto unknown = client->Get("/v1/roles/no-such-role-xyz");
  CheckJsonContentType(unknown);
  CHECK(unknown->status == 404);
  CHECK(ParseJson(unknown->body)["error"]["code"] == "not_found");

  auto facts = client->Get("/v1/facts");
  CheckJsonContentType(facts);
  REQUIRE(facts->status == 200);
  json all = ParseJson(facts->body)["facts"];
  REQUIRE(all.is_array());
  CitationChecker checker(*client);
  for (const auto& f : all) checker.Check(f["citation"]);
  if (!all.empty()) {
    const std::string role = all[0]["role_id"], predicate = all[0]["predicate"];
    auto filtered = client->Get("/v1/facts?role=" + role + "&predicate=" + predicate);
    REQUIRE(filtered);
    REQUIRE(filtered->status == 200);
    json some = ParseJson(filtered->body)["facts"];
    CHECK_FALSE(some.empty());
    for (const auto& f : some) {
      CHECK(f["role_id"] == role);
      CHECK(f["predicate"] == predicate);
    }
  }
  auto none = client->Get("/v1/facts?q=zzzz-not-in-any-object");
  REQUIRE(none);
  CHECK(none->status == 200);
  CHECK(ParseJson(none->body)["facts"].empty());
}

TEST_CASE("graph: json and dot") {
  auto client = Client();
  auto res = client->Get("/v1/graph");
  CheckJsonContentType(res);
  REQUIRE(res->status == 200);
  json g = ParseJson(res->body);
  REQUIRE(g["nodes"].is_array());
  REQUIRE(g["edges"].is_array());
  for (const auto& e : g["edges"]) {
    CHECK(e["source"].is_string());
    CHECK(e["target"].is_string());
    CHECK(e["predicate"].is_string());
    CHECK(e["citation"].is_object());
  }
  auto dot = client->Get("/v1/graph?format=dot");
  REQUIRE(dot);
  CHECK(dot->status == 200);
  CHECK(dot->get_header_value("Content-Type").rfind("text/vnd.graphviz", 0) == 0);
  CHECK(dot->body.rfind("digraph", 0) == 0);
}

TEST_CASE("documents: list and fetch") {
  auto client = Client();
  auto res = client->Get("/v1/documents");
  CheckJsonContentType(res);
  REQUIRE(res->status == 200);
  json docs = ParseJson(res->body)["documents"];
  REQUIRE(docs.is_array());
  CHECK(docs.size() >= 4);
  for (const auto& d : docs) {
    for (const char* key : {"id", "title", "lang", "hash"}) CHECK(d[key].is_string());
    for (const char* key : {"bytes", "sentences", "facts", "updated_at"})
      CHECK(d[key].is_number_integer());
  }
  const std::string id = docs[0]["id"];
  auto one = client->Get("/v1/documents/" + id);
  CheckJsonContentType(one);
  REQUIRE(one->status == 200);
  json d = ParseJson(one->body);
  CHECK(d["id"] == id);
  CHECK(d["text"].get<std::string>().size() == docs[0]["bytes"].get<size_t>());

  auto missing = client->Get("/v1/documents/no-such-document");
  CheckJsonContentType(missing);
  CHECK(missing->status == 404);
  CHECK(ParseJson(missing->body)["error"]["code"] == "not_found");
}
