// Shared by the write tests: a `rolegraph serve` with its own database (the
// corpus, so new documents compete with real ones) and API keys, plus small
// HTTP helpers. Separate from http_fixture.h's server, whose database the
// read-only tests expect unchanged.
#pragma once

#include <doctest/doctest.h>
#include <httplib.h>
#include <stdlib.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "server/http_fixture.h"
#include "server/server_process.h"

namespace rolegraph::testing {

inline constexpr const char* kFileKey = "file-key-7c1e0b";
inline constexpr const char* kEnvKey = "env-key-93fd2a";
inline constexpr int kWriteMaxBody = 200000;

// Keys from a file (with a comment and a blank line) and from the environment.
class KeyedServer {
 public:
  KeyedServer() : server_(Args(keys_dir_)) { unsetenv("ROLEGRAPH_API_KEYS"); }
  ServerProcess& server() { return server_; }

 private:
  // Writes the key file and sets the environment the child inherits.
  static std::vector<std::string> Args(const TempDir& dir) {
    {
      std::ofstream keys(dir / "keys");
      keys << "# write keys for the tests\n\n  " << kFileKey << "  \n";
    }
    setenv("ROLEGRAPH_API_KEYS", (std::string(" other-key, ") + kEnvKey).c_str(), 1);
    return {"--corpus",       CorpusDir(),
            "--threads",      "8",
            "--max-body",     std::to_string(kWriteMaxBody),
            "--api-key-file", dir / "keys"};
  }

  TempDir keys_dir_;  // before server_: its constructor uses it
  ServerProcess server_;
};

inline ServerProcess& WriteServer() {
  static KeyedServer keyed;
  return keyed.server();
}

inline std::unique_ptr<httplib::Client> WriteClient() {
  REQUIRE_MESSAGE(WriteServer().ok(), "rolegraph serve did not come up; stderr:\n"
                                          << WriteServer().err());
  auto client = WriteServer().NewClient();
  client->set_bearer_token_auth(kFileKey);
  return client;
}

inline httplib::Result PutText(httplib::Client& client, const std::string& id,
                               const std::string& text) {
  return client.Put("/v1/documents/" + id, text, "text/plain; charset=utf-8");
}

inline json PutOk(httplib::Client& client, const std::string& id, const std::string& text) {
  auto res = PutText(client, id, text);
  REQUIRE(res);
  REQUIRE_MESSAGE((res->status == 200 || res->status == 201), res->status << " " << res->body);
  return ParseJson(res->body);
}

inline json GetJson(httplib::Client& client, const std::string& path) {
  auto res = client.Get(path);
  REQUIRE(res);
  REQUIRE_MESSAGE(res->status == 200, path << ": " << res->status << " " << res->body);
  return ParseJson(res->body);
}

inline json AskQuestion(httplib::Client& client, const std::string& question) {
  auto res =
      client.Post("/v1/ask", json{{"question", question}, {"top_k", 3}}.dump(), "application/json");
  REQUIRE(res);
  REQUIRE_MESSAGE(res->status == 200, res->status << " " << res->body);
  return ParseJson(res->body);
}

}  // namespace rolegraph::testing
