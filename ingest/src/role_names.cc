#include "rolegraph/ingest/role_names.h"

#include "fact_cues.h"
#include "role_vocabulary.h"
#include "roles.h"

namespace rolegraph::ingest {

std::vector<AnalyzedSentence> AnalyzeAsOneSentence(const Analyzer& analyzer, std::string_view text, Lang lang) {
  std::vector<AnalyzedSentence> whole_text(1);
  whole_text[0].begin = 0;
  whole_text[0].end = static_cast<uint32_t>(text.size());
  whole_text[0].lang = lang;
  whole_text[0].tokens = analyzer.Tokenize(text, lang);
  return whole_text;
}

std::vector<RoleName> FindRoleNames(const Analyzer& analyzer, std::string_view text, Lang lang) {
  return FindRoleNames(analyzer, text, AnalyzeAsOneSentence(analyzer, text, lang));
}

std::vector<RoleName> FindRoleNames(const Analyzer& analyzer, std::string_view text,
                                    const std::vector<AnalyzedSentence>& whole_text) {
  RecognizedRoles roles = RecognizeRoles(analyzer.packs(), text, whole_text);
  std::vector<RoleName> out;
  for (const auto& span : roles.spans[0]) {
    const RoleEntity* e = roles.Find(span.role_id);
    if (e && e->kind == "role") out.push_back({span.role_id, span.first, span.last});
  }
  return out;
}

bool IsTitleHeadWord(const LanguagePacks& packs, std::string_view word) {
  const auto head = FindHeadNoun(packs, word);
  return head && !head->org_unit;
}

bool HeadGlossedAs(const LanguagePacks& packs, std::string_view head, std::string_view english) {
  const auto h = FindHeadNoun(packs, head);
  if (!h || h->org_unit || h->untranslated) return false;
  for (std::string_view ending : {"'s", "s"})
    if (english.ends_with(ending) && english.substr(0, english.size() - ending.size()) == h->english) return true;
  return english == h->english;
}

bool HasFiniteVerbShape(const LanguagePacks& packs, const Token& t, Lang lang) {
  const LanguagePack* pack = packs.Find(index::LangCode(lang));
  return pack != nullptr && HasFiniteVerbShape(*pack, t);
}

bool IsUnitHeadWord(const LanguagePacks& packs, std::string_view word) {
  const auto head = FindHeadNoun(packs, word);
  return head && head->org_unit;
}

}  // namespace rolegraph::ingest
