// POST /v1/integrations/teams against the real server: a signed activity is
// answered with an Adaptive Card (role, confidence, cited sentence, link);
// tampered, unsigned and wrongly signed requests get 401.
#include <doctest/doctest.h>
#include <httplib.h>

#include <string>

#include "../../server/src/teams_webhook.h"
#include "server/http_fixture.h"

namespace rolegraph::testing {
namespace {

std::string Activity(const std::string& text) {
  return json{{"type", "message"},
              {"id", "1485983408511"},
              {"text", text},
              {"from", {{"id", "29:1"}, {"name", "Ayu"}}},
              {"channelData", {{"teamsTeamId", "19:abc"}}}}
      .dump();
}

httplib::Result PostTeams(httplib::Client& client, const std::string& body,
                          const std::string& authorization) {
  httplib::Headers headers;
  if (!authorization.empty()) headers.emplace("Authorization", authorization);
  return client.Post("/v1/integrations/teams", headers, body, "application/json");
}

}  // namespace

TEST_CASE("teams: a signed request is answered with a card") {
  auto client = Client();
  const std::string body =
      Activity("<at>RoleGraph</at> Who manages vendors for product improvement?");
  auto res = PostTeams(*client, body, server::TeamsAuthorization(kTeamsSecret, body));
  REQUIRE(res);
  REQUIRE_MESSAGE(res->status == 200, res->body);
  CheckJsonContentType(res);
  const json reply = ParseJson(res->body);
  CHECK(reply["type"] == "message");
  REQUIRE(reply["attachments"].size() == 1);
  const json& attachment = reply["attachments"][0];
  CHECK(attachment["contentType"] == "application/vnd.microsoft.card.adaptive");
  const json& card = attachment["content"];
  CHECK(card["type"] == "AdaptiveCard");
  const std::string card_text = card["body"].dump();
  CHECK(card_text.find("Chief Technology Officer") != std::string::npos);
  CHECK(card_text.find("Confidence") != std::string::npos);
  CHECK(card_text.find("vendor") != std::string::npos);  // the cited sentence
  REQUIRE(card["actions"].size() == 1);
  const std::string url = card["actions"][0]["url"];
  CHECK(url.find("/docs/cto-vs-cio#s") != std::string::npos);
  CHECK(reply["text"].get<std::string>().find("Chief Technology Officer") == 0);
}

TEST_CASE("teams: unsigned, tampered and wrongly signed requests get 401") {
  auto client = Client();
  const std::string body = Activity("<at>RoleGraph</at> who approves the budget?");
  const std::string signature = server::TeamsAuthorization(kTeamsSecret, body);
  std::string tampered = body;
  tampered.replace(tampered.find("budget"), 6, "salary");
  struct Row {
    const char* what;
    std::string body, authorization;
  };
  const Row rows[] = {
      {"tampered body", tampered, signature},
      {"no Authorization", body, ""},
      {"a Bearer key", body, "Bearer " + signature.substr(5)},
      {"signed with another token", body, server::TeamsAuthorization("b3RoZXItdG9rZW4=", body)},
      {"garbage", body, "HMAC %%%"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    auto res = PostTeams(*client, row.body, row.authorization);
    REQUIRE(res);
    CHECK(res->status == 401);
    CHECK(ParseJson(res->body)["error"]["code"] == "unauthorized");
  }
}

TEST_CASE("teams: signed but unusable messages") {
  auto client = Client();
  struct Row {
    const char* what;
    std::string body;
    int status;
    std::string expect;  // in the body
  };
  const Row rows[] = {
      {"only the mention", Activity("<at>RoleGraph</at>"), 200, "Mention me"},
      {"no text", R"({"type":"message"})", 200, "Mention me"},
      {"not JSON", "{", 400, "invalid_json"},
      {"a JSON array", "[1]", 400, "invalid_json"},
      {"deep nesting", std::string(200, '[') + std::string(200, ']'), 400, "invalid_json"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    auto res = PostTeams(*client, row.body, server::TeamsAuthorization(kTeamsSecret, row.body));
    REQUIRE(res);
    CHECK(res->status == row.status);
    CHECK(res->body.find(row.expect) != std::string::npos);
  }
}

}  // namespace rolegraph::testing
