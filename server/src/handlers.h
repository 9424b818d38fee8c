// The HTTP handlers, one small function per endpoint: parse the request,
// call the domain, serialise. Routing, error envelopes for httplib's own
// errors and exception safety live in http_server.cc.
#pragma once

#include <httplib.h>

#include <mutex>

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

}  // namespace rolegraph::server
