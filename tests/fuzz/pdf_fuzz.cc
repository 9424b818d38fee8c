// libFuzzer target: the PDF converter (poppler-cpp text boxes, our line and
// paragraph grouping) on arbitrary bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/convert_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckConverted(rolegraph::ingest::ConvertDocument(bytes, "document.pdf"));
  return 0;
}
