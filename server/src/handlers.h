// The HTTP handlers, one small function per endpoint: parse the request,
// call the domain, serialise. Routing, error envelopes for httplib's own
// errors and exception safety live in http_server.cc.
#pragma once

#include <httplib.h>

#include <mutex>
#include <string>

#include "rolegraph/server/http_server.h"

namespace rolegraph::server {

struct HandlerContext {
  HttpServer::Deps deps;
  ServerOptions options;
  // Serialises this server's writes, so a write's response reports the
  // version it wrote (the database serialises its own batches too).
  mutable std::mutex write_mu;
};

// ask_handlers.cc
// Runs the engine (Unavailable without one) and fills took_ms.
Result<query::AskResponse> RunAsk(const HandlerContext& ctx, const query::AskRequest& request);
// options.public_url, else "http://" + the request's Host; for links in chat
// answers.
std::string PublicBaseUrl(const HandlerContext& ctx, const httplib::Request& req);
void HandleAskPost(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleAskGet(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);

// graph_handlers.cc
void HandleRoles(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleRole(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleFacts(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleGraph(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);

// document_handlers.cc (also the health probes)
void HandleHealthz(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleReadyz(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleDocuments(const HandlerContext& ctx, const httplib::Request& req,
                     httplib::Response& res);
void HandleDocument(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);

// document_write_handlers.cc
void HandleDocumentPut(const HandlerContext& ctx, const httplib::Request& req,
                       httplib::Response& res);
void HandleDocumentDelete(const HandlerContext& ctx, const httplib::Request& req,
                          httplib::Response& res);

// web_handlers.cc: the web page, widget, openapi.json, sentence offsets
void HandleIndexPage(const HandlerContext& ctx, const httplib::Request& req,
                     httplib::Response& res);
void HandleDocumentPage(const HandlerContext& ctx, const httplib::Request& req,
                        httplib::Response& res);
void HandleRolesPage(const HandlerContext& ctx, const httplib::Request& req,
                     httplib::Response& res);
void HandleAsset(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleWidget(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleOpenApi(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleDocumentSentences(const HandlerContext& ctx, const httplib::Request& req,
                             httplib::Response& res);

// integration_handlers.cc: chat slash commands
void HandleSlack(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleMattermost(const HandlerContext& ctx, const httplib::Request& req,
                      httplib::Response& res);

}  // namespace rolegraph::server
