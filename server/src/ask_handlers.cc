// POST /v1/ask and GET /v1/ask.
#include <chrono>

#include "ask_request.h"
#include "handlers.h"
#include "http_util.h"
#include "json_codec.h"

namespace rolegraph::server {
namespace {

void Answer(const HandlerContext& ctx, const AskParse& parsed, httplib::Response& res) {
  if (const auto* error = std::get_if<ApiError>(&parsed)) return SendError(res, *error);
  const auto& request = std::get<query::AskRequest>(parsed);
  if (ctx.deps.engine == nullptr) {
    return SendError(res, {503, "unavailable", "the query engine is not loaded"});
  }
  const auto start = std::chrono::steady_clock::now();
  auto response = ctx.deps.engine->Ask(request);
  if (!response.ok()) return SendStatusError(res, response.status());
  if (response->took_ms <= 0) {
    response->took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  }
  SendJson(res, 200, EncodeAskResponse(*response, request.explain));
}

}  // namespace

void HandleAskPost(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  // A missing Content-Type is accepted (curl -d without -H); a wrong one is not.
  if (req.has_header("Content-Type") && !IsJsonContentType(req.get_header_value("Content-Type"))) {
    return SendError(res, {415, "unsupported_media_type", "Content-Type must be application/json"});
  }
  Answer(ctx, ParseAskJson(req.body), res);
}

void HandleAskGet(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  Answer(ctx, ParseAskParams(req.params), res);
}

}  // namespace rolegraph::server
