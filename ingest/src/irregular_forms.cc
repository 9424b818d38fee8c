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

namespace {

// "children's" and "children" are one word: the possessive clitic goes before
// the base form is looked up, or a possessive irregular plural would keep a
// stem of its own ("children" where "children" stems through "child"), and a
// question's "the children's class" would miss the document's "children" and
// the translations kept under "child".
std::string_view WithoutPossessive(std::string_view norm_word) {
  if (norm_word.size() > 2 && norm_word.ends_with("'s")) norm_word.remove_suffix(2);
  else if (norm_word.size() > 1 && norm_word.back() == '\'') norm_word.remove_suffix(1);
  return norm_word;
}

}  // namespace

std::string StemThroughBase(const IrregularForms& forms, std::string_view norm_word, index::Lang lang) {
  return StemWord(forms.BaseOf(WithoutPossessive(norm_word), lang), lang);
}

}  // namespace rolegraph::ingest
