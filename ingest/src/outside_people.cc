// People the document speaks of without making them a post: "produce comes
// from growers", "a plumber may be called", "the invoice clerk's desk" are
// people of a trade in general, or outside the organisation. A bare head
// (no modifier) names the document's own post only where some mention of it
// is used as one: written as a title, definite ("the cashier opens ..."),
// owned ("our stewards") or standing on its own. Part of the Recognizer
// (role_recognizer.h); roles.cc drives it.
#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "rolegraph/index/records.h"
#include "role_recognizer.h"
#include "role_text.h"
#include "role_vocabulary.h"

namespace rolegraph::ingest::internal {

// The word right before a mention, where nothing but a blank stands between.
const Token* Recognizer::WordBefore(uint32_t si, uint32_t at) const {
  const auto& toks = sentences_[si].tokens;
  if (at == 0 || !Adjacent(text_, toks[at - 1], toks[at], false)) return nullptr;
  return &toks[at - 1];
}

// "the grower", "our growers": a head named after a definite article or a
// possessive anywhere in the document, in the singular or the plural, in a
// mention or not, is someone the document has in view.
bool Recognizer::NamedDefinitely(std::string_view head) const {
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    for (uint32_t k = 1; k < toks.size(); ++k) {
      const Token* before = WordBefore(si, k);
      if (before == nullptr || !(packs_.AnyHas("definite_articles", before->norm) ||
                                 packs_.AnyHas("collective_possessives", before->norm)))
        continue;
      std::optional<HeadNoun> found = FindHeadNoun(packs_, toks[k].norm);
      if (!found) {
        const std::string_view singular = PluralHeadSingular(packs_, toks[k].norm);
        if (!singular.empty()) found = FindHeadNoun(packs_, singular);
      }
      if (found && found->english == head) return true;
    }
  }
  return false;
}

// A mention that names no post: after a preposition of origin ("from
// growers", "dari petani"); after an indefinite article where the document
// never names the holder definitely ("a plumber may be called"); or
// in head-first order, after a lower-case content word the vocabulary does
// not read as a field ("stempel notaris"): the word is part of a phrase
// about something else, a thing the person owns.
bool Recognizer::OutsideMention(uint32_t si, uint32_t at, bool named_definitely) const {
  const Token* before = WordBefore(si, at);
  if (before == nullptr || before->capital || before->upper) return false;
  if (packs_.AnyHas("source_prepositions", before->norm)) return true;
  if (packs_.AnyHas("generic_articles", before->norm)) {
    // "The workshop hires a glazier": the organisation taking one on.
    const Token* verb = WordBefore(si, at - 1);
    return !named_definitely && !(verb && packs_.AnyHas("hiring_verbs", verb->norm));
  }
  // In head-last order the word before is the head's own modifier ("an
  // additional pharmacist"), read or not; only in head-first order is a
  // noun before the head the start of another phrase.
  const LanguagePack* pack = packs_.Find(index::LangCode(sentences_[si].lang));
  if (pack == nullptr || !pack->head_first()) return false;
  return IsFreeModifier(packs_, *before) && !FindHeadNoun(packs_, before->norm) &&
         ModifierConcept(packs_, before->norm).empty() && !LooksAdjectival(packs_, before->norm);
}

void Recognizer::DropOutsidePeople() {
  std::map<std::string, std::vector<std::pair<uint32_t, uint32_t>>> mentions;  // role id -> (sentence, token)
  std::map<std::string, bool> post;  // role id -> some mention names a post
  for (uint32_t si = 0; si < sentences_.size(); ++si)
    for (const RoleSpan& span : result_.spans[si]) {
      const Token& t = sentences_[si].tokens[span.first];
      const auto sig = signatures_.find(span.role_id);
      const bool bare = sig != signatures_.end() && sig->second.second.empty() && span.first == span.last &&
                        !span.pronoun && !t.capital && !t.upper;
      if (!bare) post[span.role_id] = true;
      else mentions[span.role_id].push_back({si, span.first});
    }
  for (const auto& [role_id, at] : mentions) {
    const std::string& id = role_id;  // a lambda may not capture a structured binding (clang 14)
    if (post[id] || !entities_.count(id) || entities_[id].role.kind != "role") continue;
    const bool definite = NamedDefinitely(signatures_[id].first);
    if (!std::all_of(at.begin(), at.end(), [&](const auto& m) { return OutsideMention(m.first, m.second, definite); }))
      continue;
    DropRole(id);
  }
}

}  // namespace rolegraph::ingest::internal
