// The old holder of a duty whose move names none ("From June the key register
// passes to the Night Guard"): the role an earlier sentence gave that duty.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coreference.h"
#include "sentence_facts.h"

namespace rolegraph::ingest {

// The one role named in a sentence shortly before `si` that speaks of the
// moved duty (kMoveLookBack, kMoveSharedWords, kMoveSharedShare in the .cc);
// empty when none, or when that sentence names two roles.
std::string EarlierHolder(std::string_view text, const RecognizedRoles& roles,
                          const std::vector<AnalyzedSentence>& sentences, const std::vector<bool>& boilerplate,
                          uint32_t si, const SentenceFacts::UnsourcedMove& move);

}  // namespace rolegraph::ingest
