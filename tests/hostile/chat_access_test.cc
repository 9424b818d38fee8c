// Who may call the chat routes (server/src/auth.h), one row per setup:
// their own check (Slack signature, Mattermost token) stands in for a key
// only when it is configured; without it they are reads like any other.
#include "../../server/src/auth.h"

#include <doctest/doctest.h>

#include <string>

using rolegraph::server::Access;
using rolegraph::server::CheckAccess;
using rolegraph::server::ServerOptions;

TEST_CASE("chat access: key rules for the chat routes") {
  struct Row {
    const char* what;
    Access access;
    bool require_key_for_reads;
    std::string slack_secret;
    std::string mattermost_token;
    std::string authorization;
    int status;  // 0: allowed (the handler may still check a signature)
  };
  const Row rows[] = {
      {"slack, reads open", Access::kSlack, false, "", "", "", 0},
      {"slack, reads need keys, no secret, no key", Access::kSlack, true, "", "", "", 401},
      {"slack, reads need keys, no secret, key", Access::kSlack, true, "", "", "Bearer k1", 0},
      {"slack, reads need keys, secret set", Access::kSlack, true, "s3cret", "", "", 0},
      {"slack secret does not open mattermost", Access::kMattermost, true, "s3cret", "", "", 401},
      {"mattermost, reads need keys, no token, no key", Access::kMattermost, true, "", "", "",
       401},
      {"mattermost, reads need keys, token set", Access::kMattermost, true, "", "tok", "", 0},
      {"mattermost, wrong key", Access::kMattermost, true, "", "", "Bearer nope", 401},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    ServerOptions options;
    options.api_keys = {"k1"};
    options.require_key_for_reads = row.require_key_for_reads;
    options.slack_signing_secret = row.slack_secret;
    options.mattermost_token = row.mattermost_token;
    const auto denied = CheckAccess(options, row.access, row.authorization, "203.0.113.9");
    CHECK((denied ? denied->http_status : 0) == row.status);
  }
}
