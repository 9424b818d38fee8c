// Site furniture and adverts (comment forms, log-in links, "read more on
// our site" promotions) are stored but never yield facts or answers.
#pragma once

#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

std::vector<bool> DetectBoilerplate(const LanguagePacks& packs, std::string_view text,
                                    const std::vector<AnalyzedSentence>& sentences);

}  // namespace rolegraph::ingest
