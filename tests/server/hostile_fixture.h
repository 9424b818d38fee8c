// Shared by the hostile-input tests: a `rolegraph serve` of their own (the
// corpus, the default 5 MB body limit so huge questions reach the parser,
// loopback writes without keys) and the check that it still answers right.
#pragma once

#include <doctest/doctest.h>
#include <httplib.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "server/http_fixture.h"
#include "server/server_process.h"

namespace rolegraph::testing {

inline ServerProcess& HostileServer() {
  static ServerProcess server({"--corpus", CorpusDir(), "--threads", "4"});
  return server;
}

inline std::unique_ptr<httplib::Client> HostileClient() {
  REQUIRE_MESSAGE(HostileServer().ok(),
                  "rolegraph serve did not come up; stderr:\n" << HostileServer().err());
  return HostileServer().NewClient();
}

// After every hostile request the server must still be up and answer a
// normal question as before: the CTO manages vendors.
inline void CheckStillAnswers() {
  auto client = HostileClient();
  auto res = client->Post("/v1/ask",
                          R"({"question": "who manages vendors for product improvement?"})",
                          "application/json");
  REQUIRE_MESSAGE(res, "the server stopped answering; stderr:\n" << HostileServer().err());
  REQUIRE(res->status == 200);
  json r = ParseJson(res->body);
  REQUIRE_FALSE(r["answers"].empty());
  const json& role = r["answers"][0]["role"];
  bool cto = role["id"] == "cto";
  for (const auto& alias : role["aliases"]) cto = cto || alias == "CTO";
  CHECK_MESSAGE(cto, "first answer: " << role.dump());
}

// A JSON error envelope with this status and code.
inline void CheckError(const httplib::Result& res, int status, const std::string& code) {
  REQUIRE(res);
  CHECK(res->status == status);
  CHECK(res->get_header_value("Content-Type") == "application/json; charset=utf-8");
  json e = json::parse(res->body, nullptr, false);
  REQUIRE_MESSAGE((e.is_object() && e.contains("error")), res->body.substr(0, 300));
  CHECK(e["error"]["code"] == code);
  CHECK(e["error"]["message"].is_string());
}

}  // namespace rolegraph::testing
