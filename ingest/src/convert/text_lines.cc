#include "convert/text_lines.h"

namespace rolegraph::ingest::convert {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

void TextLines::Append(std::string_view text) {
  for (char c : text) {
    if (IsSpace(c)) {
      pending_space_ = !line_.empty();
      continue;
    }
    if (pending_space_) line_ += ' ';
    pending_space_ = false;
    line_ += c;
  }
}

void TextLines::EndBlock(BlockKind kind) {
  pending_space_ = false;
  if (in_row_) {  // blocks inside a table cell stay in the cell
    pending_space_ = !line_.empty();
    return;
  }
  if (line_.empty()) return;
  if (kind == BlockKind::kListItem) text_ += "- ";
  text_ += line_;
  text_ += '\n';
  line_.clear();
}

void TextLines::EndCell() {
  if (!in_row_) return;
  // A '|' inside a cell would split it when the row is read back.
  std::string cell;
  for (char c : line_) {
    if (c == '|') cell += '\\';
    cell += c;
  }
  cells_.push_back(std::move(cell));
  line_.clear();
  pending_space_ = false;
}

void TextLines::EndRow() {
  if (!line_.empty()) EndCell();
  in_row_ = false;
  bool any = false;
  for (const auto& c : cells_) any = any || !c.empty();
  if (any) {
    text_ += '|';
    for (const auto& c : cells_) {
      text_ += ' ';
      text_ += c;
      text_ += " |";
    }
    text_ += '\n';
  }
  cells_.clear();
}

std::string TextLines::Take() {
  if (in_row_) EndRow();
  EndBlock(BlockKind::kParagraph);
  return std::move(text_);
}

}  // namespace rolegraph::ingest::convert
