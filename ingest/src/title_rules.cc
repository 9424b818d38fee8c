// Where a title starts and stops (title_rules.h).
#include "title_rules.h"

#include <cstdint>

#include "fact_cues.h"
#include "role_text.h"
#include "role_vocabulary.h"
#include "rolegraph/index/records.h"

namespace rolegraph::ingest::internal {

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
// A lower-case word that ranks a title it comes before: a seniority
// modifier ("senior", "chief") or a generic head that leads in English
// ("head", "lead": cased_heads.tsv).
static bool IsRankWord(const LanguagePacks& packs, const Token& t) {
  return !t.capital && !t.upper && (IsSeniority(packs, t.norm) || FindCasedHead(packs, t.norm));
}

// Nouns that may stand between a determiner and a derived head in lower
// case: a lower-case title rarely holds more ("the grain lab physicist").
constexpr size_t kMaxContextNounModifiers = 2;

// A lower-case noun qualifying the head after it: a field our vocabulary
// knows, or a noun that is no adjective, no verb form and no head itself
// ("the crew chief" is two heads, kept apart).
static bool IsNounModifier(const LanguagePacks& packs, const Token& t) {
  if (t.capital || t.upper) return false;
  if (!ModifierConcept(packs, t.norm).empty()) return true;
  return IsFreeModifier(packs, t) && !LooksAdjectival(packs, t.norm) && !FindHeadNoun(packs, t.norm) &&
         !FindContextHead(packs, t.norm) && Singular(packs, t.norm).empty();
}

// "The glazier cuts ...", "When a pane cracks, the glazier cuts ...": after a
// singular person noun that an article opening a clause determines, a lower-case word with the finite-verb shape of a
// language whose modifiers precede the head is the clause's verb, so the noun
// closes its phrase as the subject. A copula or an auxiliary right after that
// word makes it a plural noun the person word qualifies ("the glazier tools
// are ..."). There the clause calls for a verb, so a short one counts too
// ("the glazier fits ...", "the ferryman rows ..."): its stem needs only
// kMinSubjectVerbStem bytes, not the longer stem a verb anywhere else needs.
constexpr size_t kMinSubjectVerbStem = 3;
static bool VerbOfSubject(const LanguagePacks& packs, const std::vector<Token>& toks, size_t at) {
  const Token& next = toks[at];
  if (next.capital || next.upper) return false;
  if (at + 1 < toks.size() &&
      (packs.AnyHas("copulas", toks[at + 1].norm) || packs.AnyHas("auxiliaries", toks[at + 1].norm)))
    return false;
  for (const LanguagePack& pack : packs.all())
    if (!pack.head_first() && HasFiniteVerbShape(pack, next, kMinSubjectVerbStem)) return true;
  return false;
}

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
  // So does a rank word in lower case: "the head glazier", "a senior
  // glazier" stand where "the glazier" does.
  // Steps `start` back over at most `max` adjacent words `takes` accepts.
  auto step_back = [&](bool (*takes)(const LanguagePacks&, const Token&), size_t max) {
    const size_t from = start;
    while (start > 0 && from - start < max && takes(packs, toks[start - 1]) &&
           Adjacent(text, toks[start - 1], toks[start], false))
      --start;
    return from - start;
  };
  bool noun_modified = false;
  if (!t.capital) {
    step_back(IsRankWord, SIZE_MAX);
    // Where modifiers precede the head, nouns may qualify it between the
    // determiner and it ("the ward physiotherapist", "the head wine taster",
    // "the grain lab physicist"): the determiner still opens the title.
    // Only a word that is nothing but a person reads so: "the user guide" is
    // a book, "the night coach" a bus.
    const LanguagePack* pack = packs.Find(index::LangCode(s.lang));
    const std::optional<HeadNoun> derived = FindContextHead(packs, t.norm);
    if (pack != nullptr && !pack->head_first() && derived && derived->person_only) {
      noun_modified = step_back(IsNounModifier, kMaxContextNounModifiers) > 0;
      if (noun_modified) step_back(IsRankWord, SIZE_MAX);
    }
  }
  if (start == 0) return false;  // a sentence start says nothing
  const Token& before = toks[start - 1];
  if (packs.AnyHas("role_context_words", before.norm)) return true;  // "works as (the) glazier"
  const bool determined = OpensNounPhrase(packs, before.norm);
  // "a rubber exporter in Medan", "a spice exporter": after an
  // indefinite article a qualified noun names a kind of business or person,
  // after "the" or a possessive the organisation's own post.
  if (noun_modified && packs.AnyHas("generic_articles", before.norm)) return false;
  // Capitalised after a lower-case word or a determiner: a title, not a
  // sentence start or a Title Case heading.
  if (t.capital) return !s.heading && ((!before.capital && !before.upper) || determined);
  // In lower case English compounds nouns unmarked ("the volunteer guides",
  // "the logger stops"): only one person, closing its phrase, is a title
  // ("hires a glazier for ...", "call the glazier."); a plural is a class
  // of people or things ("the servers").
  const bool closes = i + 1 == toks.size() || !Adjacent(text, t, toks[i + 1], false) || toks[i + 1].stop ||
                      (OpensClauseAt(packs, text, toks, start - 1) && VerbOfSubject(packs, toks, i + 1));
  return determined && closes && Singular(packs, t.norm).empty();
}

// The first token of a count right before toks[i] ("nine", "about 40",
// "six to eight"), or i where none stands there.
size_t CountPhraseStart(const LanguagePacks& packs, const std::vector<Token>& toks, size_t i) {
  auto is_count = [&](size_t k) { return toks[k].numeric || packs.AnyHas("number_words", toks[k].norm); };
  if (i == 0 || !is_count(i - 1)) return i;
  size_t start = i - 1;
  if (start >= 2 && packs.AnyHas("count_range_words", toks[start - 1].norm) && is_count(start - 2)) start -= 2;
  if (start >= 1 && packs.AnyHas("count_approximators", toks[start - 1].norm)) --start;
  return start;
}

// The counted plural at `i` closes its noun phrase as a subject: a
// lower-case word follows (its verb), not a capitalised word, a head noun
// it qualifies ("two driver trainers"), a stop word ("two drivers of the
// ...") or a possessive mark.
static bool ClosesCountedSubject(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks,
                                 size_t i) {
  if (i + 1 >= toks.size() || !Adjacent(text, toks[i], toks[i + 1], false)) return false;
  const Token& next = toks[i + 1];
  return IsWord(next) && !next.capital && !next.upper && !next.stop && !packs.AnyHas("stop_words", next.norm) &&
         !FindHeadNoun(packs, next.norm) && !FindContextHead(packs, next.norm);
}

bool NamesPeopleOfTrade(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i) {
  const Token& t = toks[i];
  if (t.capital || t.upper || PluralHeadSingular(packs, t.norm).empty()) return false;
  // "its stenographers", "our carvers": the organisation's own people.
  if (i > 0 && Adjacent(text, toks[i - 1], t, false) && packs.AnyHas("collective_possessives", toks[i - 1].norm))
    return true;
  // "leads a crew of nine riggers", "a team of 4 glaziers", "a crew of
  // about ten ...", "a team of six to eight ...": people counted into a
  // group are the organisation's own people of that trade.
  if (i > 0 && Adjacent(text, toks[i - 1], t, false)) {
    const size_t count = CountPhraseStart(packs, toks, i);
    if (count < i && count >= 2 && packs.AnyHas("of_words", toks[count - 1].norm) &&
        packs.AnyHas("group_nouns", toks[count - 2].norm))
      return true;
    // "Two seamstresses report to ...", "..., and three glaziers cut
    // ...": a count opening a clause, then the plural of a derived head
    // closing its noun phrase as the clause's subject, counts the
    // organisation's own people of that trade. After a verb or a
    // preposition ("serves forty customers") a count is anyone of that
    // kind. A head of role_heads.tsv has its own subject rule (PluralSubject),
    // which a generic one ("two specialists") does not pass alone.
    if (count < i && OpensClauseAt(packs, text, toks, count) && !FindHeadNoun(packs, t.norm) &&
        ClosesCountedSubject(packs, text, toks, i))
      return true;
  }
  // The plural opens its noun phrase ("the volunteers who", "twelve
  // enumerators, who"); after a verb or a preposition ("welcomes volunteers
  // who", "requests from researchers who") it is anyone of that kind.
  const bool opened = i > 0 && Adjacent(text, toks[i - 1], t, false) &&
                      (OpensNounPhrase(packs, toks[i - 1].norm) || toks[i - 1].numeric ||
                       packs.AnyHas("number_words", toks[i - 1].norm));
  return opened && i + 1 < toks.size() && packs.AnyHas("person_relatives", toks[i + 1].norm) &&
         text.substr(t.end, toks[i + 1].begin - t.end).find_first_not_of(", ") == std::string_view::npos;
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
  // "petugas loket umumnya ...": an enclitic or a particle closes the phrase.
  constexpr size_t kMinCliticStem = 3;
  if (packs.AnySuffix("phrase_closing_suffixes", t.norm, kMinCliticStem)) return true;
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

// Mixed-language text writes a title of one language into a clause of
// another ("The Bendahara presents the report"). The article names the
// clause's language; its verb, not a field of the title, follows the head.
bool VerbOfOpeningClause(const LanguagePacks& packs, const Token& opener, const Token& t) {
  if (t.capital || t.upper) return false;
  for (const LanguagePack& pack : packs.all())
    if (!pack.head_first() && pack.Has("articles", opener.norm) && HasFiniteVerbShape(pack, t)) return true;
  return false;
}

// A lower-case verbal noun ("cleaning", "packing") right before a unit head
// or inside a longer lower-case title names the work ("the cleaning crew",
// "the sorting yard supervisor"), not a quality of the holder; a
// participle the adjective list holds ("the remaining crew") does not.
// Before a room or a building ("the carving workshop") it names the place.
// "the Chief Jointer", "a Lead Verifier": a capitalised agent noun
// (agent_suffixes.txt) right after a capitalised rank word that only
// qualifies people (person_ranks.txt), closing the Title Case run.
bool RankedAgentNoun(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i) {
  constexpr size_t kMinAgentStem = 3;
  if (i == 0 || !toks[i].capital || toks[i].upper || toks[i].stop || !IsWord(toks[i])) return false;
  const Token& rank = toks[i - 1];
  if (!rank.capital || rank.upper || !Adjacent(text, rank, toks[i], false) || !packs.AnyHas("person_ranks", rank.norm))
    return false;
  if (i + 1 < toks.size() && Adjacent(text, toks[i], toks[i + 1], false) && (toks[i + 1].capital || toks[i + 1].upper))
    return false;
  return packs.AnySuffix("agent_suffixes", toks[i].norm, kMinAgentStem) ||
         packs.AnySuffix("agent_suffixes", Singular(packs, toks[i].norm), kMinAgentStem);
}

bool NamesWork(const LanguagePacks& packs, const Token& t, bool unit_head, bool right_before_head) {
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

bool OpensRoleCompound(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i) {
  auto lower_role_head = [&](size_t at) {
    if (toks[at].capital || toks[at].upper) return false;
    const auto h = FindHeadNoun(packs, toks[at].norm);
    return h && !h->org_unit && h->prefix_modifiers;
  };
  if (i == 0 || i + 1 >= toks.size() || !lower_role_head(i) || !lower_role_head(i + 1)) return false;
  // Only a blank between the two: "the nurse-manager" is one word already,
  // "the supervisor, nurses ..." two phrases.
  const std::string_view gap = text.substr(toks[i].end, toks[i + 1].begin - toks[i].end);
  if (gap.empty() || gap.find_first_not_of(" \t") != std::string_view::npos) return false;
  const std::string_view before = toks[i - 1].norm;
  return OpensNounPhrase(packs, before) || packs.AnyHas("number_words", before) || toks[i - 1].numeric;
}

bool OpensClauseAt(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t at) {
  if (at == 0) return true;
  if (packs.AnyHas("clause_openers", toks[at - 1].norm) || packs.AnyHas("conjunctions", toks[at - 1].norm)) return true;
  return text.substr(toks[at - 1].end, toks[at].begin - toks[at - 1].end).find_first_of(",;:") != std::string_view::npos;
}

bool OpensNounPhrase(const LanguagePacks& packs, std::string_view w) {
  return packs.AnyHas("articles", w) || packs.AnyHas("object_determiners", w) || packs.AnyHas("possessives", w);
}

bool HyphenJoined(std::string_view text, const std::vector<Token>& toks, size_t a) {
  return a + 1 < toks.size() && toks[a + 1].begin == toks[a].end + 1 && text[toks[a].end] == '-';
}

// A word written twice with a hyphen is a reduplication: a plural or a
// distributive ("seksi-seksi": the sections, any of them; "masing-masing":
// each), never a word of one particular title.
bool Reduplicated(std::string_view text, const std::vector<Token>& toks, size_t a) {
  return HyphenJoined(text, toks, a) && toks[a].norm == toks[a + 1].norm;
}

}  // namespace rolegraph::ingest::internal
