// The title scanner: from a head noun in a sentence, the whole title around
// it (modifiers before an English-order head, the field after an
// Indonesian-order one, "head of X", "Vice Dean for X"), its canonical
// English name, its id and the document's own wording as an alias. Part of
// the Recognizer (role_recognizer.h); roles.cc drives it.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "role_recognizer.h"
#include "role_text.h"
#include "role_vocabulary.h"

namespace rolegraph::ingest::internal {
namespace {

std::string AcronymDisplay(std::string key) {
  for (char& ch : key) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return key;
}

// A field list inside a title: at most this many items of at most this many
// words each ("Keuangan, Umum dan Kepegawaian" is three items of one word).
constexpr size_t kMaxFieldListItems = 5;
constexpr size_t kMaxFieldListItemWords = 3;
// A heading this short that ends with a derived head is a title ("Senior
// Projectionist", "3. Projectionist").
constexpr size_t kMaxContextHeadingWords = 3;

// Where a head derived from a lexical resource (FindContextHead) names a
// role: the text writes the word as a title. Many such words are everyday
// words or adjectives too ("veteran", "provincial"), so the word must end
// its noun phrase (no capitalised word or head noun right after it: then it
// qualifies that one) and stand where titles stand: capitalised inside a
// running sentence ("... reports to the Projectionist"), after an article,
// a determiner, a possessive or "as"/"sebagai", or alone on a short heading.
bool InTitleContext(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s, size_t i) {
  const auto& toks = s.tokens;
  const Token& t = toks[i];
  if (!IsWord(t) || t.stop || t.upper || LooksAdjectival(packs, t.norm) || packs.AnyHas("generic_modifiers", t.norm) ||
      packs.AnyHas("not_title_words", t.norm) || packs.AnyHas("stop_words", t.norm))
    return false;
  if (i + 1 < toks.size() && Adjacent(text, t, toks[i + 1], false) &&
      (toks[i + 1].capital || toks[i + 1].upper || FindHeadNoun(packs, toks[i + 1].norm) ||
       FindContextHead(packs, toks[i + 1].norm)))
    return false;
  if (s.heading && i + 1 == toks.size() && toks.size() <= kMaxContextHeadingWords) return true;
  // The title's own capitalised words come first ("the Chief Projectionist").
  size_t start = i;
  if (t.capital)
    while (start > 0 && (toks[start - 1].capital || toks[start - 1].upper) && !toks[start - 1].stop &&
           Adjacent(text, toks[start - 1], toks[start], false))
      --start;
  if (start == 0) return false;  // a sentence start says nothing
  const Token& before = toks[start - 1];
  if (packs.AnyHas("role_context_words", before.norm)) return true;  // "works as (the) glazier"
  const bool determined = packs.AnyHas("articles", before.norm) || packs.AnyHas("object_determiners", before.norm) ||
                          packs.AnyHas("possessives", before.norm);
  // Capitalised after a lower-case word or a determiner: a title, not a
  // sentence start or a Title Case heading.
  if (t.capital) return !s.heading && ((!before.capital && !before.upper) || determined);
  // In lower case English compounds nouns unmarked ("the volunteer guides",
  // "the logger stops"): only one person, closing its phrase, is a title
  // ("hires a glazier for ...", "call the glazier."); a plural is a class
  // of people or things ("the servers").
  const bool closes = i + 1 == toks.size() || !Adjacent(text, t, toks[i + 1], false) || toks[i + 1].stop;
  return determined && closes && Singular(packs, t.norm).empty();
}

// A lower-case word after a head-first title that never names its field:
// a modal or aspect word (title_breakers), a degree adverb ("paling
// cepat"), a preposition of means ("melalui surel"), a time noun ("dua
// hari"), a noun of the holder's state ("pengacara cuti") or of place
// ("dinas luar kota": a trip out of town), a reflexive ("notaris sendiri")
// or the first word of a fact cue. Such a word
// opens the predicate or an adverbial, so the title ends before it.
bool EndsHeadFirstPhrase(const LanguagePacks& packs, const Token& t) {
  if (t.capital || t.upper) return false;  // "Kepala Bagian Hari Besar" is a name
  for (std::string_view list :
       {"title_breakers", "degree_adverbs", "means_prepositions", "time_nouns", "state_nouns", "place_prepositions",
        "reflexives"})
    if (packs.AnyHas(list, t.norm)) return true;
  // "perawat bekerja sama dengan ...", "sopir melapor ke ...": the first
  // word of a fact cue phrase opens the predicate.
  for (const LanguagePack& pack : packs.all())
    for (const WordTable::Row& row : pack.Table("fact_cues").rows()) {
      if (row.empty()) continue;
      const std::string_view phrase = row[0];
      if (phrase.substr(0, phrase.find(' ')) == t.norm) return true;
    }
  return false;
}

// A lower-case verbal noun ("cleaning", "packing") right before a unit head
// or inside a longer lower-case title names the work ("the cleaning crew",
// "the packing plant supervisor"), not a quality of the holder; a
// participle the adjective list holds ("the remaining crew") does not.
// Before a room or a building ("the carving workshop") it names the place.
bool NamesWork(const LanguagePacks& packs, const Token& t, bool unit_head, bool right_before_head) {
  constexpr size_t kMinGerundStem = 3;
  if (t.capital || t.upper || packs.AnyHas("adjectives", t.norm)) return false;
  if (!packs.AnySuffix("gerund_suffixes", t.norm, kMinGerundStem)) return false;
  return unit_head || !right_before_head;
}

// Where an English-order head opens a Title Case run that reaches another
// English-order role head ("Assistant Branch Manager" in an Indonesian
// sentence), the whole run up to that head is one title: the later head
// takes it, with this head as its rank.
bool RunReachesHead(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i) {
  constexpr size_t kMaxRunWords = 4;
  if (!toks[i].capital || toks[i].upper) return false;
  for (size_t k = i + 1; k < toks.size() && k - i <= kMaxRunWords; ++k) {
    if (!Adjacent(text, toks[k - 1], toks[k], false) || !toks[k].capital || toks[k].upper || toks[k].stop) return false;
    const auto h = FindHeadNoun(packs, toks[k].norm);
    if (h && h->prefix_modifiers && !h->org_unit) return true;
  }
  return false;
}

}  // namespace

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
  if (!head && InTitleContext(packs_, text_, sentences_[si], i)) head = FindContextHead(packs_, toks[i].norm);
  // "the Depot Head", "Export Documentation Staff": a generic word closing a
  // Title Case run (not "Head of ...", whose field follows, nor "Liaison
  // Officer", where the run goes on to a real head).
  bool cased_head = false;
  if (!head && !head_of && i > 0 && toks[i].capital && !toks[i].upper && toks[i - 1].capital && !toks[i - 1].stop &&
      Adjacent(text_, toks[i - 1], toks[i], false) &&
      (i + 1 == toks.size() || !Adjacent(text_, toks[i], toks[i + 1], false) ||
       (!toks[i + 1].capital && !toks[i + 1].upper && !packs_.AnyHas("of_words", toks[i + 1].norm)))) {
    head = FindCasedHead(packs_, toks[i].norm);
    cased_head = head.has_value();
  }
  if (!head) return;
  // "Farmer Relations Officer", "Driver Trainer": an English-order role head
  // that opens a Title Case run reaching another such head is the first word
  // of that title, not a role of its own; the later head takes the run.
  if (!head_of && head->prefix_modifiers && !head->org_unit && sentences_[si].lang != Lang::kId &&
      RunReachesHead(packs_, text_, toks, i))
    return;
  // "the Director of the Marine Institute", "Head of the Ports
  // Authority": a role head, "of the" and a Title Case name is one title,
  // named in the document's words (the name is an organisation, not a field
  // our concepts could translate).
  if (!head->org_unit && i + 3 < toks.size() && packs_.AnyHas("of_words", toks[i + 1].norm) &&
      packs_.AnyHas("definite_articles", toks[i + 2].norm) && Adjacent(text_, toks[i], toks[i + 1], false) &&
      Adjacent(text_, toks[i + 1], toks[i + 2], false) && Adjacent(text_, toks[i + 2], toks[i + 3], false) &&
      toks[i + 3].capital && !used[i + 3] && IsTitleRunWord(packs_, toks[i + 3])) {
    constexpr size_t kMaxOrganisationWords = 5;
    size_t end = i + 3;
    while (end + 1 < toks.size() && end + 1 - (i + 3) < kMaxOrganisationWords && !used[end + 1] &&
           Adjacent(text_, toks[end], toks[end + 1], false) && toks[end + 1].capital && IsTitleRunWord(packs_, toks[end + 1]))
      ++end;
    std::vector<std::string> words, organisation;
    for (size_t k = i; k <= end; ++k) words.push_back(toks[k].norm);
    for (size_t k = i + 3; k <= end; ++k) organisation.push_back(toks[k].norm);
    std::string id;
    for (const auto& w : words) id += (id.empty() ? "" : "-") + w;
    // The document's own wording, first letter capitalised.
    std::string name(text_.substr(toks[i].begin, toks[end].end - toks[i].begin));
    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    Entity& e = EntityFor(id, name, "role", si);
    std::sort(organisation.begin(), organisation.end());
    signatures_[id] = {std::string(head->english), organisation};
    AddAlias(e, Lower(name));
    AddMention(si, e, static_cast<uint32_t>(i), static_cast<uint32_t>(end));
    for (size_t k = i; k <= end; ++k) used[k] = true;
    return;
  }
  // "Front Office Manager": a unit right before a title qualifies it.
  if (head->org_unit && i + 1 < toks.size() && Adjacent(text_, toks[i], toks[i + 1], false)) {
    const auto next = FindHeadNoun(packs_, toks[i + 1].norm);
    if (next && !next->org_unit && next->prefix_modifiers) return;
  }
  // A board, council or committee: its members' role noun or its "of X"
  // names the body ("Dewan Pengawas", "Board of Trustees").
  const bool governing_body = head->org_unit && packs_.AnyHas("governing_bodies", toks[i].norm);
  // "director of engineering", "vice president of sales": an English head
  // followed by "of" and its field reads like "head of X".
  size_t of_at = i + 1;
  if (!head_of && head->prefix_modifiers && (!head->org_unit || governing_body) && of_at + 1 < toks.size() &&
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
  bool conjoined = false;      // "Safety and Training Officer": concepts alone would drop the "and"
  bool unit_field = false;     // "kepala seksi X": the unit's own modifiers would come out in the wrong English order
  bool owned = false;          // "the mayor's office": a role's possessive opens the title
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
  // Indonesian order: "wakil direktur bidang pemasaran", "manajer
  // gudang"; English "head of sales". A deputy/assistant word may come
  // first. With `titled` only vocabulary concepts or capitalised words
  // qualify ("Supervisor Gudang" in an Indonesian sentence).
  // "Kepala Bagian Hukum, Humas dan Protokol", "Head of Legal, Audit and
  // Compliance": a comma list of capitalised fields that
  // closes with a conjunction and one more field is the title's field, one
  // name. Returns the list's last token, or 0 where the words after the
  // comma are no such list (a head or a rank there opens a second title; a
  // lower-case word is the next clause).
  auto comma_gap = [&](size_t a) {
    const std::string_view gap = text_.substr(toks[a].end, toks[a + 1].begin - toks[a].end);
    return gap.find(',') != std::string_view::npos && gap.find_first_not_of(", \t") == std::string_view::npos;
  };
  auto list_word = [&](size_t at) {
    if (at >= toks.size() || packs_.AnyHas("and_words", toks[at].norm)) return false;
    // A role head or a deputy rank opens a second title; a unit or a word
    // like "Umum" is a field here.
    auto role_head = [&](size_t w) {
      const auto h = FindHeadNoun(packs_, toks[w].norm);
      return h && !h->org_unit;
    };
    const std::string_view rank = ModifierConcept(packs_, toks[at].norm);
    if (role_head(at) || (!rank.empty() && IsDeputyRank(packs_, rank)) ||
        (at + 1 < toks.size() && Adjacent(text_, toks[at], toks[at + 1], false) && role_head(at + 1)))
      return false;
    if (toks[at].upper && IsWord(toks[at])) return true;  // an acronym field ("SDM", "TI")
    return toks[at].capital && IsTitleCaseWord(packs_, toks[at], false);
  };
  auto comma_list_end = [&](size_t at) -> size_t {
    size_t j = at;
    for (size_t items = 0; items < kMaxFieldListItems; ++items) {
      if (!list_word(j)) return 0;
      for (size_t w = 1; w < kMaxFieldListItemWords && list_word(j + 1) && Adjacent(text_, toks[j], toks[j + 1], false); ++w) ++j;
      if (j + 1 < toks.size() && comma_gap(j)) {
        ++j;
        continue;
      }
      if (j + 2 >= toks.size() || !Adjacent(text_, toks[j], toks[j + 1], false) ||
          !packs_.AnyHas("and_words", toks[j + 1].norm) || !Adjacent(text_, toks[j + 1], toks[j + 2], false) ||
          !list_word(j + 2))
        return 0;
      j += 2;
      for (size_t w = 1; w < kMaxFieldListItemWords && list_word(j + 1) && Adjacent(text_, toks[j], toks[j + 1], false); ++w) ++j;
      return j;
    }
    return 0;
  };
  // "Kepala Bagian Hukum dan SDM": an acronym after the conjunction that
  // ends the capitalised run is the title's last field.
  auto closing_acronym = [&](size_t at) {
    return toks[at].upper && IsWord(toks[at]) &&
           (at + 1 == toks.size() || !Adjacent(text_, toks[at], toks[at + 1], false) ||
            (!toks[at + 1].capital && !toks[at + 1].upper));
  };
  auto scan_following = [&](bool titled) {
    size_t k = head_of ? i + 2 : i + 1;
    size_t list_end = 0;  // the last token of a comma list of fields being read
    bool field = false;  // after "bidang" / "urusan" any word names the field
    bool after_and = false;  // "Supervisor Kasir dan Gudang": the conjunction joins two fields
    size_t last_free = 0;  // the last word taken as a free modifier
    size_t unit_slot = 0;  // an organisation unit right after the head
    for (; k < toks.size() && (k <= list_end || (k - i <= 5 + (conjoined ? 1 : 0) && concepts.size() < 4)); ++k) {
      if (!used[k] && list_end == 0 && toks[i].capital && toks[k - 1].capital && last + 1 == k && !concepts.empty() &&
          comma_gap(k - 1)) {
        list_end = comma_list_end(k);
        if (list_end != 0) conjoined = true;
      }
      if (k <= list_end && !used[k]) {
        // Inside the list every word is a field; the conjunction joins the last.
        if (packs_.AnyHas("and_words", toks[k].norm)) continue;
        std::string c = modifier_of(toks[k]);
        if (c.empty()) c = FreeConcept(toks[k]);
        free_modifier = true;
        last_free = k;
        if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(c);
        last = k;
        continue;
      }
      if (list_end != 0) break;
      if (used[k] || !Adjacent(text_, toks[k - 1], toks[k], true)) break;
      if (packs_.AnyHas("field_markers", toks[k].norm)) {
        field = true;
        continue;
      }
      // A conjunction inside a Title Case title joins a second field to it,
      // never a second role or unit ("Manajer Keuangan dan Direktur ...").
      if (!concepts.empty() && !after_and && toks[i].capital && toks[k - 1].capital &&
          packs_.AnyHas("and_words", toks[k].norm) && k + 1 < toks.size() && toks[k + 1].capital &&
          (!toks[k + 1].upper || caps_line || closing_acronym(k + 1)) && Adjacent(text_, toks[k], toks[k + 1], false) &&
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
                              !EndsHeadFirstPhrase(packs_, toks[k]);
      // "Head of Student Welfare Services": a Title Case run goes on.
      bool title_case_run = toks[i].capital && toks[k].capital && (toks[k - 1].capital || after_and) && !toks[k].stop &&
                            Adjacent(text_, toks[k - 1], toks[k], false);
      // A capitalised word inside a line is no verb ("Supervisor Distribusi").
      // After a rank ("Direktur Utama", "Manajer Wilayah") a capitalised word
      // names the organisation or the place, not the field.
      const bool after_rank = !after_and && k > i + 1 && !concepts.empty() && concepts.back() == ModifierConcept(packs_, toks[k - 1].norm) &&
                              IsSeniority(packs_, concepts.back()) && toks[k].capital;
      if (c.empty() && !unit && !after_rank && (field || first_slot || title_case_run || phrase_run) &&
          IsFreeModifier(packs_, toks[k], !toks[k].capital) && !EndsHeadFirstPhrase(packs_, toks[k]) &&
          (!titled || toks[k].capital)) {
        c = FreeConcept(toks[k]);
        free_modifier = true;
        last_free = k;
      }
      // "Kepala Bagian Ekspedisi", "Kepala Regu Tenun Ikat": once a free
      // word runs on a capitalised head-first title, any Title Case word
      // goes on it; and right after that word a role noun is part of the
      // unit's name ("Kepala Unit Penjamin Mutu").
      const bool free_run = title_case_run && head_first_order && !head_of && (!toks[k].upper || caps_line) &&
                            (after_and || (last_free != 0 && last_free + 1 == k));
      if (c.empty() && free_run && !after_rank && (!unit || (!unit->org_unit && last_free + 1 == k && !after_and)) &&
          IsTitleRunWord(packs_, toks[k])) {
        c = FreeConcept(toks[k]);
        free_modifier = true;
        last_free = k;
      }
      // "Kepala Seksi Bina Marga": a capitalised function word between two
      // capitalised words of a head-first title is part of a compound field.
      if (c.empty() && head_first_order && !head_of && !caps_line && toks[i].capital && toks[k - 1].capital &&
          toks[k].capital && !toks[k].upper && toks[k].stop && last + 1 == k && !concepts.empty() &&
          !packs_.AnyHas("and_words", toks[k].norm) && Adjacent(text_, toks[k - 1], toks[k], false) &&
          k + 1 < toks.size() && toks[k + 1].capital && !toks[k + 1].upper &&
          Adjacent(text_, toks[k], toks[k + 1], false) && !OpensTitle(toks, k + 1) && IsTitleRunWord(packs_, toks[k + 1])) {
        c = FreeConcept(toks[k]);
        free_modifier = true;
        last_free = k;
      }
      // "koordinator perawat satwa", "kepala juru masak": a head that leads
      // a group takes another role noun as its field; so does a body
      // ("dewan pengawas": the board of supervisors).
      if (c.empty() && unit && !unit->org_unit && ((head->leads && head_first_order && !head_of) || governing_body) &&
          first_slot &&
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
    bool owner_taken = false;  // a role's possessive was the last word the title takes
    for (size_t k = i; k-- > 0 && i - k <= 3 + (prefix_and ? 1 : 0);) {
      if (owner_taken || used[k] || !Adjacent(text_, toks[k], toks[k + 1], false)) break;
      // "the Hotel's Night Auditor": a possessive names the owner, not
      // the field (the tokenizer folds both apostrophes to "'s"); only a
      // role's own office or deputy right after it is one title ("the
      // Mayor's Office", "the Owner's Representative"), and it ends there.
      if (toks[k].norm.size() > 2 && toks[k].norm.ends_with("'s")) {
        const auto owner = FindHeadNoun(packs_, std::string_view(toks[k].norm).substr(0, toks[k].norm.size() - 2));
        // In lower case a generic head's "office" is a room ("ask at the
        // project manager's office"); a body is written as a title or
        // belongs to a head that names one post alone ("the mayor's office").
        if (!owner || owner->org_unit || k + 1 != i || (!toks[i].capital && !owner->standalone)) break;
        owner_taken = owned = true;
      }
      // "Safety and Training Officer": a conjunction inside a Title
      // Case title joins a second field, never a role ("Drivers and ...").
      if (!concepts.empty() && !prefix_and && toks[i].capital && toks[k + 1].capital && k > 0 &&
          packs_.AnyHas("and_words", toks[k].norm) && toks[k - 1].capital && (!toks[k - 1].upper || caps_line) &&
          !used[k - 1] &&
          Adjacent(text_, toks[k - 1], toks[k], false) && !OpensTitle(toks, k - 1) &&
          IsTitleCaseWord(packs_, toks[k - 1], k - 1 == 0)) {
        prefix_and = conjoined = true;
        continue;
      }
      // "the speech and language therapist": in lower case a conjunction
      // joins two nouns of one title only inside a phrase an article or a
      // determiner opens, and only a noun that is no role and no plural
      // ("the drivers and fleet manager" are two), before a singular head
      // ("a corridor and tell drivers to ..." is two clauses).
      if (!indonesian && !concepts.empty() && !prefix_and && !toks[i].capital && !toks[i].upper && k >= 2 &&
          PluralHeadSingular(packs_, toks[i].norm).empty() &&
          packs_.AnyHas("and_words", toks[k].norm) && !toks[k - 1].capital && !toks[k - 1].upper && !used[k - 1] &&
          Adjacent(text_, toks[k - 1], toks[k], false) &&
          (packs_.AnyHas("articles", toks[k - 2].norm) || packs_.AnyHas("object_determiners", toks[k - 2].norm) ||
           packs_.AnyHas("possessives", toks[k - 2].norm)) &&
          (!ModifierOf(toks[k - 1]).empty() ||
           (IsFreeModifier(packs_, toks[k - 1], false) && !LooksAdjectival(packs_, toks[k - 1].norm) &&
            !FindHeadNoun(packs_, toks[k - 1].norm) && Singular(packs_, toks[k - 1].norm).empty()))) {
        prefix_and = conjoined = true;
        continue;
      }
      // "Rudi leads the night shift", "Every month Sari chairs ...": after a
      // capitalised word inside a sentence (a name; at its start it may be a
      // field: "Product managers plan ...") a lower-case plural-looking head
      // is its verb.
      // At the start the capitalised word may be a name too ("Sari leads
      // the tour"): a word outside our vocabulary, and the head is followed
      // by its object's article or determiner, which no plural subject is.
      const bool object_follows =
          i + 1 < toks.size() && Adjacent(text_, toks[i], toks[i + 1], false) &&
          (packs_.AnyHas("articles", toks[i + 1].norm) || packs_.AnyHas("object_determiners", toks[i + 1].norm) ||
           packs_.AnyHas("possessives", toks[i + 1].norm));
      const bool name_at_start = k == 0 && object_follows && ModifierOf(toks[k]).empty() &&
                                 !FindHeadNoun(packs_, toks[k].norm);
      if (k + 1 == i && (k > 0 || name_at_start) && toks[k].capital && !toks[k].upper && !toks[i].capital &&
          !toks[i].upper && !PluralHeadSingular(packs_, toks[i].norm).empty())
        break;
      // "outside office hours": a place preposition is never a title word.
      if (packs_.AnyHas("place_prepositions", toks[k].norm)) break;
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
        // A role head inside a Title Case title names its field ("Farmer
        // Relations Officer", "Driver Trainer").
        else if ((!unit || (!unit->org_unit && unit->prefix_modifiers)) && title_case) c = FreeConcept(toks[k]);
        // An English sentence: the other packs' verb prefixes do not apply
        // ("membership", "dispatch").
        else if (!unit && IsFreeModifier(packs_, toks[k], false) &&
                 (!LooksAdjectival(packs_, toks[k].norm) || NamesWork(packs_, toks[k], head->org_unit && !head->place, k + 1 == i)))
          c = FreeConcept(toks[k]);
        if (!c.empty()) free_modifier = true;
        if (after_unit && !title_case && !FindHeadNoun(packs_, toks[k + 1].norm)) c.clear();
      }
      if (c.empty()) break;
      concepts.insert(concepts.begin(), c);
      first = k;
    }
    // An English head used in Indonesian order ("Supervisor Produksi"),
    // unless its Title Case run ends with another head that takes it whole.
    if (concepts.empty() && indonesian && !head->org_unit) {
      if (RunReachesHead(packs_, text_, toks, i)) return;
      scan_following(true);
    }
    // "Vice Rector for Research", "Vice President for Exports".
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
  // "in the yard office", "outside office hours": a unit head that also
  // names a room or building, in lower case after a place preposition, is
  // the place; capitalised ("the Yard Office") it stays a unit.
  // An office named by its function ("in the finance office") is a unit
  // wherever it stands.
  if (head->place && !toks[i].capital && !toks[i].upper && (free_modifier || concepts.empty()) && !owned) {
    size_t b = first;
    while (b > 0 && (packs_.AnyHas("articles", toks[b - 1].norm) || packs_.AnyHas("object_determiners", toks[b - 1].norm) ||
                     packs_.AnyHas("possessives", toks[b - 1].norm)))
      --b;
    if (b > 0 && packs_.AnyHas("place_prepositions", toks[b - 1].norm)) return;
  }
  if (cased_head && concepts.empty()) return;
  FoldConcepts(packs_, &concepts);
  // "the night crews", "shift teams": a unit qualified only by a shift or a
  // time of day is a shift of people, not a unit of the organisation.
  if (head->org_unit && !concepts.empty() &&
      std::all_of(concepts.begin(), concepts.end(), [&](const std::string& c) { return packs_.AnyHas("alias_qualifiers", c); }))
    return;
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
  std::string wording;  // the alias with a field list's commas, for the display name
  std::string plural_alias;  // the words as written, a plural head too
  for (size_t k = first; k <= last; ++k) {
    std::string_view orig = Original(text_, toks[k]);
    bool paren_acronym = k > first && text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find('(') !=
                                          std::string_view::npos;
    if (paren_acronym) continue;
    if (!alias.empty()) alias += ' ';
    if (!wording.empty()) wording += k > first && comma_gap(k - 1) ? ", " : " ";
    std::string word = toks[k].upper ? std::string(orig) : toks[k].norm;
    plural_alias += (plural_alias.empty() ? "" : " ") + word;
    // A title is one position: "the Wind Turbine Technicians" names the
    // Wind Turbine Technician; the plural stays an alias.
    if (k == i) {
      const std::string_view singular = PluralHeadSingular(packs_, toks[k].norm);
      if (!singular.empty() && word.size() > toks[k].norm.size() - singular.size())
        word.resize(word.size() - (toks[k].norm.size() - singular.size()));
    }
    alias += word;
    wording += word;
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
    for (size_t start = 0; start < wording.size();) {
      size_t space = wording.find(' ', start);
      if (space == std::string::npos) space = wording.size();
      std::string word = wording.substr(start, space - start);
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
  if (plural_alias != alias) AddAlias(e, plural_alias);
  AddMention(si, e, static_cast<uint32_t>(first), static_cast<uint32_t>(last));
  for (size_t k = first; k <= last; ++k) used[k] = true;
}

}  // namespace rolegraph::ingest::internal
