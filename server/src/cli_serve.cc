// `rolegraph serve`: binds and answers /healthz at once, loads the lexicon
// and the database (and ingests --corpus) while /readyz says 503, then
// serves the API until SIGINT/SIGTERM, drains, flushes and closes RocksDB.
#include <malloc.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "auth.h"
#include "cli_commands.h"
#include "cli_common.h"
#include "cli_ingest_report.h"
#include "backup_publisher.h"
#include "replica_follower.h"
#include "corpus_watcher.h"
#include "rolegraph/ingest/ingester.h"
#include "rolegraph/ingest/install_layout.h"
#include "rolegraph/server/http_server.h"
#include "signal_watcher.h"
#include "teams_webhook.h"

namespace rolegraph::cli {
namespace {

// A worker holds a kept-alive connection until it goes idle, so there are
// enough for a few dozen clients; idle workers cost only their stacks.
// share/rolegraph/web next to the binary; the name itself when missing, so
// the page's 404 says where it looked.
std::string WebDir() {
  std::string found = ingest::FindSharedFile("web");
  return found.empty() ? std::string("share/rolegraph/web") : found;
}

// Request bodies (up to --max-body, 5 MB by default, refused or not) are
// read into strings that grow by doubling. glibc raises its mmap threshold
// each time such a block is freed, so later large blocks come from the
// worker's arena, whose top it keeps: every worker a large body reached
// kept ~14 MB for good. A fixed threshold keeps blocks of 1 MB and more
// in their own mappings, returned to the system when freed.
constexpr int kOwnMappingBytes = 1 << 20;

// glibc gives threads up to 8 arenas per core, each keeping the memory its
// threads freed; with 64 workers answering at once, 16 arenas on 2 cores
// held ~20-45 MB of the 50,000-document server's peak RSS (mem17; ask
// throughput unchanged within noise). One arena per core still spares
// workers from waiting on each other's allocations.
int MallocArenas() { return std::max(2, static_cast<int>(std::thread::hardware_concurrency())); }

int DefaultThreads() {
  return std::max(64, static_cast<int>(std::thread::hardware_concurrency()) * 2);
}

// RocksDB's recovery stops at a damaged write-ahead log record and drops
// the rest of the log, reporting it only in its LOG file. A strict
// read-only replay first tells whether that is about to happen.
// Whether some write-ahead log file of `dir` holds records: with none,
// recovery replays nothing and cannot stop at damage, and the probe's
// second open of every table (~0.2 s at 50,000 documents, mem17) is saved.
bool AnyWriteAheadLogRecords(const std::string& dir) {
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::error_code size_ec;
    if (entry.path().extension() == ".log" && entry.file_size(size_ec) != 0) return true;
    if (size_ec) return true;  // unknown: probe
  }
  return static_cast<bool>(ec);
}

Status ProbeWriteAheadLog(const std::string& dir) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(std::filesystem::path(dir) / "CURRENT", ec)) {
    return Status::Ok();  // a new database
  }
  if (!AnyWriteAheadLogRecords(dir)) return Status::Ok();
  index::Options options;
  options.read_only = true;
  options.create_if_missing = false;
  options.strict_wal_recovery = true;
  auto db = index::Database::Open(dir, options);
  if (!db.ok() && db.status().code() == Status::Code::kCorruption) return db.status();
  return Status::Ok();  // other open errors surface in the real open
}

// Opens the database, loads the lexicon and engine, ingests the corpus;
// tells the server what it is doing at each step. Stops early (Ok, with
// stack possibly incomplete) when `stop` turns true.
Status LoadForServing(const ArgParser& parser, server::HttpServer& server,
                      const std::atomic<bool>& stop, QueryStack& stack) {
  server.SetLoading("opening the database");
  // The analyzer and lexicon (~0.55 s) load while the database opens (~0.2 s
  // at 50,000 documents, every table's reader made): start-up is the longer
  // of the two (mem17). Every return below waits for it (~future).
  std::future<Status> language = std::async(std::launch::async, [&stack, lexicon = parser.Get("lexicon")] {
    return LoadLanguage(stack, lexicon, std::cerr);
  });
  const bool replica = parser.Has("replica-of");
  // A replica reads the writer's log; only the writer probes its own.
  if (!replica) {
    if (Status wal = ProbeWriteAheadLog(parser.Get("db")); !wal.ok()) {
      std::cerr << "rolegraph: error: damaged write-ahead log: " << wal.message()
                << "; recovering up to the damage (writes logged after it are lost); run "
                   "`rolegraph check --db "
                << parser.Get("db") << "`" << std::endl;
      server.ReportWalDamage(wal.message());
    }
  }
  auto db = replica ? OpenReplica(parser.Get("replica-of"), parser.Get("db"))
                    : OpenDatabase(parser.Get("db"), /*read_only=*/false);
  // A replica may start before its writer has written or published anything
  // (containers start in any order): it waits, saying why on /readyz.
  for (bool said = false; replica && !db.ok() && !stop; said = true) {
    const std::string why = "waiting for " + parser.Get("replica-of") + ": " + db.status().message();
    if (!said) std::cerr << "rolegraph: " << why << " (retrying)" << std::endl;
    server.SetLoading(why);
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    db = OpenReplica(parser.Get("replica-of"), parser.Get("db"));
  }
  if (stop) return Status::Ok();
  if (!db.ok()) {
    return Status::IOError("cannot open database " +
                           (replica ? parser.Get("replica-of") : parser.Get("db")) + ": " +
                           db.status().ToString());
  }
  stack.db = std::move(db).value();
  if (stop) return Status::Ok();
  server.SetLoading("loading the lexicon");
  Status loaded = language.get();
  if (loaded.ok()) loaded = CompleteQueryStack(stack, parser.Get("lexicon"), std::cerr);
  if (Status s = loaded; !s.ok()) {
    return Status::Internal("cannot load the query engine: " + s.ToString());
  }
  if (!parser.Has("corpus") || stop) return Status::Ok();

  const std::string corpus = parser.Get("corpus");
  server.SetLoading("ingesting " + corpus);
  ingest::Ingester ingester(*stack.analyzer, *stack.db);
  auto progress = [&server, &corpus](size_t done, size_t total, const std::string&) {
    server.SetLoading("ingesting " + corpus + ": " + std::to_string(done) + " of " +
                      std::to_string(total) + " files");
  };
  auto summary = IngestWithProgress(ingester, {corpus}, /*prune=*/true, progress, &stop);
  if (!summary.ok()) {
    return Status::IOError("cannot ingest " + corpus + ": " + summary.status().ToString());
  }
  std::cout << "corpus " << corpus << (summary->cancelled ? " (stopped early)" : "") << ":\n"
            << FormatIngestSummary(*summary) << std::flush;
  for (const auto& error : summary->errors) std::cerr << "rolegraph: failed: " << error << "\n";
  if (Status s = stack.db->Flush(); !s.ok())
    std::cerr << "rolegraph: flush: " << s.ToString() << "\n";
  return Status::Ok();
}

}  // namespace

int RunServe(const Args& args) {
  ArgParser parser(
      "serve [--db DIR] [--host H] [--port P] [--corpus DIR] [--threads N]\n"
      "                 [--lexicon PATH] [--max-body BYTES] [--api-key-file "
      "FILE]\n"
      "                 [--require-key-for-reads] [--web-dir DIR] "
      "[--cors-origin ORIGIN]...\n"
      "                 [--slack-signing-secret S] [--mattermost-token T] [--teams-secret S] "
      "[--public-url URL]\n"
      "                 [--log-format text|json] [--access-log on|off]\n"
      "                 [--replica-of DIR [--writer-url URL] [--catch-up-ms MS]]\n"
      "                 [--publish-backups DIR [--publish-every-ms MS]]",
      "Serve the HTTP JSON API (see docs/api.md). The port answers at once:\n"
      "/healthz 200, /readyz 503 while the lexicon and database load and --corpus\n"
      "is ingested (incremental by content hash; files gone from it are pruned),\n"
      "then 200. SIGTERM/SIGINT drain requests in flight, close the database, exit 0.\n"
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
      .Flag("watch", "with --corpus: re-ingest files of the folder that change (inotify)")
      .Option("threads", "N", "worker threads", std::to_string(DefaultThreads()))
      .Option("lexicon", "PATH",
              "prebuilt lexicon (else $ROLEGRAPH_LEXICON, else the built-in one)")
      .Option("max-body", "BYTES", "largest accepted request body", std::to_string(5u << 20))
      .Option("api-key-file", "FILE", "API keys, one per line ('#' comments, blank lines ignored)")
      .Flag("require-key-for-reads", "reads need an API key too (/healthz, /readyz stay open)")
      .Option("web-dir", "DIR", "web page, widget and openapi.json (default: share/rolegraph/web)",
              WebDir())
      .Option("cors-origin", "ORIGIN",
              "allow browser calls from this origin (repeatable; e.g. "
              "http://intranet:8000)")
      .Option("slack-signing-secret", "S",
              "verify Slack requests (else $ROLEGRAPH_SLACK_SIGNING_SECRET)")
      .Option("mattermost-token", "T",
              "Mattermost slash-command token (else $ROLEGRAPH_MATTERMOST_TOKEN)")
      .Option("teams-secret", "S",
              "Teams outgoing webhook security token, base64 (else $ROLEGRAPH_TEAMS_SECRET)")
      .Option("public-url", "URL", "base of links in chat answers (default: from the Host header)")
      .Option("max-connections", "N", "connections served at once (workers grow to this)", "1024")
      .Option("max-connections-per-address", "N",
              "connections one client address may hold (0: no cap)", "128")
      .Option("header-timeout", "SECONDS", "request line and headers must arrive within this",
              "10")
      .Option("disk-reserve", "BYTES",
              "free space kept on the database's disk; below it writes get 507",
              std::to_string(128u << 20))
      .Option("log-format", "text|json", "access log lines on stderr", "text")
      .Option("access-log", "on|off", "one line per request on stderr", "on")
      .Option("replica-of", "DIR",
              "read replica of the database another `serve` writes at DIR (same machine or "
              "shared volume); --db is then the replica's own folder; writes get 409")
      .Option("writer-url", "URL", "replicas: where writes go, named in the 409 error")
      .Option("publish-backups", "DIR",
              "writers: publish incremental RocksDB backups into DIR for replicas that cannot "
              "see --db (they use --replica-of DIR)")
      .Option("publish-every-ms", "MS", "writers: the longest a write waits to be published", "1000")
      .Option("catch-up-ms", "MS", "replicas: longest wait between catch-ups", "250")
      .Positionals(0, 0, "");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  auto port = parser.GetInt("port", 0, 65535);
  if (!port.ok()) return UsageError(port.status().message());
  auto threads = parser.GetInt("threads", 1, 1024);
  if (!threads.ok()) return UsageError(threads.status().message());
  auto max_body = parser.GetInt("max-body", 1, 1LL << 32);
  if (!max_body.ok()) return UsageError(max_body.status().message());
  auto max_connections = parser.GetInt("max-connections", 1, 65536);
  if (!max_connections.ok()) return UsageError(max_connections.status().message());
  auto per_address = parser.GetInt("max-connections-per-address", 0, 65536);
  if (!per_address.ok()) return UsageError(per_address.status().message());
  auto header_timeout = parser.GetInt("header-timeout", 1, 3600);
  if (!header_timeout.ok()) return UsageError(header_timeout.status().message());
  auto disk_reserve = parser.GetInt("disk-reserve", 0, 1LL << 50);
  if (!disk_reserve.ok()) return UsageError(disk_reserve.status().message());
  auto catch_up_ms = parser.GetInt("catch-up-ms", 10, 60000);
  if (!catch_up_ms.ok()) return UsageError(catch_up_ms.status().message());
  auto publish_ms = parser.GetInt("publish-every-ms", 100, 3600000);
  if (!publish_ms.ok()) return UsageError(publish_ms.status().message());
  if (parser.Has("replica-of") && parser.Has("publish-backups")) {
    return UsageError("--publish-backups is for the writer; a replica (--replica-of) has nothing to publish");
  }
  if (parser.Has("replica-of") && parser.Has("corpus")) {
    return UsageError("--corpus writes; a replica (--replica-of) only reads: ingest on the writer");
  }
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

  server::ServerOptions options;
  options.host = parser.Get("host");
  options.port = static_cast<int>(*port);
  options.threads = static_cast<int>(*threads);
  options.max_body_bytes = static_cast<size_t>(*max_body);
  options.max_connections = static_cast<int>(*max_connections);
  options.max_connections_per_address = static_cast<int>(*per_address);
  options.header_timeout_seconds = static_cast<int>(*header_timeout);
  options.data_dir = parser.Get("db");
  options.disk_reserve_bytes = static_cast<uint64_t>(*disk_reserve);
  options.api_keys = std::move(api_keys);
  options.require_key_for_reads = parser.Has("require-key-for-reads");
  options.web_dir = parser.Get("web-dir");
  options.cors_origins = parser.GetAll("cors-origin");
  options.public_url = parser.Get("public-url");
  options.writer_url = parser.Get("writer-url");
  while (!options.public_url.empty() && options.public_url.back() == '/')
    options.public_url.pop_back();
  // Secrets from the environment keep them out of `ps`.
  if (const char* env = std::getenv("ROLEGRAPH_SLACK_SIGNING_SECRET"))
    options.slack_signing_secret = env;
  if (parser.Has("slack-signing-secret"))
    options.slack_signing_secret = parser.Get("slack-signing-secret");
  if (const char* env = std::getenv("ROLEGRAPH_MATTERMOST_TOKEN")) options.mattermost_token = env;
  if (parser.Has("mattermost-token")) options.mattermost_token = parser.Get("mattermost-token");
  if (const char* env = std::getenv("ROLEGRAPH_TEAMS_SECRET")) options.teams_secret = env;
  if (parser.Has("teams-secret")) options.teams_secret = parser.Get("teams-secret");
  if (!options.teams_secret.empty() && !server::DecodeBase64(options.teams_secret)) {
    return UsageError("the Teams security token must be base64, as Teams shows it");
  }
  if (auto format = parser.Get("log-format"); format == "json") {
    options.log_format = server::LogFormat::kJson;
  } else if (format != "text") {
    return UsageError("--log-format must be text or json");
  }
  if (auto log = parser.Get("access-log"); log == "off") {
    options.access_log = false;
  } else if (log != "on") {
    return UsageError("--access-log must be on or off");
  }

  ::mallopt(M_MMAP_THRESHOLD, kOwnMappingBytes);
  ::mallopt(M_ARENA_MAX, MallocArenas());
  SignalWatcher signals;  // before RocksDB and the thread pools start threads
  auto server = server::HttpServer::Create(options);
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

  // Serve /healthz and /readyz (503) while loading.
  signals.SetServer(server->get());
  Status run;
  std::thread http([&] { run = (*server)->Run(); });

  QueryStack stack;
  Status loaded = LoadForServing(parser, **server, signals.stop_requested(), stack);
  std::unique_ptr<server::ReplicaFollower> follower;  // replicas: keeps catching up
  std::unique_ptr<server::BackupPublisher> publisher;  // writers with --publish-backups
  if (loaded.ok() && !signals.stop_requested() && stack.db) {
    if (stack.db->Replication().replica) {
      // Ready means current: catch up with what the writer wrote while the
      // lexicon loaded, then keep following.
      if (Status s = stack.db->CatchUp(); !s.ok()) std::cerr << "rolegraph: replica: " << s.ToString() << "\n";
      server::FollowerOptions follow;
      follow.interval = std::chrono::milliseconds(*catch_up_ms);
      // A backup is complete when its file appears in meta/; the writer's own
      // folder changes with every write.
      const std::string source = parser.Get("replica-of");
      const std::string watched = index::Database::IsBackupFolder(source) ? source + "/meta" : source;
      follower = std::make_unique<server::ReplicaFollower>(*stack.db, watched, follow);
    } else if (parser.Has("publish-backups")) {
      server::PublisherOptions publish;
      publish.interval = std::chrono::milliseconds(*publish_ms);
      publisher = std::make_unique<server::BackupPublisher>(*stack.db, parser.Get("publish-backups"), publish);
    }
    loaded = (*server)->SetReady(
        {stack.db.get(), stack.analyzer.get(), stack.engine.get(), stack.lexicon.get()});
    if (loaded.ok()) std::cout << "ready" << std::endl;
  }
  // --watch: changes in --corpus are pushed to this server over loopback.
  std::unique_ptr<CorpusWatcher> watcher;
  if (loaded.ok() && parser.Has("watch") && parser.Has("corpus")) {
    PushOptions push;
    const bool any = options.host == "0.0.0.0" || options.host == "::" || options.host.empty();
    push.server = "http://" + (any ? std::string("127.0.0.1") : options.host) + ":" +
                  std::to_string((*server)->port());
    if (!options.api_keys.empty()) push.key = options.api_keys.front();
    push.prune = true;
    auto started = CorpusWatcher::Start(parser.Get("corpus"), push);
    if (started.ok()) watcher = std::move(*started);
    else std::cerr << "rolegraph: --watch: " << started.status().message() << "\n";
  }
  if (!loaded.ok()) (*server)->Stop();
  http.join();  // after Stop(): requests in flight are answered
  watcher.reset();
  signals.SetServer(nullptr);
  follower.reset();
  publisher.reset();  // publishes writes not yet published

  Status flushed = stack.db ? stack.db->Flush() : Status::Ok();
  stack = QueryStack();  // closes RocksDB
  if (!loaded.ok()) return Failure(loaded.message());
  if (!run.ok()) return Failure("server: " + run.ToString());
  // Every acknowledged write is in the write-ahead log, replayed at the next
  // start: a flush that fails (a full disk) loses nothing, so it is reported
  // but SIGTERM still exits 0.
  if (!flushed.ok()) {
    std::cerr << "rolegraph: error: flush at shutdown: " << flushed.ToString()
              << " (acknowledged writes are in the write-ahead log)" << std::endl;
  }
  std::cout << "stopped" << std::endl;
  return kExitOk;
}

}  // namespace rolegraph::cli
