// General job-title vocabulary in English and Indonesian: the head nouns that
// make a phrase a role ("manager", "direktur"), the organisation-unit nouns
// ("department", "divisi") and the functional modifiers that qualify them
// ("marketing" = "pemasaran", "IT" = "TI"). Role names in documents are found
// by pattern over these words, never by a list of particular roles.
#pragma once

#include <string>
#include <string_view>

namespace rolegraph::ingest {

struct HeadNoun {
  std::string_view english;  // canonical English head ("manager")
  bool org_unit;             // "department", "team": an organisation unit, not a role
  bool prefix_modifiers;     // true for English word order (modifiers before the head)
  bool standalone = false;   // names a role on its own ("chef", "perawat"), unlike "manager"
};

// Looks up a folded word; nullptr when it is not a head noun.
const HeadNoun* FindHeadNoun(std::string_view norm);

// Canonical English key of a functional modifier ("pemasaran" ->
// "marketing", "ti" -> "it", "senior" -> "senior"), or empty.
std::string_view ModifierConcept(std::string_view norm);

// Seniority modifiers come first in canonical names ("Senior IT Manager").
bool IsSeniority(std::string_view key);

// English display form of a key ("it" -> "IT", "marketing" -> "Marketing").
std::string DisplayConcept(std::string_view key);

// Words that refer back to the role in focus: "ia", "dia", "he", "they", ...
bool IsRolePronoun(std::string_view norm);
// Nouns that with a demonstrative refer to the role: "this position", "posisi ini".
bool IsRoleReferenceNoun(std::string_view norm);
bool IsDemonstrative(std::string_view norm);

}  // namespace rolegraph::ingest
