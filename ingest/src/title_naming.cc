// A title read, recorded: its canonical English name (or the document's own
// wording where English would be invented), its id, its aliases and its
// mention. Part of the title scanner (title_scan.h).
#include <algorithm>
#include <cctype>

#include "role_vocabulary.h"
#include "title_rules.h"
#include "title_scan.h"

namespace rolegraph::ingest::internal {
namespace {

// The longest Roman ordinal a title carries ("VIII").
constexpr size_t kMaxRomanOrdinal = 4;

std::string AcronymDisplay(std::string key) {
  for (char& ch : key) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return key;
}

}  // namespace

// Reverses concepts[from..] in place, a run of acronyms kept in its order:
// "petugas kepatuhan KYC AML" is the "KYC AML Compliance Officer".
void Recognizer::TitleScan::ReverseKeepingAcronymRuns(std::vector<std::string>* concepts, size_t from) const {
  std::vector<std::vector<std::string>> runs;
  for (size_t k = from; k < concepts->size(); ++k) {
    const bool acronym = acronym_concepts.count((*concepts)[k]) > 0;
    const bool joins = acronym && !runs.empty() && k > from && acronym_concepts.count((*concepts)[k - 1]) > 0;
    if (!joins) runs.emplace_back();
    runs.back().push_back((*concepts)[k]);
  }
  concepts->resize(from);
  for (auto run = runs.rbegin(); run != runs.rend(); ++run) concepts->insert(concepts->end(), run->begin(), run->end());
}

void Recognizer::TitleScan::Record() {
  // Canonical English name: seniority first, then function, then head. A
  // head-first language orders its modifiers outward from the head too
  // ("kepala gudang pusat": the head of the central warehouse), so English,
  // which puts them before it, reads them from the last: "Central Warehouse
  // Head", never "Warehouse Central Head". A field set off by a marker
  // ("bidang kurikulum") is a phrase of its own and keeps its place.
  std::vector<std::string> ordered;
  for (const auto& c : concepts)
    if (IsSeniority(packs_, c)) ordered.push_back(c);
  const size_t functions = ordered.size();
  for (const auto& c : concepts)
    if (!IsSeniority(packs_, c)) ordered.push_back(c);
  if (head_first_order && !head_of && !field_marked) ReverseKeepingAcronymRuns(&ordered, functions);
  // "Bendahara II", "Wakil Ketua I": an ordinal in Roman numerals closes
  // the English name too ("Treasurer II", "Deputy Chair I"), it is no
  // word qualifying the head.
  auto roman = [](const std::string& c) {
    return !c.empty() && c.size() <= kMaxRomanOrdinal && c.find_first_not_of("ivx") == std::string::npos;
  };
  std::vector<std::string> ordinals;
  for (const auto& c : ordered)
    if (roman(c)) ordinals.push_back(c);
  std::erase_if(ordered, roman);
  std::string name, id;
  for (const auto& c : ordered) {
    name += (acronym_concepts.count(c) ? AcronymDisplay(c) : DisplayConcept(packs_, c)) + " ";
    id += c + "-";
  }
  name += DisplayConcept(packs_, head->english);
  id += std::string(head->english);
  for (const auto& c : ordinals) {
    name += " " + AcronymDisplay(c);
    id += "-" + c;
  }
  std::replace(id.begin(), id.end(), ' ', '-');  // "village head" -> "village-head"
  std::string alias;
  std::string wording;  // the alias with a field list's commas, for the display name
  std::string plural_alias;  // the words as written, a plural head too
  for (size_t k = first; k <= last; ++k) {
    std::string_view orig = Original(text_, toks[k]);
    bool paren_acronym = k > first && text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find('(') !=
                                          std::string_view::npos;
    if (paren_acronym) continue;
    if (!alias.empty()) alias += ' ';
    if (!wording.empty())
      wording += k > first && CommaGap(k - 1) ? ", "
                 : k > first && AmpersandGap(k - 1) ? " & "
                 : k > first && text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end) == "/" ? "/"
                 : (k > first && HyphenJoined(text_, toks, k - 1) ? "-" : " ");
    std::string word = toks[k].upper ? std::string(orig) : toks[k].norm;
    plural_alias += (plural_alias.empty() ? "" : " ") + word;
    // A title is one position: "the Wind Turbine Technicians" names the
    // Wind Turbine Technician; the plural stays an alias.
    if (k == i) {
      const std::string_view singular = PluralHeadSingular(packs_, toks[k].norm);
      if (!singular.empty() && word.size() > toks[k].norm.size() - singular.size())
        word.resize(word.size() - (toks[k].norm.size() - singular.size()));
    }
    alias += word;
    wording += word;
  }
  // "kepala desa" reads better than "Desa Head": a title with words our
  // vocabulary cannot translate keeps the document's wording as its name.
  // Likewise a title whose canonical English would drop its conjunction or
  // put a unit's own modifiers in the wrong order ("kepala seksi X" is no
  // "Section X Head"). An acronym is the same in both languages, so "Guru
  // BK" may still be "BK Teacher".
  // A head with no English (an agent noun by word formation) likewise.
  // A unit named by another unit ("Dewan Direksi") has no English order
  // either: "Board of Directors Board" would be invented.
  const bool keep_wording = free_modifier || conjoined || head->untranslated ||
                            (head_first_order && unit_field && (concepts.size() > 1 || head->org_unit));
  if (keep_wording) {
    // Small words stay lower case ("Quality and Safety Officer"), the first
    // one aside.
    name.clear();
    for (size_t start = 0; start < wording.size();) {
      size_t space = wording.find(' ', start);
      if (space == std::string::npos) space = wording.size();
      std::string word = wording.substr(start, space - start);
      if (!word.empty() && (name.empty() || !packs_.AnyHas("title_small_words", word)))
        word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
      // "Barang/Jasa": each half of a slashed pair is a word of the name.
      for (size_t slash = word.find('/'); slash != std::string::npos && slash + 1 < word.size();
           slash = word.find('/', slash + 1))
        word[slash + 1] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[slash + 1])));
      name += (name.empty() ? "" : " ") + word;
      start = space + 1;
    }
    // The id is a name too (clients and the evaluation read it): a
    // head-first title kept in its own words is keyed by them, not by its
    // concepts in English order ("kepala-bagian-x", never "bagian-x-head"),
    // a conjoined one with its conjunction ("quality-and-safety-officer").
    if ((head_first_order && !head_of) || conjoined) {
      id = Lower(alias);
      std::replace(id.begin(), id.end(), ' ', '-');
    }
  }
  std::vector<std::string> sorted = concepts;
  std::sort(sorted.begin(), sorted.end());
  Entity& e = r.EntityFor(id, name, head->org_unit ? "org_unit" : "role", si);
  r.signatures_[id] = {std::string(head->english), sorted};
  r.AddAlias(e, Lower(name));
  r.AddAlias(e, alias);
  if (plural_alias != alias) r.AddAlias(e, plural_alias);
  r.AddMention(si, e, static_cast<uint32_t>(first), static_cast<uint32_t>(last));
  for (size_t k = first; k <= last; ++k) used[k] = true;
}

}  // namespace rolegraph::ingest::internal
