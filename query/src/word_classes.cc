#include "word_classes.h"

#include <set>

namespace rolegraph::query {

bool IsDeterminer(const std::string& stem) {
  return stem == "the" || stem == "a" || stem == "an" || stem == "sang" || stem == "para" || stem == "seorang";
}

// Stems of prepositions that take a role as their object (stop words keep
// their stems in the index, so both Snowball outputs are listed).
bool IsPreposition(const std::string& stem) {
  static const std::set<std::string> kPrepositions = {"kepada", "pada", "to", "dengan", "with", "dari", "from",
                                                      "than", "daripada", "for", "untuk", "terhadap", "toward",
                                                      "towards", "about", "tentang"};
  return kPrepositions.count(stem) > 0;
}

// Words that set one thing against another in a sentence.
bool IsContrastWord(const std::string& stem) {
  static const std::set<std::string> kContrast = {"sedangkan", "sementara", "whereas", "while", "contrast",
                                                  "unlike", "sebaliknya", "berbeda", "beda", "differ", "differenc",
                                                  "vs", "versus", "however", "namun"};
  return kContrast.count(stem) > 0;
}

// "by" / "oleh" before a role name mark it as the doer of a passive verb.
bool IsAgentMarker(const std::string& stem) { return stem == "by" || stem == "oleh"; }

bool IsNegation(const std::string& stem) {
  static const std::set<std::string> kNegations = {"bukan", "tidak", "not", "never", "tak", "no", "isn't", "isn"};
  return kNegations.count(stem) > 0;
}

}  // namespace rolegraph::query
