// Shared by the title tests (whole_titles_test, unit_names_test,
// title_heads_test): a table row of text written for a test, the role its
// names must find and the strings no role may have.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"

namespace rolegraph::ingest::testing {

// A role or a unit with this name or alias.
inline const index::RoleRecord* RoleOrUnitNamed(const index::IndexedDocument& d, const std::string& alias) {
  return RoleNamed(d, alias, false);
}

struct Row {
  const char* text;
  const char* name;                    // a role with exactly this display name exists
  std::vector<std::string> names;      // all name that same role
  std::vector<std::string> not_names;  // no role has these as name or alias
};

// One row: the role named names[0] exists (with display name `name` when
// given), every name in `names` finds that same role, no role has a not_name.
template <size_t N>
void CheckRows(const Row (&rows)[N]) {
  for (const Row& row : rows) {
    const std::string text = row.text;
    CAPTURE(text);
    index::IndexedDocument d = BuildText(row.text);
    const std::string roles = DescribeRoles(d);
    CAPTURE(roles);
    const index::RoleRecord* role = row.names.empty() ? nullptr : RoleOrUnitNamed(d, row.names[0]);
    if (!row.names.empty()) REQUIRE_MESSAGE(role != nullptr, row.names[0]);
    if (row.name != nullptr) CHECK(role->name == row.name);
    for (const auto& n : row.names) CHECK_MESSAGE(RoleOrUnitNamed(d, n) == role, n);
    for (const auto& n : row.not_names) CHECK_MESSAGE(RoleOrUnitNamed(d, n) == nullptr, n);
  }
}

}  // namespace rolegraph::ingest::testing
