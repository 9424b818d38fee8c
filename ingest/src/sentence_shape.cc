#include "sentence_shape.h"

namespace rolegraph::ingest {

bool IsListItem(std::string_view text, const AnalyzedSentence& s) {
  std::string_view body = text.substr(s.begin, s.end - s.begin);
  size_t k = 0;
  while (k < body.size() && body[k] >= '0' && body[k] <= '9') ++k;
  if (k > 0 && k < body.size() && (body[k] == '.' || body[k] == ')')) return true;
  return body.starts_with("-") || body.starts_with("*") || body.starts_with("\u2022");
}

size_t EmphasisedSubjectEnd(std::string_view text, const AnalyzedSentence& s) {
  if (!IsListItem(text, s)) return 0;
  std::string_view body = text.substr(s.begin, s.end - s.begin);
  // Past the marker ("12.", "-", "*", a bullet) and the spaces after it.
  size_t open = body.find_first_not_of("0123456789");
  if (open > 0 && open < body.size() && (body[open] == '.' || body[open] == ')')) ++open;
  else if (body.starts_with("\u2022")) open = std::string_view("\u2022").size();
  else open = 1;
  open = body.find_first_not_of(" \t", open);
  if (open == std::string_view::npos) return 0;
  std::string_view rest = body.substr(open);
  std::string_view mark = rest.starts_with("**") ? "**" : rest.starts_with("__") ? "__" : "";
  if (mark.empty()) return 0;
  size_t close = rest.find(mark, 2);
  if (close == std::string_view::npos || close == 2) return 0;
  std::string_view label = rest.substr(2, close - 2);
  size_t after = rest.find_first_not_of(" \t", close + 2);
  if (label.find(':') != std::string_view::npos || after == std::string_view::npos || rest[after] == ':') return 0;
  return s.begin + open + close;
}

bool IsQuestionLine(std::string_view text, const AnalyzedSentence& s) {
  if (s.end == 0 || s.end > text.size() || text[s.end - 1] != '?' || s.tokens.size() > 12) return false;
  size_t before = text.substr(0, s.begin).find_last_not_of(" \t");
  bool starts_line = before == std::string_view::npos || text[before] == '\n';
  bool ends_line = s.end == text.size() || text[s.end] == '\n' || text[s.end] == '\r';
  return starts_line && ends_line;
}

}  // namespace rolegraph::ingest
