// libFuzzer target: the text analyzer (normalise, segment, tokenise,
// language detection) on arbitrary bytes. Invalid UTF-8 goes to Normalize
// and the validator only: every caller validates before analysing.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "rolegraph/ingest/analyzer.h"

using namespace rolegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<ingest::Analyzer> analyzer = ingest::Analyzer::Create().value();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const ingest::NormalizedText normalized = ingest::Normalize(text);
  if (normalized.to_original.size() != normalized.text.size() + 1) __builtin_trap();
  if (!ingest::IsValidUtf8(text)) return 0;
  for (const auto& sentence : analyzer->Analyze(text)) {
    if (sentence.begin > sentence.end || sentence.end > size) __builtin_trap();
    for (const auto& token : sentence.tokens) {
      if (token.begin > token.end || token.end > size) __builtin_trap();
    }
  }
  for (index::Lang lang : {index::Lang::kUnknown, index::Lang::kEn, index::Lang::kId}) {
    for (const auto& token : analyzer->Tokenize(text, lang)) {
      if (token.begin > token.end || token.end > size) __builtin_trap();
    }
  }
  (void)analyzer->DetectLanguage(text);
  return 0;
}
