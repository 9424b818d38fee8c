// Where a role's clause begins and ends inside a sentence, for fact
// extraction: objects of a cue, coordination, asides, semicolons, a
// complement after a copula, a past marker before the subject. Private to
// ingest (facts.cc, fact_clauses.cc, clause_facts.cc).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "fact_cues.h"
#include "sentence_facts.h"

namespace rolegraph::ingest {

// The role at `sp` is the object of a cue: back over "the" to the word that
// makes it one ("with", "kepada", "by", the last word of a cue phrase). A
// title after a copula ("X is the head of Y and leads ...") names the
// subject, not an object.
bool IsCueObject(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& sp);

// Only a conjunction, determiners and counts between two spans: the
// second is coordinated with the first ("oversees two drivers and one clerk").
bool Coordinated(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& a, const RoleSpan& b);

// Whether tokens [from, to) hold only the words that join listed names
// (conjunctions, counts, determiners, group nouns, articles); `*conjunction`
// says whether a conjunction is among them.
bool OnlyListWords(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to, bool* conjunction);

// A conjunction, contrast or alternative in [from, to): the words after an
// object run on to a statement of their own ("... for all matters, and the
// clerks report to B", "..., although some report to B").
bool JoinIn(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to);

// A relation object of a cue, where the sentence goes on about the same
// subject ("... to A, though a few answer to B", "... to Y but to Z",
// "memimpin para A di tiap lorong dan melapor ke B"): that role does not open
// a clause of its own. `sp` is the last of the objects coordinated with it;
// `limit` the first token of the next role named.
bool ObjectContinuesSubject(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& sp, bool object,
                            size_t limit);

// "The A is the B on the night shift and reports to C": B, after a copula
// and articles only, is what A is; what follows still speaks of A.
bool CopulaComplement(const FactCues& cues, const std::vector<Token>& t, const RoleSpan& subject,
                      const RoleSpan& complement);

// The first token after a semicolon in (last, to), 0 if none.
size_t SemicolonAfter(std::string_view text, const std::vector<Token>& t, size_t last, size_t to);

// An aside right after a subject: between commas when a relative word or
// another aside opener starts it ("X, which the B set up in 2020, reports to
// Z", "X, as the B explained, ...", "X, yang dibentuk oleh B, melapor kepada
// Z"), between brackets or between spaced dashes ("X (hired by B) reports to
// Z", "X - hired by B - reports to Z"). When one holds span `sp` and no later
// span: the first token after its close, where the subject's own clause goes
// on; 0 when `sp` is in none.
size_t AsideClose(const FactCues& cues, std::string_view text, const std::vector<Token>& t, const RoleSpan& subject,
                  const RoleSpan& sp, size_t to);

// A past marker (time_markers.tsv) ends right before the span, with only
// function words between and no comma ("Previously, ..." reads as
// "beforehand"), after the role before it.
bool PastBeforeSubject(std::string_view text, const std::vector<Token>& t, const SentenceMarks& m,
                       const RoleSpan& sp, size_t lower);

// Only list numbers, function words and cue adverbs in [from, to).
bool OpensClause(const FactCues& cues, const std::vector<Token>& t, size_t from, size_t to);

}  // namespace rolegraph::ingest
