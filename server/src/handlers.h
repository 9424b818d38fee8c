// The HTTP handlers, one small function per endpoint: parse the request,
// call the domain, serialise. Routing, error envelopes for httplib's own
// errors and exception safety live in http_server.cc.
#pragma once

#include <httplib.h>

#include <atomic>
#include <mutex>
#include <string>

#include "disk_guard.h"
#include "metrics.h"
#include "rolegraph/server/http_server.h"

namespace rolegraph::server {

struct HandlerContext {
  // Set once, before `ready` turns true; the router calls the API handlers
  // only when ready, so they may use deps without a lock.
  HttpServer::Deps deps;
  ServerOptions options;
  Metrics* metrics = nullptr;
  DiskGuard* disk = nullptr;  // null: writes are not checked for space
  std::atomic<bool> ready{false};
  std::atomic<bool> stopping{false};
  mutable std::mutex loading_mu;
  std::string loading;  // what start-up is doing; guarded by loading_mu
  // Distinct roles, kept up to date by writes so a scrape need not count.
  mutable std::atomic<uint64_t> roles{0};
  // Serialises this server's writes, so a write's response reports the
  // version it wrote (the database serialises its own batches too).
  mutable std::mutex write_mu;
  // Storage damage seen while serving (a read met Corruption): /readyz
  // answers 503 "degraded" with the reason from then on.
  mutable std::atomic<uint64_t> corruption_errors{0};
  mutable std::atomic<uint64_t> wal_damaged_at_open{0};
  mutable std::mutex degraded_mu;
  mutable std::string degraded;  // empty: not degraded; guarded by degraded_mu
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

// ops_handlers.cc: health probes, metrics, backups
void HandleHealthz(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleReadyz(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleMetrics(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
void HandleBackup(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);
// Recounts ctx.roles after a write.
void RefreshRoleCount(const HandlerContext& ctx);
// The error for a failed write: 507 when the disk is full (and writes stay
// refused until the database resumes), else the status's mapping.
void SendWriteError(const HandlerContext& ctx, httplib::Response& res, const Status& status);

// document_handlers.cc
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
// The org chart page (graph.html); its chart is GET /v1/graph?format=svg.
void HandleGraphPage(const HandlerContext& ctx, const httplib::Request& req,
                     httplib::Response& res);
// The documents page: list, upload (drag and drop), delete.
void HandleDocumentsPage(const HandlerContext& ctx, const httplib::Request& req,
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

// teams_handlers.cc: Microsoft Teams outgoing webhook
void HandleTeams(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);

// mcp_handlers.cc: the Model Context Protocol endpoint for AI assistants
void HandleMcp(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res);

}  // namespace rolegraph::server
