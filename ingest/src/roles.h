// Role recognition: finds the roles a document names, by general patterns
// (acronym definitions, "Chief X Officer", job-title head nouns with their
// modifiers in both languages), and builds one entity per real role.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

// A role mention inside one sentence: token range [first, last].
struct RoleSpan {
  std::string role_id;
  uint32_t first = 0, last = 0;
  bool pronoun = false;  // resolved reference ("Ia", "this position")
};

struct RoleEntity {
  std::string id;    // "cto", "senior-it-manager"
  std::string name;  // "Chief Technology Officer", "Senior IT Manager"
  std::string kind;  // "role" or "org_unit"
  std::vector<std::string> aliases;
  uint32_t mentions = 0;
  uint32_t first_sentence = 0;
};

struct RecognizedRoles {
  std::vector<std::vector<RoleSpan>> spans;  // per sentence, in token order
  std::vector<RoleEntity> entities;
  const RoleEntity* Find(std::string_view id) const;
};

// `packs` supplies every word the patterns read (docs/language-packs.md).
RecognizedRoles RecognizeRoles(const LanguagePacks& packs, std::string_view text,
                               const std::vector<AnalyzedSentence>& sentences);

// Acronym shape of a token ("CEO", "CEOs", "CEO's" -> "CEO"), or empty.
std::string AcronymOf(std::string_view original);

}  // namespace rolegraph::ingest
