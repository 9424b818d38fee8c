#include "question.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <tuple>
#include <unordered_map>

#include "answer_options.h"
#include "question_roles.h"
#include "relation_cues.h"
#include "term_filter.h"
#include "rolegraph/ingest/role_names.h"

namespace rolegraph::query {
namespace {

constexpr double kLoanwordWeight = 0.9;
constexpr double kCognateWeight = 0.85;
constexpr size_t kMaxTermsPerConcept = 24;

// The index languages of the packs other than the question's: a word may be
// borrowed from any of them ("deadline" in an Indonesian question).
std::vector<Lang> OtherLanguages(const ingest::LanguagePacks& packs, Lang lang) {
  std::vector<Lang> out;
  for (const ingest::LanguagePack& pack : packs.all()) {
    const Lang l = index::LangFromCode(pack.index_lang().empty() ? pack.code() : pack.index_lang());
    if (l != Lang::kUnknown && l != lang && std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
  }
  return out;
}

constexpr double kBorrowedScale = 0.9;  // expansions of a word borrowed from the other language

// The words of a phrase that opens the question with a word of `openers`
// and ends at a comma within `max_words` words; none marked otherwise.
std::vector<bool> OpeningPhrase(const std::string& question, const ingest::LanguagePacks& packs,
                                const std::vector<ingest::Token>& toks, std::string_view openers, size_t max_words) {
  std::vector<bool> out(toks.size(), false);
  if (toks.size() < 3 || !packs.AnyHas(openers, toks[0].norm)) return out;
  for (size_t i = 1; i + 1 < toks.size() && i <= max_words; ++i) {
    const std::string_view gap(question.data() + toks[i].end, toks[i + 1].begin - toks[i].end);
    if (gap.find(',') == std::string_view::npos) continue;
    std::fill(out.begin() + 1, out.begin() + static_cast<long>(i) + 1, true);
    return out;
  }
  return out;
}

// "At the sawmill, who ...?", "Di gudang beras, siapa ...?": a question that
// opens with a place phrase set off by a comma names where it is asked; the
// evidence sentence rarely repeats it (the document is about that place).
std::vector<bool> OpeningSetting(const std::string& question, const ingest::LanguagePacks& packs,
                                 const std::vector<ingest::Token>& toks) {
  constexpr size_t kMaxSettingWords = 8;
  return OpeningPhrase(question, packs, toks, "setting_prepositions", kMaxSettingWords);
}

// "While the director is abroad, who ...?", "Kalau genset rusak, siapa
// ...?": a question that opens with a condition set off by a comma says
// when the asked work happens; the evidence words the condition its own way
// ("in her absence", "selama berhalangan") or not at all.
std::vector<bool> OpeningCondition(const std::string& question, const ingest::LanguagePacks& packs,
                                   const std::vector<ingest::Token>& toks) {
  constexpr size_t kMaxConditionWords = 12;
  return OpeningPhrase(question, packs, toks, "condition_openers", kMaxConditionWords);
}

// "... while the registrar is on holiday?", "Selama kepala gudang cuti,
// siapa ...": a clause that a condition opener starts (anywhere in the
// question) and that holds a word asking who stands in for someone absent
// (a deputies row of question_relations.tsv). It runs to a comma or the
// question's end; none marked otherwise.
std::vector<bool> AbsenceClause(const std::string& question, const QuestionCache& cache,
                                const ingest::LanguagePacks& packs, const std::vector<ingest::Token>& toks) {
  std::vector<bool> out(toks.size(), false);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!packs.AnyHas("condition_openers", toks[i].norm)) continue;
    size_t end = i + 1;
    bool absent = false;
    for (; end < toks.size(); ++end) {
      const std::string_view gap(question.data() + toks[end - 1].end, toks[end].begin - toks[end - 1].end);
      if (gap.find(',') != std::string_view::npos) break;
      const ingest::WordTable::Row* cue = RelationCueAt(cache, toks, end);
      absent = absent || (cue != nullptr && (*cue)[1] == kDeputyPredicate);
    }
    if (absent) std::fill(out.begin() + static_cast<long>(i), out.begin() + static_cast<long>(end), true);
    i = end - 1;
  }
  return out;
}

// Whether the noun phrase that noun `i` opens ends right after it: a
// function word, a verb or the question's end follows ("which team will
// ...", "which section runs ...", not "which team member ...").
bool PhraseEndsAfter(const std::vector<ingest::Token>& toks, size_t i, const ingest::LanguagePacks& packs, Lang lang) {
  constexpr size_t kShortVerbBytes = 4;  // "runs", "sets": too short for finite_verb_shapes' suffix rule
  return i + 1 == toks.size() || toks[i + 1].stop ||
         (!ingest::IsTitleHeadWord(packs, toks[i + 1].norm) && !packs.AnyHas("role_reference_nouns", toks[i + 1].norm) &&
          (ingest::HasFiniteVerbShape(packs, toks[i + 1], lang) || toks[i + 1].norm.size() <= kShortVerbBytes));
}

// The nouns `is_noun` accepts that a which-word asks for: right before the
// which-word ("bagian mana", "jabatan apa"), or right after it and then
// ending the phrase ("which team will ...", "which role keeps ...").
template <class IsNoun>
std::vector<bool> NounAsked(const std::vector<ingest::Token>& toks, const std::set<std::string>& which,
                            const ingest::LanguagePacks& packs, Lang lang, IsNoun is_noun) {
  std::vector<bool> out(toks.size(), false);
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!is_noun(toks[i].norm)) continue;
    const bool before_which = i + 1 < toks.size() && which.count(toks[i + 1].norm);
    const bool after_which = i > 0 && which.count(toks[i - 1].norm) && PhraseEndsAfter(toks, i, packs, lang);
    out[i] = before_which || after_which;
  }
  return out;
}

// The unit noun a question asks for ("which department", "what team",
// "bagian mana", "unit apa"): the answer must be a unit.
std::vector<bool> UnitAsked(const std::vector<ingest::Token>& toks, const std::set<std::string>& which,
                            const ingest::LanguagePacks& packs, Lang lang) {
  return NounAsked(toks, which, packs, lang, [&](const std::string& w) { return ingest::IsUnitHeadWord(packs, w); });
}

// A noun that only says a role or body is asked for ("which role keeps
// ...", "which body names ...", "jabatan apa yang ..."; role_reference_nouns.txt):
// the kind of answer, not what it does.
std::vector<bool> RoleNounAsked(const std::vector<ingest::Token>& toks, const std::set<std::string>& which,
                                const ingest::LanguagePacks& packs, Lang lang) {
  return NounAsked(toks, which, packs, lang, [&](const std::string& w) { return packs.AnyHas("role_reference_nouns", w); });
}

// The relation a question asks about, if any, and whether it asks inversely.
void FindRelation(const QuestionCache& cache, const std::vector<ingest::Token>& toks,
                  const std::vector<bool>& is_role, ParsedQuestion* q) {
  size_t first_role = toks.size();
  for (size_t i = 0; i < toks.size(); ++i)
    if (is_role[i]) {
      first_role = i;
      break;
    }
  // question_relations.tsv: WORD, PREDICATE, DIRECTION, optional CONDITION
  // ("bertanggung jawab kepada X", "answer to X": to whom X reports).
  for (size_t i = 0; i < toks.size(); ++i) {
    if (is_role[i]) continue;  // "Deputy Station Master" names a role, it asks nothing
    const ingest::WordTable::Row* cue = RelationCueAt(cache, toks, i);
    if (cue == nullptr) continue;
    const int direction = std::atoi((*cue)[2].c_str());
    q->relation = (*cue)[1];
    q->inverse = direction < 0 || (direction == 0 && first_role > i);
    return;
  }
}

// The terms of the concept being built, in the order first added (a scan
// finds one: they are tens): one buffer per thread, reused from concept to
// concept and question to question, so gathering them allocates nothing
// once warm (issue 18). FinishTerms moves the kept ones into the concept.
struct TermDraft {
  TermList terms;
  std::vector<uint32_t> order;  // FinishTerms' places, reused likewise
  void clear() { terms.clear(); }
};

TermDraft& ThreadDraft() {
  thread_local TermDraft draft;
  return draft;
}

void AddTerm(TermDraft* draft, const std::string& term, double weight, const std::string& source, Lang lang) {
  if (term.empty()) return;
  auto& terms = draft->terms;
  auto it = std::find_if(terms.begin(), terms.end(), [&](const auto& entry) { return entry.first == term; });
  if (it == terms.end()) {
    terms.emplace_back(term, TermWeight{});
    it = terms.end() - 1;
  }
  TermWeight& tw = it->second;
  if (weight <= tw.weight) return;
  // Assigned in place: the strings keep their buffers, no temporary record.
  tw.weight = weight;
  tw.source = source;
  tw.lang = index::LangCode(lang);
}

// `lexicon_entry`: the expansions are a lexicon entry itself (ExpandView),
// whose stems' title flags the cache remembers; else each stem is looked up.
void AddExpansions(const QuestionCache& cache, const std::string& word, TermDraft* draft,
                   const std::vector<Expansion>& expansions, double scale, bool lexicon_entry = false) {
  if (expansions.empty()) return;
  // English stems fold "manages" and "manager" together; a verb's
  // expansions must not land on the title noun ("manajer") of every role.
  const bool word_is_title = cache.IsTitleHeadWord(word);
  const auto flags = lexicon_entry && !word_is_title ? cache.TitleHeadFlags(expansions) : nullptr;
  size_t k = 0;  // the stem's place in `flags`
  for (const auto& e : expansions) {
    // A phrase translation spreads over its words; each word still counts.
    double w = e.weight * scale * (e.stems.size() > 1 ? 0.9 : 1.0);
    for (const auto& stem : e.stems) {
      bool title = word_is_title ? false : flags ? static_cast<bool>((*flags)[k]) : cache.IsTitleHeadWord(stem);
      ++k;
      // "member" -> "anggota": a translation that glosses back to the word
      // is the word's own meaning, not a title noun a verb's stem hit.
      if (title && cache.HeadGlossedAs(stem, word)) title = false;
      if (!title) AddTerm(draft, stem, w, e.source, e.lang);
    }
  }
}

// Moves the draft's kMaxTermsPerConcept heaviest terms (on a tie, the later
// term in byte order) into the concept, sorted by term; empties the draft.
// Places are sorted, not the entries: each entry moves once.
void FinishTerms(TermDraft* draft, Concept* c) {
  std::vector<uint32_t>& order = draft->order;
  order.resize(draft->terms.size());
  for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
  const auto& d = draft->terms;
  if (order.size() > kMaxTermsPerConcept) {
    // The heaviest: weight, then term, both descending. Terms are unique,
    // so the order is total and the kept set one: no need to sort it all.
    std::nth_element(order.begin(), order.begin() + kMaxTermsPerConcept, order.end(), [&](uint32_t a, uint32_t b) {
      return d[a].second.weight != d[b].second.weight ? d[a].second.weight > d[b].second.weight : d[a].first > d[b].first;
    });
    order.resize(kMaxTermsPerConcept);
  }
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return d[a].first < d[b].first; });
  auto terms = std::make_shared<TermList>();
  terms->reserve(order.size());
  for (uint32_t k : order) terms->push_back(std::move(draft->terms[k]));
  c->terms = ConceptTerms(std::move(terms));
  draft->clear();
}

// What the terms of a word in no phrase depend on besides the lexicon, the
// packs and the database version: the question's language, the word as
// typed (folded), its stem and whether it is in capitals (an acronym is
// looked up as typed, not stemmed).
std::string WordTermsKey(Lang lang, const ingest::Token& t) {
  std::string key;
  key.reserve(t.norm.size() + t.stem.size() + 3);
  key += static_cast<char>('0' + static_cast<int>(lang));
  key += t.upper ? 'U' : 'l';
  key += t.norm;
  key += '\0';
  key += t.stem;
  return key;
}

}  // namespace

const char* QuestionTypeName(QuestionType t) {
  switch (t) {
    case QuestionType::kWho: return "who";
    case QuestionType::kWhat: return "what";
    case QuestionType::kCompare: return "compare";
    case QuestionType::kRelation: return "relation";
    case QuestionType::kFact: return "fact";
  }
  return "who";
}

namespace {

// One question's parse, step by step: its words and the roles they name,
// its type and relation, then its content concepts and their terms.
class QuestionParser {
 public:
  QuestionParser(const std::string& question, const ingest::Analyzer& analyzer, const Lexicon& lexicon,
                 index::Reader& reader, const RoleIndex& roles, const QuestionCache& cache)
      : question_(question), analyzer_(analyzer), lexicon_(lexicon), reader_(reader), roles_(roles), cache_(cache) {}

  ParsedQuestion Parse(Lang lang) {
    Analyse(lang);
    cues_ = &cache_.Cues(q_.lang);
    Classify();
    FindConcepts();
    return std::move(q_);
  }

 private:
  // The question as one analysed sentence: tokenized and stemmed once (its
  // language detected on the same words), for the role patterns and every
  // step below (issue 18); the roles it names.
  void Analyse(Lang lang) {
    analyzed_.resize(1);
    analyzed_[0].begin = 0;
    analyzed_[0].end = static_cast<uint32_t>(question_.size());
    if (lang != Lang::kUnknown) {
      q_.lang = lang;
      analyzed_[0].tokens = analyzer_.Tokenize(question_, q_.lang);
    } else {
      analyzed_[0].tokens = analyzer_.TokenizeDetecting(question_, Lang::kEn, &q_.lang);
    }
    analyzed_[0].lang = q_.lang;
    is_role_.assign(analyzed_[0].tokens.size(), false);
    q_.roles = FindRoles(question_, q_.lang, analyzed_, analyzer_, lexicon_, roles_, &is_role_, &unknown_named_,
                         &mentions_);
  }

  const std::vector<ingest::Token>& toks() const { return analyzed_[0].tokens; }

  // A cue matches by word or by stem ("dikerjakan" ~ "kerjakan"); quantity
  // words only as typed (their stem list is empty): stemming "berapa" gives "apa".
  static bool IsCue(const ingest::Token& t, const CueList& list) {
    return list.words.count(t.norm) > 0 || list.stems.count(t.stem) > 0;
  }
  bool Any(const CueList& list) const {
    return std::any_of(toks().begin(), toks().end(), [&](const ingest::Token& t) { return IsCue(t, list); });
  }

  // The choices it offers, what kind of answer it asks for, its type, the
  // relation it asks about and the matrix grade.
  void Classify() {
    const QuestionCues& cues = *cues_;
    const ingest::LanguagePacks& packs = analyzer_.packs();
    q_.offers_choice = Any(cues.ors);
    if (q_.offers_choice)
      AddChoicePhrases(question_, toks(), cues.ors.words, analyzer_, lexicon_, q_.lang, roles_, &is_role_, &mentions_,
                       &q_.roles);
    q_.choices = OfferedChoices(toks(), mentions_, cues.ors.words, packs);
    q_.excluded = SetAside(cues.excludes);
    unit_asked_ = UnitAsked(toks(), cues.which.words, packs, q_.lang);
    role_noun_asked_ = RoleNounAsked(toks(), cues.which.words, packs, q_.lang);
    q_.asks_unit = std::find(unit_asked_.begin(), unit_asked_.end(), true) != unit_asked_.end();
    q_.asks_past = Any(cues.past);
    for (size_t i = 0; i + 1 < toks().size(); ++i)
      if (cues.recipients.words.count(toks()[i].norm) && AsksWhoAt(i + 1)) q_.asks_recipient = true;
    // "Which role is the cash count handed to?": the word before the
    // receiver closes the question. So does "Who does X report to?": read
    // as a relation where X is a known role, and otherwise (X named in
    // other words) answered by the role the evidence reports to.
    if (!toks().empty() && cues.recipients.words.count(toks().back().norm)) q_.asks_recipient = true;
    // "Besides the X, who do the caseworkers report to?": a role set aside
    // is no subject of the question; its name's words stay no content.
    std::erase_if(q_.roles, [&](const std::string& id) {
      return std::find(q_.excluded.begin(), q_.excluded.end(), id) != q_.excluded.end();
    });
    compare_ = Any(cues.compare) && q_.roles.size() >= 2;
    ClassifyType();
    // "Who is the shift lead's boss?" with the role named in other words
    // than the corpus': no edge of it can be read, so the role the
    // evidence reports to answers, not the one reporting.
    if (q_.type == QuestionType::kWho && q_.roles.empty() && AsksSuperior()) q_.asks_recipient = true;
    if (q_.type != QuestionType::kRelation)
      for (const auto& t : toks())
        if (const std::string* grade = cache_.GradeOf(t.norm); grade != nullptr && q_.grade.empty()) q_.grade = *grade;
    // Named by pattern but absent from the corpus, with no known role beside it.
    q_.about_unknown_role = unknown_named_ && q_.roles.empty() &&
                            (Any(cues.quantity) || (Any(cues.what) && Any(cues.duty)) || Any(cues.what));
  }

  // The roles named right after an exclusion word, with only function
  // words between ("apart from the", "selain").
  std::vector<std::string> SetAside(const CueList& excludes) const {
    constexpr size_t kMaxGap = 3;
    std::vector<std::string> out;
    for (const auto& m : mentions_)
      for (size_t k = m.first; k > 0 && m.first - k < kMaxGap; --k) {
        if (IsCue(toks()[k - 1], excludes)) {
          out.push_back(m.id);
          break;
        }
        if (!toks()[k - 1].stop) break;
      }
    return out;
  }

  // Whether the words from `i` ask who or which one: "whom", "siapa",
  // "which officer", "pejabat mana" (a noun before the which-word).
  bool AsksWhoAt(size_t i) const {
    const QuestionCues& cues = *cues_;
    if (cues.who.words.count(toks()[i].norm)) return true;
    if (cues.which.words.count(toks()[i].norm)) return true;
    return i + 1 < toks().size() && cues.which.words.count(toks()[i + 1].norm) > 0;
  }

  // A word asking for the role above the one named ("boss", "atasan":
  // question_relations.tsv, reports_to with the named role as subject).
  // Not a cue known by the word before it: "di atas", "is above" also set
  // an amount ("di atas Rp 50 juta"), which a named role tells apart, none
  // here. "Under whom", "line manager" (known by the word after) ask it.
  bool AsksSuperior() const {
    auto by_word_before = [](const ingest::WordTable::Row& row) {
      return std::any_of(row.begin() + 3, row.end(), [](const std::string& c) { return c.starts_with("prev:"); });
    };
    for (size_t i = 0; i < toks().size(); ++i) {
      const ingest::WordTable::Row* row = RelationCueAt(cache_, toks(), i);
      if (row != nullptr && (*row)[1] == kReportsPredicate && (*row)[2] == "1" && !by_word_before(*row)) return true;
    }
    return false;
  }

  // The tokens naming a role the question may ask about: a role set aside
  // ("Besides the X, ...") is none.
  std::vector<bool> SubjectTokens() const {
    std::vector<bool> out = is_role_;
    for (const auto& m : mentions_)
      if (std::find(q_.excluded.begin(), q_.excluded.end(), m.id) != q_.excluded.end())
        for (size_t k = m.first; k <= m.last && k < out.size(); ++k) out[k] = false;
    return out;
  }

  // True when a relation cue holds with its conditions; then q_.relation
  // names it. Otherwise q_ is left as it was.
  bool AsksRelation() {
    FindRelation(cache_, toks(), SubjectTokens(), &q_);
    return !q_.relation.empty();
  }

  void ClassifyType() {
    const QuestionCues& cues = *cues_;
    // A question offering two roles asks which of them ("Apakah X di bawah A
    // atau di bawah B?"): never a fact or a description of one.
    const bool choice = q_.choices.size() >= 2;
    const bool named = !q_.roles.empty();
    if (compare_) q_.type = QuestionType::kCompare;
    else if (!choice && named && Any(cues.quantity)) q_.type = QuestionType::kFact;
    // "X bertanggung jawab kepada ... apa?": a duty cue that a relation
    // cue's condition completes asks for the role above, not the duties.
    else if (!choice && named && Any(cues.what) && Any(cues.duty))
      q_.type = AsksRelation() ? QuestionType::kRelation : QuestionType::kWhat;
    // "How much does a CFO earn?": an attribute of the named role.
    else if (!choice && named && Any(cues.what) && !Any(cues.who)) q_.type = QuestionType::kFact;
    else if (!named && HasRelationCue(cache_, toks())) {
      // A relation asked of a role the question paraphrases: resolve it by
      // its name's words, or leave the question a plain who-question.
      const std::string id = ResolveRoleByWords(toks(), analyzer_, lexicon_, q_.lang, roles_, cache_, &is_role_);
      if (!id.empty()) {
        q_.roles.push_back(id);
        FindRelation(cache_, toks(), SubjectTokens(), &q_);
        if (q_.relation.empty()) {
          std::fill(is_role_.begin(), is_role_.end(), false);
          q_.roles.clear();
        }
      }
      q_.type = q_.relation.empty() ? QuestionType::kWho : QuestionType::kRelation;
    } else if (named) {
      FindRelation(cache_, toks(), SubjectTokens(), &q_);
      // Naming a role without asking for a relation ("Who prepares the roster
      // for the nurses?") is context, not the subject of a relation.
      q_.type = q_.relation.empty() ? QuestionType::kWho : QuestionType::kRelation;
    }
  }

  // A multi-word phrase ("in charge of", "bertanggung jawab") is one idea:
  // each word carries the phrase's meaning and a share of one idea's weight.
  void FindPhrases() {
    std::vector<std::string> stems;
    for (const auto& t : toks()) stems.push_back(t.stem);
    group_.assign(toks().size(), -1);
    for (const auto& pm : lexicon_.MatchPhrases(stems, q_.lang)) {
      if (pm.last >= toks().size()) continue;
      for (size_t k = pm.first; k <= pm.last; ++k) group_[k] = static_cast<int>(phrase_meaning_.size());
      phrase_meaning_.push_back(pm.expansions);
    }
    for (int g : group_)
      if (g >= 0) ++group_size_[g];
  }

  // A role offered as a choice ("..., the A or the B?") is a candidate
  // answer, not content: each choice's own sentences name it.
  void MarkChoiceWords() {
    choice_word_.assign(toks().size(), false);
    if (q_.choices.size() < 2) return;
    for (const auto& m : mentions_)
      if (std::find(q_.choices.begin(), q_.choices.end(), m.id) != q_.choices.end())
        for (size_t k = m.first; k <= m.last && k < toks().size(); ++k) choice_word_[k] = true;
  }

  // Whether word `i` can be content at all: not a stop word (an upper-case
  // acronym such as "IT" is content even though "it" is a stop word), not
  // a role name the question asks about, not a choice.
  bool MayBeContent(size_t i) const {
    const ingest::Token& t = toks()[i];
    return !choice_word_[i] && !(is_role_[i] && q_.type != QuestionType::kWho) && !(t.stop && !t.upper);
  }

  // Whether word `i` only shapes the question: a compare, what, duty or
  // quantity cue of its type, a frame word among other content, the unit
  // asked for or a matrix grade word.
  bool ShapesQuestion(size_t i, bool mostly_frame) const {
    const ingest::Token& t = toks()[i];
    const QuestionCues& cues = *cues_;
    if (compare_ && cues.compare.words.count(t.norm)) return true;
    if (!q_.excluded.empty() && IsCue(t, cues.excludes)) return true;  // "apart from X": sets X aside
    if (q_.type == QuestionType::kWhat && (IsCue(t, cues.duty) || IsCue(t, cues.what))) return true;
    if (q_.type == QuestionType::kFact && cues.quantity.words.count(t.norm)) return true;
    if (cues.frame.words.count(t.norm) && !mostly_frame) return true;
    if (unit_asked_[i] || role_noun_asked_[i]) return true;  // what kind of answer is asked, not what it does
    return !q_.grade.empty() && cache_.GradeOf(t.norm) != nullptr;  // the matrix cell's word, not content
  }

  // Where the who-word (or the role or unit noun asked for) stands: the
  // action follows it. A question asking who receives something
  // ("kepada siapa penumpang ...") names its doer there.
  size_t WhoAt() const {
    if (q_.type != QuestionType::kWho || q_.asks_recipient) return toks().size();
    for (size_t i = 0; i < toks().size(); ++i)
      if (IsCue(toks()[i], cues_->who)) return i;
    // "Jabatan apa yang menyetujui ...": the noun asked for stands there.
    for (size_t i = 0; i < toks().size(); ++i)
      if (unit_asked_[i] || role_noun_asked_[i]) return i;
    return toks().size();
  }

  // Content words: not stop words, not role names, not cues; each one a
  // concept with its terms.
  void FindConcepts() {
    FindPhrases();
    MarkChoiceWords();
    const auto& frame = cues_->frame.words;
    size_t content_words = 0, frame_words = 0;
    for (size_t i = 0; i < toks().size(); ++i) {
      if (!MayBeContent(i)) continue;
      ++content_words;
      if (frame.count(toks()[i].norm)) ++frame_words;
    }
    const bool mostly_frame = content_words <= frame_words;
    const size_t who_at = WhoAt();
    bool action_found = false;
    const std::vector<bool> opening_setting = OpeningSetting(question_, analyzer_.packs(), toks());
    const std::vector<bool> opening_condition = OpeningCondition(question_, analyzer_.packs(), toks());
    const std::vector<bool> absence = q_.relation == kDeputyPredicate
                                          ? AbsenceClause(question_, cache_, analyzer_.packs(), toks())
                                          : std::vector<bool>(toks().size(), false);
    for (size_t i = 0; i < toks().size(); ++i) {
      const auto& t = toks()[i];
      if (!MayBeContent(i) || t.norm.size() < 2 || ShapesQuestion(i, mostly_frame)) continue;
      Concept* c = &q_.concepts.emplace_back();
      c->word = t.norm;
      // Capitalised mid-question and not a role: a name of a place or an
      // organisation (an acronym may be content: "IT", "GPS").
      c->setting = (i > 0 && t.capital && !t.upper && !is_role_[i]) || (opening_setting[i] && !is_role_[i]);
      c->role_word = is_role_[i];
      c->condition = (opening_condition[i] || absence[i]) && !is_role_[i] && !c->setting;
      c->absence = absence[i] && c->condition;
      if (!action_found && i > who_at && !c->setting && !c->role_word && !frame.count(t.norm))
        c->action = action_found = true;
      if (c->action && IsCue(t, cues_->receives)) q_.asks_receiver = true;
      c->work = !c->setting && !c->role_word && !c->condition && !frame.count(t.norm) &&
                RelationCueAt(cache_, toks(), i) == nullptr;
      ExpandWord(i, c);
    }
  }

  // The concept's terms: a phrase's meaning, the word itself, its stems as
  // a loanword, the lexicon's translations and synonyms, cognates.
  void ExpandWord(size_t i, Concept* c) {
    const ingest::Token& t = toks()[i];
    TermDraft& draft = ThreadDraft();  // the current concept's terms
    draft.clear();
    // A word in no phrase expands the same way in every question: its
    // terms are remembered per database version (QuestionCache::WordTerms).
    // A phrase's meaning comes first and changes which source wins a tie.
    std::string memo_key;
    const uint64_t version = reader_.Version();
    if (group_[i] >= 0) {
      AddExpansions(cache_, c->word, &draft, phrase_meaning_[group_[i]], 0.95);
      c->share = 1.0 / static_cast<double>(group_size_[group_[i]]);
    } else {
      memo_key = WordTermsKey(q_.lang, t);
      if (auto remembered = cache_.WordTerms(memo_key, version)) {
        c->terms = ConceptTerms(std::move(remembered));
        return;
      }
    }
    AddTerm(&draft, t.upper ? t.norm : t.stem, 1.0, "exact", q_.lang);
    AddLexiconTerms(t, c->word, &draft);
    // Loanwords: the typed word and its stem ("focuses" -> "focus" ~ "fokus");
    // a stem equal to the word adds nothing the word did not.
    for (const std::string* form : {&t.norm, &t.stem}) {
      if (form == &t.stem && t.stem == t.norm) break;
      const auto cognates = reader_.CognateTermsShared(cache_.CognateKey(*form));  // held: the memo may drop it
      for (const auto& term : *cognates)
        for (const Lang other : Others()) AddTerm(&draft, term, kCognateWeight, "cognate", other);
    }
    FinishTerms(&draft, c);
    if (!memo_key.empty()) cache_.RememberWordTerms(memo_key, version, c->terms.shared());
  }

  // The word's stem in each other language as a loanword, and the lexicon's
  // expansions of the word (of its meanings in the other language too, a
  // little less, for a word the question's language does not know: often
  // borrowed, "deadline", "supplier" in an Indonesian question).
  void AddLexiconTerms(const ingest::Token& t, const std::string& word, TermDraft* draft) {
    const std::vector<Lang>& others = Others();
    // Stemmed once for both uses below.
    other_stems_.clear();
    for (const Lang other : others) other_stems_.push_back(analyzer_.Stem(t.norm, other));
    for (size_t k = 0; k < others.size(); ++k) AddTerm(draft, other_stems_[k], kLoanwordWeight, "loanword", others[k]);
    const std::vector<Expansion>& own = lexicon_.ExpandView(t.stem, q_.lang);
    AddExpansions(cache_, word, draft, own, 1.0, true);
    if (t.upper) AddExpansions(cache_, word, draft, lexicon_.ExpandView(t.norm, q_.lang), 1.0, true);
    if (own.empty() && !t.upper)
      for (size_t k = 0; k < others.size(); ++k)
        AddExpansions(cache_, word, draft, lexicon_.ExpandView(other_stems_[k], others[k]), kBorrowedScale, true);
  }

  const std::vector<Lang>& Others() {
    if (others_.empty()) others_ = OtherLanguages(analyzer_.packs(), q_.lang);
    return others_;
  }

  const std::string& question_;
  const ingest::Analyzer& analyzer_;
  const Lexicon& lexicon_;
  index::Reader& reader_;
  const RoleIndex& roles_;
  const QuestionCache& cache_;
  const QuestionCues* cues_ = nullptr;
  ParsedQuestion q_;
  std::vector<ingest::AnalyzedSentence> analyzed_;
  std::vector<bool> is_role_;             // per token: part of a role's name
  bool unknown_named_ = false;            // a title no document has (FindRoles)
  std::vector<RoleMentionSpan> mentions_;
  std::vector<bool> unit_asked_;          // per token: the unit noun asked for
  std::vector<bool> role_noun_asked_;     // per token: "role", "body" after a which-word
  bool compare_ = false;
  std::vector<int> group_;                // per token: its phrase, or -1
  std::vector<std::vector<Expansion>> phrase_meaning_;
  std::map<int, size_t> group_size_;
  std::vector<bool> choice_word_;         // per token: part of an offered choice
  std::vector<Lang> others_;              // the index languages other than the question's
  std::vector<std::string> other_stems_;  // per language of others_, reused from word to word
};

}  // namespace

ParsedQuestion ParseQuestion(const std::string& question, Lang lang, const ingest::Analyzer& analyzer,
                             const Lexicon& lexicon, index::Reader& reader, const RoleIndex& roles,
                             const QuestionCache& cache) {
  return QuestionParser(question, analyzer, lexicon, reader, roles, cache).Parse(lang);
}

}  // namespace rolegraph::query
