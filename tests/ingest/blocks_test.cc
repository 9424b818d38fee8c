// The block model (rolegraph/ingest/blocks.h) on texts written for this test:
// one row per layout, each block's kind, exact bytes, level and parent.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "analyzer_test_util.h"
#include "rolegraph/ingest/blocks.h"

using namespace rolegraph;
using ingest::BlockKind;

namespace {

struct Want {
  BlockKind kind;
  std::string text;  // the block's bytes
  int level = 0;
  int parent = -1;
  bool header = false;
};

struct Row {
  std::string layout;
  std::string text;
  std::vector<Want> blocks;
};

}  // namespace

TEST_CASE("plain text and Markdown layouts become blocks exact to the byte") {
  const Row rows[] = {
      {"title, setext and ATX headings, paragraph",
       "Warehouse Supervisor\n\nAbout the role\n==============\nYou will run the night shift.\n### Duties\n",
       {{BlockKind::kTitle, "Warehouse Supervisor"},
        {BlockKind::kHeading, "About the role", 1},
        {BlockKind::kParagraph, "You will run the night shift."},
        {BlockKind::kHeading, "### Duties", 3}}},
      {"list items hang from their lead-in",
       "The supervisor will:\n- plan picking waves\n  - check scanners\n1. report stock gaps\n",
       {{BlockKind::kParagraph, "The supervisor will:"},
        {BlockKind::kListItem, "- plan picking waves", 0, 0},
        {BlockKind::kListItem, "- check scanners", 1, 0},
        {BlockKind::kListItem, "1. report stock gaps", 0, 0}}},
      {"a Markdown table with its header row",
       "| Activity | Clerk |\n|---|:-:|\n| Count stock | R |\n",
       {{BlockKind::kTableRow, "| Activity | Clerk |", 0, -1, true}, {BlockKind::kTableRow, "| Count stock | R |", 0, 0}}},
      {"question and answer lines in both languages",
       "Q: Who signs?\nA: The clerk.\nT: Siapa?\r\nJ: Kepala desa.\n",
       {{BlockKind::kQuestion, "Q: Who signs?"},
        {BlockKind::kAnswer, "A: The clerk.", 0, 0},
        {BlockKind::kQuestion, "T: Siapa?"},
        {BlockKind::kAnswer, "J: Kepala desa.", 0, 2}}},
      {"bylines", "Oleh Rina Wati\nBy the editors\n",
       {{BlockKind::kByline, "Oleh Rina Wati"}, {BlockKind::kByline, "By the editors"}}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.layout);
    auto blocks = ingest::ParseBlocks(row.text, ingest::testing::SharedAnalyzer().packs());
    REQUIRE(blocks.size() == row.blocks.size());
    for (size_t i = 0; i < blocks.size(); ++i) {
      CAPTURE(i);
      const auto& b = blocks[i];
      const Want& w = row.blocks[i];
      CHECK(ingest::BlockKindName(b.kind) == std::string(ingest::BlockKindName(w.kind)));
      CHECK(row.text.substr(b.begin, b.end - b.begin) == w.text);
      CHECK(b.level == w.level);
      CHECK(b.parent == w.parent);
      CHECK(b.header == w.header);
      CHECK(b.content_begin >= b.begin);
      CHECK(b.content_begin <= b.end);
      for (const auto& c : b.cells) CHECK(c.end <= b.end);
    }
  }
}

TEST_CASE("table cells are the trimmed bytes between the bars") {
  const std::string text = "| Task | Finance Manager |  |\n|---|---|---|\n";
  auto blocks = ingest::ParseBlocks(text, ingest::testing::SharedAnalyzer().packs());
  REQUIRE(blocks.size() == 1);
  REQUIRE(blocks[0].cells.size() == 3);
  CHECK(text.substr(blocks[0].cells[0].begin, blocks[0].cells[0].end - blocks[0].cells[0].begin) == "Task");
  CHECK(text.substr(blocks[0].cells[1].begin, blocks[0].cells[1].end - blocks[0].cells[1].begin) == "Finance Manager");
  CHECK(blocks[0].cells[2].begin == blocks[0].cells[2].end);
}
