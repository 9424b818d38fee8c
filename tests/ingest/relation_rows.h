// Shared by the relation tests (relation_polarity_test, clause_relations_test):
// a row of text written for a test, a relation between two roles it names and
// the state the document must hold it in.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

namespace rolegraph::ingest::testing {

enum class Expect { kAffirmed, kNegated, kPast, kNone };

struct Row {
  std::string text;
  std::string subject;    // as the text names it
  std::string predicate;
  std::string target;     // as the text names it
  Expect expect;
};

// The relation subject -predicate-> target as the document holds it: kNone
// when no fact joins them, else the state of the affirmed current one if any.
inline Expect Found(const index::IndexedDocument& d, const std::string& s, const std::string& p, const std::string& t) {
  Expect out = Expect::kNone;
  for (const auto& f : d.facts) {
    if (f.role_id != s || f.predicate != p || f.object_role_id != t) continue;
    if (!f.negated && f.current) return Expect::kAffirmed;
    out = f.negated ? Expect::kNegated : Expect::kPast;
  }
  return out;
}

inline const char* Name(Expect e) {
  switch (e) {
    case Expect::kAffirmed: return "affirmed";
    case Expect::kNegated: return "negated";
    case Expect::kPast: return "past";
    case Expect::kNone: return "none";
  }
  return "?";
}

inline void CheckRows(const std::vector<Row>& rows) {
  for (const auto& row : rows) {
    CAPTURE(row.text);
    auto d = BuildText(row.text);
    const std::string s = RoleIdNamed(d, row.subject), t = RoleIdNamed(d, row.target);
    INFO(DescribeFacts(d));
    REQUIRE_MESSAGE(!s.empty(), "no role named \"" << row.subject << "\"");
    REQUIRE_MESSAGE(!t.empty(), "no role named \"" << row.target << "\"");
    CHECK_MESSAGE(Found(d, s, row.predicate, t) == row.expect,
                  s << " " << row.predicate << " " << t << ": want " << Name(row.expect) << ", got "
                    << Name(Found(d, s, row.predicate, t)));
  }
}

}  // namespace rolegraph::ingest::testing
