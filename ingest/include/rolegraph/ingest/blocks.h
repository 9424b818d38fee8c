// A document model of blocks, exact to the byte, for plain text and Markdown:
// title, headings with levels, paragraphs, list items with the block they
// hang from, table rows with their cells (and which row is the header),
// question/answer lines (Q:/A:, T:/J:, Tanya/Jawab, from
// data/lang/<code>/qa_markers.tsv) and bylines (byline_cues.txt). Every
// offset points into the text given; a block never includes the line break.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "rolegraph/ingest/language_pack.h"

namespace rolegraph::ingest {

enum class BlockKind { kTitle, kHeading, kParagraph, kListItem, kTableRow, kQuestion, kAnswer, kByline };

struct Cell {
  uint32_t begin = 0, end = 0;  // the cell's text, trimmed of spaces (begin == end: empty)
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  uint32_t begin = 0, end = 0;  // the whole line, trimmed of surrounding spaces
  uint32_t content_begin = 0;   // after the marker ("## ", "- ", "1. ", "Q:")
  int level = 0;                // heading: 1..6; list item: indentation depth
  // List item: the heading or lead-in paragraph it hangs from; table row: the
  // table's header row; answer: its question; -1 when none.
  int parent = -1;
  bool header = false;          // a table's header row
  std::vector<Cell> cells;      // table rows
};

// One block per non-blank line, except that a Markdown table's separator row
// ("|---|:--:|") and setext underlines ("===", "---") make no block of their own.
std::vector<Block> ParseBlocks(std::string_view text, const LanguagePacks& packs);

const char* BlockKindName(BlockKind kind);

// A line ending in a colon, before any closing emphasis ("Duties:",
// "**Kualifikasi:**"): as a paragraph it introduces the list after it.
bool EndsInColon(std::string_view line);

}  // namespace rolegraph::ingest
