// POST /v1/ask and GET /v1/ask (JSON, or format=markdown|text for bots).
#include <chrono>

#include "ask_request.h"
#include "chat_format.h"
#include "handlers.h"
#include "http_util.h"
#include "json_codec.h"

namespace rolegraph::server {
namespace {

void Answer(const HandlerContext& ctx, const AskParse& parsed, httplib::Response& res) {
  if (const auto* error = std::get_if<ApiError>(&parsed)) return SendError(res, *error);
  const auto& request = std::get<query::AskRequest>(parsed);
  auto response = RunAsk(ctx, request);
  if (!response.ok()) return SendStatusError(res, response.status());
  if (request.explain) return SendJson(res, 200, EncodeAskResponse(*response, true));
  // The same bytes, written without building a JSON tree (issue 18).
  res.status = 200;
  res.set_content(WriteAskResponse(*response), kJsonContentType);
}

}  // namespace

Result<query::AskResponse> RunAsk(const HandlerContext& ctx, const query::AskRequest& request) {
  if (ctx.deps.engine == nullptr) return Status::Unavailable("the query engine is not loaded");
  const auto start = std::chrono::steady_clock::now();
  auto response = ctx.deps.engine->Ask(request);
  if (response.ok() && response->took_ms <= 0) {
    response->took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  }
  return response;
}

std::string PublicBaseUrl(const HandlerContext& ctx, const httplib::Request& req) {
  if (!ctx.options.public_url.empty()) return ctx.options.public_url;
  const std::string host = req.get_header_value("Host");
  return host.empty() ? "" : "http://" + host;
}

void HandleAskPost(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  // A missing Content-Type is accepted (curl -d without -H); a wrong one is
  // not.
  if (req.has_header("Content-Type") && !IsJsonContentType(req.get_header_value("Content-Type"))) {
    return SendError(res, {415, "unsupported_media_type", "Content-Type must be application/json"});
  }
  Answer(ctx, ParseAskJson(req.body), res);
}

void HandleAskGet(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const std::string format = req.has_param("format") ? req.get_param_value("format") : "json";
  if (format != "json" && format != "markdown" && format != "text") {
    return SendError(res, {400, "invalid_format", "format must be json, markdown or text"});
  }
  AskParse parsed = ParseAskParams(req.params);
  if (format == "json") return Answer(ctx, parsed, res);
  if (const auto* error = std::get_if<ApiError>(&parsed)) return SendError(res, *error);
  auto response = RunAsk(ctx, std::get<query::AskRequest>(parsed));
  if (!response.ok()) return SendStatusError(res, response.status());
  res.status = 200;
  if (format == "markdown") {
    res.set_content(FormatAnswerMarkdown(*response, PublicBaseUrl(ctx, req)),
                    "text/markdown; charset=utf-8");
  } else {
    res.set_content(FormatAnswerText(*response), "text/plain; charset=utf-8");
  }
}

}  // namespace rolegraph::server
