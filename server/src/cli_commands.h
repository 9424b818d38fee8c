// The `rolegraph` subcommands. Each takes the arguments after its name and
// returns the process exit code (0 ok, 1 failure, 2 misuse).
#pragma once

#include <string>
#include <vector>

namespace rolegraph::cli {

using Args = std::vector<std::string>;

int RunIngest(const Args& args);  // cli_ingest.cc
int RunServe(const Args& args);   // cli_serve.cc
int RunAsk(const Args& args);     // cli_ask.cc
int RunRoles(const Args& args);   // cli_browse.cc
int RunFacts(const Args& args);   // cli_browse.cc
int RunGraph(const Args& args);   // cli_browse.cc
int RunEval(const Args& args);    // cli_eval.cc
int RunBackup(const Args& args);   // cli_backup.cc
int RunRestore(const Args& args);  // cli_backup.cc
int RunCheck(const Args& args);    // cli_check.cc
int RunProbe(const Args& args);    // cli_probe.cc

}  // namespace rolegraph::cli
