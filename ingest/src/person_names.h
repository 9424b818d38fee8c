// People introduced beside their title ("Budi Santoso, kepala gudang, ...",
// "the head chef, Maria Lopez,", "Pak Budi (kepala gudang)") and later called
// by name ("Budi", "Pak Budi", "Ms Lopez"): each later use is a reference to
// the role, like a pronoun. Honorifics come from data/lang/<code>/honorifics.txt.
#pragma once

#include <string_view>
#include <vector>

#include "roles.h"

namespace rolegraph::ingest {

// Adds a resolved span (pronoun = true) to roles->spans for every later use
// of a name introduced beside a role. Call before ResolveFocus.
void AddNameReferences(std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                       const LanguagePacks& packs, RecognizedRoles* roles);

}  // namespace rolegraph::ingest
