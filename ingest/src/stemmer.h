// Snowball stemming behind a narrow interface: libstemmer stays in stemmer.cc.
#pragma once

#include <string>
#include <string_view>

#include "rolegraph/index/records.h"
#include "rolegraph/index/status.h"

namespace rolegraph::ingest {

// Whether libstemmer can build the English and Indonesian stemmers; the
// Analyzer checks once at Create so stemming never fails silently later.
Status CheckStemmers();
// Whether libstemmer knows one Snowball algorithm ("english", "malay"...).
Status CheckStemmer(const std::string& algorithm);

// Stem of a normalised (NFKC + case-folded) word. kUnknown stems as English.
// Words with digits or inner dots (numbers, "www.zdnet.com") stem to themselves.
std::string StemWord(std::string_view norm_word, index::Lang lang);

}  // namespace rolegraph::ingest
