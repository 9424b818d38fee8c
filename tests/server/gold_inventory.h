// The blind sets' gold inventories as the shared scorers read them
// (../shared/eval/inventory_score.py, edges_score.py): names compared after
// normalising, each mapped to its entry's key.
#pragma once

#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace rolegraph::testing {

// Lower-case ASCII letters and digits; every other run of bytes is one space.
inline std::string NormName(const std::string& s) {
  std::string out;
  bool gap = false;
  for (unsigned char c : s) {
    if (std::isalnum(c) && c < 0x80) {
      if (gap && !out.empty()) out += ' ';
      out += static_cast<char>(std::tolower(c));
      gap = false;
    } else {
      gap = true;
    }
  }
  return out;
}

// Normalised name -> key of every role and unit an inventory.json lists
// (the first entry wins a name two entries share).
inline std::map<std::string, std::string> GoldNameKeys(const nlohmann::json& inventory) {
  std::map<std::string, std::string> out;
  for (const auto& [doc, d] : inventory.items())
    for (const auto& e : d["roles"])
      for (const auto& n : e["names"]) out.emplace(NormName(n.get<std::string>()), e["key"].get<std::string>());
  return out;
}

}  // namespace rolegraph::testing
