// Agent nouns made by word formation (agent_nouns.h).
#include "agent_nouns.h"

#include <charconv>
#include <string>
#include <system_error>
#include <vector>

#include "fact_cues.h"
#include "rolegraph/ingest/analyzer.h"
#include "title_rules.h"

namespace rolegraph::ingest::internal {
namespace {

// The base left by the stemmer is at least this long ("uji" of "penguji").
constexpr size_t kMinBase = 3;

// Whether the stemmer removed a prefix and nothing else: the word ends with
// the stem, or with the stem less its first letter where the prefix's nasal
// replaced it ("penaksir" -> "taksir", "pemeriksa" -> "periksa"). A suffix
// ("pemeriksaan", "penerimanya") leaves a word that ends otherwise.
bool OnlyPrefixStripped(std::string_view norm, std::string_view stem) {
  if (stem.size() < kMinBase || stem.size() + 2 > norm.size()) return false;
  return norm.ends_with(stem) || norm.ends_with(stem.substr(1));
}

// The number of tokens of the cue-table row (deputy_cues.tsv, raci.tsv)
// that starts at token `i`, 0 where none does: "Pelaksana Tugas Kepala ..."
// is an acting title and a bare "Penanggung Jawab" a matrix column, read by
// the fact cues, not an agent's title.
size_t CuePhraseLength(const LanguagePacks& packs, const std::vector<Token>& toks, size_t i, std::string_view table) {
  for (const LanguagePack& pack : packs.all())
    for (const WordTable::Row& row : pack.Table(table).rows()) {
      if (row.empty()) continue;
      std::string_view phrase = row[0];
      size_t k = i;
      while (!phrase.empty() && k < toks.size()) {
        const size_t space = phrase.find(' ');
        if (phrase.substr(0, space) != toks[k].norm) break;
        phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
        ++k;
      }
      if (phrase.empty()) return k - i;
    }
  return 0;
}

// "penanggung jawab mutu bahan baku", "Penanggung Jawab Edukasi": a
// matrix column's words (raci.tsv, more than one word) with a field noun
// right after them are a title, like "kepala gudang"; the field is a word
// of the same phrase, no function word, number, verb form or clause end
// ("menjadi penanggung jawab saat audit" keeps the cue). A unit there
// would be read as a unit of its own, leaving the bare cue as a title, so
// the cue stays a cue before one (precision first).
bool CuePhraseTakesField(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i) {
  const size_t n = CuePhraseLength(packs, toks, i, "raci");
  if (n < 2 || i + n >= toks.size()) return false;
  auto phrase_word = [&](size_t k) {
    const Token& w = toks[k];
    return IsWord(w) && !w.stop && !w.upper && !w.numeric && w.capital == toks[i].capital &&
           Adjacent(text, toks[k - 1], w, false) && !packs.AnyHas("stop_words", w.norm) &&
           !packs.AnyHas("number_words", w.norm) && !EndsHeadFirstPhrase(packs, w);
  };
  const size_t f = i + n;
  if (!phrase_word(f) || FindHeadNoun(packs, toks[f].norm)) return false;
  // A vocabulary modifier completes a head-first title ("kepala pabrik"),
  // so a lower-case phrase going on after one ("mutu bahan baku") would be
  // cut: the cue stays a cue rather than name half a title.
  return toks[f].capital || ModifierConcept(packs, toks[f].norm).empty() || f + 1 >= toks.size() ||
         !phrase_word(f + 1);
}

bool OpensCuePhrase(const LanguagePacks& packs, const std::vector<Token>& toks, size_t i) {
  return CuePhraseLength(packs, toks, i, "deputy_cues") > 0 || CuePhraseLength(packs, toks, i, "raci") > 0;
}

// "Kepala Panti, Pekerja Sosial, ...": a capitalised word after a comma
// that closes a capitalised title headed by a known head noun is the next
// item of a list of titles. A list of places or names has no head first.
bool FollowsListedTitle(const LanguagePacks& packs, std::string_view text, const std::vector<Token>& toks, size_t i) {
  if (i < 2) return false;
  const Token& prev = toks[i - 1];
  if (!prev.capital || text.substr(prev.end, toks[i].begin - prev.end).find(',') == std::string_view::npos)
    return false;
  size_t r = i - 1;
  while (r > 0 && toks[r - 1].capital && !toks[r - 1].stop && Adjacent(text, toks[r - 1], toks[r], false)) --r;
  const std::optional<HeadNoun> head = FindHeadNoun(packs, toks[r].norm);
  return head && !head->org_unit && !head->prefix_modifiers;
}

// Whether `norm` ends with an agent suffix of a pack ("-wan"): many given
// names end so too ("Gunawan"), so a capital says nothing about such a word.
bool EndsWithAgentSuffix(const LanguagePacks& packs, std::string_view norm) {
  for (const LanguagePack& pack : packs.all())
    for (const WordTable::Row& row : pack.Table("agent_noun_affixes").rows())
      if (row.size() >= 2 && row[1] == "suffix" && norm.ends_with(row[0])) return true;
  return false;
}

// "Penimbang mencatat ...", "Sesudah itu, pengepak menyusun ...": a word
// opening a clause right before a lower-case verb of a head-first language
// (finite_verb_shapes.tsv: the active meN-/ber- forms) is that clause's
// subject, someone doing the work, so the text writes an agent noun there as
// the name of a post, as after "seorang". A passive verb ("pengunjung
// diminta ...") leaves the word the one acted on, so only active shapes count.
bool SubjectOfClause(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s, size_t i) {
  const auto& toks = s.tokens;
  // A conjunction joins noun phrases as often as clauses ("stok dan pesanan
  // berada ..."), so only a sentence start, a comma or a clause opener counts.
  const bool opens = i == 0 || packs.AnyHas("clause_openers", toks[i - 1].norm) ||
                     text.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find_first_of(",;") !=
                         std::string_view::npos;
  if (s.heading || !opens || i + 1 >= toks.size() || !Adjacent(text, toks[i], toks[i + 1], false)) return false;
  // Capitalised, the subject may be a person's name ("Gunawan membersihkan ...").
  if (toks[i].capital && EndsWithAgentSuffix(packs, toks[i].norm)) return false;
  // "Penata letak tetap menyusun ...": up to two field words of the title,
  // then adverbs, auxiliaries or a negator, may stand before the verb. A
  // modal stays out: "Pengunjung museum wajib menitipkan ..." states a rule
  // for the public more often than a post's duty.
  constexpr size_t kMaxFieldWords = 2;
  constexpr size_t kMaxAdverbs = 2;
  auto verb = [&](const Token& t) {
    if (t.capital || t.upper || !IsWord(t)) return false;
    for (const LanguagePack& pack : packs.all())
      if (pack.head_first() && HasFiniteVerbShape(pack, t)) return true;
    return false;
  };
  auto lower_word = [&](size_t k) {
    return k < toks.size() && !toks[k].capital && !toks[k].upper && IsWord(toks[k]) &&
           Adjacent(text, toks[k - 1], toks[k], false);
  };
  size_t v = i + 1;
  if (verb(toks[v])) return true;
  // A field word is no verb form ("Pengunjung diminta membayar": the
  // passive keeps "pengunjung" the one acted on).
  auto before_verb = [&](std::string_view w) {
    return packs.AnyHas("subject_adverbs", w) || packs.AnyHas("auxiliaries", w) || packs.AnyHas("negators", w);
  };
  while (v - i <= kMaxFieldWords && lower_word(v) && IsFreeModifier(packs, toks[v], true) &&
         !before_verb(toks[v].norm) && !packs.AnyHas("modals", toks[v].norm) && !verb(toks[v]))
    ++v;
  const size_t fields = v - i - 1;
  size_t adverbs = 0;
  while (adverbs < kMaxAdverbs && lower_word(v) && before_verb(toks[v].norm)) {
    ++v;
    ++adverbs;
  }
  return fields + adverbs > 0 && lower_word(v) && verb(toks[v]);
}

// A word that may be a title at all: no heading, function word, generic
// modifier or word that never stands in a title.
bool CanBeTitleWord(const LanguagePacks& packs, const AnalyzedSentence& s, const Token& t) {
  return !s.heading && IsWord(t) && !t.stop && !t.upper && !packs.AnyHas("generic_modifiers", t.norm) &&
         !packs.AnyHas("not_title_words", t.norm) && !packs.AnyHas("stop_words", t.norm);
}

}  // namespace

bool InAgentSubjectContext(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s, size_t i) {
  return CanBeTitleWord(packs, s, s.tokens[i]) && SubjectOfClause(packs, text, s, i);
}

std::optional<HeadNoun> FindAgentNoun(const LanguagePack& pack, const Token& t) {
  if (t.stop || t.upper || t.numeric) return std::nullopt;
  const std::string_view norm = t.norm;
  for (const WordTable::Row& row : pack.Table("agent_noun_affixes").rows()) {
    if (row.size() < 2) continue;
    const std::string& affix = row[0];
    size_t min_len = 0;
    // A malformed length leaves the row out rather than failing the ingest.
    if (row.size() > 2 &&
        std::from_chars(row[2].data(), row[2].data() + row[2].size(), min_len).ec != std::errc())
      continue;
    if (norm.size() < min_len || norm.size() <= affix.size() + kMinBase) continue;
    // juru- is a word of its own in running text ("juru sita"), so only
    // one-word affixes count here.
    const bool formed = row[1] == "prefix" ? norm.starts_with(affix) && OnlyPrefixStripped(norm, t.stem)
                                           : row[1] == "suffix" && norm.ends_with(affix);
    if (!formed) continue;
    HeadNoun head;
    head.english = norm;
    head.standalone = true;
    head.untranslated = true;
    head.prefix_modifiers = !pack.head_first();
    return head;
  }
  return std::nullopt;
}

LoanHeads::LoanHeads(const LanguagePacks& packs, const LanguagePack& borrower) {
  for (const LanguagePack& lender : packs.all()) {
    if (&lender == &borrower) continue;
    for (std::string_view table : {"role_heads", "role_heads_derived"})
      for (const WordTable::Row& row : lender.Table(table).rows()) {
        if (row.empty()) continue;
        const std::optional<HeadNoun> head = FindHeadNoun(packs, row[0]);
        // Units are left out: "kantor" and "pusat" show that everyday
        // words of place meet the spelling of organisation nouns.
        if (head && (head->org_unit || head->members)) continue;
        const std::string_view word = row[0];
        if (std::string key = CognateKey(word); !key.empty()) keys_.insert(std::move(key));
        // Endings the borrower respells (loan_endings.tsv: "therapist" ->
        // "terapis", "technician" -> "teknisi"), beyond CognateKey's rules.
        for (const WordTable::Row& ending : borrower.Table("loan_endings").rows()) {
          if (ending.size() < 2 || !word.ends_with(ending[0])) continue;
          std::string respelt(word.substr(0, word.size() - ending[0].size()));
          respelt += ending[1];
          if (std::string key = CognateKey(respelt); !key.empty()) keys_.insert(std::move(key));
        }
      }
  }
}

std::optional<HeadNoun> LoanHeads::Find(const LanguagePack& borrower, const Token& t) const {
  if (t.stop || t.upper || t.numeric || keys_.empty()) return std::nullopt;
  const std::string key = CognateKey(t.norm);
  if (key.empty() || !keys_.contains(key)) return std::nullopt;
  HeadNoun head;
  head.english = t.norm;
  head.standalone = true;
  head.untranslated = true;
  head.prefix_modifiers = !borrower.head_first();
  return head;
}

bool InHeadFirstTitleContext(const LanguagePacks& packs, std::string_view text, const AnalyzedSentence& s, size_t i) {
  const auto& toks = s.tokens;
  const Token& t = toks[i];
  if (i == 0 || !CanBeTitleWord(packs, s, t)) return false;
  if (CuePhraseTakesField(packs, text, toks, i)) return true;
  if (OpensCuePhrase(packs, toks, i)) return false;
  size_t before = i - 1;
  // "sebagai seorang penaksir": a determiner between.
  if (before > 0 && OpensNounPhrase(packs, toks[before].norm) &&
      packs.AnyHas("role_context_words", toks[before - 1].norm))
    --before;
  if (packs.AnyHas("role_context_words", toks[before].norm)) return true;
  // "dua orang pengasuh", "tiga orang Pengawas": a count of people (a
  // number, then a classifier of persons) opens the phrase, like a determiner.
  if (i >= 2 && packs.AnyHas("person_classifiers", toks[i - 1].norm) &&
      (toks[i - 2].numeric || packs.AnyHas("number_words", toks[i - 2].norm)))
    return true;
  // "seorang penaksir", "para pengajar": a determiner opens the phrase.
  if (!t.capital && (OpensNounPhrase(packs, toks[i - 1].norm) || packs.AnyHas("plural_markers", toks[i - 1].norm)))
    return true;
  // Capitalised after a function word ("oleh", "kepada", "dan") or an
  // article: a title. After a lower-case noun a capitalised word is that
  // noun's name ("latihan Penggalang": the training of a group).
  const Token& prev = toks[i - 1];
  if (t.capital && FollowsListedTitle(packs, text, toks, i)) return true;
  return t.capital && !prev.capital && !prev.upper && !prev.numeric &&
         (!IsWord(prev) || prev.stop || OpensNounPhrase(packs, prev.norm));
}

}  // namespace rolegraph::ingest::internal
