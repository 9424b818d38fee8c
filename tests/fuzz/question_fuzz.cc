// libFuzzer target: the question parser and the engine behind it (language,
// question type, role names, lexicon expansion, ranking) over the corpus.
// The first byte picks lang and top_k; the rest is the question. Citations
// must be exactly the stored document's bytes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_env.h"

using namespace rolegraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  auto& stack = fuzz::FuzzStack::Get();
  query::AskRequest request;
  static const char* const kLangs[] = {"", "en", "id"};
  request.lang = kLangs[data[0] % 3];
  request.top_k = 1 + (data[0] >> 2) % 10;
  request.explain = (data[0] & 2) != 0;
  request.question.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  auto response = stack.engine->Ask(request);
  if (!response.ok()) return 0;
  if (response->answers.size() > static_cast<size_t>(request.top_k)) __builtin_trap();
  auto reader = stack.db->NewReader();
  for (const auto& answer : response->answers) {
    for (const auto& citation : answer.citations) {
      auto doc = reader->GetDocument(citation.doc_id);
      if (!doc.ok() || citation.end > doc->text.size() || citation.start > citation.end ||
          doc->text.compare(citation.start, citation.end - citation.start, citation.text) != 0) {
        __builtin_trap();
      }
    }
  }
  return 0;
}
