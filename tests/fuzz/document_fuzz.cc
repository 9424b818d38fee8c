// libFuzzer target: the document builder (analysis, roles, coreference,
// fact extraction) on arbitrary text. BuildDocument validates its input
// itself, so every byte string goes in; offsets it reports must lie inside
// the text.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/ingester.h"

using namespace rolegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const std::unique_ptr<ingest::Analyzer> analyzer = ingest::Analyzer::Create().value();
  ingest::DocumentInput input;
  input.id = "fuzz-doc";
  input.text.assign(reinterpret_cast<const char*>(data), size);
  auto built = ingest::BuildDocument(*analyzer, input);
  if (!built.ok()) return 0;
  for (const auto& sentence : built->sentences) {
    if (sentence.begin > sentence.end || sentence.end > size) __builtin_trap();
  }
  return 0;
}
