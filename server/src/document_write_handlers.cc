// PUT /v1/documents/{id} and DELETE /v1/documents/{id}. Access (API keys,
// loopback) is checked by the router before these run.
#include <set>

#include "document_request.h"
#include "handlers.h"
#include "http_util.h"
#include "json_codec.h"
#include "rolegraph/ingest/ingester.h"

namespace rolegraph::server {
namespace {

struct WrittenDocument {
  index::PutOutcome outcome = index::PutOutcome::kUnchanged;
  index::DocumentMeta meta;
  uint32_t roles = 0;  // roles the document names
};

const char* OutcomeName(index::PutOutcome outcome) {
  switch (outcome) {
    case index::PutOutcome::kAdded:
      return "added";
    case index::PutOutcome::kUpdated:
      return "updated";
    case index::PutOutcome::kUnchanged:
      break;
  }
  return "unchanged";
}

void CountWrite(const HandlerContext& ctx, index::PutOutcome outcome) {
  if (ctx.metrics == nullptr) return;  // handlers run without metrics in the fuzz harness
  switch (outcome) {
    case index::PutOutcome::kAdded:
      ctx.metrics->CountIngest(IngestOutcome::kAdded);
      break;
    case index::PutOutcome::kUpdated:
      ctx.metrics->CountIngest(IngestOutcome::kUpdated);
      break;
    case index::PutOutcome::kUnchanged:
      ctx.metrics->CountIngest(IngestOutcome::kUnchanged);
      return;  // nothing changed, the role count neither
  }
  RefreshRoleCount(ctx);
}

// Ingests the document and reads back what was stored, under the server's
// write lock so the counts belong to this write.
Result<WrittenDocument> WriteDocument(const HandlerContext& ctx,
                                      const ingest::DocumentInput& input) {
  std::lock_guard<std::mutex> lock(ctx.write_mu);
  ingest::Ingester ingester(*ctx.deps.analyzer, *ctx.deps.db);
  auto outcome = ingester.IngestDocument(input);
  if (!outcome.ok()) return outcome.status();
  CountWrite(ctx, *outcome);
  WrittenDocument written;
  written.outcome = *outcome;
  auto reader = ctx.deps.db->NewReader();
  auto meta = reader->GetDocumentMeta(input.id);
  if (!meta.ok()) return meta.status();
  written.meta = std::move(*meta);
  auto sentences = reader->GetSentences(input.id);
  if (!sentences.ok()) return sentences.status();
  std::set<std::string> roles;
  for (const auto& sentence : *sentences) {
    for (const auto& mention : sentence.mentions) {
      if (!mention.pronoun) roles.insert(mention.role_id);
    }
  }
  written.roles = static_cast<uint32_t>(roles.size());
  return written;
}

bool WritesAvailable(const HandlerContext& ctx, httplib::Response& res) {
  if (ctx.deps.db != nullptr && ctx.deps.analyzer != nullptr) return true;
  SendError(res, {503, "unavailable", "the database or analyzer is not loaded"});
  return false;
}

}  // namespace

void HandleDocumentPut(const HandlerContext& ctx, const httplib::Request& req,
                       httplib::Response& res) {
  if (!WritesAvailable(ctx, res)) return;
  DocumentParse parsed = ParseDocumentPut(
      req.matches[1].str(), req.get_header_value("Content-Type"), req.body, req.params);
  if (const auto* error = std::get_if<ApiError>(&parsed)) return SendError(res, *error);
  auto written = WriteDocument(ctx, std::get<ingest::DocumentInput>(parsed));
  if (!written.ok()) return SendWriteError(ctx, res, written.status());

  nlohmann::ordered_json body = {{"outcome", OutcomeName(written->outcome)}};
  body.update(EncodeDocumentMeta(written->meta));
  body["roles"] = written->roles;
  SendJson(res, written->outcome == index::PutOutcome::kAdded ? 201 : 200, body);
}

void HandleDocumentDelete(const HandlerContext& ctx, const httplib::Request& req,
                          httplib::Response& res) {
  if (!WritesAvailable(ctx, res)) return;
  const std::string id = req.matches[1].str();
  if (auto error = CheckDocumentId(id)) return SendError(res, *error);
  Status deleted;
  {
    std::lock_guard<std::mutex> lock(ctx.write_mu);
    deleted = ctx.deps.db->Delete(id);
    if (deleted.ok() && ctx.metrics != nullptr) {
      ctx.metrics->CountIngest(IngestOutcome::kRemoved);
      RefreshRoleCount(ctx);
    }
  }
  if (!deleted.ok()) return SendWriteError(ctx, res, deleted);
  SendJson(res, 200, {{"id", id}, {"outcome", "deleted"}});
}

}  // namespace rolegraph::server
