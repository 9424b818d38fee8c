// libFuzzer target: the HTML converter (libxml2's HTML parser and our
// furniture-dropping walk) on arbitrary bytes, as a file named .html.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz/convert_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckConverted(rolegraph::ingest::ConvertDocument(bytes, "page.html"));
  return 0;
}
