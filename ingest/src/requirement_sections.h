// The part of a job advert that lists what a candidate must bring, or what
// the employer offers, under a heading of its own ("Requirements",
// "Kualifikasi", requirement_headings.txt): its lines tell of a
// candidate's past ("three years leading a dispatch team", "pengalaman
// memimpin tim pengiriman"), never of what a role does here.
#pragma once

#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/blocks.h"

namespace rolegraph::ingest {

// Per sentence: whether it lies in such a section: the heading (or a short
// label line ending in a colon) and the list items (ParseBlocks) right under it.
std::vector<bool> RequirementSections(const LanguagePacks& packs, std::string_view text, const std::vector<Block>& blocks,
                                      const std::vector<AnalyzedSentence>& sentences);

}  // namespace rolegraph::ingest
