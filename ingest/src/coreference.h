// Coreference: which role each sentence is about. Pronouns and role
// references (personal pronouns, "this role", "jabatan tersebut") resolve to
// the role in focus; sentences that name no role fall back to the previous
// subject, the section heading's role, or the document's topic role, each
// with less confidence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "roles.h"

namespace rolegraph::ingest {

struct SentenceFocus {
  std::string role_id;  // empty when nothing is known
  float confidence = 0;
};

// Adds resolved pronoun spans to roles->spans; returns one focus per sentence.
std::vector<SentenceFocus> ResolveFocus(const LanguagePacks& packs, std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                                        const std::vector<bool>& boilerplate, RecognizedRoles* roles);

}  // namespace rolegraph::ingest
