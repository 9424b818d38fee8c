// Compact JSON text of a response body, byte for byte what
// nlohmann::ordered_json::dump(-1, ' ', false, replace) writes (issue 18).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace rolegraph::server {

std::string DumpCompact(const nlohmann::ordered_json& body);

}  // namespace rolegraph::server
