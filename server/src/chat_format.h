// Compact renderings of an answer for chat tools and bots: Markdown
// (Mattermost, GET /v1/ask?format=markdown), plain text, and Slack's Block
// Kit message. Pure functions over query::AskResponse.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "rolegraph/query/engine.h"

namespace rolegraph::server {

// `base_url` ("http://host:8080") prefixes links to the document view
// (/docs/{id}#s{sentence}); empty: no links.
std::string FormatAnswerMarkdown(const query::AskResponse& response, std::string_view base_url);
std::string FormatAnswerText(const query::AskResponse& response);
// {"response_type": "in_channel", "text": fallback, "blocks": [...]}.
nlohmann::ordered_json FormatSlackMessage(const query::AskResponse& response,
                                          std::string_view base_url);

// application/x-www-form-urlencoded -> fields ('+' is a space, %XX decoded).
std::map<std::string, std::string> ParseFormBody(std::string_view body);

// Slack request signing: "v0=" + hex HMAC-SHA256(secret,
// "v0:{timestamp}:{body}").
std::string SlackSignature(std::string_view secret, std::string_view timestamp,
                           std::string_view body);
// True when `signature` matches and `timestamp` is within 5 minutes of `now`
// (seconds since the epoch).
bool VerifySlackRequest(std::string_view secret, std::string_view timestamp,
                        std::string_view signature, std::string_view body, long long now);

}  // namespace rolegraph::server
