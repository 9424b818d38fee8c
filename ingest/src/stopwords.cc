// Stop words come from the packs (data/lang/<code>/stop_words.txt): only
// closed-class words (articles, pronouns, prepositions, conjunctions,
// auxiliaries, modal verbs, question words). Questions are matched on their
// content words, so question words must not count; content words such as
// "responsible" or "posisi" stay out of the lists on purpose.
#include "stopwords.h"

#include <algorithm>

namespace rolegraph::ingest {
namespace {

uint32_t Fnv1a(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

}  // namespace

index::Lang IndexLangOf(const LanguagePack& pack) {
  return index::LangFromCode(pack.index_lang().empty() ? pack.code() : pack.index_lang());
}

StopWords::StopWords(const LanguagePacks& packs) {
  size_t words = 0;
  for (const LanguagePack& pack : packs.all()) words += pack.List("stop_words").entries().size();
  // More than 3x the number of words: short probes, and always an empty slot.
  uint32_t size = 64;
  while (size < 3 * words + 1) size *= 2;
  slots_.resize(size);
  mask_ = size - 1;
  for (const LanguagePack& pack : packs.all()) {
    const uint8_t bit = LangBit(IndexLangOf(pack));
    if (bit == 0) continue;
    for (const std::string& w : pack.List("stop_words").entries()) Insert(w, bit);
  }
}

void StopWords::Insert(std::string_view w, uint8_t language) {
  longest_ = std::max(longest_, w.size());
  const uint32_t h = Fnv1a(w);
  for (uint32_t i = h & mask_;; i = (i + 1) & mask_) {
    Slot& slot = slots_[i];
    if (slot.languages == 0 || (slot.hash == h && slot.word == w)) {
      slot.word = std::string(w);
      slot.hash = h;
      slot.languages |= language;
      return;
    }
  }
}

uint8_t StopWords::Languages(std::string_view w) const {
  if (w.empty() || w.size() > longest_) return 0;
  const uint32_t h = Fnv1a(w);
  for (uint32_t i = h & mask_;; i = (i + 1) & mask_) {
    const Slot& slot = slots_[i];
    if (slot.languages == 0) return 0;
    if (slot.hash == h && slot.word == w) return slot.languages;
  }
}

bool StopWords::In(std::string_view norm_word, index::Lang lang) const {
  const uint8_t languages = Languages(norm_word);
  return lang == index::Lang::kUnknown ? languages != 0 : (languages & LangBit(lang)) != 0;
}

}  // namespace rolegraph::ingest
