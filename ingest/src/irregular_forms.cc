#include "irregular_forms.h"

#include "stemmer.h"
#include "stopwords.h"

namespace rolegraph::ingest {

IrregularForms::IrregularForms(const LanguagePacks& packs) {
  for (const LanguagePack& pack : packs.all()) {
    const index::Lang lang = IndexLangOf(pack);
    if (lang == index::Lang::kUnknown) continue;
    Bases& bases = by_lang_[static_cast<size_t>(lang)];
    for (const WordTable::Row& row : pack.Table("irregular_forms").rows())
      if (row.size() >= 2 && !row[1].empty()) bases.emplace(row[0], row[1]);
  }
}

std::string_view IrregularForms::BaseOf(std::string_view norm_word, index::Lang lang) const {
  const Bases& bases = by_lang_[static_cast<size_t>(lang == index::Lang::kUnknown ? index::Lang::kEn : lang)];
  if (bases.empty()) return norm_word;
  const auto it = bases.find(norm_word);
  return it == bases.end() ? norm_word : std::string_view(it->second);
}

std::string StemThroughBase(const IrregularForms& forms, std::string_view norm_word, index::Lang lang) {
  return StemWord(forms.BaseOf(norm_word, lang), lang);
}

}  // namespace rolegraph::ingest
