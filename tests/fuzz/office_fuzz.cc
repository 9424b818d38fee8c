// libFuzzer target: DOCX and ODT. Each input goes in three ways: as a whole
// file (zip container, format sniffed), and as the XML inside a DOCX and an
// ODT, because mutated zips rarely stay valid long enough to reach the XML.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "convert/converters.h"
#include "fuzz/convert_fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace rolegraph::ingest;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  CheckConverted(ConvertDocument(bytes, "document.docx"));
  CheckConverted(convert::ConvertDocxXml(bytes, ""));
  CheckConverted(convert::ConvertOdtXml(bytes));
  return 0;
}
