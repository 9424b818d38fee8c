// GET /v1/documents, /v1/documents/{id}.
#include "handlers.h"
#include "http_util.h"
#include "json_codec.h"

namespace rolegraph::server {

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
