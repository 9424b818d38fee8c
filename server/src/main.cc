// `rolegraph`: one executable, one subcommand per job.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "cli_commands.h"
#include "cli_common.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const rolegraph::cli::Args&);
  const char* summary;
};

constexpr Command kCommands[] = {
    {"ingest", rolegraph::cli::RunIngest,
     "index role documents (files or folders) into a database"},
    {"serve", rolegraph::cli::RunServe,
     "serve the HTTP JSON API (optionally ingesting a corpus first)"},
    {"ask", rolegraph::cli::RunAsk, "answer one question from the command line"},
    {"roles", rolegraph::cli::RunRoles, "list the roles in the knowledge graph"},
    {"facts", rolegraph::cli::RunFacts, "show the facts known about one role"},
    {"graph", rolegraph::cli::RunGraph, "print the role graph as Graphviz dot or JSON"},
    {"eval", rolegraph::cli::RunEval, "score the answers against a gold question file (JSONL)"},
    {"backup", rolegraph::cli::RunBackup, "copy a database into a new folder (RocksDB checkpoint)"},
    {"restore", rolegraph::cli::RunRestore, "restore a database from a backup folder"},
    {"check", rolegraph::cli::RunCheck, "verify a database's write-ahead log and checksums"},
    {"probe", rolegraph::cli::RunProbe, "GET a URL (e.g. /readyz), exit 0 on 2xx (health checks)"},
};

void PrintUsage(std::ostream& out) {
  out << "usage: rolegraph [--help] COMMAND [options] [args]\n\n"
         "RoleGraph answers questions about roles (Indonesian and English role\n"
         "documents) with cited evidence.\n\ncommands:\n";
  for (const Command& c : kCommands) {
    std::string name = c.name;
    name.resize(10, ' ');
    out << "  " << name << c.summary << "\n";
  }
  out << "\nRun `rolegraph COMMAND --help` for a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    return rolegraph::cli::UsageError("missing command (try `rolegraph --help`)");
  }
  const std::string& first = args.front();
  if (first == "--help" || first == "-h" || first == "help") {
    PrintUsage(std::cout);
    return rolegraph::cli::kExitOk;
  }
  if (first == "--version") {
    std::cout << "rolegraph 0.1.0\n";
    return rolegraph::cli::kExitOk;
  }
  for (const Command& c : kCommands) {
    if (first == c.name) return c.run(rolegraph::cli::Args(args.begin() + 1, args.end()));
  }
  if (!first.empty() && first[0] == '-') {
    return rolegraph::cli::UsageError("unknown option '" + first + "' (try `rolegraph --help`)");
  }
  return rolegraph::cli::UsageError("unknown command '" + first + "' (try `rolegraph --help`)");
}
