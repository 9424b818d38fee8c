// Builds the stored text of a converted document: one block per line, in
// the shapes the plain-text/Markdown reader expects (a heading on its own
// line, "- item" for list items, "| a | b |" for table rows). Inline text is
// appended piece by piece; runs of white space collapse to one space, as a
// browser renders them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rolegraph::ingest::convert {

enum class BlockKind { kParagraph, kHeading, kListItem };

class TextLines {
 public:
  // Inline text; white space (ASCII and line breaks) collapses.
  void Append(std::string_view text);
  // A word break (a tab, a line break inside a paragraph).
  void Space() { pending_space_ = !line_.empty(); }
  // Ends the current block as a line of this kind; nothing if it is empty.
  void EndBlock(BlockKind kind);
  // Inside a table row: the text since the last cell becomes a cell.
  void EndCell();
  // Writes the row's cells as "| a | b |"; nothing if every cell is empty.
  void EndRow();
  bool InRow() const { return in_row_; }
  void StartRow() { in_row_ = true; }
  uint64_t bytes() const { return text_.size() + line_.size(); }
  // The text, each line ended by '\n'.
  std::string Take();

 private:
  std::string text_;
  std::string line_;
  std::vector<std::string> cells_;
  bool pending_space_ = false;
  bool in_row_ = false;
};

}  // namespace rolegraph::ingest::convert
