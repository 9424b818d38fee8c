// The cue vocabulary fact extraction reads, gathered once from every language
// pack (data/lang/<code>/fact_cues.tsv, negators.txt, time_markers.tsv, ...;
// formats in data/lang/README.md). Sentences mix languages, so a cue of any
// pack applies to any sentence; the code itself never spells a word.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::ingest {

struct Cue {
  std::string predicate;
  std::vector<std::string> words;  // folded word forms of the phrase
  bool relation = false;           // the object is another role
};

// kPastToYear: past only when a year follows within kYearReach tokens
// ("until 2021 X reported to Y"); "until the audit ends" says nothing of time.
// kNone: a phrase holding a marker's word that dates nothing ("lebih dahulu",
// "once a week"); it hides the word from the markers.
enum class TimeKind { kPast, kPastToYear, kMoved, kMovedFrom, kNone };

struct TimeMarker {
  std::vector<std::string> words;
  TimeKind kind = TimeKind::kPast;
};

enum class DeputyPosition { kBefore, kAfter, kActing };

struct DeputyCue {
  std::vector<std::string> words;
  DeputyPosition position = DeputyPosition::kBefore;
};

class FactCues {
 public:
  explicit FactCues(const LanguagePacks& packs);

  const std::vector<Cue>& cues() const { return cues_; }  // most specific first
  const std::vector<TimeMarker>& time_markers() const { return time_; }
  const std::vector<DeputyCue>& deputy_cues() const { return deputy_; }
  const std::vector<std::string>& list_openers() const { return list_openers_; }
  // Passive verb -> the predicate it hands its agent; "" when not one.
  std::string_view PassivePredicate(std::string_view word) const;

  bool IsAdverb(std::string_view w) const { return Has("cue_adverbs", w); }
  bool IsReportVerb(std::string_view w) const { return Has("report_verbs", w); }
  bool IsReportPreposition(std::string_view w) const { return Has("report_prepositions", w); }
  bool IsTransferTarget(std::string_view w) const { return Has("transfer_targets", w); }
  bool IsHandoverVerb(std::string_view w) const { return Has("handover_verbs", w); }
  bool IsDutyLead(std::string_view w) const { return Has("duty_lead", w); }
  bool IsDutyNoun(std::string_view w) const { return Has("duty_nouns", w); }
  bool IsDutyOwnerNoun(std::string_view w) const { return Has("duty_owner_nouns", w); }
  bool IsAgentMarker(std::string_view w) const { return Has("agent_markers", w); }
  bool IsKnownAsCue(std::string_view w) const { return Has("known_as_cues", w); }
  bool IsIntroductionAs(std::string_view w) const { return Has("introduction_as_words", w); }
  bool IsDangling(std::string_view w) const { return Has("dangling_words", w); }
  // "to", "untuk", "dengan": a role right after one is an object, never a subject.
  bool IsRolePreposition(std::string_view w) const { return Has("role_prepositions", w); }
  // "your", "our", "Anda": the writer or the reader speaking.
  bool IsPersonDeixis(std::string_view w) const { return Has("person_deixis", w); }
  // Negators may be phrases ("rather than", "instead of").
  const std::vector<std::vector<std::string>>& negators() const { return negators_; }
  // A period already over ("last year", "tahun lalu", "that year"): after
  // "until"/"hingga" it dates a line as past the way a year does.
  const std::vector<std::vector<std::string>>& past_periods() const { return past_periods_; }
  bool IsConjunction(std::string_view w) const { return Has("conjunctions", w); }
  bool IsCopula(std::string_view w) const { return Has("copulas", w); }
  bool IsArticle(std::string_view w) const { return Has("articles", w); }
  bool IsObjectDeterminer(std::string_view w) const { return Has("object_determiners", w); }
  bool IsContrast(std::string_view w) const { return Has("contrast_cues", w); }
  bool IsAlternative(std::string_view w) const { return Has("alternative_cues", w); }
  // "when", "ketika", "jika": a word that opens a condition clause.
  bool IsConditionOpener(std::string_view w) const { return Has("condition_openers", w); }
  // "which", "who", "as", "yang", "seperti": after a comma right after a
  // subject they open an aside about it, closed by the next comma.
  bool IsAsideOpener(std::string_view w) const { return Has("aside_openers", w); }
  // Words between a line of authority and the staff it names: group nouns
  // ("crew", "regu"), number words, "of".
  bool IsGroupWord(std::string_view w) const {
    return Has("group_nouns", w) || Has("number_words", w) || Has("of_words", w);
  }
  // A verb in subject position, by the shape the sentence language's pack
  // gives finite verbs (finite_verb_shapes.tsv: an Indonesian active form
  // starts with a prefix; an English present-tense verb ends with a suffix,
  // "writes", unless a longer ending marks another word class, "business").
  bool LooksLikeFiniteVerb(const Token& t, Lang lang) const;

 private:
  bool Has(std::string_view list, std::string_view w) const;

  const LanguagePacks& packs_;
  std::vector<Cue> cues_;
  std::vector<TimeMarker> time_;
  std::vector<DeputyCue> deputy_;
  std::vector<std::string> list_openers_;
  std::vector<std::vector<std::string>> negators_;
  std::vector<std::vector<std::string>> past_periods_;
};

// A finite verb's shape in one pack (finite_verb_shapes.tsv): what
// FactCues::LooksLikeFiniteVerb reads for the sentence's language; the title
// scanner reads it for the language of the clause a title stands in.
// A suffix shape needs a stem of `min_suffix_stem` bytes before it: alone a
// short word ending in "s" is as often a noun as a verb; where the clause
// already calls for a verb a caller may ask for a shorter stem ("fits").
inline constexpr size_t kMinFiniteVerbStem = 4;
bool HasFiniteVerbShape(const LanguagePack& pack, const Token& t, size_t min_suffix_stem = kMinFiniteVerbStem);

// End (exclusive) of `words` matched at token i, or 0. With `adverbs`,
// cue adverbs may sit between the words ("works closely with").
size_t PhraseEnd(const std::vector<Token>& t, size_t i, const std::vector<std::string>& words,
                 const FactCues* adverbs);

}  // namespace rolegraph::ingest
