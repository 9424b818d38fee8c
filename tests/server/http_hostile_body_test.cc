// Hostile request bodies against the real `rolegraph serve`: bad UTF-8, NUL
// bytes, huge questions, deeply nested JSON, wrong JSON types, wrong content
// types. Each gets a clear 4xx JSON error and the server still answers.
#include <doctest/doctest.h>
#include <httplib.h>

#include <string>
#include <vector>

#include "server/hostile_fixture.h"

namespace {

using namespace rolegraph::testing;

struct BodyRow {
  std::string what;
  std::string body;
  int status;
  const char* code;
};

std::string Repeat(const std::string& piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::string QuestionBody(const std::string& raw_question) {
  return "{\"question\": \"" + raw_question + "\"}";
}

void PostEach(const std::string& path, const std::vector<BodyRow>& rows,
              const char* content_type = "application/json") {
  auto client = HostileClient();
  for (const auto& row : rows) {
    CAPTURE(row.what);
    CheckError(client->Post(path, row.body, content_type), row.status, row.code);
  }
}

void PutEach(const std::vector<BodyRow>& rows, const char* content_type) {
  auto client = HostileClient();
  for (const auto& row : rows) {
    CAPTURE(row.what);
    CheckError(client->Put("/v1/documents/hostile-doc", row.body, content_type), row.status,
               row.code);
  }
  // None of them stored anything.
  auto res = client->Get("/v1/documents/hostile-doc");
  REQUIRE(res);
  CHECK(res->status == 404);
}

}  // namespace

TEST_CASE("hostile: invalid and overlong UTF-8 in questions and documents") {
  const std::vector<std::string> bad = {
      "\xff\xfe",          // never valid
      "\xc0\xaf",          // overlong '/'
      "\xe0\x80\xaf",      // overlong '/' in three bytes
      "\xf0\x80\x80\xaf",  // overlong '/' in four bytes
      "\xed\xa0\x80",      // a UTF-16 surrogate
      "\xf4\x90\x80\x80",  // beyond U+10FFFF
      "\xe2\x82",          // truncated sequence at the end
      "\x80 lone continuation",
  };
  std::vector<BodyRow> ask, put_json, put_text;
  for (const auto& b : bad) {
    ask.push_back({"question", QuestionBody("Who manages " + b + " vendors?"), 400, "invalid_utf8"});
    put_json.push_back(
        {"json text", "{\"text\": \"The CTO manages " + b + " vendors.\"}", 400, "invalid_utf8"});
    put_text.push_back({"plain text", "The CTO manages " + b + " vendors.", 400, "invalid_utf8"});
  }
  // An escaped lone surrogate is valid JSON syntax but no character.
  ask.push_back({"escaped lone surrogate", QuestionBody("Who \\ud800 is it?"), 400, "invalid_json"});
  PostEach("/v1/ask", ask);
  PutEach(put_json, "application/json");
  PutEach(put_text, "text/plain; charset=utf-8");

  auto client = HostileClient();
  CheckError(client->Get("/v1/ask?q=Who%C0%AFmanages"), 400, "invalid_utf8");
  CheckStillAnswers();
}

TEST_CASE("hostile: NUL bytes") {
  PostEach("/v1/ask",
           {
               {"escaped NUL in the question", QuestionBody("Who manages\\u0000 vendors?"), 400,
                "invalid_question"},
               {"raw NUL inside the JSON string", QuestionBody(std::string("Who\0?", 5)), 400,
                "invalid_json"},
               {"raw NUL after the JSON", std::string("{\"question\": \"Who?\"}\0", 21), 400,
                "invalid_json"},
           });
  PutEach({{"NUL in the text", std::string("The CTO manages\0 vendors.", 25), 415,
            "binary_content"}},
          "text/plain");
  PutEach({{"escaped NUL in the text", R"({"text": "The CTO\u0000 manages vendors."})", 415,
            "binary_content"},
           {"escaped NUL in the title", R"({"text": "The CTO manages.", "title": "a\u0000b"})",
            400, "invalid_utf8"}},
          "application/json");
  auto client = HostileClient();
  CheckError(client->Get("/v1/ask?q=Who%00manages"), 400, "invalid_question");
  CheckStillAnswers();
}

TEST_CASE("hostile: a 1 MB single-line question and a 200,000-word question") {
  const std::string one_line(1 << 20, 'x');
  const std::string many_words = Repeat("vendor ", 200000);
  // 201 short words fit in the byte limit but not in the word limit.
  const std::string wordy = Repeat("who ", 201);
  PostEach("/v1/ask", {
                          {"1 MB single line", QuestionBody(one_line), 400, "question_too_long"},
                          {"200,000 words", QuestionBody(many_words), 400, "question_too_long"},
                          {"201 words in 804 bytes", QuestionBody(wordy), 400, "question_too_long"},
                      });
  auto client = HostileClient();
  // In the query string it is the URI that is too long.
  CheckError(client->Get("/v1/ask?q=" + Repeat("who+", 5000)), 414, "uri_too_long");
  CheckError(client->Get("/v1/ask?q=" + Repeat("who%20", 201)), 400, "question_too_long");
  // A 1 MB document on one line is fine: it is stored and answers come from it.
  auto put = client->Put("/v1/documents/hostile-long-line",
                         "The Harbor Officer inspects cargo manifests. " + Repeat("cargo ", 170000),
                         "text/plain");
  REQUIRE(put);
  CHECK(put->status == 201);
  CHECK(client->Delete("/v1/documents/hostile-long-line")->status == 200);
  CheckStillAnswers();
}

TEST_CASE("hostile: deeply nested JSON is refused before parsing") {
  const std::string open = Repeat("[", 100000);
  const std::string balanced = open + Repeat("]", 100000);
  const std::string objects = Repeat("{\"a\":", 100000) + "1" + Repeat("}", 100000);
  const std::string in_question = "{\"question\": \"Who?\", \"extra\": " + balanced + "}";
  const std::vector<BodyRow> rows = {
      {"100,000 unclosed brackets", open, 400, "invalid_json"},
      {"100,000 balanced brackets", balanced, 400, "invalid_json"},
      {"100,000 nested objects", objects, 400, "invalid_json"},
      {"deep value beside the question", in_question, 400, "invalid_json"},
      {"65 levels", Repeat("[", 65) + Repeat("]", 65), 400, "invalid_json"},
  };
  PostEach("/v1/ask", rows);
  std::vector<BodyRow> put_rows = rows;
  put_rows.back() = {"deep value beside the text",
                     "{\"text\": \"The CTO manages vendors.\", \"x\": " + balanced + "}", 400,
                     "invalid_json"};
  PutEach(put_rows, "application/json");
  // Brackets inside strings are text, not nesting.
  auto client = HostileClient();
  auto res = client->Post("/v1/ask", QuestionBody("Who manages vendors " + Repeat("[", 100) + "?"),
                          "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CheckStillAnswers();
}

TEST_CASE("hostile: wrong JSON types for every field of POST /v1/ask") {
  const std::vector<std::pair<const char*, const char*>> wrong = {
      {"number", "42"}, {"float", "2.5"},  {"true", "true"},          {"array", "[\"Who?\"]"},
      {"object", "{}"}, {"string", "\"x\""}, {"negative", "-1"},      {"huge", "1e400"},
  };
  std::vector<BodyRow> rows;
  for (const auto& [what, value] : wrong) {
    if (std::string(what) != "string") {
      rows.push_back({what, std::string("{\"question\": ") + value + "}", 400,
                      std::string(what) == "huge" ? "invalid_json" : "invalid_question"});
      rows.push_back({what, std::string("{\"question\": \"Who?\", \"lang\": ") + value + "}", 400,
                      std::string(what) == "huge" ? "invalid_json" : "invalid_lang"});
    }
    if (std::string(what) != "true") {
      rows.push_back({what, std::string("{\"question\": \"Who?\", \"explain\": ") + value + "}",
                      400, std::string(what) == "huge" ? "invalid_json" : "invalid_explain"});
    }
    rows.push_back({what, std::string("{\"question\": \"Who?\", \"top_k\": ") + value + "}", 400,
                    std::string(what) == "huge" ? "invalid_json" : "invalid_top_k"});
  }
  for (const char* body : {"\"Who?\"", "42", "null", "true", "[]"}) {
    rows.push_back({"body not an object", body, 400, "invalid_question"});
  }
  PostEach("/v1/ask", rows);
  CheckStillAnswers();
}

TEST_CASE("hostile: wrong JSON types for every field of PUT /v1/documents/{id}") {
  const std::vector<const char*> wrong = {"42", "2.5", "true", "[\"x\"]", "{}", "{\"a\": [1]}"};
  std::vector<BodyRow> rows;
  for (const char* value : wrong) {
    rows.push_back({"text", std::string("{\"text\": ") + value + "}", 400, "invalid_document"});
    for (const char* field : {"title", "lang", "source"}) {
      rows.push_back({field,
                      std::string("{\"text\": \"The CTO manages vendors.\", \"") + field +
                          "\": " + value + "}",
                      400, "invalid_document"});
    }
  }
  rows.push_back({"text null", R"({"text": null})", 400, "invalid_document"});
  for (const char* body : {"\"text\"", "42", "null", "[]"}) {
    rows.push_back({"body not an object", body, 400, "invalid_document"});
  }
  PutEach(rows, "application/json");
  CheckStillAnswers();
}

TEST_CASE("hostile: wrong content types") {
  const std::string ask = R"({"question": "Who manages vendors?"})";
  auto client = HostileClient();
  for (const char* type : {"text/plain", "application/xml", "application/x-www-form-urlencoded",
                           "multipart/form-data; boundary=xyz", "application/octet-stream",
                           "application/jsonp", "image/png"}) {
    CAPTURE(std::string(type));
    CheckError(client->Post("/v1/ask", ask, type), 415, "unsupported_media_type");
  }
  for (const char* type : {"application/xml", "text/plain; charset=latin1",
                           "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz",
                           "image/png"}) {
    CAPTURE(std::string(type));
    CheckError(client->Put("/v1/documents/hostile-doc", "The CTO manages vendors.", type), 415,
               "unsupported_media_type");
  }
  auto res = client->Get("/v1/documents/hostile-doc");
  REQUIRE(res);
  CHECK(res->status == 404);
  CheckStillAnswers();
}
