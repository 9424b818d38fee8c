// Shared by the HTTP end-to-end tests: one real `rolegraph serve` over the
// repository's corpus for the whole test binary, and JSON helpers.
#pragma once

#include <doctest/doctest.h>
#include <httplib.h>

#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "server/server_process.h"

namespace rolegraph::testing {

using nlohmann::json;

inline constexpr int kMaxBody = 65536;
// The shared server allows browser calls from this origin and checks Slack
// signatures with this secret (http_web_test.cc, integrations_test.cc).
inline constexpr const char* kAllowedOrigin = "http://allowed.example:8000";
inline constexpr const char* kSlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
// Teams outgoing-webhook token (base64), http_teams_test.cc.
inline constexpr const char* kTeamsSecret = "c2VjcmV0LXRlYW1zLXRva2VuLWZvci10ZXN0cy0wMDE=";

// Started on first use; ingesting the corpus is the slow part. An inline
// function, so every test file shares the one server.
inline ServerProcess& Server() {
  static ServerProcess server({"--corpus", CorpusDir(), "--threads", "4", "--max-body",
                               std::to_string(kMaxBody), "--cors-origin", kAllowedOrigin,
                               "--cors-origin", "http://second.example", "--slack-signing-secret",
                               kSlackSecret, "--teams-secret", kTeamsSecret});
  return server;
}

inline std::unique_ptr<httplib::Client> Client() {
  REQUIRE_MESSAGE(Server().ok(), "rolegraph serve did not come up; stderr:\n" << Server().err());
  return Server().NewClient();
}

inline json ParseJson(const std::string& body) {
  json doc = json::parse(body, nullptr, false);
  REQUIRE_MESSAGE(!doc.is_discarded(), "not JSON: " << body.substr(0, 300));
  return doc;
}

inline void CheckJsonContentType(const httplib::Result& res) {
  REQUIRE(res);
  CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
}

// Fetches /v1/documents/{id} once per id and checks that `citation` (with
// doc_id, start, end, text) is exactly the document's bytes [start, end).
class CitationChecker {
 public:
  explicit CitationChecker(httplib::Client& client) : client_(client) {}
  void Check(const json& citation) {
    const std::string id = citation["doc_id"];
    if (!texts_.count(id)) {
      auto res = client_.Get("/v1/documents/" + id);
      REQUIRE(res);
      REQUIRE(res->status == 200);
      texts_[id] = ParseJson(res->body)["text"].get<std::string>();
    }
    const std::string& text = texts_[id];
    const auto start = citation["start"].get<size_t>(), end = citation["end"].get<size_t>();
    REQUIRE(start <= end);
    REQUIRE(end <= text.size());
    CHECK_MESSAGE(text.substr(start, end - start) == citation["text"].get<std::string>(),
                  "doc " << id << " [" << start << "," << end << ")");
    ++checked_;
  }
  int checked() const { return checked_; }

 private:
  httplib::Client& client_;
  std::map<std::string, std::string> texts_;
  int checked_ = 0;
};

}  // namespace rolegraph::testing
