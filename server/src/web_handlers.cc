// The web page, the widget and /openapi.json: files read from
// ServerOptions::web_dir on each request (small; edits show on reload), and
// GET /v1/documents/{id}/sentences for the document view.
#include <fstream>
#include <sstream>

#include "handlers.h"
#include "http_util.h"

namespace rolegraph::server {
namespace {

std::string ContentTypeFor(const std::string& name) {
  auto ends = [&](std::string_view ext) {
    return name.size() >= ext.size() &&
           name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".json")) return kJsonContentType;
  if (ends(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

// `name` comes from our route table or a [A-Za-z0-9_-]+\.(js|css) match,
// never a path with '/' or "..".
void SendWebFile(const HandlerContext& ctx, const std::string& name, httplib::Response& res) {
  if (ctx.options.web_dir.empty()) {
    return SendError(res, {404, "not_found", "the web page is not configured (--web-dir)"});
  }
  std::ifstream in(ctx.options.web_dir + "/" + name, std::ios::binary);
  if (!in) return SendError(res, {404, "not_found", "no file " + name});
  std::ostringstream body;
  body << in.rdbuf();
  res.status = 200;
  res.set_header("Cache-Control", "no-cache");
  res.set_header("X-Content-Type-Options", "nosniff");
  if (name.size() > 5 && name.substr(name.size() - 5) == ".html") {
    // Our pages load only our own scripts and talk only to this server.
    res.set_header("Content-Security-Policy",
                   "default-src 'self'; script-src 'self'; style-src 'self'; img-src "
                   "'self' data:; "
                   "object-src 'none'; base-uri 'none'; frame-ancestors 'self'");
    res.set_header("Referrer-Policy", "same-origin");
  }
  res.set_content(body.str(), ContentTypeFor(name));
}

}  // namespace

void HandleIndexPage(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  SendWebFile(ctx, "index.html", res);
}

void HandleDocumentPage(const HandlerContext& ctx, const httplib::Request&,
                        httplib::Response& res) {
  SendWebFile(ctx, "doc.html", res);
}

void HandleRolesPage(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  SendWebFile(ctx, "roles.html", res);
}

void HandleGraphPage(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  SendWebFile(ctx, "graph.html", res);
}

void HandleDocumentsPage(const HandlerContext& ctx, const httplib::Request&,
                         httplib::Response& res) {
  SendWebFile(ctx, "documents.html", res);
}

void HandleAsset(const HandlerContext& ctx, const httplib::Request& req, httplib::Response& res) {
  SendWebFile(ctx, "assets/" + req.matches[1].str(), res);
}

void HandleWidget(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  SendWebFile(ctx, "widget.js", res);
}

void HandleOpenApi(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  SendWebFile(ctx, "openapi.json", res);
}

void HandleDocumentSentences(const HandlerContext& ctx, const httplib::Request& req,
                             httplib::Response& res) {
  if (ctx.deps.db == nullptr)
    return SendError(res, {503, "unavailable", "the database is not open"});
  auto reader = ctx.deps.db->NewReader();
  const std::string id = req.matches[1].str();
  auto meta = reader->GetDocumentMeta(id);
  if (!meta.ok()) return SendStatusError(res, meta.status());
  auto sentences = reader->GetSentences(id);
  if (!sentences.ok()) return SendStatusError(res, sentences.status());
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const auto& s : *sentences) {
    list.push_back({{"index", s.index},
                    {"start", s.begin},
                    {"end", s.end},
                    {"heading", s.heading},
                    {"boilerplate", s.boilerplate}});
  }
  SendJson(res, 200, {{"id", id}, {"sentences", std::move(list)}});
}

}  // namespace rolegraph::server
