// Document fields keyed by a role word: a header strip or a metadata line
// ("Owner: Quality Manager", "Penanggung jawab: Kepala Gudang") names the
// post that holds the field; the key is the field's name, not a post of the
// organisation. So does a table's header cell over a column of roles
// ("| Action | Owner | Due |"). A role named only as such a key, with
// another role as the value, is dropped. Part of the Recognizer
// (role_recognizer.h); roles.cc drives it.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "role_recognizer.h"

namespace rolegraph::ingest::internal {
namespace {

// Emphasis marks a key or its value may carry ("**Owner:** X", "_Owner_: X").
bool IsEmphasis(char c) { return c == '*' || c == '_'; }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// The offsets of a text line: [begin, end) around `at`, without its newline.
std::pair<size_t, size_t> LineAround(std::string_view text, size_t at) {
  size_t begin = at;
  while (begin > 0 && text[begin - 1] != '\n') --begin;
  const size_t end = text.find('\n', at);
  return {begin, end == std::string_view::npos ? text.size() : end};
}

// A markdown table's separator row ("|---|:--:|").
bool IsSeparatorRow(std::string_view line) {
  return line.find('-') != std::string_view::npos && line.find_first_not_of("|-: \t") == std::string_view::npos;
}

// Where cell `column` (0: the first after the leading bar) of a table row
// starts, past blanks and emphasis; npos where the row has no such cell.
size_t CellStart(std::string_view text, size_t begin, size_t end, size_t column) {
  size_t bars = 0;
  for (size_t at = begin; at < end; ++at) {
    if (text[at] != '|' || (at > begin && text[at - 1] == '\\')) continue;
    if (bars++ != column) continue;
    ++at;
    while (at < end && (IsBlank(text[at]) || IsEmphasis(text[at]))) ++at;
    return at < end ? at : std::string_view::npos;
  }
  return std::string_view::npos;
}

}  // namespace

// A table's header cell whose column holds other roles ("| Action | Owner |"
// over rows naming the post that owns each action) names the column, as a
// key does; a matrix whose cells hold letters ("R", "A") keeps its roles.
bool Recognizer::IsColumnLabel(uint32_t si, const RoleSpan& span, const std::map<size_t, std::string>& starts) const {
  const size_t begin = sentences_[si].tokens[span.first].begin;
  const auto [line_begin, line_end] = LineAround(text_, begin);
  const size_t lead = text_.find_first_not_of(" \t", line_begin);
  if (lead >= line_end || text_[lead] != '|' || line_end >= text_.size()) return false;
  const auto [sep_begin, sep_end] = LineAround(text_, line_end + 1);
  if (!IsSeparatorRow(text_.substr(sep_begin, sep_end - sep_begin))) return false;
  // The cell holds the span first: its column is the bars before it, less one.
  size_t column = 0;
  for (size_t at = line_begin; at < begin; ++at)
    if (text_[at] == '|' && (at == line_begin || text_[at - 1] != '\\')) ++column;
  if (column == 0 || CellStart(text_, line_begin, line_end, column - 1) != begin) return false;
  for (size_t row = sep_end + 1; row < text_.size();) {
    const auto [row_begin, row_end] = LineAround(text_, row);
    if (text_.substr(row_begin, row_end - row_begin).find('|') == std::string_view::npos) break;
    const auto value = starts.find(CellStart(text_, row_begin, row_end, column - 1));
    if (value != starts.end() && value->second != span.role_id) return true;
    row = row_end + 1;
  }
  return false;
}

// The span is a key: after it, on the same line, only emphasis, a colon,
// then another role's name begins.
bool Recognizer::IsFieldLabel(uint32_t si, const RoleSpan& span, const std::map<size_t, std::string>& starts) const {
  size_t at = sentences_[si].tokens[span.last].end;
  while (at < text_.size() && IsEmphasis(text_[at])) ++at;
  if (at >= text_.size() || text_[at] != ':') return false;
  ++at;
  while (at < text_.size() && (IsEmphasis(text_[at]) || IsBlank(text_[at]))) ++at;
  const auto value = starts.find(at);
  return value != starts.end() && value->second != span.role_id;
}

void Recognizer::DropFieldLabels() {
  std::map<size_t, std::string> starts;  // text offset -> role whose mention starts there
  for (uint32_t si = 0; si < sentences_.size(); ++si)
    for (const RoleSpan& span : result_.spans[si]) starts[sentences_[si].tokens[span.first].begin] = span.role_id;
  std::map<std::string, bool> elsewhere;  // role id -> named other than as a key
  for (uint32_t si = 0; si < sentences_.size(); ++si)
    for (const RoleSpan& span : result_.spans[si])
      elsewhere[span.role_id] = elsewhere[span.role_id] || span.pronoun ||
                                (!IsFieldLabel(si, span, starts) && !IsColumnLabel(si, span, starts));
  for (const auto& [role_id, outside] : elsewhere) {
    const std::string& id = role_id;  // a lambda may not capture a structured binding (clang 14)
    if (outside || !entities_.count(id)) continue;
    DropRole(id);
  }
}

}  // namespace rolegraph::ingest::internal
