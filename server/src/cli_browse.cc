// `rolegraph roles`, `rolegraph facts ROLE`, `rolegraph graph`: browse the
// knowledge graph from the command line, same data as /v1/roles, /v1/roles/{id}
// and /v1/graph.
#include <cstdio>
#include <iostream>
#include <map>

#include "cli_commands.h"
#include "cli_common.h"
#include "graph_view.h"
#include "http_util.h"
#include "json_codec.h"

namespace rolegraph::cli {
namespace {

// Opens the database read-only (a running server may hold the write lock).
Result<std::unique_ptr<index::Database>> OpenForBrowse(const ArgParser& parser) {
  return OpenDatabase(parser.Get("db"), /*read_only=*/true);
}

std::string Pad(std::string s, size_t width) {
  if (s.size() < width) s.resize(width, ' ');
  return s;
}

}  // namespace

int RunRoles(const Args& args) {
  ArgParser parser("roles [--db DIR] [--json]", "List the roles the documents mention.");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Flag("json", "print the JSON of GET /v1/roles")
      .Positionals(0, 0, "");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  auto db = OpenForBrowse(parser);
  if (!db.ok()) return Failure("cannot open database: " + db.status().ToString());
  server::GraphView view((*db)->NewReader());
  auto roles = view.Roles();
  if (!roles.ok()) return Failure(roles.status().ToString());
  if (parser.Has("json")) {
    std::cout << server::DumpJson(server::EncodeRoles(*roles)) << std::endl;
    return kExitOk;
  }
  std::cout << Pad("ID", 28) << Pad("NAME", 40) << Pad("KIND", 10) << "MENTIONS  FACTS  ALIASES\n";
  for (const auto& r : *roles) {
    std::string aliases;
    for (const auto& a : r.aliases) aliases += (aliases.empty() ? "" : ", ") + a;
    std::cout << Pad(r.id, 28) << Pad(r.name, 40) << Pad(r.kind, 10)
              << Pad(std::to_string(r.mentions), 10) << Pad(std::to_string(r.facts), 7) << aliases
              << "\n";
  }
  std::cout << roles->size() << " roles\n" << std::flush;
  return kExitOk;
}

int RunFacts(const Args& args) {
  ArgParser parser("facts [--db DIR] [--json] ROLE",
                   "Show what the documents say about one role (id, name or alias), by predicate,\n"
                   "each fact with the sentence it comes from.");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Flag("json", "print the JSON of GET /v1/roles/{id}")
      .Positionals(1, 1, "ROLE");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  auto db = OpenForBrowse(parser);
  if (!db.ok()) return Failure("cannot open database: " + db.status().ToString());
  server::GraphView view((*db)->NewReader());
  auto role = view.ResolveRole(parser.positional()[0]);
  if (!role.ok()) return Failure(role.status().message());
  server::FactFilter filter;
  filter.role = role->id;
  auto facts = view.Facts(filter);
  if (!facts.ok()) return Failure(facts.status().ToString());
  if (parser.Has("json")) {
    std::cout << server::DumpJson(server::EncodeRoleDetail(*role, *facts)) << std::endl;
    return kExitOk;
  }
  std::cout << role->name << " [" << role->id << "]\n";
  std::map<std::string, std::vector<const server::CitedFact*>> by_predicate;
  for (const auto& f : *facts) by_predicate[f.fact.predicate].push_back(&f);
  for (const auto& [predicate, list] : by_predicate) {
    std::cout << "\n" << predicate << ":\n";
    for (const server::CitedFact* f : list) {
      char conf[16];
      std::snprintf(conf, sizeof conf, "%.2f", f->fact.confidence);
      std::cout << "  - " << f->fact.object << "  (" << conf << "; "
                << (f->citation.title.empty() ? f->citation.doc_id : f->citation.title)
                << ", sentence " << f->citation.sentence << ")\n";
    }
  }
  std::cout << "\n" << facts->size() << " facts\n" << std::flush;
  return kExitOk;
}

int RunGraph(const Args& args) {
  ArgParser parser("graph [--db DIR] --format dot|json",
                   "Print the role graph (roles and the relations between them).\n"
                   "Render with: rolegraph graph --format dot | dot -Tsvg > roles.svg");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Option("format", "dot|json", "output format", "dot")
      .Positionals(0, 0, "");
  if (auto exit = ParseArgs(parser, args)) return *exit;
  const std::string format = parser.Get("format");
  if (format != "dot" && format != "json") return UsageError("--format must be dot or json");
  auto db = OpenForBrowse(parser);
  if (!db.ok()) return Failure("cannot open database: " + db.status().ToString());
  server::GraphView view((*db)->NewReader());
  auto graph = view.Graph();
  if (!graph.ok()) return Failure(graph.status().ToString());
  if (format == "dot") {
    std::cout << server::RenderDot(*graph) << std::flush;
  } else {
    std::cout << server::DumpJson(server::EncodeGraph(*graph)) << std::endl;
  }
  return kExitOk;
}

}  // namespace rolegraph::cli
