// Role names in a short text (a question), found with the same patterns
// ingest uses for documents, so "financial controller", "pengendali
// keuangan" and "Chief Product Officer" get the ids the index uses.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

struct RoleName {
  std::string role_id;
  uint32_t first_token = 0, last_token = 0;  // into analyzer.Tokenize(text, lang)
};

std::vector<RoleName> FindRoleNames(const Analyzer& analyzer, std::string_view text, Lang lang);

// `text` as one analysed sentence in `lang` (no segmentation): what
// FindRoleNames reads a short text such as a question as.
std::vector<AnalyzedSentence> AnalyzeAsOneSentence(const Analyzer& analyzer, std::string_view text, Lang lang);

// The same over `text` already analysed by AnalyzeAsOneSentence: a caller
// that has the tokens does not pay for tokenizing and stemming the text
// again (issue 18).
std::vector<RoleName> FindRoleNames(const Analyzer& analyzer, std::string_view text,
                                    const std::vector<AnalyzedSentence>& whole_text);

// A job-title head noun ("manajer", "direktur", "officer"): a word that names
// a role rather than an activity.
bool IsTitleHeadWord(const LanguagePacks& packs, std::string_view word);

// Whether `head` is a head noun whose English gloss is the word `english`
// itself, in the singular, plural or possessive ("anggota" for "member",
// "members", "member's"): the word names what the head does, not an
// activity whose stem only looks like it ("manages" beside "manajer").
bool HeadGlossedAs(const LanguagePacks& packs, std::string_view head, std::string_view english);

// An organisation unit's head noun ("department", "bagian", "tim").
bool IsUnitHeadWord(const LanguagePacks& packs, std::string_view word);

// A token shaped like a finite verb in its language's pack
// (finite_verb_shapes.tsv: "handles", "runs").
bool HasFiniteVerbShape(const LanguagePacks& packs, const Token& t, Lang lang);

}  // namespace rolegraph::ingest
