#include "sentence_shape.h"

namespace rolegraph::ingest {

bool IsListItem(std::string_view text, const AnalyzedSentence& s) {
  std::string_view body = text.substr(s.begin, s.end - s.begin);
  size_t k = 0;
  while (k < body.size() && body[k] >= '0' && body[k] <= '9') ++k;
  if (k > 0 && k < body.size() && (body[k] == '.' || body[k] == ')')) return true;
  return body.starts_with("-") || body.starts_with("*") || body.starts_with("\u2022");
}

bool IsQuestionLine(std::string_view text, const AnalyzedSentence& s) {
  if (s.end == 0 || s.end > text.size() || text[s.end - 1] != '?' || s.tokens.size() > 12) return false;
  size_t before = text.substr(0, s.begin).find_last_not_of(" \t");
  bool starts_line = before == std::string_view::npos || text[before] == '\n';
  bool ends_line = s.end == text.size() || text[s.end] == '\n' || text[s.end] == '\r';
  return starts_line && ends_line;
}

}  // namespace rolegraph::ingest
