// The HTTP handlers, one small function per endpoint: parse the request,
// call the domain, serialise. Routing, error envelopes for httplib's own
// errors and exception safety live in http_server.cc.
#pragma once

#include <httplib.h>

#include "rolegraph/server/http_server.h"

namespace rolegraph::server {

struct HandlerContext {
  HttpServer::Deps deps;
  ServerOptions options;
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

}  // namespace rolegraph::server
