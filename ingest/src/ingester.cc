// Ingesting files and directories, incrementally by content hash.
#include "rolegraph/ingest/ingester.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "batch_writer.h"
#include "rolegraph/ingest/convert.h"
#include "content_hash.h"

namespace fs = std::filesystem;

namespace rolegraph::ingest {
namespace {

constexpr uint64_t kMaxFileBytes = 64ull << 20;

struct FileJob {
  fs::path path;
  DocumentInput meta;  // text filled later
};

bool IsDocumentFile(const fs::path& p) { return IsDocumentFileName(p.filename().string()); }

// A safe document id from a file name: unsafe characters become '-'.
std::string IdFromPath(const fs::path& p) {
  std::string id = p.stem().string();
  for (auto& c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == '-';
    if (!ok) c = '-';
  }
  while (!id.empty() && id.front() == '.') id.erase(id.begin());
  if (id.size() > 128) id.resize(128);
  return id;
}

// manifest.json: {"documents": [{"file", "id", "title", "lang", "source"}]}.
Result<std::map<std::string, DocumentInput>> ReadManifest(const fs::path& dir) {
  std::map<std::string, DocumentInput> out;
  fs::path file = dir / "manifest.json";
  std::error_code ec;
  if (!fs::exists(file, ec)) return out;
  std::ifstream in(file);
  auto json = nlohmann::json::parse(in, nullptr, false);
  if (json.is_discarded() || !json.is_object() || !json.contains("documents") || !json["documents"].is_array())
    return Status::InvalidArgument(file.string() + ": expected {\"documents\": [...]}");
  for (const auto& d : json["documents"]) {
    if (!d.is_object() || !d.contains("file") || !d["file"].is_string())
      return Status::InvalidArgument(file.string() + ": every entry needs a \"file\"");
    DocumentInput meta;
    auto str = [&](const char* key) { return d.contains(key) && d[key].is_string() ? d[key].get<std::string>() : ""; };
    meta.id = str("id");
    meta.title = str("title");
    meta.lang = str("lang");
    meta.source = str("source");
    out[d["file"].get<std::string>()] = std::move(meta);
  }
  return out;
}

Status CollectDirectory(const fs::path& dir, std::vector<FileJob>* jobs, std::set<std::string>* manifest_ids) {
  auto manifest = ReadManifest(dir);
  if (!manifest.ok()) return manifest.status();
  for (const auto& [file, meta] : *manifest)
    if (!meta.id.empty()) manifest_ids->insert(meta.id);
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file() && IsDocumentFile(it->path())) files.push_back(it->path());
  }
  if (ec) return Status::IOError(dir.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    FileJob job{f, {}};
    auto rel = fs::relative(f, dir).generic_string();
    if (auto m = manifest->find(rel); m != manifest->end()) job.meta = m->second;
    if (job.meta.id.empty()) job.meta.id = IdFromPath(f);
    if (job.meta.source.empty()) job.meta.source = f.string();
    jobs->push_back(std::move(job));
  }
  return Status::Ok();
}

Result<std::string> ReadFile(const fs::path& p) {
  std::error_code ec;
  auto size = fs::file_size(p, ec);
  if (ec) return Status::IOError(ec.message());
  if (size > kMaxFileBytes) return Status::InvalidArgument("file is larger than 64 MiB");
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::IOError("cannot open");
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

Result<DocumentFileList> ListDocumentFiles(const std::vector<std::string>& paths) {
  DocumentFileList list;
  std::vector<FileJob> jobs;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      list.dirs.push_back(fs::weakly_canonical(p, ec).string());
      if (Status s = CollectDirectory(p, &jobs, &list.manifest_ids); !s.ok()) return s;
    } else if (fs::is_regular_file(p, ec)) {
      FileJob job{p, {}};
      job.meta.id = IdFromPath(p);
      job.meta.source = p;
      jobs.push_back(std::move(job));
    } else {
      return Status::NotFound(p + ": no such file or directory");
    }
  }
  for (auto& job : jobs) list.files.emplace_back(job.path.string(), std::move(job.meta));
  return list;
}

bool DocumentFileList::Contains(const index::DocumentMeta& d) const {
  // Only documents that came from these folders: a file path under one of
  // them or an entry of their manifest. Documents put over HTTP stay.
  if (manifest_ids.count(d.id)) return true;
  std::error_code ec;
  std::string source = fs::weakly_canonical(d.source, ec).string();
  return !ec && std::any_of(dirs.begin(), dirs.end(), [&](const std::string& dir) {
    return source.size() > dir.size() && source.compare(0, dir.size(), dir) == 0 && source[dir.size()] == '/';
  });
}

Status ReadDocumentFile(const std::filesystem::path& path, DocumentInput* input) {
  auto bytes = ReadFile(path);
  if (!bytes.ok()) return bytes.status();
  // The content decides the format (a PDF named .docx is read as a PDF).
  auto converted = ConvertDocument(*bytes, path.filename().string());
  if (!converted.ok()) return converted.status();
  if (input->title.empty()) input->title = std::move(converted->title);
  input->text = std::move(converted->text);
  return Status::Ok();
}

Result<index::PutOutcome> Ingester::IngestDocument(const DocumentInput& input) {
  auto built = BuildDocument(analyzer_, input);
  if (!built.ok()) return built.status();
  return db_.Put(*built);
}

Result<IngestSummary> Ingester::IngestPaths(const std::vector<std::string>& paths, bool prune,
                                            const ProgressFn& progress,
                                            const std::atomic<bool>* cancel) {
  auto start = std::chrono::steady_clock::now();
  IngestSummary summary;
  auto listed = ListDocumentFiles(paths);
  if (!listed.ok()) return listed.status();
  std::vector<FileJob> jobs;
  for (auto& [path, meta] : listed->files) jobs.push_back(FileJob{path, std::move(meta)});
  std::set<std::string> seen;
  BatchWriter writer(analyzer_, db_, &summary);
  for (size_t i = 0; i < jobs.size(); ++i) {
    if (cancel != nullptr && cancel->load()) {
      summary.cancelled = true;
      break;
    }
    FileJob& job = jobs[i];
    if (progress) progress(i, jobs.size(), job.path.string());
    if (!seen.insert(job.meta.id).second) {
      summary.errors.push_back(job.path.string() + ": duplicate document id " + job.meta.id);
      ++summary.failed;
      continue;
    }
    auto text = ReadDocumentFile(job.path, &job.meta);
    if (!text.ok()) {
      summary.errors.push_back(job.path.string() + ": " + text.message());
      ++summary.failed;
      continue;
    }
    summary.bytes += job.meta.text.size();
    // Unchanged files are skipped before any analysis: restarts stay cheap.
    auto stored = db_.GetHash(job.meta.id);
    if (stored.ok() && *stored == ContentHash(job.meta)) {
      ++summary.unchanged;
      continue;
    }
    writer.Add(job.path.string(), std::move(job.meta));
  }
  writer.Finish();  // documents queued before a cancel are still written whole
  if (progress && !summary.cancelled) progress(jobs.size(), jobs.size(), "");
  if (prune && !summary.cancelled) {
    auto docs = db_.NewReader()->ListDocuments();
    if (!docs.ok()) return docs.status();
    for (const auto& d : *docs) {
      if (seen.count(d.id) || !listed->Contains(d)) continue;
      if (Status s = db_.Delete(d.id); s.ok()) ++summary.removed;
      else summary.errors.push_back(d.id + ": " + s.message());
    }
  }
  auto reader = db_.NewReader();
  index::CorpusStats stats = reader->Stats();
  summary.documents = stats.documents;
  summary.sentences = stats.sentences;
  summary.facts = stats.facts;
  if (auto roles = reader->ListRoles(); roles.ok())
    summary.roles = std::count_if(roles->begin(), roles->end(), [](const auto& r) { return r.kind == "role"; });
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

}  // namespace rolegraph::ingest
