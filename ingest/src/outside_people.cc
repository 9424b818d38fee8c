// People the document speaks of without making them a post: "produce comes
// from growers", "a plumber may be called", "the invoice clerk's desk" are
// people of a trade in general, or outside the organisation. A bare head
// (no modifier) names the document's own post only where some mention of it
// is used as one: written as a title, definite ("the cashier opens ..."),
// owned ("our stewards") or standing on its own. Part of the Recognizer
// (role_recognizer.h); roles.cc drives it.
#include <algorithm>
#include <map>
#include <vector>

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

// "the grower", "our growers": a definite or owned mention is someone the
// document has in view.
bool Recognizer::DefiniteMention(uint32_t si, uint32_t at) const {
  const Token* before = WordBefore(si, at);
  return before && (packs_.AnyHas("definite_articles", before->norm) ||
                    packs_.AnyHas("collective_possessives", before->norm));
}

// A mention that names no post: after a preposition of origin ("from
// growers", "dari petani"); after an indefinite article where the document
// never names the holder definitely ("a plumber may be called"); or
// joined to a lower-case content word the vocabulary does not read as a
// field ("the invoice clerk", "surat dokter"): the word is part of a phrase
// about something else, a thing the person owns or a kind we cannot name.
bool Recognizer::OutsideMention(uint32_t si, uint32_t at, bool named_definitely) const {
  const Token* before = WordBefore(si, at);
  if (before == nullptr || before->capital || before->upper) return false;
  if (packs_.AnyHas("source_prepositions", before->norm)) return true;
  if (packs_.AnyHas("generic_articles", before->norm)) return !named_definitely;
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
    const bool definite = std::any_of(at.begin(), at.end(), [&](const auto& m) { return DefiniteMention(m.first, m.second); });
    if (!std::all_of(at.begin(), at.end(), [&](const auto& m) { return OutsideMention(m.first, m.second, definite); }))
      continue;
    entities_.erase(id);
    signatures_.erase(id);
    for (auto& spans : result_.spans)
      spans.erase(std::remove_if(spans.begin(), spans.end(), [&](const RoleSpan& s) { return s.role_id == id; }),
                  spans.end());
  }
}

}  // namespace rolegraph::ingest::internal
