// What every converter fuzz target asserts about a successful conversion:
// the stored text is valid UTF-8 within the size limit.
#pragma once

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/convert.h"

inline void CheckConverted(const rolegraph::Result<rolegraph::ingest::ConvertedDocument>& converted) {
  if (!converted.ok()) {
    if (converted.status().message().empty()) __builtin_trap();  // every error says why
    return;
  }
  if (!rolegraph::ingest::IsValidUtf8(converted->text)) __builtin_trap();
  if (converted->text.size() > rolegraph::ingest::ConvertOptions{}.max_text_bytes) __builtin_trap();
}
