// `rolegraph ingest [--db DIR] [--prune] PATH...`
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli_commands.h"
#include "cli_common.h"
#include "cli_ingest_report.h"
#include "cli_push.h"
#include "rolegraph/ingest/ingester.h"

namespace rolegraph::cli {
namespace {

// One redrawn line on stderr: "[#######      ] 12/40 path".
void DrawProgress(size_t done, size_t total, const std::string& path) {
  constexpr size_t kWidth = 30;
  const size_t filled = total == 0 ? kWidth : std::min(kWidth, done * kWidth / total);
  std::string name = path;
  if (name.size() > 40) name = "..." + name.substr(name.size() - 37);
  std::fprintf(stderr, "\r\033[K[%s%s] %zu/%zu %s", std::string(filled, '#').c_str(),
               std::string(kWidth - filled, ' ').c_str(), done, total, name.c_str());
  std::fflush(stderr);
}

}  // namespace

std::string FormatIngestSummary(const ingest::IngestSummary& s) {
  std::ostringstream out;
  out.setf(std::ios::fixed);
  out.precision(2);
  out << "documents: " << s.documents << " (added " << s.added << ", updated " << s.updated
      << ", unchanged " << s.unchanged << ", removed " << s.removed << ", failed " << s.failed
      << ")\n"
      << "indexed: " << s.sentences << " sentences, " << s.roles << " roles, " << s.facts
      << " facts, " << s.bytes << " bytes in " << s.seconds << " s\n";
  return out.str();
}

Result<ingest::IngestSummary> IngestWithProgress(ingest::Ingester& ingester,
                                                 const std::vector<std::string>& paths,
                                                 bool prune, const ingest::ProgressFn& also,
                                                 const std::atomic<bool>* cancel) {
  const bool tty = isatty(STDERR_FILENO) != 0;
  ingest::ProgressFn progress = [tty, &also](size_t done, size_t total, const std::string& path) {
    if (tty) DrawProgress(done, total, path);
    if (also) also(done, total, path);
  };
  auto summary = ingester.IngestPaths(paths, prune, progress, cancel);
  if (tty) {
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
  }
  return summary;
}

namespace {

// The first non-empty line of the key file.
Result<std::string> ReadKeyFile(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read key file " + path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    if (!line.empty()) return line;
  }
  return Status::InvalidArgument("key file " + path + " is empty");
}

int RunPush(const ArgParser& parser) {
  PushOptions options;
  options.server = parser.Get("server");
  options.prune = parser.Has("prune");
  if (parser.Has("key-file")) {
    auto key = ReadKeyFile(parser.Get("key-file"));
    if (!key.ok()) return Failure(key.status().message());
    options.key = *key;
  }
  const bool tty = isatty(STDERR_FILENO) != 0;
  ingest::ProgressFn progress = [tty](size_t done, size_t total, const std::string& path) {
    if (tty) DrawProgress(done, total, path);
    else if (!path.empty()) std::cerr << "rolegraph: [" << done + 1 << "/" << total << "] " << path << "\n";
  };
  auto summary = PushPaths(options, parser.positional(), progress);
  if (tty) std::fprintf(stderr, "\r\033[K");
  if (!summary.ok()) return Failure("push to " + options.server + " failed: " + summary.status().message());
  std::cout << "server " << options.server << ": " << summary->documents << " documents (added "
            << summary->added << ", updated " << summary->updated << ", unchanged " << summary->unchanged
            << ", removed " << summary->removed << ", failed " << summary->failed << ")\n"
            << std::flush;
  for (const auto& error : summary->errors) std::cerr << "rolegraph: failed: " << error << "\n";
  return summary->failed > 0 || !summary->errors.empty() ? kExitFailure : kExitOk;
}

}  // namespace

int RunIngest(const Args& args) {
  ArgParser parser(
      "ingest [--db DIR | --server URL [--key-file F]] [--prune] PATH...",
      "Index role documents (*.txt, *.md, *.html, *.docx, *.odt, *.pdf; folders\n"
      "recursively, with an optional manifest.json) into the database, or push them\n"
      "to a running server. Unchanged files are skipped by content hash.");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Option("server", "URL", "push to a running server (http://HOST:PORT) instead", "")
      .Option("key-file", "FILE", "with --server: a file whose first line is a write key", "")
      .Flag("prune", "remove stored documents whose files are gone")
      .Positionals(1, -1, "PATH (a file or folder to ingest)");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  if (parser.Has("server")) return RunPush(parser);

  auto db = OpenDatabase(parser.Get("db"), /*read_only=*/false);
  if (!db.ok() && db.status().message().find("lock") != std::string::npos) {
    return Failure("database " + parser.Get("db") +
                   " is in use by another process (a running `rolegraph serve`?); push to that server "
                   "instead: rolegraph ingest --server http://HOST:PORT PATH...");
  }
  if (!db.ok())
    return Failure("cannot open database " + parser.Get("db") + ": " + db.status().ToString());
  auto analyzer = ingest::Analyzer::Create();
  if (!analyzer.ok()) return Failure("cannot create analyzer: " + analyzer.status().ToString());

  ingest::Ingester ingester(**analyzer, **db);
  auto summary = IngestWithProgress(ingester, parser.positional(), parser.Has("prune"));
  if (!summary.ok()) return Failure("ingest failed: " + summary.status().ToString());
  Status flushed = (*db)->Flush();

  std::cout << FormatIngestSummary(*summary) << std::flush;
  for (const auto& error : summary->errors) std::cerr << "rolegraph: failed: " << error << "\n";
  if (!flushed.ok()) return Failure("flush failed: " + flushed.ToString());
  return summary->failed > 0 || !summary->errors.empty() ? kExitFailure : kExitOk;
}

}  // namespace rolegraph::cli
