// CognateKey: see the rule block below.

#include <string>
#include <string_view>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

std::string CognateKey(std::string_view norm_word) {
  return norm_word.size() >= 5 ? std::string(norm_word) : std::string();
}

}  // namespace rolegraph::ingest
