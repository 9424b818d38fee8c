// End-to-end tests of the HTTP API against the real `rolegraph serve`,
// started once over the repository's corpus.
#include <doctest/doctest.h>
#include <httplib.h>

#include <atomic>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "server/server_process.h"

namespace {

using nlohmann::json;
using rolegraph::testing::CorpusDir;
using rolegraph::testing::ServerProcess;

constexpr int kMaxBody = 65536;

// One server for the whole binary: ingesting the corpus is the slow part.
ServerProcess& Server() {
  static ServerProcess server(
      {"--corpus", CorpusDir(), "--threads", "4", "--max-body", std::to_string(kMaxBody)});
  return server;
}

std::unique_ptr<httplib::Client> Client() {
  REQUIRE_MESSAGE(Server().ok(), "rolegraph serve did not come up; stderr:\n" << Server().err());
  return Server().NewClient();
}

json ParseJson(const std::string& body) {
  json doc = json::parse(body, nullptr, false);
  REQUIRE_MESSAGE(!doc.is_discarded(), "not JSON: " << body.substr(0, 300));
  return doc;
}

json Ask(httplib::Client& client, const json& request, int expect_status = 200) {
  auto res = client.Post("/v1/ask", request.dump(), "application/json");
  REQUIRE(res);
  CHECK_MESSAGE(res->status == expect_status, res->body.substr(0, 300));
  return ParseJson(res->body);
}

const std::vector<std::string> kQuestions = {
    "Who manages vendors for product improvement?",
    "Who is responsible for top-level management of the company's technology infrastructure?",
    "Who runs IT operations for the company?",
    "Siapa yang bertanggung jawab atas strategi pemasaran?",
    "What does the CTO do?",
    "Who does the CIO report to?",
};

void CheckAnswerShape(const json& r) {
  REQUIRE(r.is_object());
  CHECK(r["question"].is_string());
  CHECK(r["abstained"].is_boolean());
  CHECK(r["took_ms"].is_number());
  REQUIRE(r["answers"].is_array());
  if (r["abstained"].get<bool>()) CHECK(r["answers"].empty());
  for (const auto& a : r["answers"]) {
    REQUIRE(a["role"].is_object());
    CHECK(a["role"]["id"].is_string());
    CHECK(a["role"]["name"].is_string());
    REQUIRE(a["role"]["aliases"].is_array());
    for (const auto& alias : a["role"]["aliases"]) CHECK(alias.is_string());
    CHECK(a["confidence"].is_number());
    REQUIRE(a["citations"].is_array());
    for (const auto& c : a["citations"]) {
      CHECK(c["doc_id"].is_string());
      CHECK(c["title"].is_string());
      CHECK(c["sentence"].is_number_integer());
      CHECK(c["start"].is_number_integer());
      CHECK(c["end"].is_number_integer());
      CHECK(c["text"].is_string());
      REQUIRE(c["highlights"].is_array());
      for (const auto& h : c["highlights"]) {
        REQUIRE((h.is_array() && h.size() == 2));
        CHECK(h[0].get<int64_t>() <= h[1].get<int64_t>());
        CHECK(h[1].get<int64_t>() <= c["end"].get<int64_t>() - c["start"].get<int64_t>());
      }
    }
  }
}

void CheckJsonContentType(const httplib::Result& res) {
  REQUIRE(res);
  CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
}

}  // namespace

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

TEST_CASE("ask: response shape for POST and GET") {
  auto client = Client();
  json r = Ask(*client, {{"question", kQuestions[0]}, {"top_k", 3}});
  CheckAnswerShape(r);
  CHECK(r["question"] == kQuestions[0]);
  CHECK(r["answers"].size() <= 3);

  auto res = client->Get("/v1/ask?q=Who%20runs%20IT%20operations%3F&top_k=2");
  CheckJsonContentType(res);
  CHECK(res->status == 200);
  json g = ParseJson(res->body);
  CheckAnswerShape(g);
  CHECK(g["question"] == "Who runs IT operations?");
  CHECK(g["answers"].size() <= 2);
}

TEST_CASE("ask: explain adds the explanation object") {
  auto client = Client();
  json r = Ask(*client, {{"question", kQuestions[0]}, {"explain", true}});
  REQUIRE(r.contains("explain"));
  const json& e = r["explain"];
  CHECK(e["question_type"].is_string());
  CHECK(e["question_roles"].is_array());
  REQUIRE(e["terms"].is_array());
  for (const auto& t : e["terms"]) {
    CHECK(t["question_word"].is_string());
    CHECK(t["term"].is_string());
    CHECK(t["lang"].is_string());
    CHECK(t["weight"].is_number());
    CHECK(t["source"].is_string());
  }
  CHECK(e["score_parts"].is_object());
  CHECK(e["why"].is_string());
  CHECK_FALSE(Ask(*client, {{"question", kQuestions[0]}}).contains("explain"));
}

// Depends on the engine's quality: expected to fail until ranking is good.
TEST_CASE("ask: vendors for product improvement -> CTO") {
  auto client = Client();
  json r = Ask(*client, {{"question", "Who manages vendors for product improvement?"}});
  REQUIRE_FALSE(r["abstained"].get<bool>());
  REQUIRE_FALSE(r["answers"].empty());
  const json& role = r["answers"][0]["role"];
  bool cto = role["id"] == "cto";
  for (const auto& alias : role["aliases"]) cto = cto || alias == "CTO";
  CHECK_MESSAGE(cto, "first answer: " << role.dump());
}

TEST_CASE("ask: every citation is exactly the document's bytes [start, end)") {
  auto client = Client();
  std::map<std::string, std::string> texts;
  int citations = 0;
  for (const auto& q : kQuestions) {
    json r = Ask(*client, {{"question", q}, {"top_k", 5}});
    for (const auto& a : r["answers"]) {
      for (const auto& c : a["citations"]) {
        const std::string id = c["doc_id"];
        if (!texts.count(id)) {
          auto res = client->Get("/v1/documents/" + id);
          REQUIRE(res);
          REQUIRE(res->status == 200);
          texts[id] = ParseJson(res->body)["text"].get<std::string>();
        }
        const std::string& text = texts[id];
        const auto start = c["start"].get<size_t>(), end = c["end"].get<size_t>();
        REQUIRE(start <= end);
        REQUIRE(end <= text.size());
        CHECK_MESSAGE(text.substr(start, end - start) == c["text"].get<std::string>(),
                      "doc " << id << " [" << start << "," << end << ")");
        ++citations;
      }
    }
  }
  MESSAGE("checked " << citations << " citations");
}

TEST_CASE("ask: bad requests get JSON errors with the right status") {
  auto client = Client();
  struct Row {
    const char* what;
    std::string body;
    int status;
    const char* code;
  };
  const std::vector<Row> rows = {
      {"malformed JSON", R"({"question": "Who)", 400, "invalid_json"},
      {"empty body", "", 400, "invalid_json"},
      {"not an object", R"(["Who is the CTO?"])", 400, "invalid_question"},
      {"missing question", R"({"top_k": 3})", 400, "invalid_question"},
      {"empty question", R"({"question": ""})", 400, "invalid_question"},
      {"blank question", R"({"question": "   "})", 400, "invalid_question"},
      {"non-string question", R"({"question": 42})", 400, "invalid_question"},
      {"null question", R"({"question": null})", 400, "invalid_question"},
      {"question too long", json{{"question", std::string(2001, 'a')}}.dump(), 400, "question_too_long"},
      {"invalid UTF-8", "{\"question\": \"Who \xff\xfe is it?\"}", 400, "invalid_utf8"},
      {"top_k 0", R"({"question": "Who?", "top_k": 0})", 400, "invalid_top_k"},
      {"top_k 11", R"({"question": "Who?", "top_k": 11})", 400, "invalid_top_k"},
      {"top_k string", R"({"question": "Who?", "top_k": "x"})", 400, "invalid_top_k"},
      {"top_k float", R"({"question": "Who?", "top_k": 2.5})", 400, "invalid_top_k"},
      {"top_k huge", R"({"question": "Who?", "top_k": 18446744073709551615})", 400, "invalid_top_k"},
      {"lang fr", R"({"question": "Who?", "lang": "fr"})", 400, "invalid_lang"},
      {"lang number", R"({"question": "Who?", "lang": 1})", 400, "invalid_lang"},
      {"explain string", R"({"question": "Who?", "explain": "yes"})", 400, "invalid_explain"},
      {"body over --max-body", json{{"question", std::string(kMaxBody + 10, 'a')}}.dump(), 413,
       "payload_too_large"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.what);
    auto res = client->Post("/v1/ask", row.body, "application/json");
    CheckJsonContentType(res);
    CHECK(res->status == row.status);
    json e = ParseJson(res->body);
    REQUIRE(e["error"].is_object());
    CHECK(e["error"]["code"] == row.code);
    CHECK(e["error"]["message"].is_string());
  }

  SUBCASE("wrong Content-Type -> 415") {
    auto res = client->Post("/v1/ask", R"({"question": "Who?"})", "text/plain");
    CheckJsonContentType(res);
    CHECK(res->status == 415);
    CHECK(ParseJson(res->body)["error"]["code"] == "unsupported_media_type");
  }
  SUBCASE("GET errors") {
    for (const auto& [path, code] : std::vector<std::pair<std::string, std::string>>{
             {"/v1/ask", "invalid_question"},
             {"/v1/ask?q=", "invalid_question"},
             {"/v1/ask?q=Who&top_k=0", "invalid_top_k"},
             {"/v1/ask?q=Who&top_k=abc", "invalid_top_k"},
             {"/v1/ask?q=Who&lang=de", "invalid_lang"},
             {"/v1/graph?format=svg", "invalid_format"}}) {
      CAPTURE(path);
      auto res = client->Get(path);
      CheckJsonContentType(res);
      CHECK(res->status == 400);
      CHECK(ParseJson(res->body)["error"]["code"] == code);
    }
  }
  SUBCASE("unknown path -> 404, wrong method -> 405") {
    for (const char* path : {"/", "/nope", "/v1/nope", "/v1/roles/a/b", "/v1/asked"}) {
      CAPTURE(path);
      auto res = client->Get(path);
      CheckJsonContentType(res);
      CHECK(res->status == 404);
      CHECK(ParseJson(res->body)["error"]["code"] == "not_found");
    }
    auto post_unknown = client->Post("/nope", "{}", "application/json");
    REQUIRE(post_unknown);
    CHECK(post_unknown->status == 404);
    std::vector<httplib::Result> wrong_method;
    wrong_method.push_back(client->Delete("/v1/ask"));
    wrong_method.push_back(client->Put("/v1/ask", "{}", "application/json"));
    wrong_method.push_back(client->Post("/healthz", "{}", "application/json"));
    wrong_method.push_back(client->Post("/v1/roles", "{}", "application/json"));
    for (const auto& res : wrong_method) {
      CheckJsonContentType(res);
      CHECK(res->status == 405);
      CHECK(ParseJson(res->body)["error"]["code"] == "method_not_allowed");
      CHECK_FALSE(res->get_header_value("Allow").empty());
    }
  }

  // The server survived all of the above.
  auto health = client->Get("/healthz");
  REQUIRE(health);
  CHECK(health->status == 200);
  CheckAnswerShape(Ask(*client, {{"question", kQuestions[2]}}));
}

TEST_CASE("ask: concurrent requests all succeed") {
  REQUIRE(Server().ok());
  std::atomic<int> ok{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      auto client = Server().NewClient();
      for (int i = 0; i < 5; ++i) {
        json body = {{"question", kQuestions[(t + i) % kQuestions.size()]}};
        auto res = client->Post("/v1/ask", body.dump(), "application/json");
        if (res && res->status == 200) ++ok;
      }
    });
  }
  for (auto& th : threads) th.join();
  CHECK(ok == 40);
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
  std::map<std::string, std::string> texts;
  for (const auto& f : all) {
    const json& c = f["citation"];
    const std::string doc = c["doc_id"];
    if (!texts.count(doc)) {
      auto d = client->Get("/v1/documents/" + doc);
      REQUIRE(d);
      REQUIRE(d->status == 200);
      texts[doc] = ParseJson(d->body)["text"];
    }
    const auto start = c["start"].get<size_t>(), end = c["end"].get<size_t>();
    REQUIRE(end <= texts[doc].size());
    CHECK(texts[doc].substr(start, end - start) == c["text"].get<std::string>());
  }
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
    for (const char* key : {"bytes", "sentences", "facts", "updated_at"}) CHECK(d[key].is_number_integer());
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
