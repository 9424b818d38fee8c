#include "rolegraph/index/records.h"

namespace rolegraph::index {

const char* LangCode(Lang lang) {
  switch (lang) {
    case Lang::kEn: return "en";
    case Lang::kId: return "id";
    default: return "";
  }
}

Lang LangFromCode(const std::string& c) {
  if (c == "en") return Lang::kEn;
  if (c == "id") return Lang::kId;
  return Lang::kUnknown;
}

}  // namespace rolegraph::index
