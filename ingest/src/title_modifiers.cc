// English-order titles: the modifiers before the head ("Senior Hub Operations
// Supervisor", "the cold store supervisor", "the Mayor's Office", "Safety and
// Training Officer") and a "for X" field ("Vice Rector for Research"). Part of
// the title scanner (title_scan.h).
#include <algorithm>

#include "role_vocabulary.h"
#include "title_rules.h"
#include "title_scan.h"

namespace rolegraph::ingest::internal {
namespace {

// The token as written in lower case: a sentence capitalises its first word.
Token AsLowerCase(const Token& t) {
  Token lower = t;
  lower.capital = false;
  return lower;
}

}  // namespace

// Words a title takes before its head: a lower-case phrase rarely holds
// more than three ("the cold store night supervisor"); a name written in
// Title Case may hold five ("Regional Water Quality and Sanitation
// Division"), its capitals marking where it starts. A conjunction inside
// the title adds one.
constexpr size_t kMaxModifierWords = 3;
constexpr size_t kMaxTitleCaseModifierWords = 5;

bool Recognizer::TitleScan::ScanModifiers() {
  bool prefix_and = false;
  bool owner_taken = false;  // a role's possessive was the last word the title takes
  const size_t max_words = toks[i].capital && !toks[i].upper ? kMaxTitleCaseModifierWords : kMaxModifierWords;
  for (size_t k = i; k-- > 0 && i - k <= max_words + (prefix_and ? 1 : 0);) {
    const bool ampersand = !concepts.empty() && !prefix_and && toks[i].capital && AmpersandJoin(k);
    if (owner_taken || used[k] || (!Adjacent(text_, toks[k], toks[k + 1], false) && !ampersand)) break;
    if (ampersand) prefix_and = conjoined = true;
    // "the stand-by electrician", "the Senior Follow-up Clerk": a
    // hyphenated word qualifies the head whole, though a half of it is a
    // function word on its own.
    if (const size_t start = TakeHyphenWord(k); start < k) {
      first = k = start;
      continue;
    }
    // "the club Chairperson", "the school Treasurer": a lower-case word
    // right before a head written as a title is the body the title belongs
    // to, not a word of it; a rank stays ("the deputy Director").
    // The second half of a hyphenated word is no such word ("Line-haul
    // Coordinator").
    if (!indonesian && !caps_line && k + 1 == i && toks[i].capital && !toks[i].upper && !toks[k].capital &&
        !toks[k].upper && !(k > 0 && HyphenJoined(text_, toks, k - 1))) {
      const std::string_view rank = ModifierConcept(packs_, toks[k].norm);
      if (rank.empty() || (!IsSeniority(packs_, rank) && !IsDeputyRank(packs_, rank))) break;
    }
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
    // ("a hallway and ask porters to ..." is two clauses).
    if (!indonesian && !concepts.empty() && !prefix_and && !toks[i].capital && !toks[i].upper && k >= 2 &&
        PluralHeadSingular(packs_, toks[i].norm).empty() &&
        packs_.AnyHas("and_words", toks[k].norm) && !toks[k - 1].capital && !toks[k - 1].upper && !used[k - 1] &&
        Adjacent(text_, toks[k - 1], toks[k], false) &&
        OpensNounPhrase(packs_, toks[k - 2].norm) &&
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
        OpensNounPhrase(packs_, toks[i + 1].norm);
    const bool name_at_start = k == 0 && object_follows && ModifierOf(toks[k]).empty() &&
                               !FindHeadNoun(packs_, toks[k].norm);
    if (k + 1 == i && (k > 0 || name_at_start) && toks[k].capital && !toks[k].upper && !toks[i].capital &&
        !toks[i].upper && !PluralHeadSingular(packs_, toks[i].norm).empty())
      break;
    // "Pak Hadi still chairs the budget meeting": so with one lower-case word
    // between the name and the head, where the head's object follows; that
    // word is an adverb (a plural subject is followed by its verb, not by
    // an article).
    if (k + 1 == i && k > 0 && object_follows && toks[k - 1].capital && !toks[k - 1].upper && !toks[k].capital &&
        !toks[k].upper && !toks[i].capital && !toks[i].upper && !PluralHeadSingular(packs_, toks[i].norm).empty() &&
        Adjacent(text_, toks[k - 1], toks[k], false) && ModifierOf(toks[k - 1]).empty() &&
        !FindHeadNoun(packs_, toks[k - 1].norm) && ModifierConcept(packs_, toks[k].norm).empty() &&
        !FindHeadNoun(packs_, toks[k].norm))
      break;
    // "The Dispensing Supervisor arranges teams": right after a title (its
    // head capitalised) a lower-case word with a plural ending is the
    // title's verb, and the head its object.
    // So after a subject pronoun, a title already read, a lower-case role
    // noun that is no rank, or a name opening the sentence ("she prepares
    // technician rosters", "the clerk keeps master keys", "Dina orders
    // engineer boots"): the singular head there is a noun qualifying the
    // verb's object, no title ("Health physics technicians survey ..." is
    // a plural subject).
    if (k + 1 == i && k > 0 && !toks[k].capital && !toks[k].upper && !Singular(packs_, toks[k].norm).empty() &&
        Adjacent(text_, toks[k - 1], toks[k], false)) {
      const Token& before = toks[k - 1];
      const auto subject = FindHeadNoun(packs_, before.norm);
      const bool role_subject = subject && !subject->org_unit;
      if (before.capital && !before.upper && (role_subject || FindCasedHead(packs_, before.norm))) break;
      if (!indonesian && !toks[i].capital && !toks[i].upper && PluralHeadSingular(packs_, toks[i].norm).empty() &&
          ((packs_.AnyHas("pronouns", before.norm) && !packs_.AnyHas("possessives", before.norm)) || used[k - 1] ||
           (role_subject && !before.capital && !before.upper && ModifierConcept(packs_, before.norm).empty()) ||
           (k - 1 == 0 && before.capital && !before.upper && !before.stop && !subject && ModifierOf(before).empty() &&
            !packs_.AnyHas("stop_words", before.norm))))
        break;
    }
    // "an additional pharmacist", "an energetic Floor Supervisor": after an
    // indefinite article a descriptive adjective (WordNet's, no relational
    // sense, no noun: descriptive_adjectives.txt) picks one post out, it is
    // no word of the title ("the elected committee" may be one). With no
    // article ("advertise vacant porter post", "with angry callers") it
    // describes the holder too; an -ing form there is a noun adjunct
    // ("blasting crews").
    if (!indonesian && !toks[k].capital && !toks[k].upper && packs_.AnyHas("descriptive_adjectives", toks[k].norm)) {
      const bool article = k > 0 && packs_.AnyHas("articles", toks[k - 1].norm);
      const bool definite = article && packs_.AnyHas("definite_articles", toks[k - 1].norm);
      if (article ? !definite : !packs_.AnySuffix("gerund_suffixes", toks[k].norm, kMinGerundStem)) break;
    }
    // "outside office hours": a place preposition is never a title word.
    if (packs_.AnyHas("place_prepositions", toks[k].norm)) break;
    // "the hired sound technician": how the post is held is no word of it.
    if (packs_.AnyHas("title_stop_words", toks[k].norm)) break;
    // Inside Indonesian text an English-order title is written as a
    // title ("HSE Officer"); "pelatihan operator" is training of operators.
    if (indonesian && !toks[k].capital && !toks[k].upper) break;
    std::string c = Concept(toks[k]);
    // Right before the head one noun our vocabulary lacks may qualify it
    // ("sous chef", "scrum master", "team lead").
    // An organisation unit there may bring its own ("Front Office Manager").
    // A sentence's first word is capitalised by the sentence, not as a
    // title ("Batch room operators weigh ..."): there it reads as lower case.
    const bool sentence_cap = k == 0 && toks[k].capital && !toks[k].upper;
    const bool after_unit = k + 2 == i && free_modifier && toks[k].capital && !sentence_cap;
    // A title written in Title Case may carry any words ("Hub Operations
    // Supervisor", "Ticketing Coordinator", "Permit Officer"), in either
    // language's text.
    const bool title_case = toks[i].capital && toks[k].capital && (!toks[k].upper || caps_line) &&
                            IsTitleCaseWord(packs_, toks[k], k == 0) &&
                            (k + 1 == i || !concepts.empty());
    // "the Guest Services team": before a unit word in lower case, a run of
    // capitalised words inside a sentence is the unit's name, all of it.
    const bool unit_name_run = !indonesian && head->org_unit && !toks[i].capital && !toks[i].upper && k + 1 < i &&
                               toks[k].capital && !toks[k].upper && !sentence_cap && toks[k + 1].capital &&
                               !concepts.empty() && IsTitleCaseWord(packs_, toks[k], false) &&
                               !FindHeadNoun(packs_, toks[k].norm);
    if (c.empty() && unit_name_run) {
      c = FreeConcept(toks[k]);
      free_modifier = true;
    }
    // "the cold store supervisor", "every laundry room supervisor": in
    // lower case, a noun right after a determiner still belongs to the
    // title the determiner opens, or that opens the sentence; ranks and
    // fields our vocabulary knows may stand between ("the deputy fire
    // safety officer").
    // Nouns may stand there too ("the night ferry ticket clerks"):
    // the run back to the determiner is one noun phrase.
    auto phrase_word = [&](const Token& t) {
      return !ModifierConcept(packs_, t.norm).empty() ||
             (IsFreeModifier(packs_, t, false) && !LooksAdjectival(packs_, t.norm) && !FindHeadNoun(packs_, t.norm));
    };
    size_t opener = k;
    while (opener > 0 && i - opener < kMaxModifierWords && !toks[opener - 1].capital && !toks[opener - 1].upper &&
           !used[opener - 1] && Adjacent(text_, toks[opener - 1], toks[opener], false) && phrase_word(toks[opener - 1]))
      --opener;
    // An adjective may stand between the determiner and the nouns ("the main
    // pump house operators"); it says which one, it is no word of the title.
    while (opener > 0 && !toks[opener - 1].capital && !toks[opener - 1].upper && !used[opener - 1] &&
           Adjacent(text_, toks[opener - 1], toks[opener], false) && packs_.AnyHas("adjectives", toks[opener - 1].norm))
      --opener;
    // A capitalised title takes no lower-case word this way ("a replacement
    // Lead Auditor" is a Lead Auditor).
    const bool determined = !indonesian && (!toks[k].capital || sentence_cap) && !toks[i].capital && k + 1 < i &&
                            !concepts.empty() &&
                            (opener == 0 || OpensNounPhrase(packs_, toks[opener - 1].norm));
    // "the scheduling coordinator", "a loading inspector": a verbal noun
    // right after a determiner, or after nouns a determiner opens ("the
    // dough mixing technician"), names the work of the post; without one
    // ("before visiting farmers") it is a verb taking the head as object.
    const bool determined_gerund =
        !indonesian && k > 0 && !toks[k].capital && !toks[k].upper &&
        ((OpensNounPhrase(packs_, toks[k - 1].norm) && Adjacent(text_, toks[k - 1], toks[k], false)) ||
         (opener < k && opener > 0 && OpensNounPhrase(packs_, toks[opener - 1].norm) &&
          Adjacent(text_, toks[opener - 1], toks[opener], false)));
    // "the combined services unit", "the designated auditor": after "the" or a
    // possessive a past participle says what kind of post it is; after "a"
    // it describes the holder ("a qualified nurse").
    constexpr size_t kMinParticipleStem = 3;
    const bool defined_participle =
        !indonesian && k > 0 && !toks[k].capital && !toks[k].upper && !toks[i].capital &&
        packs_.AnySuffix("participle_suffixes", toks[k].norm, kMinParticipleStem) &&
        !packs_.AnyHas("adjectives", toks[k].norm) && OpensNounPhrase(packs_, toks[k - 1].norm) &&
        !packs_.AnyHas("generic_articles", toks[k - 1].norm) && Adjacent(text_, toks[k - 1], toks[k], false);
    if (c.empty() && defined_participle && IsFreeModifier(packs_, toks[k], false) && !FindHeadNoun(packs_, toks[k].norm))
      c = FreeConcept(toks[k]);
    if (c.empty() && (((k + 1 == i || after_unit || determined) && !indonesian) || title_case)) {
      const auto unit = FindHeadNoun(packs_, toks[k].norm);
      if (unit && unit->org_unit && !after_unit) c = unit->english;
      // A role head inside a Title Case title names its field ("Farmer
      // Relations Officer", "Driver Trainer").
      else if ((!unit || (!unit->org_unit && unit->prefix_modifiers)) && title_case) c = FreeConcept(toks[k]);
      // An English sentence: the other packs' verb prefixes do not apply
      // ("membership", "dispatch").
      else if (!unit && IsFreeModifier(packs_, toks[k], false) &&
               (!LooksAdjectival(packs_, toks[k].norm) ||
                NamesWork(packs_, toks[k], head->org_unit && !head->place, k + 1 == i && !determined_gerund)))
        c = FreeConcept(toks[k]);
      // "Packing line supervisors sign ...": at a sentence's start a
      // verbal noun before another noun of the title names the work, as
      // after a determiner.
      else if (!unit && !head->org_unit && sentence_cap && k + 1 < i && IsFreeModifier(packs_, toks[k], false) &&
               NamesWork(packs_, AsLowerCase(toks[k]), false, false))
        c = FreeConcept(toks[k]);
      // "the associate curators": a role head right before the head,
      // opened by a determiner or a count, is the title's first word.
      else if (unit && k + 1 == i && !indonesian && OpensRoleCompound(packs_, text_, toks, k))
        c = FreeConcept(toks[k]);
      if (!c.empty()) free_modifier = true;
      if (after_unit && !title_case && !FindHeadNoun(packs_, toks[k + 1].norm)) c.clear();
    }
    // "before visiting farmers", "for managing accounts": a lower-case -ing
    // word after a function word that opens no noun phrase is a verb
    // taking the head as its object, not the title's first word.
    if (!c.empty() && !toks[k].capital && !toks[k].upper && k > 0 && toks[k - 1].stop &&
        !OpensNounPhrase(packs_, toks[k - 1].norm) && packs_.AnySuffix("gerund_suffixes", toks[k].norm, kMinGerundStem))
      break;
    if (c.empty()) break;
    concepts.insert(concepts.begin(), c);
    first = k;
  }
  // "the on-call nurse", "an after-hours guard": a title never starts at
  // the second half of a hyphenated word. The whole word qualifies the head
  // unless its first half is an adjective or a generic word ("full-time"),
  // which says how the post is held: then the title starts after the word.
  if (first < i && first > 0 && !used[first - 1] && HyphenJoined(text_, toks, first - 1)) {
    const size_t word_start = HyphenWordStart(first - 1);  // "computer-to-plate": every part of the word
    bool parts_ok = true;
    for (size_t k = word_start; k < first; ++k) parts_ok = parts_ok && (IsWord(toks[k]) || toks[k].numeric);
    if (parts_ok && HyphenHalfQualifies(toks[word_start])) {
      PrependFreeConcepts(word_start, first);
      free_modifier = true;
      first = word_start;
    } else {
      while (first < i && HyphenJoined(text_, toks, first - 1)) {
        concepts.erase(concepts.begin());
        ++first;
      }
    }
  }
  // An English head used in Indonesian order ("Supervisor Produksi"),
  // unless its Title Case run ends with another head that takes it whole.
  // A unit word both languages share ("Unit Pengaduan Nasabah") is read so
  // only where written as a name: in lower case it counts things ("dua unit
  // truk").
  const bool title_case_unit = head->org_unit && toks[i].capital && !toks[i].upper;
  if (concepts.empty() && indonesian && (!head->org_unit || title_case_unit)) {
    if (RunReachesHead(packs_, text_, toks, i)) return false;
    ScanFollowing(true);
  }
  ScanForField();
  return true;
}

// The hyphenated word ending at toks[k] with a function word among its
// parts, which the modifier loop would stop at ("stand-by", "Follow-up"), taken
// whole into the title's concepts: its first token, or k where none is
// taken. Other hyphenated words are taken part by part. Not a word whose
// halves say how the post is held or what it is like ("full-time",
// "Jakarta-based"), not a count ("24-hour", "thirty-one"), and written in the head's case.
size_t Recognizer::TitleScan::TakeHyphenWord(size_t k) {
  if (k == 0 || indonesian || !HyphenJoined(text_, toks, k - 1)) return k;
  const size_t start = HyphenWordStart(k);
  if (start > 0 && HyphenJoined(text_, toks, start - 1)) return k;  // the word reaches a used token
  bool function_part = false;  // the words the modifier loop would stop at
  for (size_t p = start; p <= k; ++p) {
    if (used[p] || !IsWord(toks[p]) || toks[p].upper || packs_.AnyHas("number_words", toks[p].norm)) return k;
    function_part = function_part || toks[p].stop || packs_.AnyHas("stop_words", toks[p].norm);
  }
  if (!function_part) return k;
  const Token& lead = toks[start];
  if (lead.capital != toks[i].capital || !HyphenHalfQualifies(lead) || LooksAdjectival(packs_, toks[k].norm) ||
      packs_.AnyHas("stop_words", lead.norm) || FindHeadNoun(packs_, lead.norm))
    return k;
  PrependFreeConcepts(start, k + 1);
  free_modifier = true;
  return start;
}

size_t Recognizer::TitleScan::HyphenWordStart(size_t last) const {
  size_t start = last;
  while (start > 0 && !used[start - 1] && HyphenJoined(text_, toks, start - 1)) --start;
  return start;
}

bool Recognizer::TitleScan::HyphenHalfQualifies(const Token& half) const {
  return !LooksAdjectival(packs_, half.norm) && !packs_.AnyHas("generic_modifiers", half.norm);
}

void Recognizer::TitleScan::PrependFreeConcepts(size_t from, size_t to) {
  for (size_t p = to; p-- > from;) concepts.insert(concepts.begin(), FreeConcept(toks[p]));
}

// "Vice Rector for Research", "Vice President for Exports".
void Recognizer::TitleScan::ScanForField() {
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
}

}  // namespace rolegraph::ingest::internal
