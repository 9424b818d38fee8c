// Role recognition by pattern. Three kinds of role names are found:
//  1. acronyms defined in the text: "CIO, atau Chief Information Officer",
//     "chief product officer (CPO)", "CEO which stands for chief executive
//     officer"; undefined acronyms of the C-suite shape C?O / C??O also count;
//  2. "Chief X Officer" phrases, tied to their acronym;
//  3. job-title head nouns with functional modifiers, in English order
//     ("senior IT manager") and Indonesian order ("manajer TI senior").
// Titles are keyed by a language-neutral signature (head + modifier
// concepts), so both languages meet in one entity; within a document a
// title whose modifiers are a subset of a more specific one with the same
// head ("manajer senior" after "manajer TI senior") is the same role.
#include "roles.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "layout_titles.h"
#include "role_recognizer.h"
#include "role_text.h"
#include "role_vocabulary.h"

namespace rolegraph::ingest {
namespace internal {
namespace {

std::string AcronymDisplay(std::string key) {
  for (char& ch : key) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return key;
}

constexpr size_t kMaxClippedName = 8;  // bytes: "kaprodi", "wakasek"
constexpr size_t kMaxAliasIntro = 4;   // words: "known as the", "selanjutnya disebut"
constexpr size_t kMaxLegendWords = 6;  // "PRE = Prepress and Plate Operator"

}  // namespace

RecognizedRoles Recognizer::Run() {
  for (const auto& s : sentences_) FindAcronymDefinitions(s);
  result_.spans.resize(sentences_.size());
  for (uint32_t i = 0; i < sentences_.size(); ++i) FindMentions(i);
  AddLayoutTitles();
  MergeAcronymsIntoTitles();
  ResolveBareHeads();
  FindParentheticalAliases();
  FindShortNames();
  FindDefinedShortNames();
  LinkAlternativeNames();
  MergeSubsumedTitles();
  MergeCopulaNames();
  MergeSharedAliases();
  for (auto& [id, e] : entities_) result_.entities.push_back(std::move(e.role));
  return std::move(result_);
}

void Recognizer::FindAcronymDefinitions(const AnalyzedSentence& s) {
  const auto& toks = s.tokens;
  for (size_t i = 0; i < toks.size(); ++i) {
    std::string acronym = AcronymOf(Original(text_, toks[i]));
    if (acronym.empty() || defs_.count(acronym)) continue;
    // Forward: "CIO, atau Chief Information Officer", "CMO or chief marketing officer".
    size_t j = i + 1;
    bool connected = j < toks.size() && text_.substr(toks[i].end, toks[j].begin - toks[i].end).find_first_of(",(") !=
                                            std::string_view::npos;
    while (j < toks.size() && packs_.AnyHas("acronym_connectors", toks[j].norm)) {
      connected = true;
      ++j;
    }
    // A legend defines a code outright, whatever its letters:
    // "HC = Head Chef, SC = Sous Chef", "QI: Quality Inspector".
    const bool legend = i + 1 < toks.size() && text_.substr(toks[i].end, toks[i + 1].begin - toks[i].end)
                                                       .find_first_of("=:") != std::string_view::npos;
    if (legend && DefineFromLegend(acronym, toks, i + 1)) continue;
    if (connected && TryDefine(acronym, toks, j, true)) continue;
    // Backward: "chief product officer (CPO)", "teknologi informasi (TI)",
    // "Chief Operating Officer atau COO".
    if (i > 0 && text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find('(') != std::string_view::npos)
      TryDefine(acronym, toks, i, false);
    else if (i > 1 && packs_.AnyHas("or_words", toks[i - 1].norm))
      TryDefine(acronym, toks, i - 1, false);
  }
}

// Tries runs starting (forward) or ending (backward) at `at`.
bool Recognizer::TryDefine(const std::string& acronym, const std::vector<Token>& toks, size_t at, bool forward) {
  for (size_t len = 1; len <= acronym.size() + 3; ++len) {
    if (forward ? at + len > toks.size() : len > at) break;
    size_t first = forward ? at : at - len;
    std::vector<const Token*> run;
    for (size_t k = first; k < first + len; ++k) run.push_back(&toks[k]);
    if (!InitialsMatch(acronym, run)) continue;
    AcronymDef def;
    for (const Token* t : run) def.words.push_back(t->norm);
    def.role = ContainsRoleHead(packs_, def.words);
    defs_[acronym] = std::move(def);
    return true;
  }
  return false;
}

// The title after "CODE =" up to the next separator; only a run holding a
// role head defines the code ("R = responsible" does not).
bool Recognizer::DefineFromLegend(const std::string& acronym, const std::vector<Token>& toks, size_t at) {
  AcronymDef def;
  for (size_t k = at; k < toks.size() && def.words.size() < kMaxLegendWords; ++k) {
    if (k > at && text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find_first_not_of(" \t") !=
                      std::string_view::npos)
      break;
    if (!IsWord(toks[k]) || !AcronymOf(Original(text_, toks[k])).empty()) break;
    def.words.push_back(toks[k].norm);
  }
  if (def.words.empty() || !ContainsRoleHead(packs_, def.words)) return false;
  def.role = true;
  defs_[acronym] = std::move(def);
  return true;
}

bool Recognizer::IsRoleAcronym(const std::string& acronym) const {
  auto it = defs_.find(acronym);
  if (it != defs_.end()) return it->second.role;
  return IsCSuiteShape(acronym);
}

Recognizer::Entity& Recognizer::EntityFor(const std::string& id, const std::string& name, const std::string& kind, uint32_t sentence) {
  auto [it, inserted] = entities_.try_emplace(id);
  if (inserted) {
    it->second.role.id = id;
    it->second.role.name = name;
    it->second.role.kind = kind;
    it->second.role.first_sentence = sentence;
  }
  return it->second;
}

void Recognizer::AddAlias(Entity& e, const std::string& alias) {
  if (!alias.empty() && e.alias_set.insert(alias).second) e.role.aliases.push_back(alias);
}

void Recognizer::AddMention(uint32_t sentence, Entity& e, uint32_t first, uint32_t last) {
  ++e.role.mentions;
  result_.spans[sentence].push_back({e.role.id, first, last, false});
}

Recognizer::Entity& Recognizer::AcronymEntity(const std::string& acronym, uint32_t sentence) {
  auto it = defs_.find(acronym);
  std::string name = acronym;
  if (it != defs_.end() && it->second.role) name = TitleCase(packs_, it->second.words);
  Entity& e = EntityFor(Lower(acronym), name, "role", sentence);
  if (e.role.name == acronym && name != acronym) e.role.name = name;
  AddAlias(e, acronym);
  if (it != defs_.end() && it->second.role) AddAlias(e, Lower(name));
  return e;
}

void Recognizer::FindMentions(uint32_t si) {
  const auto& toks = sentences_[si].tokens;
  std::vector<bool> used(toks.size(), false);
  // Chief X Officer phrases first: they contain a head noun ("officer").
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!packs_.AnyHas("csuite_openers", toks[i].norm)) continue;
    for (size_t j = i + 1; j < toks.size() && j <= i + 5; ++j) {
      if (!Adjacent(text_, toks[j - 1], toks[j], false) || !IsWord(toks[j])) break;
      auto csuite_head = [&](const Token& t) {
        const std::string_view singular = Singular(packs_, t.norm);
        return packs_.AnyHas("csuite_heads", t.norm) || (!singular.empty() && packs_.AnyHas("csuite_heads", singular));
      };
      if (!csuite_head(toks[j])) continue;
      std::vector<std::string> words;
      std::string initials;
      for (size_t k = i; k <= j; ++k) {
        std::string w = toks[k].norm;
        if (k == j && !packs_.AnyHas("csuite_heads", w)) w = std::string(Singular(packs_, w));
        words.push_back(w);
        if (!toks[k].stop) initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      }
      std::string acronym = initials;
      for (const auto& [a, def] : defs_)
        if (def.role && def.words == words) acronym = a;
      Entity& e = AcronymEntity(acronym, si);
      if (e.role.name == acronym) e.role.name = TitleCase(packs_, words);
      AddAlias(e, Lower(TitleCase(packs_, words)));
      AddMention(si, e, static_cast<uint32_t>(i), static_cast<uint32_t>(j));
      for (size_t k = i; k <= j; ++k) used[k] = true;
      break;
    }
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    if (used[i]) continue;
    std::string acronym = AcronymOf(Original(text_, toks[i]));
    if (!acronym.empty() && IsRoleAcronym(acronym)) {
      AddMention(si, AcronymEntity(acronym, si), static_cast<uint32_t>(i), static_cast<uint32_t>(i));
      used[i] = true;
    }
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    if (used[i]) continue;
    TryTitle(si, i, used);
  }
  auto& spans = result_.spans[si];
  std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
}

// Concept of a modifier token, including non-role acronyms defined in the
// text ("TI" = "teknologi informasi") and multi-word concepts.
std::string Recognizer::ModifierOf(const Token& t) const {
  std::string_view c = ModifierConcept(packs_, t.norm);
  if (!c.empty()) return std::string(c);
  std::string acronym = AcronymOf(Original(text_, t));
  if (!acronym.empty() && !IsRoleAcronym(acronym)) {
    auto it = defs_.find(acronym);
    if (it != defs_.end()) return Lower(acronym);
    return Lower(acronym);
  }
  return {};
}

void Recognizer::TryTitle(uint32_t si, size_t i, std::vector<bool>& used) {
  const auto& toks = sentences_[si].tokens;
  std::optional<HeadNoun> head = FindHeadNoun(packs_, toks[i].norm);
  bool head_of = false;
  if (!head && i + 2 < toks.size() && packs_.AnyHas("of_words", toks[i + 1].norm)) {
    head = FindHeadOfNoun(packs_, toks[i].norm);
    head_of = head.has_value();
  }
  if (!head) return;
  // "Front Office Manager": a unit right before a title qualifies it.
  if (head->org_unit && i + 1 < toks.size() && Adjacent(text_, toks[i], toks[i + 1], false)) {
    const auto next = FindHeadNoun(packs_, toks[i + 1].norm);
    if (next && !next->org_unit && next->prefix_modifiers) return;
  }
  // "director of engineering", "vice president of sales": an English head
  // followed by "of" and its field reads like "head of X".
  size_t of_at = i + 1;
  if (!head_of && head->prefix_modifiers && !head->org_unit && of_at + 1 < toks.size() &&
      packs_.AnyHas("of_words", toks[of_at].norm) && Adjacent(text_, toks[i], toks[of_at], false)) {
    size_t field = of_at + 1;
    if (field + 1 < toks.size() && packs_.AnyHas("definite_articles", toks[field].norm)) ++field;
    const bool verb_forms = sentences_[si].lang == Lang::kId && !toks[field].capital;
    if (!ModifierOf(toks[field]).empty() ||
        (IsFreeModifier(packs_, toks[field], verb_forms) && !LooksAdjectival(packs_, toks[field].norm)))
      head_of = field == of_at + 1;  // "of the X" names an organisation, not a field
  }
  std::vector<std::string> concepts;
  size_t first = i, last = i;
  bool free_modifier = false;  // a modifier outside our vocabulary: keep the document's wording as name
  bool conjoined = false;      // "Finance and Administration Officer": concepts alone would drop the "and"
  bool unit_field = false;     // "kepala seksi X": the unit's own modifiers would come out in the wrong English order
  // An acronym modifier ("PPIC", "HSE") is the same in every language: the
  // English name keeps it as written ("PPIC Staff", not "Ppic Staff").
  std::set<std::string> acronym_concepts;
  // After a conjunction a head, a unit or a rank ("dan Wakil Kepala ...")
  // starts a second title; so does a word right before a head.
  auto OpensTitle = [&](const std::vector<Token>& ts, size_t at) {
    if (FindHeadNoun(packs_, ts[at].norm)) return true;
    const std::string_view rank = ModifierConcept(packs_, ts[at].norm);
    if (!rank.empty() && (IsSeniority(packs_, rank) || IsDeputyRank(packs_, rank))) return true;
    return at + 1 < ts.size() && FindHeadNoun(packs_, ts[at + 1].norm).has_value() && at + 1 != i;
  };
  // On a line in capitals ("STAF GUDANG", "OUTREACH SERVICES COORDINATOR")
  // every word is upper-case: none of them is an acronym for that.
  const bool caps_line = toks[i].upper;
  auto modifier_of = [&](const Token& t) {
    std::string c = caps_line ? std::string(ModifierConcept(packs_, t.norm)) : ModifierOf(t);
    if (!c.empty() && ModifierConcept(packs_, t.norm).empty()) acronym_concepts.insert(c);
    return c;
  };
  const bool head_first_order = !head->prefix_modifiers;
  const bool indonesian = sentences_[si].lang == Lang::kId;
  // Indonesian order: "wakil kepala sekolah bidang kurikulum", "manajer
  // pabrik"; English "head of sales". A deputy/assistant word may come
  // first. With `titled` only vocabulary concepts or capitalised words
  // qualify ("Supervisor Produksi" in an Indonesian sentence).
  auto scan_following = [&](bool titled) {
    size_t k = head_of ? i + 2 : i + 1;
    bool field = false;  // after "bidang" / "urusan" any word names the field
    bool after_and = false;  // "Supervisor Tiket dan Reservasi": the conjunction joins two fields
    size_t last_free = 0;  // the last word taken as a free modifier
    size_t unit_slot = 0;  // an organisation unit right after the head
    for (; k < toks.size() && k - i <= 5 + (conjoined ? 1 : 0) && concepts.size() < 4; ++k) {
      if (used[k] || !Adjacent(text_, toks[k - 1], toks[k], true)) break;
      if (packs_.AnyHas("field_markers", toks[k].norm)) {
        field = true;
        continue;
      }
      // A conjunction inside a Title Case title joins a second field to it,
      // never a second role or unit ("Manajer Keuangan dan Direktur ...").
      if (!concepts.empty() && !after_and && toks[i].capital && toks[k - 1].capital &&
          packs_.AnyHas("and_words", toks[k].norm) && k + 1 < toks.size() && toks[k + 1].capital &&
          (!toks[k + 1].upper || caps_line) && Adjacent(text_, toks[k], toks[k + 1], false) &&
          !OpensTitle(toks, k + 1) && IsTitleRunWord(packs_, toks[k + 1])) {
        after_and = conjoined = true;
        continue;
      }
      std::string c = modifier_of(toks[k]);
      const auto unit = FindHeadNoun(packs_, toks[k].norm);
      bool first_slot = head_of ? k == i + 2 : k == i + 1;
      // "kepala divisi", "sekretaris divisi", "ketua tim audit": an
      // organisation unit right after a head-first title names its field.
      if (c.empty() && unit && unit->org_unit && (HeadsUnits(packs_, head->english) || (first_slot && head_first_order))) {
        c = unit->english;
        unit_field = true;
        if (first_slot) unit_slot = k;
      }
      // An Indonesian noun phrase runs on over words our vocabulary lacks
      // ("petugas bongkar muat", "dokter penanggung jawab pasien") until a
      // function word, a verb form, a modal or a number ends it; after a
      // vocabulary modifier ("kepala pabrik") the title is complete.
      // A lower-case word after a capitalised title ends it ("Koordinator
      // Gudang Pusat bekerja ..."); after a unit in the first slot a lower-case
      // phrase goes on naming it ("penjaga gudang bahan baku"), a capitalised
      // one is a place ("kepala cabang Bandung").
      const bool cased_end = toks[i].capital && toks[k - 1].capital && !toks[k].capital && !toks[k].upper;
      const bool after_free = last_free + 1 == k || (unit_slot + 1 == k && !toks[k].capital && !toks[k].upper);
      const bool phrase_run = head_first_order && !head_of && !titled && last + 1 == k && after_free && k > i + 1 &&
                              Adjacent(text_, toks[k - 1], toks[k], false) && !cased_end &&
                              !packs_.AnyHas("title_breakers", toks[k].norm);
      // "Head of Faculty Administration": a Title Case run goes on.
      bool title_case_run = toks[i].capital && toks[k].capital && (toks[k - 1].capital || after_and) && !toks[k].stop &&
                            Adjacent(text_, toks[k - 1], toks[k], false);
      // A capitalised word inside a line is no verb ("Supervisor Distribusi").
      // After a rank ("Direktur Utama", "Manajer Wilayah") a capitalised word
      // names the organisation or the place, not the field.
      const bool after_rank = !after_and && k > i + 1 && !concepts.empty() && concepts.back() == ModifierConcept(packs_, toks[k - 1].norm) &&
                              IsSeniority(packs_, concepts.back()) && toks[k].capital;
      if (c.empty() && !unit && !after_rank && (field || first_slot || title_case_run || phrase_run) &&
          IsFreeModifier(packs_, toks[k], !toks[k].capital) &&
          (!titled || toks[k].capital)) {
        c = FreeConcept(toks[k]);
        free_modifier = true;
        last_free = k;
      }
      // "Kepala Bagian Distribusi", "Kepala Regu Batik Cap": once a free
      // word runs on a capitalised head-first title, any Title Case word
      // goes on it; and right after that word a role noun is part of the
      // unit's name ("Kepala Satuan Pengawas Internal").
      const bool free_run = title_case_run && head_first_order && !head_of && (!toks[k].upper || caps_line) &&
                            (after_and || (last_free != 0 && last_free + 1 == k));
      if (c.empty() && free_run && !after_rank && (!unit || (!unit->org_unit && last_free + 1 == k && !after_and)) &&
          IsTitleRunWord(packs_, toks[k])) {
        c = FreeConcept(toks[k]);
        free_modifier = true;
        last_free = k;
      }
      // "koordinator perawat satwa", "kepala juru masak": a head that leads
      // a group takes another role noun as its field.
      if (c.empty() && unit && !unit->org_unit && head->leads && first_slot && head_first_order && !head_of &&
          Adjacent(text_, toks[k - 1], toks[k], false)) {
        c = FreeConcept(toks[k]);
        free_modifier = true;
        last_free = k;
      }
      if (c.empty()) break;
      after_and = false;
      field = false;
      if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(c);
      last = k;
    }
  };
  if (head->prefix_modifiers && !head_of) {
    bool prefix_and = false;
    for (size_t k = i; k-- > 0 && i - k <= 3 + (prefix_and ? 1 : 0);) {
      if (used[k] || !Adjacent(text_, toks[k], toks[k + 1], false)) break;
      // "Finance and Administration Officer": a conjunction inside a Title
      // Case title joins a second field, never a role ("Drivers and ...").
      if (!concepts.empty() && !prefix_and && toks[i].capital && toks[k + 1].capital && k > 0 &&
          packs_.AnyHas("and_words", toks[k].norm) && toks[k - 1].capital && (!toks[k - 1].upper || caps_line) &&
          !used[k - 1] &&
          Adjacent(text_, toks[k - 1], toks[k], false) && !OpensTitle(toks, k - 1) &&
          IsTitleCaseWord(packs_, toks[k - 1], k - 1 == 0)) {
        prefix_and = conjoined = true;
        continue;
      }
      // Inside Indonesian text an English-order title is written as a
      // title ("HSE Officer"); "pelatihan operator" is training of operators.
      if (indonesian && !toks[k].capital && !toks[k].upper) break;
      std::string c = modifier_of(toks[k]);
      // Right before the head one noun our vocabulary lacks may qualify it
      // ("sous chef", "scrum master", "team lead").
      // An organisation unit there may bring its own ("Front Office Manager").
      const bool after_unit = k + 2 == i && free_modifier && toks[k].capital;
      // A title written in Title Case may carry any words ("Hub Operations
      // Supervisor", "Ticketing Coordinator", "Permit Officer"), in either
      // language's text.
      const bool title_case = toks[i].capital && toks[k].capital && (!toks[k].upper || caps_line) &&
                              IsTitleCaseWord(packs_, toks[k], k == 0) &&
                              (k + 1 == i || !concepts.empty());
      // "the cold store supervisor", "every laundry room supervisor": in
      // lower case, a noun right after a determiner still belongs to the
      // title the determiner opens.
      const bool determined = !indonesian && !toks[k].capital && k + 1 < i && !concepts.empty() &&
                              (k == 0 || packs_.AnyHas("articles", toks[k - 1].norm) ||
                               packs_.AnyHas("object_determiners", toks[k - 1].norm) ||
                               packs_.AnyHas("possessives", toks[k - 1].norm));
      if (c.empty() && (((k + 1 == i || after_unit || determined) && !indonesian) || title_case)) {
        const auto unit = FindHeadNoun(packs_, toks[k].norm);
        if (unit && unit->org_unit && !after_unit) c = unit->english;
        else if (!unit && title_case) c = FreeConcept(toks[k]);
        // An English sentence: the other packs' verb prefixes do not apply
        // ("membership", "dispatch").
        else if (!unit && IsFreeModifier(packs_, toks[k], false) && !LooksAdjectival(packs_, toks[k].norm))
          c = FreeConcept(toks[k]);
        if (!c.empty()) free_modifier = true;
        if (after_unit && !title_case && !FindHeadNoun(packs_, toks[k + 1].norm)) c.clear();
      }
      if (c.empty()) break;
      concepts.insert(concepts.begin(), c);
      first = k;
    }
    // An English head used in Indonesian order ("Supervisor Produksi").
    if (concepts.empty() && indonesian && !head->org_unit) scan_following(true);
    // "Vice Dean for Academic Affairs", "Vice President for Sales".
    if (!indonesian && !head->org_unit && i + 2 < toks.size() && packs_.AnyHas("for_words", toks[i + 1].norm) &&
        Adjacent(text_, toks[i], toks[i + 1], false) && toks[i + 2].capital) {
      size_t k = i + 2;
      std::vector<std::string> field;
      for (; k < toks.size() && k - i <= 5; ++k) {
        if (k > i + 2 && !Adjacent(text_, toks[k - 1], toks[k], false)) break;
        const bool conjunction = packs_.AnyHas("and_words", toks[k].norm);
        if (!toks[k].capital && !toks[k].upper && !conjunction) break;
        if (conjunction) continue;
        std::string c = ModifierOf(toks[k]);
        field.push_back(c.empty() ? FreeConcept(toks[k]) : c);
        last = k;
      }
      if (!field.empty()) {
        free_modifier = true;
        for (auto& c : field)
          if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(std::move(c));
      }
    }
  } else {
    if (!head_of && i > 0 && !used[i - 1] && Adjacent(text_, toks[i - 1], toks[i], false)) {
      std::string_view c = ModifierConcept(packs_, toks[i - 1].norm);
      if (!c.empty() && IsDeputyRank(packs_, c)) {
        concepts.push_back(std::string(c));
        first = i - 1;
      }
    }
    scan_following(false);
  }
  FoldConcepts(packs_, &concepts);
  if (concepts.empty() && !head->standalone) {
    // A bare "manager" is no particular role, unless it opens the sentence
    // or a clause or is definite ("Controller menyusun ...", "..., sedangkan
    // controller ...", "the controller") and the document has one title
    // with that head: then it is that title, shortened.
    bool clause_start = i > 0 && text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find(',') !=
                                     std::string_view::npos;
    bool opens = i == 0 || clause_start || packs_.AnyHas("clause_openers", toks[i - 1].norm);
    // "... reports to the Treasurer", "diserahkan kepada Bendahara": the
    // document writes the bare head as a title, so it names one role.
    // A capitalised word right after it means a longer title we did not
    // read ("Koordinator Gudang Barat"): not this bare head.
    const bool longer = i + 1 < toks.size() && Adjacent(text_, toks[i], toks[i + 1], false) &&
                        (toks[i + 1].capital || toks[i + 1].upper);
    bool titled = head->titled && i > 0 && toks[i].capital && !toks[i].upper && !longer && !sentences_[si].heading;
    if ((opens || titled) && !head->org_unit)
      bare_heads_.push_back({si, static_cast<uint32_t>(i), std::string(head->english), opens, titled});
    return;
  }
  // Canonical English name: seniority first, then function, then head.
  std::vector<std::string> ordered;
  for (const auto& c : concepts)
    if (IsSeniority(packs_, c)) ordered.push_back(c);
  for (const auto& c : concepts)
    if (!IsSeniority(packs_, c)) ordered.push_back(c);
  std::string name, id;
  for (const auto& c : ordered) {
    name += (acronym_concepts.count(c) ? AcronymDisplay(c) : DisplayConcept(packs_, c)) + " ";
    id += c + "-";
  }
  name += DisplayConcept(packs_, head->english);
  id += std::string(head->english);
  std::replace(id.begin(), id.end(), ' ', '-');  // "village head" -> "village-head"
  std::string alias;
  for (size_t k = first; k <= last; ++k) {
    std::string_view orig = Original(text_, toks[k]);
    bool paren_acronym = k > first && text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find('(') !=
                                          std::string_view::npos;
    if (paren_acronym) continue;
    if (!alias.empty()) alias += ' ';
    alias += toks[k].upper ? std::string(orig) : toks[k].norm;
  }
  // "kepala desa" reads better than "Desa Head": a title with words our
  // vocabulary cannot translate keeps the document's wording as its name.
  // Likewise a title whose canonical English would drop its conjunction or
  // put a unit's own modifiers in the wrong order ("kepala seksi X" is no
  // "Section X Head"). An acronym is the same in both languages, so "Guru
  // BK" may still be "BK Teacher".
  const bool keep_wording = free_modifier || conjoined || (head_first_order && unit_field && concepts.size() > 1);
  if (keep_wording) {
    // Small words stay lower case ("Quality and Safety Officer"), the first
    // one aside.
    name.clear();
    for (size_t start = 0; start < alias.size();) {
      size_t space = alias.find(' ', start);
      if (space == std::string::npos) space = alias.size();
      std::string word = alias.substr(start, space - start);
      if (!word.empty() && (name.empty() || !packs_.AnyHas("title_small_words", word)))
        word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
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
  Entity& e = EntityFor(id, name, head->org_unit ? "org_unit" : "role", si);
  signatures_[id] = {std::string(head->english), sorted};
  AddAlias(e, Lower(name));
  AddAlias(e, alias);
  AddMention(si, e, static_cast<uint32_t>(first), static_cast<uint32_t>(last));
  for (size_t k = first; k <= last; ++k) used[k] = true;
}

// "Position: Night Auditor", "3. Teller" + "Teller adalah ...": titles
// the layout announces, for head nouns no vocabulary lists. An acronym
// defined as such a title ("Customer Service (CS)") names it too.
void Recognizer::AddLayoutTitles() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  for (const LayoutTitle& lt : FindLayoutTitles(packs_, text_, sentences_)) {
    const auto& toks = sentences_[lt.sentence].tokens;
    const auto& spans = result_.spans[lt.sentence];
    // A name on the line our patterns already know anchors the others.
    std::string anchor;
    std::vector<std::string> same;
    std::vector<std::pair<uint32_t, uint32_t>> free;
    for (const auto& name : lt.names) {
      const uint32_t first = name.first, last = name.second;  // plain names: clang 14 cannot capture bindings
      auto hit = std::find_if(result_.spans[lt.sentence].begin(), result_.spans[lt.sentence].end(),
                              [&](const RoleSpan& s) { return s.first <= last && first <= s.last; });
      if (hit == spans.end()) {
        free.emplace_back(first, last);
        continue;
      }
      if (!entities_.count(hit->role_id) || entities_[hit->role_id].role.kind != "role") continue;
      if (anchor.empty()) anchor = hit->role_id;
      // "2. Laboratory Manager (Manajer Laboratorium)": the names one title
      // line gives are one position.
      else if (hit->role_id != anchor && lt.defined) same.push_back(hit->role_id);
      // "Food & Beverage Manager" where the patterns saw "Beverage
      // Manager": the line's whole name is the role's name.
      if ((first < hit->first || last > hit->last) && lt.defined) ExtendToLine(lt.sentence, &*hit, first, last);
    }
    for (const auto& id : same) MergeEntity(id, anchor);
    if (free.empty() || (anchor.empty() && !lt.defined)) continue;
    for (auto [first, last] : free) {
      std::vector<std::string> words;
      std::string name, id, phrase;
      for (uint32_t k = first; k <= last; ++k) {
        words.push_back(toks[k].norm);
        name += (name.empty() ? "" : " ") + std::string(Original(text_, toks[k]));
        id += (id.empty() ? "" : "-") + toks[k].norm;
        phrase += (phrase.empty() ? "" : " ") + toks[k].norm;
      }
      if (!anchor.empty() && !NamesARole(toks, first, last, Lower(entities_[anchor].role.name))) continue;
      if (anchor.empty()) {
        if (entities_.count(id) && entities_[id].role.kind != "role") break;
        EntityFor(id, name, "role", lt.sentence);
        layout_ids_.insert(id);
        anchor = id;
      }
      Entity& e = entities_[anchor];
      AddAlias(e, first == last && toks[first].upper ? name : phrase);
      names.emplace_back(words, anchor);
      for (auto& [acronym, def] : defs_) {
        if (def.role || def.words != words) continue;
        def.role = true;  // "Customer Service (CS)": CS names the role too
        AddAlias(e, acronym);
        names.push_back({{Lower(acronym)}, anchor});
      }
    }
  }
  AddNameMentionsEverywhere(names);
}

void Recognizer::ExtendToLine(uint32_t si, RoleSpan* span, uint32_t first, uint32_t last) {
  const auto& toks = sentences_[si].tokens;
  for (const RoleSpan& other : result_.spans[si])
    if (&other != span && other.first <= last && first <= other.last) return;
  Entity& e = entities_[span->role_id];
  std::string phrase;
  for (uint32_t k = first; k <= last; ++k) phrase += (phrase.empty() ? "" : " ") + toks[k].norm;
  std::string name(text_.substr(toks[first].begin, toks[last].end - toks[first].begin));
  AddAlias(e, phrase);
  AddAlias(e, Lower(name));
  if (name.size() > e.role.name.size()) e.role.name = name;
  span->first = first;
  span->last = last;
}

// A bare head is the document's one title with that head, shortened; with
// no such title, it is a role of its own where the document writes it as a
// title somewhere ("the Secretary", "kepada Bendahara").
void Recognizer::ResolveBareHeads() {
  std::set<std::string> titled;
  for (const auto& bare : bare_heads_)
    if (bare.titled) titled.insert(bare.head);
  for (const auto& bare : bare_heads_) {
    std::string only;
    int count = 0;
    for (const auto& [id, sig] : signatures_)
      if (sig.first == bare.head && entities_.count(id) && entities_[id].role.kind == "role") {
        only = id;
        ++count;
      }
    if (count == 0 && titled.count(bare.head)) only = BareTitleEntity(bare);
    else if (count != 1) continue;
    auto& spans = result_.spans[bare.sentence];
    bool taken = std::any_of(spans.begin(), spans.end(), [&](const RoleSpan& s) {
      return s.first <= bare.token && bare.token <= s.last;
    });
    if (taken) continue;
    spans.push_back({only, bare.token, bare.token, false});
    std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
    ++entities_[only].role.mentions;
    // A bare title's word in either language is its name ("bendahara").
    if (signatures_[only].second.empty()) AddAlias(entities_[only], sentences_[bare.sentence].tokens[bare.token].norm);
  }
}

// The role a bare titled head names: keyed by its English head, so both
// languages' words for it meet ("Treasurer", "Bendahara").
std::string Recognizer::BareTitleEntity(const BareHead& bare) {
  std::string id = bare.head;
  std::replace(id.begin(), id.end(), ' ', '-');
  const std::string name = DisplayConcept(packs_, bare.head);
  Entity& e = EntityFor(id, name, "role", bare.sentence);
  signatures_[id] = {bare.head, {}};
  AddAlias(e, Lower(name));
  AddAlias(e, sentences_[bare.sentence].tokens[bare.token].norm);
  return id;
}

// "Wakil kepala sekolah bidang kurikulum (wakasek kurikulum)": the words in
// parentheses after a title are another name of it; every later use of
// that name in the document is a mention.
// "Sekretaris desa atau Sekdes", "Kepala ruangan atau Karu": a
// capitalised short word offered as another name of the title before it.
void Recognizer::FindShortNames() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    for (const auto& span : result_.spans[si]) {
      size_t k = span.last + 1;
      if (k + 1 >= toks.size() || (!packs_.AnyHas("or_words", toks[k].norm) && !packs_.AnyHas("alias_words", toks[k].norm))) continue;
      const Token& name = toks[k + 1];
      std::string_view orig = Original(text_, name);
      bool shaped = name.capital && !name.upper && IsWord(name) && orig.size() >= 3 && orig.size() <= 8 &&
                    !FindHeadNoun(packs_, name.norm) && !name.stop;
      bool free = std::none_of(result_.spans[si].begin(), result_.spans[si].end(),
                               [&](const RoleSpan& s) { return s.first == k + 1; });
      if (!shaped || !free || !entities_.count(span.role_id)) continue;
      AddAlias(entities_[span.role_id], std::string(orig));
      names.push_back({{name.norm}, span.role_id});
    }
  }
  AddNameMentionsEverywhere(names);
}

// A second name on a title line is a name only when it is an acronym
// ("(QS)"), a clipped form that starts like the title ("(Kabag)",
// "(Wakasek Kurikulum)") or a translation holding a head noun ("(Manajer
// Laboratorium)"); never a qualifier such as "(Construction)".
bool Recognizer::NamesARole(const std::vector<Token>& toks, uint32_t first, uint32_t last,
                            std::string_view title) const {
  bool acronym = false, head = false;
  for (uint32_t w = first; w <= last && w < toks.size(); ++w) {
    acronym = acronym || (toks[w].upper && IsWord(toks[w]));
    head = head || FindHeadNoun(packs_, toks[w].norm).has_value();
  }
  const bool clipped = IsWord(toks[first]) && !title.empty() && toks[first].norm[0] == title[0];
  return acronym || head || clipped;
}

// "Supervisor Pajak, selanjutnya disebut SP", "the Bed Manager, known as
// the BM for short": a short name the text defines after a title is its
// alias, and every later use of it a mention.
void Recognizer::FindDefinedShortNames() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    for (const auto& span : result_.spans[si]) {
      if (span.pronoun || !entities_.count(span.role_id)) continue;
      size_t k = span.last + 1;
      bool cue = false;
      while (k < toks.size() && k <= span.last + kMaxAliasIntro && packs_.AnyHas("alias_intro_words", toks[k].norm)) {
        cue = cue || packs_.AnyHas("known_as_cues", toks[k].norm);
        ++k;
      }
      if (!cue || k >= toks.size()) continue;
      const Token& name = toks[k];
      std::string_view orig = Original(text_, name);
      const bool acronym = name.upper && IsWord(name) && orig.size() >= 2;
      // A clipped form starts like a word of the title ("Karu" for "Kepala
      // Ruangan"); a person's name ("Budi") does not.
      bool starts_like = false;
      for (uint32_t t = span.first; t <= span.last; ++t)
        starts_like = starts_like || (IsWord(toks[t]) && toks[t].norm[0] == name.norm[0]);
      const bool clipped = name.capital && IsWord(name) && orig.size() >= 3 && orig.size() <= kMaxClippedName &&
                           !name.stop && !FindHeadNoun(packs_, name.norm) && starts_like;
      const bool free = std::none_of(result_.spans[si].begin(), result_.spans[si].end(),
                                     [&](const RoleSpan& s) { return s.first <= k && k <= s.last; });
      if (!(acronym || clipped) || !free) continue;
      // "selanjutnya disebut Kasi PKA": a clipped head with the acronym of its
      // field is one name; the clipped head alone names every such head.
      if (clipped && k + 1 < toks.size() && toks[k + 1].upper && IsWord(toks[k + 1]) &&
          Adjacent(text_, name, toks[k + 1], false)) {
        AddAlias(entities_[span.role_id], name.norm + " " + std::string(Original(text_, toks[k + 1])));
        names.push_back({{name.norm, toks[k + 1].norm}, span.role_id});
        continue;
      }
      AddAlias(entities_[span.role_id], acronym ? std::string(orig) : name.norm);
      names.push_back({{name.norm}, span.role_id});
    }
  }
  AddNameMentionsEverywhere(names);
}

void Recognizer::FindParentheticalAliases() {
  std::vector<std::pair<std::vector<std::string>, std::string>> names;
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    const auto& toks = sentences_[si].tokens;
    for (const auto& span : result_.spans[si]) {
      size_t open = span.last + 1;
      if (open >= toks.size()) continue;
      std::string_view gap = text_.substr(toks[span.last].end, toks[open].begin - toks[span.last].end);
      if (gap.find('(') == std::string_view::npos) continue;
      std::vector<std::string> words;
      size_t k = open;
      for (; k < toks.size() && words.size() < 4; ++k) {
        if (k > open && !Adjacent(text_, toks[k - 1], toks[k], false)) break;
        words.push_back(toks[k].norm);
      }
      size_t close = toks[k - 1].end;
      if (words.empty() || words.size() > 3 || close >= text_.size() || text_[close] != ')') continue;
      bool overlaps = false;
      for (const auto& other : result_.spans[si]) overlaps = overlaps || (other.first >= open && other.first < k);
      if (overlaps) continue;
      // Never a count or a date ("(2 orang)", "(2024)").
      if (std::any_of(toks.begin() + open, toks.begin() + k, [](const Token& t) { return t.numeric; })) continue;
      // A short single word is a clipped form or a translation ("(Kaprodi)",
      // "(Pandu)"); a longer one must look like a name ("(Construction)" is
      // a qualifier).
      const bool short_word = words.size() == 1 && words[0].size() <= kMaxClippedName;
      if (!short_word &&
          !NamesARole(toks, static_cast<uint32_t>(open), static_cast<uint32_t>(k - 1), toks[span.first].norm))
        continue;
      std::string alias;
      for (const auto& w : words) alias += (alias.empty() ? "" : " ") + w;
      AddAlias(entities_[span.role_id], alias);
      names.emplace_back(words, span.role_id);
    }
  }
  AddNameMentionsEverywhere(names);
}

void Recognizer::AddNameMentionsEverywhere(
    const std::vector<std::pair<std::vector<std::string>, std::string>>& names) {
  for (const auto& [words, id] : names)
    for (uint32_t si = 0; si < sentences_.size(); ++si) AddNameMentions(si, words, id);
}

void Recognizer::AddNameMentions(uint32_t si, const std::vector<std::string>& words, const std::string& id) {
  const auto& toks = sentences_[si].tokens;
  auto& spans = result_.spans[si];
  for (size_t i = 0; i + words.size() <= toks.size(); ++i) {
    bool match = true;
    for (size_t k = 0; k < words.size() && match; ++k) match = toks[i + k].norm == words[k];
    if (!match) continue;
    uint32_t first = static_cast<uint32_t>(i), last = static_cast<uint32_t>(i + words.size() - 1);
    bool overlaps = std::any_of(spans.begin(), spans.end(),
                                [&](const RoleSpan& s) { return s.first <= last && first <= s.last; });
    if (overlaps) continue;
    spans.push_back({id, first, last, false});
    ++entities_[id].role.mentions;
  }
  std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
}


}  // namespace internal

std::string AcronymOf(std::string_view original) {
  std::string s(original);
  // Possessive and plural forms fold in: "CEO's", "CEO’s", "CEOs".
  for (std::string_view suffix : {"\u2019s", "'s"})
    if (s.size() > suffix.size() && s.ends_with(suffix)) s.resize(s.size() - suffix.size());
  if (s.size() > 3 && s.back() == 's') s.pop_back();
  if (s.size() < 2 || s.size() > 6) return {};
  for (char c : s)
    if (!(c >= 'A' && c <= 'Z')) return {};
  return s;
}

const RoleEntity* RecognizedRoles::Find(std::string_view id) const {
  for (const auto& e : entities)
    if (e.id == id) return &e;
  return nullptr;
}

RecognizedRoles RecognizeRoles(const LanguagePacks& packs, std::string_view text, const std::vector<AnalyzedSentence>& sentences) {
  return internal::Recognizer(packs, text, sentences).Run();
}

}  // namespace rolegraph::ingest
