// End-to-end tests of the `rolegraph` command line: usage, errors, ingest,
// ask, browse, eval and serve's shutdown.
#include <doctest/doctest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "server/process_util.h"
#include "server/server_process.h"

namespace {

using nlohmann::json;
using namespace rolegraph::testing;

// One ingested database shared by the tests that only read it.
const std::string& IngestedDb() {
  static TempDir dir;
  static const std::string db = [] {
    const std::string path = dir / "db";
    RunResult r = RunRolegraph({"ingest", "--db", path, CorpusDir()});
    REQUIRE_MESSAGE(r.exit_code == 0, "ingest failed:\n" << r.out << r.err);
    return path;
  }();
  return db;
}

void CheckOneErrorLine(const RunResult& r) {
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(CountLines(r.err) == 1);
  CHECK(r.err.rfind("rolegraph: error: ", 0) == 0);
}

}  // namespace

TEST_CASE("cli: --help prints usage and exits 0") {
  RunResult r = RunRolegraph({"--help"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("usage: rolegraph") != std::string::npos);
  for (const char* command : {"ingest", "serve", "ask", "roles", "facts", "graph", "eval"}) {
    CAPTURE(command);
    CHECK(r.out.find(command) != std::string::npos);
    RunResult sub = RunRolegraph({command, "--help"});
    CHECK(sub.exit_code == 0);
    CHECK(sub.out.find(std::string("usage: rolegraph ") + command) != std::string::npos);
    CHECK(sub.err.empty());
  }
}

TEST_CASE("cli: misuse exits 2 with one error line") {
  const std::vector<std::vector<std::string>> cases = {
      {},
      {"bogus"},
      {"--bogus"},
      {"ask", "--bogus", "Who?"},
      {"ask"},
      {"ask", "--top-k", "0", "Who?"},
      {"ask", "--lang", "fr", "Who?"},
      {"serve", "--port"},
      {"serve", "--port", "http"},
      {"serve", "--threads", "0"},
      {"ingest"},
      {"facts"},
      {"graph", "--format", "svg"},
      {"roles", "extra"},
      {"eval"},
  };
  for (const auto& args : cases) {
    std::string joined;
    for (const auto& a : args) joined += a + " ";
    CAPTURE(joined);
    CheckOneErrorLine(RunRolegraph(args));
  }
}

TEST_CASE("cli: ingest is incremental") {
  const std::string& db = IngestedDb();
  RunResult again = RunRolegraph({"ingest", "--db", db, CorpusDir()});
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("added 0, updated 0") != std::string::npos);
  CHECK(again.out.find("unchanged 4") != std::string::npos);
  RunResult missing = RunRolegraph({"ingest", "--db", db, "/no/such/path"});
  CHECK(missing.exit_code == 1);
}

TEST_CASE("cli: ask --json prints the HTTP response shape") {
  RunResult r = RunRolegraph({"ask", "--db", IngestedDb(), "--json", "--top-k", "2", "Who",
                              "manages", "vendors", "for", "product", "improvement?"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  json j = json::parse(r.out, nullptr, false);
  REQUIRE(!j.is_discarded());
  CHECK(j["question"] == "Who manages vendors for product improvement?");
  CHECK(j["abstained"].is_boolean());
  CHECK(j["took_ms"].is_number());
  REQUIRE(j["answers"].is_array());
  CHECK(j["answers"].size() <= 2);
  for (const auto& a : j["answers"]) {
    CHECK(a["role"]["id"].is_string());
    CHECK(a["role"]["name"].is_string());
    CHECK(a["role"]["aliases"].is_array());
    CHECK(a["confidence"].is_number());
    for (const auto& c : a["citations"]) {
      for (const char* key : {"doc_id", "title", "text"}) CHECK(c[key].is_string());
      for (const char* key : {"sentence", "start", "end"}) CHECK(c[key].is_number_integer());
      CHECK(c["highlights"].is_array());
    }
  }
  CHECK_FALSE(j.contains("explain"));

  RunResult human =
      RunRolegraph({"ask", "--db", IngestedDb(), "--explain", "Who runs IT operations?"});
  CHECK(human.exit_code == 0);
  CHECK(human.out.find("Q: Who runs IT operations?") != std::string::npos);
  CHECK(human.out.find("explain:") != std::string::npos);

  RunResult no_db = RunRolegraph({"ask", "--db", "/no/such/db", "Who?"});
  CHECK(no_db.exit_code == 1);
}

TEST_CASE("cli: roles, facts, graph") {
  RunResult roles = RunRolegraph({"roles", "--db", IngestedDb(), "--json"});
  REQUIRE(roles.exit_code == 0);
  json j = json::parse(roles.out, nullptr, false);
  REQUIRE(j["roles"].is_array());
  REQUIRE_FALSE(j["roles"].empty());

  const std::string id = j["roles"][0]["id"];
  RunResult facts = RunRolegraph({"facts", "--db", IngestedDb(), "--json", id});
  CHECK(facts.exit_code == 0);
  json f = json::parse(facts.out, nullptr, false);
  CHECK(f["id"] == id);
  CHECK(f["facts"].is_object());
  CHECK(RunRolegraph({"facts", "--db", IngestedDb(), id}).exit_code == 0);
  CHECK(RunRolegraph({"facts", "--db", IngestedDb(), "no-such-role-xyz"}).exit_code == 1);

  RunResult dot = RunRolegraph({"graph", "--db", IngestedDb(), "--format", "dot"});
  CHECK(dot.exit_code == 0);
  CHECK(dot.out.rfind("digraph", 0) == 0);
  RunResult graph = RunRolegraph({"graph", "--db", IngestedDb(), "--format", "json"});
  CHECK(graph.exit_code == 0);
  CHECK(json::parse(graph.out, nullptr, false)["nodes"].is_array());
}

TEST_CASE("cli: eval refuses gold evidence that is not a list, naming the line") {
  TempDir dir;
  {
    std::ofstream gold(dir / "gold.jsonl");
    gold << R"({"id": "t1", "question": "Who manages vendors?", "answer": ["CTO"], "evidence": ["vendor"]})"
            "\n"
         << R"({"id": "t2", "question": "Who signs contracts?", "answer": ["CTO"], "evidence": "signs contracts"})"
            "\n";
  }
  RunResult r = RunRolegraph({"eval", "--db", IngestedDb(), dir / "gold.jsonl"});
  CHECK(r.exit_code != 0);
  CHECK(r.out.find("score:") == std::string::npos);
  CHECK(r.err.find("gold.jsonl:2") != std::string::npos);
  CHECK(r.err.find("\"evidence\" must be a list of strings") != std::string::npos);
}

TEST_CASE("cli: eval prints a score line") {
  TempDir dir;
  {
    std::ofstream gold(dir / "gold.jsonl");
    gold
        << R"({"id": "t1", "question": "Who manages vendors for product improvement?", "answer": ["CTO"], "evidence": ["peningkatan produk"]})"
           "\n"
        << R"({"id": "t2", "question": "Who is the best football player in the world?", "answer": [], "evidence": []})"
           "\n";
    std::ofstream roles(dir / "roles.json");
    roles << R"({"CTO": ["CTO", "Chief Technology Officer"]})";
  }
  RunResult r = RunRolegraph({"eval", "--db", IngestedDb(), "--roles", dir / "roles.json",
                              "--show-failures", dir / "gold.jsonl"});
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("score: role@1=") != std::string::npos);
  CHECK(r.out.find(" n=2") != std::string::npos);
}

TEST_CASE("cli: serve exits 0 on SIGTERM and 1 when the port is taken") {
  ServerProcess first({}, std::chrono::seconds(60), IngestedDb());
  REQUIRE_MESSAGE(first.ok(), first.err());
  CHECK(first.out().find("listening on http://127.0.0.1:" + std::to_string(first.port())) !=
        std::string::npos);

  // A second server on the same port (and database) must fail cleanly.
  TempDir other;
  RunResult taken =
      RunRolegraph({"serve", "--db", other / "db", "--port", std::to_string(first.port())},
                   std::chrono::seconds(60));
  CHECK(taken.exit_code == 1);

  CHECK(first.Stop() == 0);
}
