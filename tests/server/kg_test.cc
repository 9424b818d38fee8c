// Acceptance of the knowledge graph on the shipped corpus (issue 3), against
// the real `rolegraph serve`: the roles a reader finds in corpus/ are listed
// once each, people, companies and sites are not roles, role details cite
// their exact source bytes, and the DOT export renders with graphviz.
#include <doctest/doctest.h>
#include <httplib.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "server/http_fixture.h"
#include "server/process_util.h"

using namespace rolegraph::testing;

namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}

// Lower-case words of s ("Dion Hinchcliffe", "swa-com" -> dion hinchcliffe, swa com).
std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::string word;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) {
      word += static_cast<char>(std::tolower(c));
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

bool ContainsPhrase(const std::string& text, const std::string& phrase) {
  const auto words = Words(text), want = Words(phrase);
  return std::search(words.begin(), words.end(), want.begin(), want.end()) != words.end();
}

// Everything a role is called: id, name, aliases.
std::vector<std::string> Names(const json& role) {
  std::vector<std::string> out = {role["id"].get<std::string>(), role["name"].get<std::string>()};
  for (const auto& a : role["aliases"]) out.push_back(a.get<std::string>());
  return out;
}

bool IsCalled(const json& role, const std::vector<std::string>& names) {
  for (const auto& n : Names(role))
    for (const auto& want : names)
      if (Lower(n) == Lower(want)) return true;
  return false;
}

std::string Describe(const json& role) {
  std::string out = role["id"].get<std::string>() + " (" + role["kind"].get<std::string>() +
                    ") \"" + role["name"].get<std::string>() +
                    "\" aliases=" + role["aliases"].dump();
  return out;
}

json GetRoles(httplib::Client& client) {
  auto res = client.Get("/v1/roles");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  json roles = ParseJson(res->body)["roles"];
  REQUIRE(roles.is_array());
  return roles;
}

std::string ListRoles(const json& roles) {
  std::string out;
  for (const auto& r : roles) out += "\n  " + Describe(r);
  return out;
}

// The predicate names docs/predicates.md documents: its table rows "| `name` | ...".
std::set<std::string> DocumentedPredicates() {
  std::ifstream in(SourceDir() + "/docs/predicates.md");
  std::set<std::string> names;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("| `", 0) != 0) continue;
    const size_t end = line.find('`', 3);
    if (end != std::string::npos) names.insert(line.substr(3, end - 3));
  }
  return names;
}

// A role of the corpus as a reader names it, in either language.
struct ExpectedRole {
  std::string label;
  std::vector<std::string> names;  // id, name or alias (any case), plural and possessive forms
};

const std::vector<ExpectedRole>& CorpusRoles() {
  static const std::vector<ExpectedRole> roles = {
      {"CEO", {"ceo", "chief executive officer", "ceos", "ceo's"}},
      {"CTO", {"cto", "chief technology officer", "ctos", "cto's"}},
      {"CIO",
       {"cio", "chief information officer", "chief information technology officer", "cios",
        "cio's"}},
      {"CMO", {"cmo", "chief marketing officer", "cmos", "cmo's"}},
      {"CPO", {"cpo", "chief product officer", "cpos", "cpo's"}},
      {"senior IT manager",
       {"manajer TI senior", "senior IT manager", "manajer teknologi informasi (TI) senior",
        "manajer teknologi informasi senior", "manajer senior TI", "senior-it-manager"}},
      {"product manager",
       {"product manager", "product managers", "manajer produk", "product-manager"}},
      {"marketing director", {"marketing director", "direktur pemasaran", "marketing-director"}},
  };
  return roles;
}

}  // namespace

TEST_CASE("kg: /v1/roles lists each corpus role exactly once") {
  auto client = Client();
  json roles = GetRoles(*client);
  INFO("roles:" << ListRoles(roles));
  for (const auto& want : CorpusRoles()) {
    CAPTURE(want.label);
    std::vector<std::string> matches;
    for (const auto& r : roles)
      if (IsCalled(r, want.names)) matches.push_back(Describe(r));
    std::string list;
    for (const auto& m : matches) list += "\n  " + m;
    CHECK_MESSAGE(matches.size() == 1, want.label << ": " << matches.size() << " entities" << list);
    for (const auto& r : roles)
      if (IsCalled(r, want.names)) CHECK_MESSAGE(r["kind"] == "role", Describe(r));
  }
  // The senior IT manager is the role whose aliases hold the Indonesian title.
  bool senior_it = std::any_of(roles.begin(), roles.end(), [](const json& r) {
    for (const auto& a : r["aliases"])
      if (Lower(a.get<std::string>()) == "manajer ti senior") return r["kind"] == "role";
    return false;
  });
  CHECK_MESSAGE(senior_it, "no role has the alias \"manajer TI senior\"");
}

TEST_CASE("kg: no person, company, site or department is a role") {
  auto client = Client();
  json roles = GetRoles(*client);
  const std::vector<std::string> not_roles = {
      // people
      "Steve Jobs", "Steve", "Jobs", "Jack Ma", "Mark Zuckerberg", "Zuckerberg", "Nadiem Makariem",
      "Nadiem", "Makariem", "Dion Hinchcliffe", "Dion", "Hinchcliffe",
      // companies, sources, sites
      "Investopedia", "TechTarget", "zdnet", "Productboard", "Bead", "beadgroup", "SWA", "Akismet",
      "Market Business Review"};
  for (const auto& r : roles) {
    if (r["kind"] != "role") continue;
    for (const auto& name : Names(r)) {
      for (const auto& bad : not_roles) {
        CAPTURE(bad);
        CHECK_MESSAGE(!ContainsPhrase(name, bad),
                      "a role is named after \"" << bad << "\": " << Describe(r));
      }
      // "departemen TI", "Department TI" are organisation units, not roles.
      const auto words = Words(name);
      const bool department =
          !words.empty() &&
          (words[0] == "departemen" || words[0] == "department" || words[0] == "departement");
      CHECK_MESSAGE(!department, "a department is a role: " << Describe(r));
    }
  }
}

TEST_CASE("kg: role details group facts by predicate, each citing its exact source bytes") {
  auto client = Client();
  json roles = GetRoles(*client);
  const std::set<std::string> vocabulary = DocumentedPredicates();
  REQUIRE_FALSE(vocabulary.empty());
  // The six roles with stated responsibilities in the corpus must have facts.
  const std::vector<std::string> with_facts = {"CEO", "CTO", "CIO",
                                               "CMO", "CPO", "senior IT manager"};
  CitationChecker checker(*client);
  for (const auto& want : CorpusRoles()) {
    CAPTURE(want.label);
    const json* role = nullptr;
    for (const auto& r : roles)
      if (IsCalled(r, want.names)) {
        role = &r;
        break;
      }
    if (role == nullptr) {
      FAIL_CHECK("role not listed: " << want.label);
      continue;
    }
    const std::string id = (*role)["id"];
    auto res = client->Get("/v1/roles/" + id);
    CheckJsonContentType(res);
    REQUIRE(res->status == 200);
    json d = ParseJson(res->body);
    CHECK(d["id"] == id);
    REQUIRE(d["facts"].is_object());
    size_t count = 0;
    for (const auto& [predicate, list] : d["facts"].items()) {
      CAPTURE(predicate);
      CHECK_MESSAGE(vocabulary.count(predicate), "predicate not in docs/predicates.md");
      REQUIRE(list.is_array());
      CHECK_FALSE(list.empty());
      for (const auto& f : list) {
        ++count;
        const std::string object = f["object"];
        CAPTURE(object);
        CHECK_FALSE(object.empty());
        REQUIRE(f["citation"].is_object());
        checker.Check(f["citation"]);
        // The object is a span of the cited sentence.
        CHECK(f["citation"]["text"].get<std::string>().find(object) != std::string::npos);
      }
    }
    CHECK_MESSAGE(count == (*role)["facts"].get<size_t>(),
                  "facts count in /v1/roles differs from the detail");
    if (std::find(with_facts.begin(), with_facts.end(), want.label) != with_facts.end())
      CHECK_MESSAGE(count > 0, want.label << " has no facts");
  }
  CHECK(checker.checked() > 0);
}

namespace {

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

size_t CountOf(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size()))
    ++n;
  return n;
}

// Renders DOT with `dot -Tsvg`; CHECKs it succeeds and returns the SVG.
std::string RenderSvg(const std::string& dot) {
  REQUIRE_MESSAGE(std::system("command -v dot >/dev/null 2>&1") == 0,
                  "graphviz `dot` not installed (scripts/setup.sh installs it)");
  TempDir dir;
  {
    std::ofstream out(dir / "graph.dot", std::ios::binary);
    out << dot;
  }
  const std::string command = "dot -Tsvg '" + (dir / "graph.dot") + "' -o '" + (dir / "graph.svg") +
                              "' 2>'" + (dir / "err") + "'";
  const int status = std::system(command.c_str());
  const std::string err = ReadAll(dir / "err");
  CHECK_MESSAGE(status == 0, "dot -Tsvg failed:\n" << err << "\ninput:\n" << dot.substr(0, 2000));
  CHECK_MESSAGE(err.find("Error") == std::string::npos, err);
  if (!err.empty()) MESSAGE("dot printed:\n" << err);
  return ReadAll(dir / "graph.svg");
}

}  // namespace

TEST_CASE("kg: GET /v1/graph?format=dot renders with graphviz") {
  auto client = Client();
  auto dot = client->Get("/v1/graph?format=dot");
  REQUIRE(dot);
  REQUIRE(dot->status == 200);
  const std::string svg = RenderSvg(dot->body);
  CHECK(svg.find("<svg") != std::string::npos);

  // Every node and edge of the graph is drawn: DOT names no node the JSON lacks.
  auto graph = client->Get("/v1/graph");
  REQUIRE(graph);
  REQUIRE(graph->status == 200);
  json g = ParseJson(graph->body);
  CHECK(CountOf(svg, "class=\"node\"") == g["nodes"].size());
  CHECK(CountOf(svg, "class=\"edge\"") == g["edges"].size());
}

TEST_CASE("kg: `rolegraph graph --format dot` renders with graphviz") {
  TempDir dir;
  RunResult ingest = RunRolegraph({"ingest", "--db", dir / "db", CorpusDir()});
  REQUIRE_MESSAGE(ingest.exit_code == 0, ingest.out << ingest.err);
  RunResult dot = RunRolegraph({"graph", "--db", dir / "db", "--format", "dot"});
  REQUIRE_MESSAGE(dot.exit_code == 0, dot.err);
  CHECK(RenderSvg(dot.out).find("<svg") != std::string::npos);
}
