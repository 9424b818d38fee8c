// Small closed word classes the answer ranking needs, as index stems of
// both languages (stop words keep their stems in the index).
#pragma once

#include <string>

namespace rolegraph::query {

bool IsDeterminer(const std::string& stem);
// Prepositions that take a role as their object ("kepada CEO", "with the CMO").
bool IsPreposition(const std::string& stem);
// Words that set one thing against another ("sedangkan", "whereas", "vs").
bool IsContrastWord(const std::string& stem);
// "bukan", "tidak", "not", "never": the next words are denied.
bool IsNegation(const std::string& stem);
// "by" / "oleh" before a role name mark it as the doer of a passive verb.
bool IsAgentMarker(const std::string& stem);

}  // namespace rolegraph::query
