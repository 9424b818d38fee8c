// Which role names are one role: acronyms and their titles, "A atau B" and
// "also known as", shortened titles, copula definitions, shared aliases.
#include <algorithm>
#include <map>
#include <set>

#include "role_recognizer.h"
#include "role_vocabulary.h"

namespace rolegraph::ingest::internal {

// "engineering manager (EM)": the acronym and the title are one role; the
// title's id stays (it says more), the acronym becomes an alias.
void Recognizer::MergeAcronymsIntoTitles() {
  for (const auto& [acronym, def] : defs_) {
    if (!def.role) continue;
    std::string words;
    for (const auto& w : def.words) {
      if (!words.empty()) words += ' ';
      words += w;
    }
    std::string acronym_id = Lower(acronym);
    if (!entities_.count(acronym_id)) continue;
    for (auto& [id, e] : entities_) {
      if (id == acronym_id || e.role.kind != "role" || !e.alias_set.count(words)) continue;
      MergeEntity(acronym_id, id);
      break;
    }
  }
}

bool Recognizer::IsAcronymEntity(const std::string& id) const {
  auto it = entities_.find(id);
  return it != entities_.end() &&
         std::any_of(it->second.role.aliases.begin(), it->second.role.aliases.end(),
                     [&](const std::string& a) { return Lower(a) == id && AcronymOf(a) == a; });
}

// A mention written as an acronym ("... (CS) atau petugas ..."): a label,
// even once merged into the title it abbreviates ("Customer Service (CS)"),
// so the "atau"/"or" name after it is another name of that role.
bool Recognizer::AcronymSpan(const std::vector<Token>& toks, const RoleSpan& span) const {
  return span.first == span.last && !AcronymOf(Original(text_, toks[span.first])).empty();
}

// Roles whose name is a label rather than a composed title: an acronym or
// a layout title. Other names offered for them are aliases.
bool Recognizer::IsAnchorEntity(const std::string& id) const { return IsAcronymEntity(id) || layout_ids_.count(id); }

// "CFO atau direktur keuangan", "CRO or risk head", "jabatan tersebut
// disebut juga kepala keuangan", "also known as ...": a title
// given as another name of an acronym role is that role.
void Recognizer::LinkAlternativeNames() {
  auto is_or = [&](const std::string& w) { return packs_.AnyHas("or_words", w) || packs_.AnyHas("alias_words", w); };
  std::map<std::string, std::string> into;
  std::string previous_subject;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    const auto& spans = result_.spans[si];
    for (size_t k = 0; k < spans.size(); ++k) {
      const RoleSpan& b = spans[k];
      if (IsAnchorEntity(b.role_id)) continue;
      // "A atau B": only "or" words between the two names.
      size_t from = k > 0 ? spans[k - 1].last + 1 : 0;
      bool all_or = from < b.first;
      for (size_t t = from; t < b.first; ++t) all_or = all_or && is_or(toks[t].norm);
      std::string a;
      if (k > 0 && all_or && (IsAnchorEntity(spans[k - 1].role_id) || AcronymSpan(toks, spans[k - 1])))
        a = spans[k - 1].role_id;
      // "... juga dikenal sebagai B" / "also known as B": the cue right
      // before B; A is the role named before the cue, else the subject
      // of the previous sentence ("jabatan tersebut disebut juga ...").
      size_t t = b.first;
      while (t > from && packs_.AnyHas("name_fillers", toks[t - 1].norm)) --t;
      if (t > from && packs_.AnyHas("known_as_cues", toks[t - 1].norm)) {
        a = previous_subject;
        for (size_t j = 0; j < k; ++j)
          if (spans[j].last < t - 1) a = spans[j].role_id;
      }
      const bool after_acronym = k > 0 && a == spans[k - 1].role_id && AcronymSpan(toks, spans[k - 1]);
      if (!a.empty() && a != b.role_id && (IsAnchorEntity(a) || after_acronym)) into[b.role_id] = a;
    }
    // "This position" in the next sentence means the role named last.
    if (!spans.empty()) previous_subject = spans.back().role_id;
  }
  for (const auto& [from, to] : into) MergeEntity(from, to);
}

void Recognizer::MergeEntity(const std::string& from, const std::string& to) {
  if (!entities_.count(from) || !entities_.count(to)) return;
  Entity& target = entities_[to];
  Entity& source = entities_[from];
  for (const auto& alias : source.role.aliases) AddAlias(target, alias);
  target.role.mentions += source.role.mentions;
  target.role.first_sentence = std::min(target.role.first_sentence, source.role.first_sentence);
  for (auto& spans : result_.spans)
    for (auto& s : spans)
      if (s.role_id == from) s.role_id = to;
  entities_.erase(from);
  signatures_.erase(from);
}

void Recognizer::DropRole(const std::string& id) {
  entities_.erase(id);
  signatures_.erase(id);
  for (auto& spans : result_.spans)
    std::erase_if(spans, [&](const RoleSpan& s) { return s.role_id == id; });
}

// "The bosun is the senior deck hand on board", "Juru mudi
// (helmsman) adalah awak kapal yang ...": a title right
// after the copula of a sentence about a role is another name of it,
// when the document hardly uses it otherwise.
void Recognizer::MergeCopulaNames() {
  std::map<std::string, std::string> into;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    const auto& spans = result_.spans[si];
    if (spans.empty() || spans[0].first > 1 || spans[0].pronoun) continue;
    const std::string& a = spans[0].role_id;
    // The subject, with any other names of it in parentheses.
    size_t k = 0;
    uint32_t after = spans[0].last + 1;
    while (k + 1 < spans.size() && spans[k + 1].role_id == a && spans[k + 1].first <= after) after = spans[++k].last + 1;
    if (after >= toks.size() || !packs_.AnyHas("copulas", toks[after].norm)) continue;
    uint32_t at = after + 1;
    while (at < toks.size() && packs_.AnyHas("determiners", toks[at].norm)) ++at;
    if (k + 1 >= spans.size() || spans[k + 1].first != at) continue;
    const std::string& b = spans[k + 1].role_id;
    if (b == a || !entities_.count(a) || !entities_.count(b) || IsAnchorEntity(b)) continue;
    if (entities_[a].role.kind != "role" || entities_[b].role.kind != "role" || entities_[b].role.mentions > 2)
      continue;
    into[b] = a;
  }
  for (const auto& [from, to] : into)
    if (!into.count(to)) MergeEntity(from, to);
}

// Two roles the document gives the same other name ("Kaprodi") are one.
void Recognizer::MergeSharedAliases() {
  std::map<std::string, std::string> owner;  // alias -> role with most mentions
  std::map<std::string, std::string> into;
  for (const auto& [id, e] : entities_) {
    if (e.role.kind != "role") continue;
    for (const auto& alias : e.alias_set) {
      auto [it, fresh] = owner.emplace(Lower(alias), id);
      if (fresh || it->second == id) continue;
      const std::string& other = it->second;
      bool keep_other = entities_[other].role.mentions >= e.role.mentions;
      into[keep_other ? id : other] = keep_other ? other : id;
    }
  }
  for (const auto& [from, to] : into) {
    std::string target = to;
    for (size_t hops = 0; hops < into.size() && into.count(target) && into[target] != from; ++hops)
      target = into[target];
    if (target != from) MergeEntity(from, target);
  }
}

bool Recognizer::SeniorityOnly(const std::vector<std::string>& concepts) const {
  if (concepts.empty()) return false;
  for (const auto& c : concepts)
    if (!IsSeniority(packs_, c) || IsDeputyRank(packs_, c)) return false;
  return true;
}

void Recognizer::MergeSubsumedTitles() {
  std::map<std::string, std::string> into;
  for (const auto& [a, sig_a] : signatures_) {
    std::string best;
    for (const auto& [b, sig_b] : signatures_) {
      if (a == b || sig_a.first != sig_b.first || sig_b.second.size() <= sig_a.second.size()) continue;
      // "manajer senior" is "manajer TI senior" shortened; "kepala cabang"
      // is not "kepala operasional cabang", nor "dean" "deputy dean".
      if (!SeniorityOnly(sig_a.second)) continue;
      if (!std::includes(sig_b.second.begin(), sig_b.second.end(), sig_a.second.begin(), sig_a.second.end()))
        continue;
      if (best.empty() || entities_[b].role.mentions > entities_[best].role.mentions) best = b;
    }
    if (!best.empty()) into[a] = best;
  }
  for (const auto& [from, to] : into) MergeEntity(from, to);
}

// "The dough mixing technician weighs the flour. ... The mixing technician
// reports to ...": a title first named after a longer one with the same
// head, whose words end that longer title's, is the longer one written
// short, when the words it drops are no rank and no role of their own ("the
// store manager" is not the deputy store manager, "deaf interpreters" are
// not their lead) and no other title ends with it.
void Recognizer::MergeShortenedTitles() {
  auto ends_with_words = [](const std::string& longer, const std::string& shorter) {
    return longer.size() > shorter.size() + 1 && longer.ends_with(shorter) &&
           longer[longer.size() - shorter.size() - 1] == ' ';
  };
  std::map<std::string, std::string> into;
  for (const auto& [a, sig_a] : signatures_) {
    const auto ea = entities_.find(a);
    if (ea == entities_.end() || ea->second.role.kind != "role" || sig_a.second.empty()) continue;
    const std::vector<std::string>& concepts_a = sig_a.second;  // a name: clang 14 cannot capture bindings
    std::string only;
    bool several = false;
    for (const auto& [b, sig_b] : signatures_) {
      const auto eb = entities_.find(b);
      if (a == b || eb == entities_.end() || eb->second.role.kind != "role" || sig_a.first != sig_b.first) continue;
      if (eb->second.role.first_sentence >= ea->second.role.first_sentence) continue;
      const bool shortened = std::any_of(ea->second.alias_set.begin(), ea->second.alias_set.end(), [&](const std::string& s) {
        return std::any_of(eb->second.alias_set.begin(), eb->second.alias_set.end(),
                           [&](const std::string& l) { return ends_with_words(l, s); });
      });
      if (!shortened) continue;
      const bool ranked = std::any_of(sig_b.second.begin(), sig_b.second.end(), [&](const std::string& c) {
        const bool dropped = std::find(concepts_a.begin(), concepts_a.end(), c) == concepts_a.end();
        const auto head = FindHeadNoun(packs_, c);
        return dropped && (IsSeniority(packs_, c) || IsDeputyRank(packs_, c) || (head && !head->org_unit));
      });
      if (ranked) continue;
      several = several || (!only.empty() && only != b);
      only = b;
    }
    if (!only.empty() && !several) into[a] = only;
  }
  for (const auto& [from, to] : into) MergeEntity(from, to);
}

}  // namespace rolegraph::ingest::internal
