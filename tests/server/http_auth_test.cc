// End-to-end tests of write keys: PUT/DELETE need "Authorization: Bearer
// <key>" when keys are configured (a key file and $ROLEGRAPH_API_KEYS), a
// refused write changes nothing, reads stay open unless
// --require-key-for-reads, and with no keys loopback callers may write.
// (A non-loopback caller cannot be made from a test on one host; the rule is
// in auth.cc's IsLoopbackAddress and documented in docs/api.md.)
#include <doctest/doctest.h>
#include <httplib.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "server/write_fixture.h"

using namespace rolegraph::testing;

namespace {

const std::string kDoc =
    "Records Officer\n\nThe records officer keeps the archive of signed contracts.\n";

json ErrorOf(const httplib::Result& res) {
  REQUIRE(res);
  return ParseJson(res->body)["error"];
}

}  // namespace

TEST_CASE("auth: writes without the right key get 401 and change nothing") {
  auto anonymous = WriteServer().NewClient();
  REQUIRE(WriteServer().ok());
  const std::string before = GetJson(*anonymous, "/v1/documents").dump();

  auto missing = PutText(*anonymous, "records", kDoc);
  REQUIRE(missing);
  CHECK(missing->status == 401);
  CHECK(missing->get_header_value("WWW-Authenticate") == "Bearer");
  CHECK(ErrorOf(missing)["code"] == "unauthorized");

  auto wrong = WriteServer().NewClient();
  wrong->set_bearer_token_auth("not-a-key");
  auto wrong_put = PutText(*wrong, "records", kDoc);
  REQUIRE(wrong_put);
  CHECK(wrong_put->status == 401);
  CHECK(ErrorOf(wrong_put)["code"] == "unauthorized");

  // A prefix or an extension of a real key is not the key.
  for (const std::string& near : {std::string(kFileKey).substr(0, 5), std::string(kFileKey) + "x",
                                  std::string("Basic ") + kFileKey}) {
    CAPTURE(near);
    httplib::Headers headers = {
        {"Authorization", near.rfind("Basic", 0) == 0 ? near : "Bearer " + near}};
    auto res = anonymous->Put("/v1/documents/records", headers, kDoc, "text/plain");
    REQUIRE(res);
    CHECK(res->status == 401);
  }
  CHECK(GetJson(*anonymous, "/v1/documents").dump() == before);

  // Reads stay open without a key.
  auto ask = anonymous->Get("/v1/ask?q=Who+runs+IT+operations%3F");
  REQUIRE(ask);
  CHECK(ask->status == 200);

  // The right key (file or environment) works; DELETE needs one too.
  auto writer = WriteClient();
  json put = PutOk(*writer, "records", kDoc);
  CHECK(put["outcome"] == "added");
  auto anonymous_delete = anonymous->Delete("/v1/documents/records");
  REQUIRE(anonymous_delete);
  CHECK(anonymous_delete->status == 401);
  CHECK(anonymous->Get("/v1/documents/records")->status == 200);

  auto env_writer = WriteServer().NewClient();
  env_writer->set_bearer_token_auth(kEnvKey);
  auto env_delete = env_writer->Delete("/v1/documents/records");
  REQUIRE(env_delete);
  CHECK(env_delete->status == 200);
  CHECK(GetJson(*anonymous, "/v1/documents").dump() == before);

  // The scheme name is case-insensitive.
  httplib::Headers lower = {{"Authorization", std::string("bearer ") + kEnvKey}};
  auto res = anonymous->Put("/v1/documents/records", lower, kDoc, "text/plain");
  REQUIRE(res);
  CHECK(res->status == 201);
  CHECK(env_writer->Delete("/v1/documents/records")->status == 200);
  CHECK(WriteServer().out().find("api keys: 3") != std::string::npos);
}

TEST_CASE("auth: --require-key-for-reads closes reads but not the health probes") {
  TempDir dir;
  {
    std::ofstream keys(dir / "keys");
    keys << "read-and-write-key\n";
  }
  ServerProcess server({"--api-key-file", dir / "keys", "--require-key-for-reads"});
  REQUIRE_MESSAGE(server.ok(), server.err());
  auto anonymous = server.NewClient();
  CHECK(anonymous->Get("/healthz")->status == 200);
  CHECK(anonymous->Get("/readyz")->status == 200);
  for (const char* path : {"/v1/documents", "/v1/roles", "/v1/facts", "/v1/graph",
                           "/v1/ask?q=Who+runs+IT%3F", "/v1/documents/x", "/v1/roles/cto"}) {
    CAPTURE(path);
    auto res = anonymous->Get(path);
    REQUIRE(res);
    CHECK(res->status == 401);
    CHECK(ErrorOf(res)["code"] == "unauthorized");
  }
  auto post = anonymous->Post("/v1/ask", R"({"question": "Who runs IT?"})", "application/json");
  REQUIRE(post);
  CHECK(post->status == 401);

  auto keyed = server.NewClient();
  keyed->set_bearer_token_auth("read-and-write-key");
  CHECK(keyed->Get("/v1/documents")->status == 200);
  CHECK(keyed->Get("/v1/ask?q=Who+runs+IT%3F")->status == 200);
  CHECK(PutText(*keyed, "records", kDoc)->status == 201);
  CHECK(keyed->Get("/v1/documents/records")->status == 200);
}

TEST_CASE("auth: with no keys, loopback callers may write and the server says so") {
  ServerProcess server({});
  REQUIRE_MESSAGE(server.ok(), server.err());
  CHECK(server.err().find("no API keys configured") != std::string::npos);
  auto client = server.NewClient();
  auto res = PutText(*client, "records", kDoc);
  REQUIRE(res);
  CHECK_MESSAGE(res->status == 201, res->body);
  CHECK(client->Delete("/v1/documents/records")->status == 200);
}

TEST_CASE("auth: bad key configuration is refused at start-up") {
  TempDir dir;
  {
    std::ofstream keys(dir / "empty");
    keys << "# no keys here\n\n";
  }
  RunResult empty =
      RunRolegraph({"serve", "--db", dir / "db", "--port", "0", "--api-key-file", dir / "empty"},
                   std::chrono::seconds(60));
  CHECK(empty.exit_code == 1);
  CHECK(empty.err.find("has no keys") != std::string::npos);
  RunResult missing = RunRolegraph(
      {"serve", "--db", dir / "db", "--port", "0", "--api-key-file", dir / "no-such-file"},
      std::chrono::seconds(60));
  CHECK(missing.exit_code == 1);
  RunResult reads_without_keys =
      RunRolegraph({"serve", "--db", dir / "db", "--port", "0", "--require-key-for-reads"},
                   std::chrono::seconds(60));
  CHECK(reads_without_keys.exit_code == 2);
}
