// Site furniture and adverts ("Leave a Reply", "Sign In", "visit our website
// by clicking this link") are stored but never yield facts or answers.
#pragma once

#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

std::vector<bool> DetectBoilerplate(const LanguagePacks& packs, std::string_view text,
                                    const std::vector<AnalyzedSentence>& sentences);

}  // namespace rolegraph::ingest
