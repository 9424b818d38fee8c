#include "rolegraph/ingest/role_names.h"

#include "role_vocabulary.h"
#include "roles.h"

namespace rolegraph::ingest {

std::vector<RoleName> FindRoleNames(const Analyzer& analyzer, std::string_view text, Lang lang) {
  AnalyzedSentence sentence;
  sentence.begin = 0;
  sentence.end = static_cast<uint32_t>(text.size());
  sentence.lang = lang;
  sentence.tokens = analyzer.Tokenize(text, lang);
  RecognizedRoles roles = RecognizeRoles(analyzer.packs(), text, {sentence});
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

}  // namespace rolegraph::ingest
