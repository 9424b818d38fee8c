#include "cli_push.h"

#include <httplib.h>

#include <chrono>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>

namespace rolegraph::cli {
namespace {

struct RemoteDocument {
  std::string hash;
  index::DocumentMeta meta;
};

class Remote {
 public:
  explicit Remote(const PushOptions& options) : client_(options.server), key_(options.key) {
    client_.set_connection_timeout(5, 0);
    client_.set_read_timeout(120, 0);  // a large document is analysed before the answer
  }

  bool valid() const { return client_.is_valid(); }

  Result<std::map<std::string, RemoteDocument>> List() {
    auto res = client_.Get("/v1/documents", Headers());
    if (!res) return Status::Unavailable("cannot reach the server: " + httplib::to_string(res.error()));
    if (res->status != 200) return Status::Unavailable("GET /v1/documents: " + Describe(*res));
    auto json = nlohmann::json::parse(res->body, nullptr, false);
    if (json.is_discarded() || !json.contains("documents") || !json["documents"].is_array())
      return Status::Corruption("GET /v1/documents: unexpected answer");
    std::map<std::string, RemoteDocument> out;
    for (const auto& d : json["documents"]) {
      RemoteDocument doc;
      doc.meta.id = d.value("id", "");
      doc.meta.source = d.value("source", "");
      doc.hash = d.value("hash", "");
      out[doc.meta.id] = std::move(doc);
    }
    return out;
  }

  // The outcome the server reports ("added", "updated", "unchanged").
  Result<std::string> Put(const ingest::DocumentInput& input) {
    nlohmann::json body = {{"text", input.text}, {"title", input.title}, {"source", input.source}};
    if (!input.lang.empty()) body["lang"] = input.lang;
    auto res = client_.Put("/v1/documents/" + input.id, Headers(), body.dump(), "application/json");
    if (!res) return Status::Unavailable("cannot reach the server: " + httplib::to_string(res.error()));
    if (res->status != 200 && res->status != 201) return Status::InvalidArgument(Describe(*res));
    auto json = nlohmann::json::parse(res->body, nullptr, false);
    return json.is_object() ? json.value("outcome", "") : std::string();
  }

  Status Delete(const std::string& id) {
    auto res = client_.Delete("/v1/documents/" + id, Headers());
    if (!res) return Status::Unavailable("cannot reach the server: " + httplib::to_string(res.error()));
    if (res->status != 200) return Status::InvalidArgument(Describe(*res));
    return Status::Ok();
  }

 private:
  httplib::Headers Headers() const {
    if (key_.empty()) return {};
    return {{"Authorization", "Bearer " + key_}};
  }

  // "401 unauthorized: ..." from the server's JSON error, or the status.
  static std::string Describe(const httplib::Response& res) {
    auto json = nlohmann::json::parse(res.body, nullptr, false);
    std::string what = std::to_string(res.status);
    if (json.is_object() && json.contains("error") && json["error"].is_object()) {
      // Appended piece by piece: GCC 12 warns (-Wrestrict, a false
      // positive) on `" " + std::string&&`.
      what += ' ';
      what += json["error"].value("code", "");
      what += ": ";
      what += json["error"].value("message", "");
    }
    return what;
  }

  httplib::Client client_;
  std::string key_;
};

}  // namespace

Result<ingest::IngestSummary> PushPaths(const PushOptions& options, const std::vector<std::string>& paths,
                                        const ingest::ProgressFn& progress) {
  const auto start = std::chrono::steady_clock::now();
  Remote remote(options);
  if (!remote.valid()) return Status::InvalidArgument("--server must be a URL like http://127.0.0.1:8080");
  auto listed = ingest::ListDocumentFiles(paths);
  if (!listed.ok()) return listed.status();
  auto stored = remote.List();
  if (!stored.ok()) return stored.status();

  ingest::IngestSummary summary;
  std::set<std::string> seen;
  const size_t total = listed->files.size();
  for (size_t i = 0; i < total; ++i) {
    auto& [path, input] = listed->files[i];
    if (progress) progress(i, total, path);
    if (!seen.insert(input.id).second) {
      summary.errors.push_back(path + ": duplicate document id " + input.id);
      ++summary.failed;
      continue;
    }
    if (Status read = ingest::ReadDocumentFile(path, &input); !read.ok()) {
      summary.errors.push_back(path + ": " + read.message());
      ++summary.failed;
      continue;
    }
    summary.bytes += input.text.size();
    // The same hash the server stores: an unchanged file is not sent.
    auto it = stored->find(input.id);
    if (it != stored->end() && it->second.hash == ingest::ContentHash(input)) {
      ++summary.unchanged;
      continue;
    }
    auto outcome = remote.Put(input);
    if (!outcome.ok()) {
      summary.errors.push_back(path + ": " + outcome.status().message());
      ++summary.failed;
      continue;
    }
    if (*outcome == "added") ++summary.added;
    else if (*outcome == "updated") ++summary.updated;
    else ++summary.unchanged;
  }
  if (progress) progress(total, total, "");
  if (options.prune) {
    for (const auto& [id, doc] : *stored) {
      if (seen.count(id) || !listed->Contains(doc.meta)) continue;
      if (Status s = remote.Delete(id); s.ok()) ++summary.removed;
      else summary.errors.push_back(id + ": " + s.message());
    }
  }
  // Counts of what the server now holds.
  if (auto after = remote.List(); after.ok()) summary.documents = after->size();
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace rolegraph::cli
