// server/src/teams_webhook.h, table-driven: base64, Teams' HMAC signature
// (vectors computed independently with Python's hmac module), and the
// question left once the @mention and HTML are removed.
#include "../../server/src/teams_webhook.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>

using rolegraph::server::DecodeBase64;
using rolegraph::server::EncodeBase64;
using rolegraph::server::TeamsAuthorization;
using rolegraph::server::TeamsQuestion;
using rolegraph::server::VerifyTeamsRequest;

namespace {

constexpr const char* kSecret = "c2VjcmV0LXRlYW1zLXRva2VuLWZvci10ZXN0cy0wMDE=";
constexpr const char* kBody = R"({"type":"message","text":"<at>RoleGraph</at> who?"})";
// python3: base64.b64encode(hmac.new(b64decode(kSecret), kBody, sha256).digest())
constexpr const char* kBodySignature = "HMAC 56Y32IWzqijLYpV1JyWLzogEWY9hd+NLHSfpN8eWBy4=";
constexpr const char* kEmptySignature = "HMAC VSD6OKPLolxSz39FAnnceMVPUcbSjnkXY2FJ5VDWH78=";

}  // namespace

TEST_CASE("teams: base64") {
  struct Row {
    const char* text;
    std::optional<std::string> bytes;
  };
  const Row rows[] = {
      {"", std::nullopt},       {"Zg==", "f"},           {"Zm8=", "fo"},
      {"Zm9v", "foo"},          {"Zm9vYmFy", "foobar"},  {"Zm9vYg==", "foob"},
      {"Zm9", std::nullopt},    {"Zm9v!", std::nullopt}, {"Z=9v", std::nullopt},
      {"Zm9v\n", std::nullopt}, {"====", std::nullopt},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(DecodeBase64(row.text) == row.bytes);
    if (row.bytes) CHECK(EncodeBase64(*row.bytes) == row.text);
  }
}

TEST_CASE("teams: HMAC signatures") {
  CHECK(TeamsAuthorization(kSecret, kBody) == kBodySignature);
  CHECK(TeamsAuthorization(kSecret, "") == kEmptySignature);
  struct Row {
    const char* what;
    std::string secret, authorization, body;
    bool valid;
  };
  const std::string body = kBody;
  std::string tampered = body;
  tampered[tampered.size() - 4] = '!';
  const Row rows[] = {
      {"signed", kSecret, kBodySignature, body, true},
      {"scheme in lower case", kSecret, std::string("hmac ") + (kBodySignature + 5), body, true},
      {"tampered body", kSecret, kBodySignature, tampered, false},
      {"other body's signature", kSecret, kEmptySignature, body, false},
      {"missing header", kSecret, "", body, false},
      {"Bearer scheme", kSecret, std::string("Bearer ") + (kBodySignature + 5), body, false},
      {"signature not base64", kSecret, "HMAC not*base64", body, false},
      {"signature truncated", kSecret, std::string(kBodySignature).substr(0, 30), body, false},
      {"other secret", "b3RoZXItc2VjcmV0", kBodySignature, body, false},
      {"secret not base64", "not base64!", kBodySignature, body, false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    CHECK(VerifyTeamsRequest(row.secret, row.authorization, row.body) == row.valid);
  }
}

TEST_CASE("teams: the question in a message") {
  struct Row {
    const char* text;
    const char* question;
  };
  const Row rows[] = {
      {"<at>RoleGraph</at> who approves the budget?", "who approves the budget?"},
      {"<AT>Role Graph</AT>&nbsp;siapa yang mengawasi desain?\n", "siapa yang mengawasi desain?"},
      {"<p><at>RoleGraph</at> who handles <b>tax</b> compliance?</p>",
       "who handles tax compliance?"},
      {"who does R&amp;D report to? <at>RoleGraph</at>", "who does R&D report to?"},
      {"<at>RoleGraph</at>", ""},
      {"   ", ""},
      {"<at>unclosed mention", "unclosed mention"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(TeamsQuestion(row.text) == row.question);
  }
}
