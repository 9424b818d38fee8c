// Shared by the analyzer tests: one Analyzer per test binary (building one
// loads ICU break rules) and helpers to look at results as text.
#pragma once

#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/ingester.h"

namespace rolegraph::ingest::testing {

inline const Analyzer& SharedAnalyzer() {
  static const std::unique_ptr<Analyzer> analyzer = [] {
    auto created = Analyzer::Create();
    REQUIRE_MESSAGE(created.ok(), created.status().ToString());
    return std::move(created).value();
  }();
  return *analyzer;
}

// The role (or, with `roles_only` false, also the unit) whose name or an
// alias is `alias`, compared in lower case; nullptr when none.
inline const index::RoleRecord* RoleNamed(const index::IndexedDocument& d, const std::string& alias,
                                          bool roles_only = true) {
  auto lower = [](std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  for (const auto& r : d.roles) {
    if (roles_only && r.kind != "role") continue;
    if (lower(r.name) == lower(alias)) return &r;
    for (const auto& a : r.aliases)
      if (lower(a) == lower(alias)) return &r;
  }
  return nullptr;
}

// The id of the role or body named `alias` (name or alias, any case), or "".
inline std::string RoleIdNamed(const index::IndexedDocument& d, const std::string& alias) {
  const index::RoleRecord* r = RoleNamed(d, alias, /*roles_only=*/false);
  return r == nullptr ? "" : r->id;
}

// Roles of a document with their names and aliases, for test failure messages.
inline std::string DescribeRoles(const index::IndexedDocument& d) {
  std::string roles;
  for (const auto& r : d.roles) {
    roles += r.id + "=" + r.name + " [";
    for (const auto& a : r.aliases) roles += a + "; ";
    roles += "] ";
  }
  return roles;
}

// Roles and facts of a document, one fact a line, for test failure messages.
inline std::string DescribeFacts(const index::IndexedDocument& d) {
  std::ostringstream out;
  out << "roles:";
  for (const auto& r : d.roles) out << " " << r.id;
  out << "\nfacts:";
  for (const auto& f : d.facts)
    out << "\n  " << f.role_id << " " << f.predicate << " \"" << f.object << "\""
        << (f.object_role_id.empty() ? "" : " -> " + f.object_role_id) << (f.negated ? " NEGATED" : "")
        << (f.current ? "" : " PAST");
  return out.str();
}

// A document built from text through the public ingest API.
inline index::IndexedDocument BuildText(const std::string& text, const std::string& id = "t") {
  DocumentInput in;
  in.id = id;
  in.text = text;
  auto doc = BuildDocument(SharedAnalyzer(), in);
  REQUIRE_MESSAGE(doc.ok(), doc.status().ToString());
  return std::move(doc).value();
}

// One table row over a document built from `text`: each of `names` names a
// role or unit (the first with display name `display`, when given), each of
// `parts` names that same one, and none of `not_names` names any.
struct NamedRolesRow {
  std::string text;
  std::vector<std::string> names;
  const char* display = nullptr;
  std::vector<std::string> not_names = {};
  std::vector<std::string> parts = {};
};

inline void CheckNamedRoles(const NamedRolesRow& row) {
  const std::string& text = row.text;
  CAPTURE(text);
  index::IndexedDocument d = BuildText(text);
  const std::string roles = DescribeRoles(d);
  CAPTURE(roles);
  for (const auto& n : row.names) CHECK_MESSAGE(RoleNamed(d, n, false) != nullptr, n);
  const index::RoleRecord* first = row.names.empty() ? nullptr : RoleNamed(d, row.names[0], false);
  if (row.display != nullptr) {
    REQUIRE(first != nullptr);
    CHECK(first->name == row.display);
  }
  for (const auto& part : row.parts) CHECK_MESSAGE(RoleNamed(d, part, false) == first, part);
  for (const auto& n : row.not_names) CHECK_MESSAGE(RoleNamed(d, n, false) == nullptr, n);
}

inline std::string Slice(std::string_view text, uint32_t begin, uint32_t end) {
  return std::string(text.substr(begin, end - begin));
}

inline std::vector<std::string> SentenceTexts(std::string_view text) {
  std::vector<std::string> out;
  for (const AnalyzedSentence& s : SharedAnalyzer().Analyze(text)) out.push_back(Slice(text, s.begin, s.end));
  return out;
}

inline std::string ReadCorpusFile(const std::string& name) {
  std::ifstream in(std::string(ROLEGRAPH_SOURCE_DIR) + "/corpus/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot open corpus/" << name);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace rolegraph::ingest::testing
