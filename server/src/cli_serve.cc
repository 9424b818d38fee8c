// `rolegraph serve`: optional corpus ingest, then the HTTP API until
// SIGINT/SIGTERM.
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "auth.h"
#include "cli_commands.h"
#include "cli_common.h"
#include "cli_ingest_report.h"
#include "rolegraph/ingest/ingester.h"
#include "rolegraph/server/http_server.h"

namespace rolegraph::cli {
namespace {

// Receives SIGINT/SIGTERM on its own thread (sigwait), so the handler may
// do anything: it stops the server. Signals are blocked in every thread,
// so the watcher must be created before any other thread exists.
class SignalWatcher {
 public:
  SignalWatcher() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set_, nullptr);
    thread_ = std::thread([this] { Watch(); });
  }
  ~SignalWatcher() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      done_ = true;
      server_ = nullptr;
      if (watching_) pthread_kill(thread_.native_handle(), SIGTERM);
    }
    thread_.join();
  }

  // Until a server is set, a signal ends the process at once (mid-ingest
  // RocksDB's write-ahead log keeps every document whole). Set nullptr
  // before the server is destroyed.
  void SetServer(server::HttpServer* server) {
    std::lock_guard<std::mutex> lock(mu_);
    server_ = server;
    if (server_ != nullptr && received_ != 0) server_->Stop();
  }

 private:
  void Watch() {
    int sig = 0;
    while (sigwait(&set_, &sig) == 0) {
      std::lock_guard<std::mutex> lock(mu_);
      if (done_) break;
      received_ = sig;
      if (server_ == nullptr) {
        std::cerr << "rolegraph: interrupted" << std::endl;
        std::_Exit(128 + sig);
      }
      std::cerr << "rolegraph: " << (sig == SIGINT ? "SIGINT" : "SIGTERM") << ", stopping"
                << std::endl;
      server_->Stop();
      break;
    }
    std::lock_guard<std::mutex> lock(mu_);
    watching_ = false;
  }

  sigset_t set_;
  std::thread thread_;
  std::mutex mu_;  // guards everything below
  bool done_ = false;
  bool watching_ = true;
  int received_ = 0;
  server::HttpServer* server_ = nullptr;
};

// A worker holds a kept-alive connection until it goes idle, so there are
// enough for a few dozen clients; idle workers cost only their stacks.
int DefaultThreads() {
  return std::max(64, static_cast<int>(std::thread::hardware_concurrency()) * 2);
}

}  // namespace

int RunServe(const Args& args) {
  ArgParser parser(
      "serve [--db DIR] [--host H] [--port P] [--corpus DIR] [--threads N]\n"
      "                 [--lexicon PATH] [--max-body BYTES] [--api-key-file "
      "FILE]\n"
      "                 [--require-key-for-reads] [--web-dir DIR] "
      "[--cors-origin ORIGIN]...\n"
      "                 [--slack-signing-secret S] [--mattermost-token T] "
      "[--public-url URL]",
      "Serve the HTTP JSON API (see docs/api.md). With --corpus, the folder "
      "is\n"
      "ingested first (incremental by content hash; files gone from it are "
      "pruned).\n"
      "Writes (PUT/DELETE /v1/documents/ID) need 'Authorization: Bearer KEY' "
      "with a\n"
      "key from --api-key-file or $ROLEGRAPH_API_KEYS (comma-separated); with "
      "no\n"
      "keys, writes are accepted from loopback callers only. The web page is "
      "at /,\n"
      "the widget at /widget.js, the OpenAPI description at /openapi.json.");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Option("host", "H", "address to listen on", "127.0.0.1")
      .Option("port", "P", "port to listen on (0: any free port)", "8080")
      .Option("corpus", "DIR", "ingest this folder before serving")
      .Option("threads", "N", "worker threads", std::to_string(DefaultThreads()))
      .Option("lexicon", "PATH",
              "prebuilt lexicon (else $ROLEGRAPH_LEXICON, else the built-in one)")
      .Option("max-body", "BYTES", "largest accepted request body", std::to_string(5u << 20))
      .Option("api-key-file", "FILE", "API keys, one per line ('#' comments, blank lines ignored)")
      .Flag("require-key-for-reads", "reads need an API key too (/healthz, /readyz stay open)")
      .Option("web-dir", "DIR", "web page, widget and openapi.json", ROLEGRAPH_WEB_DIR)
      .Option("cors-origin", "ORIGIN",
              "allow browser calls from this origin (repeatable; e.g. "
              "http://intranet:8000)")
      .Option("slack-signing-secret", "S",
              "verify Slack requests (else $ROLEGRAPH_SLACK_SIGNING_SECRET)")
      .Option("mattermost-token", "T",
              "Mattermost slash-command token (else $ROLEGRAPH_MATTERMOST_TOKEN)")
      .Option("public-url", "URL", "base of links in chat answers (default: from the Host header)")
      .Positionals(0, 0, "");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  auto port = parser.GetInt("port", 0, 65535);
  if (!port.ok()) return UsageError(port.status().message());
  auto threads = parser.GetInt("threads", 1, 1024);
  if (!threads.ok()) return UsageError(threads.status().message());
  auto max_body = parser.GetInt("max-body", 1, 1LL << 32);
  if (!max_body.ok()) return UsageError(max_body.status().message());
  std::vector<std::string> api_keys;
  if (const char* env = std::getenv("ROLEGRAPH_API_KEYS")) api_keys = server::ParseKeyList(env);
  if (parser.Has("api-key-file")) {
    auto keys = server::ReadKeyFile(parser.Get("api-key-file"));
    if (!keys.ok()) return Failure(keys.status().message());
    if (keys->empty())
      return Failure("API key file " + parser.Get("api-key-file") + " has no keys");
    api_keys.insert(api_keys.end(), keys->begin(), keys->end());
  }
  if (parser.Has("require-key-for-reads") && api_keys.empty()) {
    return UsageError(
        "--require-key-for-reads needs keys (--api-key-file or "
        "ROLEGRAPH_API_KEYS)");
  }

  SignalWatcher signals;  // before RocksDB and the thread pool start threads

  QueryStack stack;
  auto db = OpenDatabase(parser.Get("db"), /*read_only=*/false);
  if (!db.ok())
    return Failure("cannot open database " + parser.Get("db") + ": " + db.status().ToString());
  stack.db = std::move(db).value();
  if (Status s = CompleteQueryStack(stack, parser.Get("lexicon"), std::cerr); !s.ok()) {
    return Failure("cannot load the query engine: " + s.ToString());
  }

  if (parser.Has("corpus")) {
    ingest::Ingester ingester(*stack.analyzer, *stack.db);
    auto summary = IngestWithProgress(ingester, {parser.Get("corpus")}, /*prune=*/true);
    if (!summary.ok())
      return Failure("cannot ingest " + parser.Get("corpus") + ": " + summary.status().ToString());
    std::cout << "corpus " << parser.Get("corpus") << ":\n"
              << FormatIngestSummary(*summary) << std::flush;
    for (const auto& error : summary->errors) std::cerr << "rolegraph: failed: " << error << "\n";
    if (Status s = stack.db->Flush(); !s.ok())
      std::cerr << "rolegraph: flush: " << s.ToString() << "\n";
  }

  server::ServerOptions options;
  options.host = parser.Get("host");
  options.port = static_cast<int>(*port);
  options.threads = static_cast<int>(*threads);
  options.max_body_bytes = static_cast<size_t>(*max_body);
  options.api_keys = std::move(api_keys);
  options.require_key_for_reads = parser.Has("require-key-for-reads");
  options.web_dir = parser.Get("web-dir");
  options.cors_origins = parser.GetAll("cors-origin");
  options.public_url = parser.Get("public-url");
  while (!options.public_url.empty() && options.public_url.back() == '/')
    options.public_url.pop_back();
  // Secrets from the environment keep them out of `ps`.
  if (const char* env = std::getenv("ROLEGRAPH_SLACK_SIGNING_SECRET"))
    options.slack_signing_secret = env;
  if (parser.Has("slack-signing-secret"))
    options.slack_signing_secret = parser.Get("slack-signing-secret");
  if (const char* env = std::getenv("ROLEGRAPH_MATTERMOST_TOKEN")) options.mattermost_token = env;
  if (parser.Has("mattermost-token")) options.mattermost_token = parser.Get("mattermost-token");
  server::HttpServer::Deps deps{stack.db.get(), stack.analyzer.get(), stack.engine.get(),
                                stack.lexicon.get()};
  auto server = server::HttpServer::Create(deps, options);
  if (!server.ok()) return Failure("cannot create server: " + server.status().ToString());
  if (Status s = (*server)->Bind(); !s.ok()) return Failure(s.message());
  if (options.api_keys.empty()) {
    std::cerr << "rolegraph: notice: no API keys configured; writes "
                 "(PUT/DELETE) are accepted "
                 "from loopback callers only\n";
  } else {
    std::cout << "api keys: " << options.api_keys.size() << " (writes"
              << (options.require_key_for_reads ? " and reads" : "") << " need one)\n";
  }
  std::cout << "listening on http://" << options.host << ":" << (*server)->port() << std::endl;

  signals.SetServer(server->get());
  Status run = (*server)->Run();
  signals.SetServer(nullptr);
  Status flushed = stack.db->Flush();
  if (!run.ok()) return Failure("server: " + run.ToString());
  if (!flushed.ok()) return Failure("flush: " + flushed.ToString());
  std::cout << "stopped" << std::endl;
  return kExitOk;
}

}  // namespace rolegraph::cli
