// Site furniture and adverts (comment forms, log-in links, "read more on
// our site" promotions) are stored but never yield facts or answers.
#pragma once

#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

// A line of bar-separated fields one of which opens with a byline cue
// ("Harbour Desk | 2 May | By A. Putri | 3 min read"): the publisher's desk
// and the author, so it names no role or unit of the document's
// organisation. The line itself stays text (a date line is no furniture
// to the reader); `lowered` is its text in lower case.
bool IsBylineStrip(const LanguagePacks& packs, std::string_view lowered, const AnalyzedSentence& s);

std::vector<bool> DetectBoilerplate(const LanguagePacks& packs, std::string_view text,
                                    const std::vector<AnalyzedSentence>& sentences);

}  // namespace rolegraph::ingest
