// Chat slash commands: POST /v1/integrations/slack and
// /v1/integrations/mattermost. Both take the platform's form post (field
// `text` is the question) and answer in the platform's message JSON.
#include <chrono>

#include "ask_request.h"
#include "auth.h"
#include "chat_format.h"
#include "handlers.h"
#include "http_util.h"

namespace rolegraph::server {
namespace {

bool IsFormContentType(const httplib::Request& req) {
  const std::string type = req.get_header_value("Content-Type");
  return type.rfind("application/x-www-form-urlencoded", 0) == 0;
}

// The question from the form, or a usage message the user sees in chat (chat
// platforms show only 200 responses to the user).
std::optional<std::string> Question(const std::map<std::string, std::string>& form) {
  auto it = form.find("text");
  if (it == form.end() || CheckQuestion(it->second)) return std::nullopt;
  return it->second;
}

constexpr const char* kUsage = "Ask a question about roles, e.g. `/roles who approves the budget?`";

}  // namespace

void HandleSlack(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  if (!ctx.options.slack_signing_secret.empty()) {
    const long long now = std::chrono::duration_cast<std::chrono::seconds>(
                              std::chrono::system_clock::now().time_since_epoch())
                              .count();
    if (!VerifySlackRequest(ctx.options.slack_signing_secret,
                            req.get_header_value("X-Slack-Request-Timestamp"),
                            req.get_header_value("X-Slack-Signature"), req.body, now)) {
      return SendError(res, {401, "unauthorized",
                             "bad or missing X-Slack-Signature, or a timestamp older than 5 "
                             "minutes"});
    }
  }
  if (!IsFormContentType(req)) {
    return SendError(res, {415, "unsupported_media_type",
                           "Content-Type must be application/x-www-form-urlencoded"});
  }
  const auto form = ParseFormBody(req.body);
  const auto question = Question(form);
  if (!question) {
    return SendJson(res, 200, {{"response_type", "ephemeral"}, {"text", kUsage}});
  }
  query::AskRequest request;
  request.question = *question;
  auto response = RunAsk(ctx, request);
  if (!response.ok()) return SendStatusError(res, response.status());
  SendJson(res, 200, FormatSlackMessage(*response, PublicBaseUrl(ctx, req)));
}

void HandleMattermost(const HandlerContext& ctx, const httplib::Request& req,
                      httplib::Response& res) {
  if (!IsFormContentType(req)) {
    return SendError(res, {415, "unsupported_media_type",
                           "Content-Type must be application/x-www-form-urlencoded"});
  }
  const auto form = ParseFormBody(req.body);
  if (!ctx.options.mattermost_token.empty()) {
    auto token = form.find("token");
    if (token == form.end() || !MatchesAnyKey(token->second, {ctx.options.mattermost_token})) {
      return SendError(res, {401, "unauthorized", "bad or missing Mattermost token"});
    }
  }
  const auto question = Question(form);
  if (!question) return SendJson(res, 200, {{"response_type", "ephemeral"}, {"text", kUsage}});
  query::AskRequest request;
  request.question = *question;
  auto response = RunAsk(ctx, request);
  if (!response.ok()) return SendStatusError(res, response.status());
  SendJson(res, 200,
           {{"response_type", "in_channel"},
            {"username", "RoleGraph"},
            {"text", FormatAnswerMarkdown(*response, PublicBaseUrl(ctx, req))}});
}

}  // namespace rolegraph::server
