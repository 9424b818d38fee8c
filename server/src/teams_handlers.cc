// POST /v1/integrations/teams: a Microsoft Teams outgoing webhook. Teams
// cannot send our Bearer keys; every request is signed with the webhook's
// security token instead (ServerOptions::teams_secret), and an unsigned or
// tampered request is refused before its body is parsed.
#include "ask_request.h"
#include "handlers.h"
#include "http_util.h"
#include "request_limits.h"
#include "rolegraph/ingest/analyzer.h"
#include "teams_webhook.h"

namespace rolegraph::server {
namespace {

constexpr const char* kUsage =
    "Mention me with a question about roles, e.g. "
    "\"@RoleGraph who approves the budget?\"";

}  // namespace

void HandleTeams(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  // Without a secret nothing could be verified: the endpoint is off.
  if (ctx.options.teams_secret.empty()) {
    return SendError(res, {404, "not_found",
                           "the Teams webhook is not configured (--teams-secret or "
                           "$ROLEGRAPH_TEAMS_SECRET)"});
  }
  if (!VerifyTeamsRequest(ctx.options.teams_secret, req.get_header_value("Authorization"),
                          req.body)) {
    return SendError(
        res, {401, "unauthorized", "bad or missing 'Authorization: HMAC <signature>' header"});
  }
  if (req.has_header("Content-Type") && !IsJsonContentType(req.get_header_value("Content-Type"))) {
    return SendError(res, {415, "unsupported_media_type", "Content-Type must be application/json"});
  }
  if (!ingest::IsValidUtf8(req.body)) {
    return SendError(res, {400, "invalid_utf8", "request body is not valid UTF-8"});
  }
  if (auto e = CheckJsonBody(req.body)) return SendError(res, *e);
  const auto activity = nlohmann::json::parse(req.body, nullptr, /*allow_exceptions=*/false);
  if (activity.is_discarded() || !activity.is_object()) {
    return SendError(res, {400, "invalid_json", "request body must be a JSON activity object"});
  }
  auto text = activity.find("text");
  if (text == activity.end() || !text->is_string()) {
    return SendJson(res, 200, TeamsTextMessage(kUsage));
  }
  query::AskRequest request;
  request.question = TeamsQuestion(text->get<std::string>());
  // Teams shows only a 200 answer to the user; a bad question gets the usage.
  if (CheckQuestion(request.question)) return SendJson(res, 200, TeamsTextMessage(kUsage));
  auto response = RunAsk(ctx, request);
  if (!response.ok()) return SendStatusError(res, response.status());
  SendJson(res, 200, FormatTeamsMessage(*response, PublicBaseUrl(ctx, req)));
}

}  // namespace rolegraph::server
