// Compact JSON text of a response body, byte for byte what
// nlohmann::ordered_json::dump(-1, ' ', false, replace) writes (issue 18).
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace rolegraph::server {

std::string DumpCompact(const nlohmann::ordered_json& body);

// The pieces, appended to `out` as DumpCompact writes them, for a body
// written without building its tree (json_codec.h's WriteAskResponse).
void AppendJsonString(const std::string& s, std::string* out);
void AppendJsonUnsigned(uint64_t v, std::string* out);
void AppendJsonDouble(double v, std::string* out);

}  // namespace rolegraph::server
