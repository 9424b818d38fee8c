// `rolegraph ingest [--db DIR] [--prune] PATH...`
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <sstream>

#include "cli_commands.h"
#include "cli_common.h"
#include "cli_ingest_report.h"
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

int RunIngest(const Args& args) {
  ArgParser parser(
      "ingest [--db DIR] [--prune] PATH...",
      "Index role documents (*.txt, *.md; folders recursively, with an optional\n"
      "manifest.json) into the database. Unchanged files are skipped by content hash.");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Flag("prune", "remove stored documents whose files are gone")
      .Positionals(1, -1, "PATH (a file or folder to ingest)");
  if (auto exit = ParseArgs(parser, args)) return *exit;

  auto db = OpenDatabase(parser.Get("db"), /*read_only=*/false);
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
