// Private normalisation helpers shared by the tokenizer and Normalize().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rolegraph::ingest {

// NFKC + full case folding of `text`, curly apostrophes folded to '\''.
// Appends to *out; when to_original is not null, appends for every output
// byte the offset (base + offset in text) of the source it came from.
// Invalid UTF-8 becomes U+FFFD. No trailing end entry is appended.
void AppendNormalized(std::string_view text, uint32_t base, std::string* out,
                      std::vector<uint32_t>* to_original);

}  // namespace rolegraph::ingest
