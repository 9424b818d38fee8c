// GET /healthz, /readyz, /v1/documents, /v1/documents/{id}.
#include "handlers.h"
#include "http_util.h"
#include "json_codec.h"

namespace rolegraph::server {

void HandleHealthz(const HandlerContext&, const httplib::Request&, httplib::Response& res) {
  SendJson(res, 200, {{"status", "ok"}});
}

void HandleReadyz(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  const auto& d = ctx.deps;
  if (d.db == nullptr || d.engine == nullptr || d.analyzer == nullptr || d.lexicon == nullptr) {
    return SendJson(res, 503, {{"status", "not_ready"}});
  }
  const index::CorpusStats stats = d.db->NewReader()->Stats();
  SendJson(res, 200,
           {{"status", "ready"},
            {"documents", stats.documents},
            {"sentences", stats.sentences},
            {"facts", stats.facts},
            {"lexicon", d.lexicon->Stats()}});
}

void HandleDocuments(const HandlerContext& ctx, const httplib::Request&, httplib::Response& res) {
  if (ctx.deps.db == nullptr)
    return SendError(res, {503, "unavailable", "the database is not open"});
  auto documents = ctx.deps.db->NewReader()->ListDocuments();
  if (!documents.ok()) return SendStatusError(res, documents.status());
  SendJson(res, 200, EncodeDocuments(*documents));
}

void HandleDocument(const HandlerContext& ctx, const httplib::Request& req,
                    httplib::Response& res) {
  if (ctx.deps.db == nullptr)
    return SendError(res, {503, "unavailable", "the database is not open"});
  auto document = ctx.deps.db->NewReader()->GetDocument(req.matches[1].str());
  if (!document.ok()) return SendStatusError(res, document.status());
  SendJson(res, 200, EncodeDocument(*document));
}

}  // namespace rolegraph::server
