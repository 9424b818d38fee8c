// Stretches of a sentence whose predicate the text denies of its subject:
// "Kasir tidak berwenang membatalkan transaksi", "The clerk is not allowed
// to change shelf prices", "X never signs ...". Their words say what the
// subject does NOT do, so they are no evidence that it does them (issue 14:
// a negated fact is never cited as support).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "rolegraph/index/records.h"
#include "word_classes.h"

namespace rolegraph::query {

struct NegatedStretch {
  uint32_t first = 0, last = 0;   // token range, inclusive
  const std::string* role = nullptr;  // the subject it is denied of
};

// A negator right after a role's name, past at most `reach` stop words
// ("is", "may", "juga") and no punctuation, opens a stretch that runs to the
// next punctuation or contrast cue ("..., but", "melainkan"). "not only" /
// "tidak hanya" (a focus particle after the negator) denies nothing.
std::vector<NegatedStretch> NegatedPredicates(const index::SentenceRecord& s, const WordClasses& words,
                                              uint32_t reach);

// The subject `role` is denied the word at token `p`.
bool DeniedTo(const std::vector<NegatedStretch>& stretches, uint32_t p, const std::string& role);

}  // namespace rolegraph::query
