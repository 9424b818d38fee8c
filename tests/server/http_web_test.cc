// End-to-end tests of the web page's files, the sentence offsets the
// document view uses, CORS for the widget, and the chat integrations (Slack
// signatures, Mattermost, GET /v1/ask?format=).
#include <doctest/doctest.h>
#include <httplib.h>

#include <chrono>
#include <string>

#include "../../server/src/hmac_sha256.h"
#include "server/http_fixture.h"
#include "server/json_schema.h"

using namespace rolegraph::testing;
using rolegraph::server::HmacSha256;
using rolegraph::server::Sha256;
using rolegraph::server::ToHex;

namespace {

const char* kVendorQuestion = "who manages vendors for product improvement?";

long long Now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

httplib::Result PostSlack(httplib::Client& client, const std::string& body, long long timestamp,
                          const std::string& signed_body) {
  const std::string ts = std::to_string(timestamp);
  const std::string signature =
      "v0=" + ToHex(HmacSha256(kSlackSecret, "v0:" + ts + ":" + signed_body));
  httplib::Headers headers = {{"X-Slack-Request-Timestamp", ts}, {"X-Slack-Signature", signature}};
  return client.Post("/v1/integrations/slack", headers, body, "application/x-www-form-urlencoded");
}

}  // namespace

TEST_CASE("SHA-256 and HMAC-SHA256 known answers") {
  struct Row {
    std::string input, digest;
  };
  const Row rows[] = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
      {std::string(1000, 'a'), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input.size());
    CHECK(ToHex(Sha256(row.input)) == row.digest);
  }
  // RFC 4231 test cases 2 and 6 (a key longer than the block).
  CHECK(ToHex(HmacSha256("Jefe", "what do ya want for nothing?")) ==
        "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  CHECK(ToHex(HmacSha256(std::string(131, '\xaa'),
                         "Test Using Larger Than Block-Size Key - Hash Key First")) ==
        "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

TEST_CASE("web: the page, its assets and the widget are served") {
  auto client = Client();
  struct Row {
    std::string path, content_type, contains;
  };
  const Row rows[] = {
      {"/", "text/html; charset=utf-8", "<label for=\"question\""},
      {"/docs/cto-vs-cio", "text/html; charset=utf-8", "doc.js"},
      {"/roles", "text/html; charset=utf-8", "roles.js"},
      {"/roles/cto", "text/html; charset=utf-8", "roles.js"},
      {"/documents", "text/html; charset=utf-8", "documents.js"},
      {"/assets/documents.js", "text/javascript; charset=utf-8", "application/octet-stream"},
      {"/assets/common.js", "text/javascript; charset=utf-8", "splitByByteRanges"},
      {"/assets/style.css", "text/css; charset=utf-8", "mark"},
      {"/widget.js", "text/javascript; charset=utf-8", "attachShadow"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.path);
    auto res = client->Get(row.path);
    REQUIRE(res);
    CHECK(res->status == 200);
    CHECK(res->get_header_value("Content-Type") == row.content_type);
    CHECK(res->body.find(row.contains) != std::string::npos);
    if (row.content_type.rfind("text/html", 0) == 0) {
      CHECK(res->get_header_value("Content-Security-Policy").find("script-src 'self'") !=
            std::string::npos);
    }
  }
  for (const char* path :
       {"/assets/nope.js", "/assets/..%2Fopenapi.json", "/assets/x.html", "/web/index.html"}) {
    CAPTURE(path);
    auto res = client->Get(path);
    REQUIRE(res);
    CHECK(res->status == 404);
  }
}

TEST_CASE("web: sentence offsets cover the document text and match citations") {
  auto client = Client();
  auto ask = client->Post("/v1/ask", json({{"question", kVendorQuestion}, {"top_k", 1}}).dump(),
                          "application/json");
  REQUIRE(ask);
  REQUIRE(ask->status == 200);
  const json answer = ParseJson(ask->body)["answers"][0];
  CHECK(answer["role"]["id"] == "cto");
  const json citation = answer["citations"][0];
  const std::string id = citation["doc_id"];
  auto doc = client->Get("/v1/documents/" + id);
  auto sentences = client->Get("/v1/documents/" + id + "/sentences");
  REQUIRE(doc);
  REQUIRE(sentences);
  REQUIRE(sentences->status == 200);
  CheckJsonContentType(sentences);
  const std::string text = ParseJson(doc->body)["text"];
  const json list = ParseJson(sentences->body)["sentences"];
  REQUIRE_FALSE(list.empty());
  size_t previous_end = 0;
  bool found = false;
  for (const auto& s : list) {
    const size_t start = s["start"], end = s["end"];
    CHECK(start >= previous_end);
    CHECK(start <= end);
    CHECK(end <= text.size());
    previous_end = end;
    if (s["index"] == citation["sentence"]) {
      found = true;
      CHECK(start == citation["start"].get<size_t>());
      CHECK(end == citation["end"].get<size_t>());
    }
  }
  CHECK(found);
}

TEST_CASE("CORS: listed origins get headers and preflight answers, others nothing") {
  auto client = Client();
  auto allowed = client->Get("/v1/roles", {{"Origin", kAllowedOrigin}});
  REQUIRE(allowed);
  CHECK(allowed->status == 200);
  CHECK(allowed->get_header_value("Access-Control-Allow-Origin") == kAllowedOrigin);
  CHECK(allowed->get_header_value("Vary").find("Origin") != std::string::npos);

  auto second = client->Get("/healthz", {{"Origin", "http://second.example"}});
  REQUIRE(second);
  CHECK(second->get_header_value("Access-Control-Allow-Origin") == "http://second.example");

  for (const char* origin : {"http://evil.example", "http://allowed.example:8001", "null"}) {
    CAPTURE(origin);
    auto other = client->Get("/v1/roles", {{"Origin", origin}});
    REQUIRE(other);
    CHECK(other->status == 200);
    CHECK_FALSE(other->has_header("Access-Control-Allow-Origin"));
  }
  auto none = client->Get("/v1/roles");
  REQUIRE(none);
  CHECK_FALSE(none->has_header("Access-Control-Allow-Origin"));

  // Preflight of the widget's POST with a JSON body.
  httplib::Headers preflight = {{"Origin", kAllowedOrigin},
                                {"Access-Control-Request-Method", "POST"},
                                {"Access-Control-Request-Headers", "content-type"}};
  auto ok = client->Options("/v1/ask", preflight);
  REQUIRE(ok);
  CHECK(ok->status == 204);
  CHECK(ok->get_header_value("Access-Control-Allow-Origin") == kAllowedOrigin);
  CHECK(ok->get_header_value("Access-Control-Allow-Methods").find("POST") != std::string::npos);
  CHECK(ok->get_header_value("Access-Control-Allow-Headers").find("Content-Type") !=
        std::string::npos);

  preflight.erase("Origin");
  preflight.emplace("Origin", "http://evil.example");
  auto refused = client->Options("/v1/ask", preflight);
  REQUIRE(refused);
  CHECK(refused->status != 204);
  CHECK_FALSE(refused->has_header("Access-Control-Allow-Origin"));
  CHECK_FALSE(refused->has_header("Access-Control-Allow-Methods"));

  // The allowed origin's real request carries the header too.
  auto post = client->Post("/v1/ask", {{"Origin", kAllowedOrigin}},
                           json({{"question", kVendorQuestion}}).dump(), "application/json");
  REQUIRE(post);
  CHECK(post->status == 200);
  CHECK(post->get_header_value("Access-Control-Allow-Origin") == kAllowedOrigin);
}

TEST_CASE(
    "Slack: signed request answers with blocks; tampered or old requests "
    "are 401") {
  auto client = Client();
  const std::string body =
      "token=x&team_id=T1&command=%2Froles&text=who+"
      "manages+vendors+for+product+improvement%3F";

  auto ok = PostSlack(*client, body, Now(), body);
  REQUIRE(ok);
  CHECK(ok->status == 200);
  CheckJsonContentType(ok);
  const json message = ParseJson(ok->body);
  CHECK(message["response_type"] == "in_channel");
  REQUIRE(message["blocks"].is_array());
  REQUIRE(message["blocks"].size() >= 2);
  CHECK(message["blocks"][0]["type"] == "section");
  CHECK(message["blocks"][0]["text"]["text"].get<std::string>().find("Chief Technology Officer") !=
        std::string::npos);
  CHECK(message["blocks"][1]["type"] == "context");
  CHECK(message["blocks"][1]["elements"][0]["text"].get<std::string>().find("vendor") !=
        std::string::npos);
  CHECK(message["blocks"][1]["elements"][0]["text"].get<std::string>().find("/docs/") !=
        std::string::npos);
  // The message fits the OpenAPI description.
  const json spec = ParseJson(client->Get("/openapi.json")->body);
  SchemaValidator validator(spec);
  for (const auto& e : validator.Validate(message, {{"$ref", "#/components/schemas/SlackMessage"}}))
    FAIL_CHECK(e);

  // Signed for another body.
  auto tampered = PostSlack(*client, body + "&x=1", Now(), body);
  REQUIRE(tampered);
  CHECK(tampered->status == 401);
  CHECK(ParseJson(tampered->body)["error"]["code"] == "unauthorized");
  // Correctly signed, but six minutes old (a replay).
  auto old = PostSlack(*client, body, Now() - 360, body);
  REQUIRE(old);
  CHECK(old->status == 401);
  // No signature at all.
  auto unsigned_ =
      client->Post("/v1/integrations/slack", body, "application/x-www-form-urlencoded");
  REQUIRE(unsigned_);
  CHECK(unsigned_->status == 401);
  // Empty text: a usage hint, only to the caller.
  auto empty = PostSlack(*client, "text=", Now(), "text=");
  REQUIRE(empty);
  CHECK(empty->status == 200);
  CHECK(ParseJson(empty->body)["response_type"] == "ephemeral");
}

TEST_CASE("Mattermost and GET /v1/ask?format= give compact answers with citations") {
  auto client = Client();
  auto mm = client->Post("/v1/integrations/mattermost",
                         "token=abc&text=who%20manages%20vendors%20for%20product%20improvement%3F",
                         "application/x-www-form-urlencoded");
  REQUIRE(mm);
  CHECK(mm->status == 200);
  const json m = ParseJson(mm->body);
  CHECK(m["response_type"] == "in_channel");
  CHECK(m["text"].get<std::string>().find("**Chief Technology Officer") == 0);
  CHECK(m["text"].get<std::string>().find("/docs/") != std::string::npos);

  auto md = client->Get(
      "/v1/"
      "ask?q=who%20manages%20vendors%20for%20product%"
      "20improvement%3F&format=markdown");
  REQUIRE(md);
  CHECK(md->status == 200);
  CHECK(md->get_header_value("Content-Type") == "text/markdown; charset=utf-8");
  CHECK(md->body.find("**Chief Technology Officer") == 0);
  CHECK(md->body.find("> ") != std::string::npos);

  auto text = client->Get(
      "/v1/"
      "ask?q=who%20manages%20vendors%20for%20product%"
      "20improvement%3F&format=text");
  REQUIRE(text);
  CHECK(text->get_header_value("Content-Type") == "text/plain; charset=utf-8");
  CHECK(text->body.find("Chief Technology Officer") == 0);
  CHECK(text->body.find("sentence ") != std::string::npos);

  auto bad = client->Get("/v1/ask?q=x&format=xml");
  REQUIRE(bad);
  CHECK(bad->status == 400);
  CHECK(ParseJson(bad->body)["error"]["code"] == "invalid_format");
}
