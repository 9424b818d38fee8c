// Titles a document announces by its layout rather than by its words: the
// value of a position label ("Position: Night Auditor", "Jabatan: Teller")
// and a list heading that the next sentence defines ("3. Teller" followed by
// "Teller adalah petugas ..."). They catch job titles whose head noun no
// vocabulary lists (teller, concierge, fotografer, customer service).
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

// One line's names of one role: "Site Engineer (SE) atau Insinyur
// Lapangan" gives three token ranges.
struct LayoutTitle {
  uint32_t sentence = 0;
  std::vector<std::pair<uint32_t, uint32_t>> names;  // token ranges [first, last]
  // The layout alone makes it a role (a position label, or a heading the
  // next sentence defines); otherwise its names only add to a role the
  // line names in words our patterns know.
  bool defined = false;
  bool numbered = false;  // an item of a numbered list of headings
  // A heading of a staff list, "Person Name — Title": the title after the
  // dash is one whole post ("Owner & Head Baker"). Defined only where
  // the list's titles are mostly ones our patterns know (AddLayoutTitles).
  bool staff_list = false;
};

// "Unit: Front Office", "Atasan: Kepala Cabang": a short label
// and a colon opening the line. Sets *label_end to the label's last token.
bool IsFieldLine(std::string_view text, const AnalyzedSentence& s, uint32_t* label_end = nullptr);

// A field line whose label names the position ("Position:", "Job title:",
// "Posisi:", "Jabatan:").
bool IsPositionLine(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s);

// Where the text defines a matrix column's abbreviation ("WM = Winemaker;",
// "- **TE** - Technical Expert"): the byte range of the title it stands for.
std::optional<std::pair<uint32_t, uint32_t>> LegendTitle(std::string_view text, std::string_view code);

// Candidate titles of position lines, numbered or defined headings,
// staff-list headings ("Name — Title", three or more in one document) and
// the header cells of a responsibility matrix ("| Activity | Binder |" over
// rows of R/A/C/I marks; abbreviations left to block_attribution.cc).
std::vector<LayoutTitle> FindLayoutTitles(const LanguagePacks& packs, std::string_view text, const std::vector<AnalyzedSentence>& sentences);

}  // namespace rolegraph::ingest
