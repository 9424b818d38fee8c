// Head-first titles (Indonesian order, "head of X"): the head, then its field
// ("kepala bagian gudang", "wakil direktur bidang pemasaran", "Kepala Bagian
// Hukum, Humas dan Protokol"). Part of the title scanner (title_scan.h).
#include <algorithm>

#include "agent_nouns.h"
#include "fact_cues.h"
#include "role_text.h"
#include "role_vocabulary.h"
#include "title_rules.h"
#include "title_scan.h"

namespace rolegraph::ingest::internal {
namespace {

// A field list inside a title: at most this many items of at most this many
// words each ("Keuangan, Umum dan Kepegawaian" is three items of one word).
constexpr size_t kMaxFieldListItems = 5;
constexpr size_t kMaxFieldListItemWords = 3;
// Words and concepts a field after a head-first head may take: a lower-case
// phrase rarely runs past four; a name in Title Case may hold six ("Kepala
// Seksi Pemeliharaan Jaringan Irigasi Tersier Utara"), its capitals marking
// where it ends.
constexpr size_t kMaxFieldWords = 5;
constexpr size_t kMaxFieldConcepts = 4;
constexpr size_t kMaxTitleCaseFieldWords = 7;
constexpr size_t kMaxTitleCaseFieldConcepts = 6;

}  // namespace

// Indonesian order: "wakil direktur bidang pemasaran", "manajer
// gudang"; English "head of sales". A deputy/assistant word may come
// first. With `titled` (an English head in an Indonesian sentence) only
// vocabulary concepts, capitalised words or one noun right after the head
// qualify ("Supervisor Gudang", "operator mesin"): no phrase runs on.
void Recognizer::TitleScan::ScanHeadFirst() {
  // "Kapten Andi Saputra memimpin ...": a rank or profession used as a
  // courtesy title, then capitalised words outside the vocabulary (no
  // modifier, no head or unit): a person's name. One such word may still be
  // a field we lack ("Dokter Gigi"), so it takes two; an agent noun is a
  // title word ("Dokter Penanggung Jawab").
  // "Pak Yusuf Hakim adalah ...", "Lukman Hakim, petugas ...": a profession
  // word closing a capitalised name is a surname. A head-first title puts
  // its words after the head, so a given name before a bare profession word
  // (no capitalised field after it) is a person's.
  if (head->standalone && toks[i].capital && !toks[i].upper && i > 0 && Adjacent(text_, toks[i - 1], toks[i], false) &&
      toks[i - 1].capital && !toks[i - 1].upper && !toks[i - 1].stop && IsWord(toks[i - 1]) &&
      ModifierConcept(packs_, toks[i - 1].norm).empty() && !FindHeadNoun(packs_, toks[i - 1].norm) &&
      !packs_.AnyHas("honorifics", toks[i - 1].norm) && !packs_.AnyHas("stop_words", toks[i - 1].norm) &&
      !(i + 1 < toks.size() && Adjacent(text_, toks[i], toks[i + 1], false) && (toks[i + 1].capital || toks[i + 1].upper))) {
    person = true;
    return;
  }
  if (toks[i].capital && packs_.AnyHas("courtesy_heads", toks[i].norm)) {
    auto agent_noun = [&](const Token& t) {
      for (const LanguagePack& pack : packs_.all())
        if (pack.head_first() && FindAgentNoun(pack, t)) return true;
      return false;
    };
    size_t name_words = 0;
    for (size_t k = i + 1; k < toks.size() && Adjacent(text_, toks[k - 1], toks[k], false) && toks[k].capital &&
                           !toks[k].upper && !toks[k].stop && ModifierConcept(packs_, toks[k].norm).empty() &&
                           !FindHeadNoun(packs_, toks[k].norm) && !agent_noun(toks[k]);
         ++k)
      ++name_words;
    if (name_words >= 2) {
      person = true;
      return;
    }
  }
  // "the deputy head of hull inspections": a deputy rank before the head
  // is the title's first word, before "head of" as before "kepala".
  if (i > 0 && !used[i - 1] && Adjacent(text_, toks[i - 1], toks[i], false)) {
    std::string_view c = ModifierConcept(packs_, toks[i - 1].norm);
    if (!c.empty() && IsDeputyRank(packs_, c)) {
      concepts.push_back(std::string(c));
      first = i - 1;
    }
  }
  ScanFollowing(false);
}

// "Kepala Bagian Hukum, Humas dan Protokol", "Head of Legal, Audit and
// Compliance": a comma list of capitalised fields that
// closes with a conjunction and one more field is the title's field, one
// name. Returns the list's last token, or 0 where the words after the
// comma are no such list (a head or a rank there opens a second title; a
// lower-case word is the next clause).
bool Recognizer::TitleScan::ListWord(size_t at) const {
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
}

bool Recognizer::TitleScan::RomanOne(size_t k, size_t last, bool head_first_order) const {
  if (Original(text_, toks[k]) != "I" || last + 1 != k || !toks[k - 1].capital ||
      !Adjacent(text_, toks[k - 1], toks[k], false))
    return false;
  const bool closes = k + 1 == toks.size() || !Adjacent(text_, toks[k], toks[k + 1], false) || toks[k + 1].capital;
  return closes || head_first_order;
}

size_t Recognizer::TitleScan::CommaListEnd(size_t at) const {
  size_t j = at;
  for (size_t items = 0; items < kMaxFieldListItems; ++items) {
    if (!ListWord(j)) return 0;
    for (size_t w = 1; w < kMaxFieldListItemWords && ListWord(j + 1) && Adjacent(text_, toks[j], toks[j + 1], false); ++w) ++j;
    if (j + 1 < toks.size() && CommaGap(j)) {
      ++j;
      continue;
    }
    if (j + 2 >= toks.size() || !Adjacent(text_, toks[j], toks[j + 1], false) ||
        !packs_.AnyHas("and_words", toks[j + 1].norm) || !Adjacent(text_, toks[j + 1], toks[j + 2], false) ||
        !ListWord(j + 2))
      return 0;
    j += 2;
    for (size_t w = 1; w < kMaxFieldListItemWords && ListWord(j + 1) && Adjacent(text_, toks[j], toks[j + 1], false); ++w) ++j;
    return j;
  }
  return 0;
}

// "Kepala Bagian Hukum dan SDM": an acronym after the conjunction that
// ends the capitalised run is the title's last field.
bool Recognizer::TitleScan::ClosingAcronym(size_t at) const {
  return toks[at].upper && IsWord(toks[at]) &&
         (at + 1 == toks.size() || !Adjacent(text_, toks[at], toks[at + 1], false) ||
          (!toks[at + 1].capital && !toks[at + 1].upper));
}

size_t Recognizer::TitleScan::UnitRunEnd(size_t at) const {
  constexpr size_t kMaxUnitNameWords = 4;  // "Records and Archives Management Division"
  for (size_t k = at; k < toks.size() && k < at + kMaxUnitNameWords; ++k) {
    if (used[k] || !toks[k].capital || toks[k].upper || !Adjacent(text_, toks[k - 1], toks[k], false)) return 0;
    const auto h = FindHeadNoun(packs_, toks[k].norm);
    if (h && !h->org_unit) return 0;  // "... and Head Curator": a second title
    if (h && h->org_unit && k > at) return k;
    if (!IsTitleRunWord(packs_, toks[k])) return 0;
  }
  return 0;
}

// Where a lower-case "head of X" field ends before token `k`: at the
// sentence's end, punctuation, a capitalised word (a name), a copula, an
// auxiliary, a modal, a relative or a conjunction ("... operations is",
// "... who"), or the clause's verb: a present-tense shape with its object's
// article or determiner after it ("... signs the form"). A second plural
// before a preposition ("reviews loans before ...") is no such proof.
bool Recognizer::TitleScan::EndsOfChain(size_t k) const {
  if (k >= toks.size() || !Adjacent(text_, toks[k - 1], toks[k], false)) return true;
  const Token& t = toks[k];
  if (t.capital || t.upper || !IsWord(t)) return true;
  for (std::string_view list : {"copulas", "auxiliaries", "modals", "person_relatives", "and_words"})
    if (packs_.AnyHas(list, t.norm)) return true;
  if (t.stop || packs_.AnyHas("stop_words", t.norm)) return false;
  const bool verb_shape = std::any_of(packs_.all().begin(), packs_.all().end(), [&](const LanguagePack& pack) {
    return !pack.head_first() && HasFiniteVerbShape(pack, t);
  });
  if (!verb_shape) return false;
  if (k + 1 >= toks.size() || !Adjacent(text_, t, toks[k + 1], false)) return true;
  const Token& after = toks[k + 1];
  return OpensNounPhrase(packs_, after.norm);
}

// "the head of customer accounts", "the deputy head of hull inspections":
// a lower-case field after "of" runs over the nouns of its phrase, as a
// Title Case one does. An adjective's or a past tense's shape ("-ed",
// "-ly") ends it ("the head of sales approved ..."), a verbal noun names
// the work ("head of route planning"); a word with a present-tense shape
// is a plural noun of the field only where the phrase ends right after it
// ("the head of hull inspections is ...", "... inspections signs the log").
// A clause opener ("whenever") or a word naming the post itself ("the head
// of archives position") is no word of the field.
bool Recognizer::TitleScan::OfChainWord(size_t k) const {
  const Token& t = toks[k];
  if (t.capital || t.upper || !IsFreeModifier(packs_, t, true) || EndsHeadFirstPhrase(packs_, t)) return false;
  for (std::string_view list : {"condition_openers", "clause_openers", "position_labels", "role_reference_nouns"})
    if (packs_.AnyHas(list, t.norm)) return false;
  if (LooksAdjectival(packs_, t.norm) && !NamesWork(packs_, t, false, false)) return false;
  const bool verb_shape = std::any_of(packs_.all().begin(), packs_.all().end(), [&](const LanguagePack& pack) {
    return !pack.head_first() && HasFiniteVerbShape(pack, t);
  });
  return !verb_shape || EndsOfChain(k + 1);
}

bool Recognizer::TitleScan::LowerUnitJoin(size_t field2, size_t last) const {
  // A lower-case unit ("bagian") read in head-first order, its field taken
  // right up to the conjunction before `field2`.
  if (!head->org_unit || !head_first_order || head_of || toks[i].capital || toks[i].upper) return false;
  if (field2 >= toks.size() || field2 < i + 2 || last + 2 < field2) return false;
  // The second field: one plain lower-case noun, no role or unit of its own,
  // closing the phrase (a verb, a function word or the end follows).
  const Token& t = toks[field2];
  if (t.capital || t.upper || used[field2] || !IsFreeModifier(packs_, t, true) || FindHeadNoun(packs_, t.norm) ||
      EndsHeadFirstPhrase(packs_, t))
    return false;
  return field2 + 1 >= toks.size() || !Adjacent(text_, t, toks[field2 + 1], false) || toks[field2 + 1].capital ||
         !IsFreeModifier(packs_, toks[field2 + 1], true);
}

bool Recognizer::TitleScan::HeadsEnglishTitle(size_t k) const {
  for (const auto& found : {FindHeadNoun(packs_, toks[k].norm), FindContextHead(packs_, toks[k].norm)})
    if (found && !found->org_unit && found->prefix_modifiers) return true;
  return false;
}

bool Recognizer::TitleScan::RankHeadOpensTitle(size_t k) const {
  if (k + 1 >= toks.size()) return false;
  const Token& next = toks[k + 1];
  return Adjacent(text_, toks[k], next, false) && IsFreeModifier(packs_, next, true) &&
         !EndsHeadFirstPhrase(packs_, next) && !packs_.AnyHas("title_stop_words", next.norm);
}

void Recognizer::TitleScan::ScanFollowing(bool titled) {
  size_t k = head_of ? i + 2 : i + 1;
  // "the head of the depot": in lower case "the" after "of" opens the field
  // (capitalised it opens an organisation's name: TryTitle reads those).
  if (head_of && k + 1 < toks.size() && packs_.AnyHas("definite_articles", toks[k].norm) && !toks[k + 1].capital &&
      !toks[k + 1].upper && Adjacent(text_, toks[k], toks[k + 1], false))
    ++k;
  const size_t field_start = k;
  size_t list_end = 0;  // the last token of a comma list of fields being read
  bool field = false;  // after "bidang" / "urusan" any word names the field
  bool after_and = false;  // "Supervisor Kasir dan Gudang": the conjunction joins two fields
  size_t last_free = 0;  // the last word taken as a free modifier
  size_t unit_slot = 0;  // an organisation unit right after the head
  size_t modifier_slot = 0;  // a vocabulary modifier right after a lower-case head ("koordinator sekolah")
  // An English head in an Indonesian sentence that took a lower-case noun
  // ("operator mesin jahit") reads on like an Indonesian head. It takes one
  // only where it opens a noun phrase: at the start of the sentence or after
  // an article, a determiner, a preposition of persons or the agent marker
  // ("oleh operator mesin"); elsewhere a lower-case word after it may be a
  // bare verb ("setelah designer kirim ...").
  bool native_phrase = false;
  const bool opens_phrase =
      i == 0 || packs_.AnyHas("articles", toks[i - 1].norm) || packs_.AnyHas("object_determiners", toks[i - 1].norm) ||
      packs_.AnyHas("role_prepositions", toks[i - 1].norm) || packs_.AnyHas("report_prepositions", toks[i - 1].norm) ||
      packs_.AnyHas("agent_markers", toks[i - 1].norm) || packs_.AnyHas("role_context_words", toks[i - 1].norm);
  const bool title_case = toks[i].capital && !toks[i].upper;
  const size_t max_words = title_case ? kMaxTitleCaseFieldWords : kMaxFieldWords;
  const size_t max_concepts = title_case ? kMaxTitleCaseFieldConcepts : kMaxFieldConcepts;
  for (; k < toks.size() && (k <= list_end || (k - i <= max_words + (conjoined ? 1 : 0) && concepts.size() < max_concepts));
       ++k) {
    if (!used[k] && list_end == 0 && toks[i].capital && toks[k - 1].capital && last + 1 == k && !concepts.empty() &&
        CommaGap(k - 1)) {
      list_end = CommaListEnd(k);
      if (list_end != 0) conjoined = true;
    }
    if (k <= list_end && !used[k]) {
      // Inside the list every word is a field; the conjunction joins the last.
      if (packs_.AnyHas("and_words", toks[k].norm)) continue;
      std::string c = Concept(toks[k]);
      if (c.empty()) c = FreeConcept(toks[k]);
      free_modifier = true;
      last_free = k;
      if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(c);
      last = k;
      continue;
    }
    if (list_end != 0) break;
    // "Penata Cahaya Sementara", "laboratorium milik koperasi": how the post is
    // held or whose it is (title_stop_words.txt) ends the title.
    if (packs_.AnyHas("title_stop_words", toks[k].norm)) break;
    // "Bila Kepala Gudang Tidak Hadir": a negator or a modal ends the title
    // in a Title Case heading too (in lower case title_breakers.txt does).
    if ((toks[k].capital || toks[k].upper) &&
        (packs_.AnyHas("negators", toks[k].norm) || packs_.AnyHas("modals", toks[k].norm)))
      break;
    const bool ampersand = !concepts.empty() && !after_and && last + 1 == k && AmpersandJoin(k - 1);
    // "bagian umum dan kepegawaian", "bagian arsip & dokumentasi": in lower
    // case a unit's field takes a second one after a conjunction where a
    // plain noun closing the phrase follows it.
    const bool second_field_may_join = !after_and && !concepts.empty() && last + 1 == k;
    const bool lower_ampersand = second_field_may_join && LowerUnitJoin(k, last) && AmpersandGap(k - 1);
    if (second_field_may_join && LowerUnitJoin(k + 1, last) && packs_.AnyHas("and_words", toks[k].norm) &&
        Adjacent(text_, toks[k - 1], toks[k], false) && Adjacent(text_, toks[k], toks[k + 1], false)) {
      after_and = conjoined = true;
      continue;
    }
    if (used[k] || (!Adjacent(text_, toks[k - 1], toks[k], true) && !ampersand && !lower_ampersand)) break;
    if (ampersand || lower_ampersand) after_and = conjoined = true;
    const bool joined_field = after_and && !toks[k].capital && !toks[k].upper && head->org_unit;
    // After "of" the field's first word is no verb ("The head of sales
    // signs ..."), nor a plural noun closing its phrase ("The head of
    // hull inspections signs ...").
    const bool of_noun = head_of && (k == field_start || (!toks[k].capital && EndsOfChain(k + 1)));
    if (first > 0 && !of_noun && VerbOfOpeningClause(packs_, toks[first - 1], toks[k])) break;
    // "dinas teknis masing-masing": the distributive qualifies the title.
    if (Reduplicated(text_, toks, k)) break;
    // "Wakil Ketua (Mbak Rini)", "Bendahara (Imam Syafei)": a bracket
    // opening with an honorific, or with a capitalised word that is neither
    // in our vocabulary nor an acronym, names the holder, not the title's field.
    if (text_.substr(toks[k - 1].end, toks[k].begin - toks[k - 1].end).find('(') != std::string_view::npos &&
        (packs_.AnyHas("honorifics", toks[k].norm) ||
         (toks[k].capital && !toks[k].upper && Concept(toks[k]).empty() && !FindHeadNoun(packs_, toks[k].norm))))
      break;
    // "perajin Sekar Arum": after an agent noun written in lower case a
    // capitalised word is a name (the workshop's, the person's), not its field.
    if (head->untranslated && !toks[i].capital && toks[k].capital && !toks[k].upper) break;
    if (packs_.AnyHas("field_markers", toks[k].norm)) {
      field = field_marked = true;
      continue;
    }
    // A conjunction inside a Title Case title joins a second field to it,
    // never a second role or unit ("Manajer Keuangan dan Direktur ...").
    // After "head of" a run closing with a unit is the unit the head leads,
    // its name holding the conjunction ("Head of Legal Affairs and Records
    // Division", also after a lower-case "head of customer care and ..."):
    // one title, not a head of half a field and a second unit.
    const size_t unit_end = head_of && !concepts.empty() && !after_and && last + 1 == k &&
                                    packs_.AnyHas("and_words", toks[k].norm) && Adjacent(text_, toks[k - 1], toks[k], false)
                                ? UnitRunEnd(k + 1)
                                : 0;
    if (unit_end != 0) {
      for (size_t m = k + 1; m <= unit_end; ++m) {
        const auto unit = FindHeadNoun(packs_, toks[m].norm);
        std::string c = m == unit_end ? std::string(unit->english) : FreeConcept(toks[m]);
        if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(std::move(c));
      }
      free_modifier = conjoined = unit_field = true;
      last = k = unit_end;
      break;
    }
    if (!concepts.empty() && !after_and && toks[i].capital && toks[k - 1].capital &&
        packs_.AnyHas("and_words", toks[k].norm) && k + 1 < toks.size() && toks[k + 1].capital &&
        (!toks[k + 1].upper || caps_line || ClosingAcronym(k + 1)) && Adjacent(text_, toks[k], toks[k + 1], false) &&
        !OpensTitle(toks, k + 1) && IsTitleRunWord(packs_, toks[k + 1])) {
      after_and = conjoined = true;
      continue;
    }
    // "pengawas shift pagi", "paramedis shift malam": in lower case a shift
    // named after the shift word says which shift the holder works, not
    // which post: the title ends before it, or before the whole shift phrase
    // where the shift is not the title's field (alias_qualifiers.txt).
    // Written in Title Case ("Kepala Regu Shift Malam") it names a post.
    auto shift_word = [&](size_t at) { return packs_.AnyHas("alias_qualifiers", toks[at].norm); };
    if (head_first_order && !head_of && !toks[k].capital && !toks[k].upper && k > field_start && shift_word(k) &&
        (shift_word(k - 1) ||
         (k + 1 < toks.size() && shift_word(k + 1) && Adjacent(text_, toks[k], toks[k + 1], false))))
      break;
    std::string c = Concept(toks[k]);
    // "Team Chief", "Section Chief" inside an Indonesian sentence: after a
    // head of an English-order pack a capitalised rank that is also a role
    // head is the head of a longer English title, no rank of the first
    // ("Chief Team").
    if (!c.empty() && !head_first_order && toks[k].capital && last + 1 == k && HeadsEnglishTitle(k)) break;
    // "apoteker kepala", "perawat kepala yang ...": a head that ranks
    // the title it follows (role_heads.tsv flag `ranks_after`) does so only
    // where it closes the noun phrase; followed by a word it may head, it
    // opens a title of its own ("sekretaris kepala desa" is the village
    // head's secretary).
    if (c.empty() && head_first_order && last + 1 == k) {
      const auto rank = FindHeadNoun(packs_, toks[k].norm);
      if (rank && rank->ranks_after && !toks[k].capital && !toks[k].upper &&
          Adjacent(text_, toks[k - 1], toks[k], false)) {
        if (RankHeadOpensTitle(k)) break;
        concepts.insert(concepts.begin(), std::string(rank->english));
        last = k;
        break;
      }
    }
    const auto unit = FindHeadNoun(packs_, toks[k].norm);
    bool first_slot = k == field_start;
    // "koordinator gudang benih jagung": a field word of our vocabulary (no rank)
    // right after a lower-case head (or one a sentence capitalises) may be
    // named further by the words after it (the run below).
    if (!c.empty() && !IsSeniority(packs_, c) && first_slot && head_first_order && !titled &&
        (i == 0 || !toks[i].capital) && !toks[i].upper && !toks[k].capital && !toks[k].upper)
      modifier_slot = k;
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
    // vocabulary modifier in Title Case ("Kepala Pabrik") the title is complete.
    // A lower-case word after a capitalised title ends it ("Koordinator
    // Gudang Pusat bekerja ..."); after a unit or a vocabulary modifier in
    // the first slot of a lower-case title a lower-case phrase goes on
    // naming it ("penjaga gudang bahan baku", "koordinator gudang benih jagung"),
    // a capitalised one is a place ("kepala cabang Bandung").
    const bool cased_end = toks[i].capital && toks[k - 1].capital && !toks[k].capital && !toks[k].upper;
    // After a vocabulary modifier the run names a place or a thing of one
    // or two words ("gudang bahan baku"); a longer one is a clause.
    constexpr size_t kMaxWordsAfterModifier = 2;
    if (modifier_slot != 0 && k > modifier_slot + kMaxWordsAfterModifier) break;
    const bool lower_word = !toks[k].capital && !toks[k].upper;
    const bool after_free = last_free + 1 == k || (unit_slot + 1 == k && lower_word) ||
                            (modifier_slot != 0 && modifier_slot + 1 == k && lower_word);
    const bool phrase_run = (head_first_order || native_phrase) && !head_of && (!titled || native_phrase) &&
                            last + 1 == k && after_free && k > i + 1 &&
                            Adjacent(text_, toks[k - 1], toks[k], false) && !cased_end &&
                            !EndsHeadFirstPhrase(packs_, toks[k]);
    // "the head of customer accounts": a lower-case field after "of" runs
    // over its noun phrase (a Title Case one is a title_case_run).
    const bool of_chain = head_of && !toks[i].capital && !toks[i].upper && last + 1 == k && k > field_start &&
                          Adjacent(text_, toks[k - 1], toks[k], false) && OfChainWord(k);
    // "Head of Student Welfare Services": a Title Case run goes on.
    bool title_case_run = toks[i].capital && toks[k].capital && (toks[k - 1].capital || after_and) && !toks[k].stop &&
                          (Adjacent(text_, toks[k - 1], toks[k], false) || ampersand);
    // A capitalised word inside a line is no verb ("Supervisor Distribusi").
    // After a rank ("Direktur Utama", "Manajer Wilayah") a capitalised word
    // names the organisation or the place, not the field; after "of" the
    // field goes on ("Head of General Affairs").
    const bool after_rank = !after_and && !head_of && k > i + 1 && !concepts.empty() && concepts.back() == ModifierConcept(packs_, toks[k - 1].norm) &&
                            IsSeniority(packs_, concepts.back()) && toks[k].capital;
    if (c.empty() && !unit && !after_rank && (field || first_slot || title_case_run || phrase_run || of_chain || joined_field) &&
        (IsFreeModifier(packs_, toks[k], !toks[k].capital) || (head_first_order && IsShortFieldWord(packs_, toks[k]))) &&
        !EndsHeadFirstPhrase(packs_, toks[k]) &&
        (!titled || native_phrase || toks[k].capital || (first_slot && opens_phrase && !toks[k].upper && !HyphenJoined(text_, toks, k)))) {
      if (titled && first_slot && !toks[k].capital) native_phrase = true;
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
    // "Kepala Stasiun Atas", "Petugas Gerbang Belakang": a capitalised noun
    // of relative place closing a capitalised head-first title says which
    // post; written in Title Case mid-line it is part of the name, not the
    // preposition it is in lower case ("di atas meja").
    if (c.empty() && head_first_order && !head_of && !caps_line && toks[i].capital && toks[k - 1].capital &&
        toks[k].capital && !toks[k].upper && k > i + 1 && last + 1 == k && !concepts.empty() &&
        Adjacent(text_, toks[k - 1], toks[k], false) && packs_.AnyHas("place_prepositions", toks[k].norm) &&
        (k + 1 == toks.size() || !Adjacent(text_, toks[k], toks[k + 1], false) ||
         (!toks[k + 1].capital && !toks[k + 1].upper))) {
      c = FreeConcept(toks[k]);
      free_modifier = true;
      last_free = k;
    }
    // "koordinator perawat satwa", "kepala juru masak": a head that leads
    // a group takes another role noun as its field; so does a body
    // ("dewan pengawas": the board of supervisors).
    // In Title Case a second role head right after a head-first one is
    // part of one compound title ("Presiden Direktur", "Kepala Perawat"),
    // unless a third follows: then the line lists roles.
    const bool title_pair = head_first_order && !head_of && toks[i].capital && !toks[i].upper && toks[k].capital &&
                            !toks[k].upper && !(k + 1 < toks.size() && Adjacent(text_, toks[k], toks[k + 1], false) &&
                                                 FindHeadNoun(packs_, toks[k + 1].norm).has_value());
    // "dokter spesialis jantung", "dokter hewan spesialis bedah": in lower
    // case a second role head right after a head-first title, with a field
    // of its own after it, qualifies the title: one compound, not two roles.
    // A unit's role noun names its members ("tim juru masak": the cooks).
    const bool lower_pair = head_first_order && !head_of && indonesian && !head->org_unit && !toks[i].capital &&
                            !toks[i].upper &&
                            !toks[k].capital && !toks[k].upper && last + 1 == k && k + 1 < toks.size() &&
                            !used[k + 1] && Adjacent(text_, toks[k], toks[k + 1], false) && !toks[k + 1].capital &&
                            !toks[k + 1].upper && !FindHeadNoun(packs_, toks[k + 1].norm) &&
                            (!ModifierOf(toks[k + 1]).empty() || IsFreeModifier(packs_, toks[k + 1], true)) &&
                            !EndsHeadFirstPhrase(packs_, toks[k + 1]);
    // "ketua regu pemadam": in lower case a role noun right after the
    // unit in the first slot names that unit (the firefighters' squad).
    const auto slot_unit = k == field_start + 1 ? FindHeadNoun(packs_, toks[k - 1].norm) : std::nullopt;
    const bool unit_member = head_first_order && !head_of && slot_unit && slot_unit->org_unit &&
                             !toks[k - 1].capital && !toks[k].capital && !toks[k].upper;
    // "asisten stage manager": a head-first title whose field is an English
    // compound ends with that compound's head, a title of its own.
    const bool borrowed_compound = head_first_order && !head_of && unit && !unit->org_unit && unit->prefix_modifiers &&
                                   last_free != 0 && last_free + 1 == k && toks[k].capital == toks[k - 1].capital &&
                                   !toks[k].upper;
    if (c.empty() && unit && !unit->org_unit &&
        ((((head->leads && head_first_order && !head_of) || governing_body || title_pair) && first_slot) ||
         lower_pair || unit_member || borrowed_compound) &&
        Adjacent(text_, toks[k - 1], toks[k], false)) {
      c = FreeConcept(toks[k]);
      free_modifier = true;
      last_free = k;
    }
    // "Wakil Ketua I" beside "Wakil Ketua II", "Field Engineer I,": a lone
    // capital I closing a capitalised title is its ordinal, not the
    // English pronoun ("the Site Manager I work for" keeps its pronoun).
    if (c.empty() && RomanOne(k, last, head_first_order)) c = FreeConcept(toks[k]);
    if (c.empty()) break;
    after_and = false;
    field = false;
    if (std::find(concepts.begin(), concepts.end(), c) == concepts.end()) concepts.push_back(c);
    last = k;
  }
  // "petugas cek-in", "teknisi AC-split": a title never ends at half a hyphenated
  // word; the rest of the word is part of its field.
  while (last > i && HyphenJoined(text_, toks, last) && !used[last + 1] &&
         (IsWord(toks[last + 1]) || toks[last + 1].numeric)) {
    ++last;
    concepts.push_back(FreeConcept(toks[last]));
    free_modifier = true;
  }
}

}  // namespace rolegraph::ingest::internal
