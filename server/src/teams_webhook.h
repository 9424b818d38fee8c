// Microsoft Teams outgoing webhooks: Teams posts the channel message that
// @mentions the webhook as a Bot Framework activity (JSON) and signs it with
// "Authorization: HMAC <base64 HMAC-SHA256 of the body>", keyed by the
// base64 security token Teams showed when the webhook was created. We answer
// with a message holding an Adaptive Card. Pure functions; the handler is in
// teams_handlers.cc.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "rolegraph/query/engine.h"

namespace rolegraph::server {

// RFC 4648 base64 with padding; nullopt for anything else (wrong alphabet,
// length or padding).
std::optional<std::string> DecodeBase64(std::string_view text);
std::string EncodeBase64(std::string_view bytes);

// "HMAC " + base64(HMAC-SHA256(base64-decoded secret, body)); empty when the
// secret is not base64. What Teams sends, and what the tests sign with.
std::string TeamsAuthorization(std::string_view secret_base64, std::string_view body);

// True when `authorization` is "HMAC <signature>" (scheme case-insensitive)
// and the signature is the body's; digests are compared in constant time.
bool VerifyTeamsRequest(std::string_view secret_base64, std::string_view authorization,
                        std::string_view body);

// The question in an activity's `text`: the <at>mention</at> of the webhook
// removed, other HTML tags dropped, the common entities decoded, blanks
// collapsed.
std::string TeamsQuestion(std::string_view activity_text);

// {"type": "message", "text": fallback, "attachments": [Adaptive Card]}:
// the top role, its confidence, the cited sentence, a link to the document
// (base_url non-empty) and the other candidates; a plain message when the
// engine abstained.
nlohmann::ordered_json FormatTeamsMessage(const query::AskResponse& response,
                                          std::string_view base_url);
// A plain text message ({"type": "message", "text": ...}).
nlohmann::ordered_json TeamsTextMessage(std::string_view text);

}  // namespace rolegraph::server
