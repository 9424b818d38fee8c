#include "name_forms.h"

#include "answer_options.h"

namespace rolegraph::query {

std::vector<std::string> NameFormsOf(const ingest::Token& t, const ingest::Analyzer& analyzer, const Lexicon& lexicon,
                                     Lang lang) {
  std::vector<std::string> forms = {t.norm, t.stem};
  for (const Lang other : {Lang::kEn, Lang::kId}) forms.push_back(analyzer.Stem(t.norm, other));
  for (const auto& e : lexicon.ExpandView(t.stem, lang))
    if (e.weight >= kAnswerOptions.resolve_expansion_weight && e.stems.size() == 1) forms.push_back(e.stems[0]);
  return forms;
}

}  // namespace rolegraph::query
