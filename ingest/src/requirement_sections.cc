#include "requirement_sections.h"

#include <memory>
#include <sstream>
#include <string>

#include "block_sentences.h"

namespace rolegraph::ingest {
namespace {

constexpr size_t kMaxLabelTokens = 5;  // "Skills and experience:", "Syarat dan ketentuan:"

// Every pack's requirement_headings.txt entries, split into words once per
// loaded pack set (LanguagePacks::Derived), not once per heading tested.
struct RequirementHeadings {
  std::vector<std::vector<std::string>> entries;
};

std::shared_ptr<const RequirementHeadings> HeadingsOf(const LanguagePacks& packs) {
  return packs.Derived<RequirementHeadings>("requirement_headings", [&] {
    auto out = std::make_shared<RequirementHeadings>();
    for (const LanguagePack& pack : packs.all())
      for (const std::string& entry : pack.List("requirement_headings").entries()) {
        std::istringstream in(entry);
        std::vector<std::string> words;
        for (std::string w; in >> w;) words.push_back(w);
        if (!words.empty()) out->entries.push_back(std::move(words));
      }
    return std::shared_ptr<const RequirementHeadings>(std::move(out));
  });
}

bool StartsWithEntry(const RequirementHeadings& headings, const AnalyzedSentence& s) {
  for (const auto& words : headings.entries) {
    if (words.size() > s.tokens.size()) continue;
    size_t k = 0;
    while (k < words.size() && s.tokens[k].norm == words[k]) ++k;
    if (k == words.size()) return true;
  }
  return false;
}

// A block that can open a section: a heading or the page's title, a short
// line without final punctuation (the analyser's heading), or a short label
// ending in a colon ("**Requirements:**", "Yang kami cari:").
bool OpensSection(std::string_view text, const Block& b, const AnalyzedSentence& first) {
  if (b.kind == BlockKind::kHeading || b.kind == BlockKind::kTitle) return true;
  if (b.kind != BlockKind::kParagraph) return false;
  return first.heading || (first.tokens.size() <= kMaxLabelTokens && EndsInColon(text.substr(b.begin, b.end - b.begin)));
}

}  // namespace

std::vector<bool> RequirementSections(const LanguagePacks& packs, std::string_view text, const std::vector<Block>& blocks,
                                      const std::vector<AnalyzedSentence>& sentences) {
  std::vector<bool> out(sentences.size(), false);
  const auto headings = HeadingsOf(packs);
  // The heading, a lead-in label right under it, and the list items after
  // them; the first other block ends the section (a paragraph after the list
  // is the page's again).
  bool inside = false, items_begun = false;
  for (const Block& b : blocks) {
    const auto [first, last] = SentencesIn(sentences, b.begin, b.end);
    if (first == last) continue;
    if (b.kind == BlockKind::kListItem) {
      items_begun = true;
    } else if (OpensSection(text, b, sentences[first])) {
      // "You should have:" right under the heading keeps its section.
      const bool lead_in = inside && !items_begun && b.kind == BlockKind::kParagraph && !sentences[first].heading;
      const bool requirements = StartsWithEntry(*headings, sentences[first]);
      if (requirements || !lead_in) inside = requirements;
      items_begun = false;
    } else {
      inside = false;
    }
    for (size_t i = first; i < last; ++i) out[i] = inside;
  }
  return out;
}

}  // namespace rolegraph::ingest
