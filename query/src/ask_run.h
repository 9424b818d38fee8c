// Private to the engine: the state and steps of answering one question
// (QueryEngine::Ask builds an AskRun and runs it).
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "answer_options.h"
#include "answer_types.h"
#include "citations.h"
#include "clause_governor.h"
#include "clause_matches.h"
#include "question.h"
#include "question_cache.h"
#include "rolegraph/query/engine.h"
#include "stage_clock.h"
#include "term_filter.h"
#include "top_sentences.h"
#include "word_classes.h"

namespace rolegraph::query {

// A candidate sentence's match of the question.
struct Candidate {
  std::vector<double> match;  // per concept: best expansion weight found
  double score = 0;           // sum of idf * match
  double coverage = 0;        // share of the question's idf the sentence holds
};

// One question's answering, in steps: weighing and reading the candidate
// sentences (ask_retrieval.cc), giving each sentence's matched words to the
// role whose clause governs them (ask_scoring.cc), ranking the roles by the
// question's type and deciding to abstain (ask_run.cc), and the answers'
// confidence and citations (ask_assembly.cc). Lives for one request.
class AskRun {
 public:
  AskRun(index::Reader& reader, const AskRequest& request, ParsedQuestion q, const RoleIndex& roles,
         const QuestionCache& cache)
      : reader_(reader), request_(request), q_(std::move(q)), roles_(roles.by_id), role_index_(roles),
        words_(cache.words()), cache_(cache) {
    for (const auto& id : q_.roles)
      if (!Offered(id)) named_only_.push_back(id);
  }

  Result<AskResponse> Run();

  const StageTimes& stages() const { return stages_; }

 private:
  // Weighing the question and reading its candidates (ask_retrieval.cc).

  // A concept's weight from its rarest term's idf (`best`; 0 when the
  // corpus names none of its terms). A setting the corpus never names is no
  // setting of ours: the question is about somewhere else, and the word
  // keeps an unseen word's weight (`unseen`); a condition's word the corpus
  // never names is worded otherwise there: nothing to hold, nothing against
  // the answer.
  static double ConceptIdf(const Concept& c, double best, double unseen);

  void WeighConcepts();

  Status Retrieve();

  // Ranking the roles by the question's type, and abstaining (ask_run.cc).

  // The roles that answer, best first, by the question's type; `from_edges`
  // when a relation question was answered from the graph's edges (their
  // evidence is stated, and no coverage bar applies).
  Status RankForType(std::vector<RoleScore>* ranked, bool* from_edges);

  // A relation question's answers from the graph: the roles related to the
  // ones it asks of.
  Status RankByEdges(std::vector<RoleScore>* ranked);

  // The answers the candidate sentences' clauses give.
  Status RankBySentences(std::vector<RoleScore>* ranked);

  // Of the edge answers read so far (ask_lines.cc), the one whose fact's
  // clause holds more of the question's work and condition words goes
  // first ("... although some on the night rota report to B" for "who do
  // the night rota staff report to?"); the totals stay where they were.
  void PreferLineOfQuestionWords(std::vector<RoleScore>* ranked) const;
  // How many of those words the clause of the evidence's fact holds.
  size_t LineWordsHeld(const RoleEvidence& ev) const;

  // Why the corpus does not answer, or null when the first answer may be given.
  const char* WhyAbstain(const std::vector<RoleScore>& ranked) const;

  // The relation graph of this database version, held while evidence points into it.
  Status HoldRelations();

  // A who-question about a duty handed on ("who checks ... from
  // November?") is the new holder's, and the old one's where it asks how
  // things were; not where it asks to whom something goes (a report
  // forwarded on is a hands_to fact too).
  Status PreferHolderAtAskedTime(std::vector<RoleScore>* ranked);

  // The roles a relation is asked of: those named but not offered as
  // answers ("Does X report to A or to B?" asks of X; A and B may answer).
  std::vector<std::string> RelationSubjects() const;

  // Evidence only from documents that name a role the question names: a
  // relation of X is stated where X is.
  Result<std::vector<RoleScore>> InDocumentsOfNamed(std::vector<RoleScore> ranked);

  // Scoring each candidate sentence's clauses for their roles (ask_scoring.cc).

  std::vector<RoleScore> RankRoles(QuestionType type);

  std::vector<RoleScore> Finish(std::vector<RoleScore>& scores);

  // Scores every role a sentence can answer with. For who/relation
  // questions the roles the question names are not answers, and their
  // mentions do not govern words.
  void ScoreSentence(const index::SentenceRecord& s, QuestionType type, std::vector<RoleScore>* scores);

  // The mentions of `s` that may govern words, into spans_: roles, and units
  // where they act (any unit for "which department ...?"); for a relation
  // question not the roles it names. None in a graded matrix row. Whether
  // the sentence names a role the question names.
  bool CollectSpans(const index::SentenceRecord& s, bool graded, bool exclude_named);

  // Each question word `s` holds, to the clause of the role that governs it.
  void MatchClauses(const index::SentenceRecord& s, ClauseGovernor* governor);

  // How a sentence names one role: by name or pronoun, or not at all (its
  // topic), and whether it denies or negates what it says of it.
  struct MentionKinds {
    bool explicit_mention = false, pronoun = false, negated = false, denied = false, affirmed = false;
    bool plain = false;  // a mention no negation word stands before
  };

  static MentionKinds KindsOf(const index::SentenceRecord& s, const std::string& role, ClauseGovernor* governor);

  // The evidence `s` gives the role of clause `c`: the question's words it
  // governs, the rest of the sentence's matches at a share, less where the
  // sentence negates the role or only implies it.
  void AddClauseEvidence(const index::SentenceRecord& s, const Candidate& cand, size_t c, bool context_named,
                         bool no_recipient, ClauseGovernor* governor, std::vector<RoleScore>* scores);

  // The answer's clause must hold what is asked to be done, not only what
  // it is done to: "who waters the orchids?" is not answered by "visitors
  // come to see the orchids" given to a role by the document's topic. A
  // sentence that names the role is exempt: a role named with its duty is
  // often asked about in other words ("works out the costs" for "manages
  // the numbers").
  bool ActionHeldBy(const double* match, size_t matched, double attribution) const;

  // The share of the question the sentence covers. A named role answering
  // its own who-question (`own_name`): its name in the sentence covers no
  // part of what is asked of it; nor does a unit's: "Sales Department"
  // holds the "department" of "who heads the Legal Department?".
  double ClauseCoverage(const Candidate& cand, bool own_name) const;

  // Whether the sentence holds a receiving verb of either language
  // (question_receive_verbs.txt, by stem).
  bool HoldsReceivingVerb(const index::SentenceRecord& s) const;

  // For a question asking who receives something: the sentence's matched
  // words go to the roles named right after "to"/"kepada"/"ke"; false when
  // the sentence names none (its clauses are then left as they are).
  bool ToRecipients(const index::SentenceRecord& s, const std::vector<const index::RoleMention*>& spans,
                    ClauseMatches* clause) const;

  // The answers given (ask_assembly.cc).

  Result<AskResponse> Assemble(AskResponse out, const std::vector<RoleScore>& ranked);

  // "Who signs the loan forms while X is away?" answered from a sentence
  // that holds some of the work it names, not only words of the absence or
  // the relation: as sure as a who-question's answer.
  bool DeputyWorkHeld(const RoleScore& rs) const;

  // Whether the evidence that gives a role its coverage holds the
  // question's action.
  static bool ActionHeld(const RoleScore& rs);

  Result<Citation> Cite(const RoleEvidence& ev);

  void Explain(AskResponse* out, const std::vector<RoleScore>& ranked) const;

  // Small questions about roles and the question, used by every step.

  static double BestCoverage(const RoleScore& rs) {
    double best = 0;
    for (const auto& ev : rs.evidence) best = std::max(best, ev.coverage);
    return best;
  }

  // A fact may name a role the list does not hold (a matrix column whose
  // header the recogniser did not read as a role): an answer without a
  // name is no answer.
  void KeepListedRoles(std::vector<RoleScore>* ranked) const {
    std::erase_if(*ranked, [&](const RoleScore& rs) { return !roles_.count(rs.id); });
  }

  // A question offering alternatives ("the Head Chef or the Sous
  // Chef?") is answered by one of them.
  void KeepChoices(std::vector<RoleScore>* ranked) const {
    if (q_.choices.size() < 2) return;
    std::erase_if(*ranked, [&](const RoleScore& rs) { return !Offered(rs.id); });
  }

  const index::RoleRecord& RoleOf(const std::string& id) const {
    static const index::RoleRecord kNone;
    auto it = roles_.find(id);
    return it != roles_.end() ? it->second : kNone;
  }

  bool IsRole(const std::string& id) const { return role_index_.IsRole(id); }

  // The role holding the grade the question asks for in a matrix row.
  const std::string* GradedRole(const index::SentenceRecord& s) const {
    if (q_.grade.empty() || !relations_) return nullptr;
    return relations_->GradedRole(s.doc_id, s.index, q_.grade);
  }

  bool Named(const std::string& id) const { return std::find(q_.roles.begin(), q_.roles.end(), id) != q_.roles.end(); }

  bool Offered(const std::string& id) const {
    return std::find(q_.choices.begin(), q_.choices.end(), id) != q_.choices.end();
  }

  // A relation whose two ends are different roles (every one but "held by"
  // and "similar to", which may name the role itself).
  bool RelationBetweenTwo() const { return q_.relation != "held_by" && q_.relation != "similar_to"; }

  // Named but not offered as an answer: the question's subject or setting.
  bool NamedOnly(const std::string& id) const { return Named(id) && !Offered(id); }

  // The question's terms (with their concepts and weights) that word `p` of
  // `s` is, or null: most words are stop words or no term of the question.
  const std::vector<std::pair<size_t, double>>* QuestionTermAt(const index::SentenceRecord& s, uint32_t p) const {
    const auto& t = s.terms[p];
    if (t.stop) return nullptr;  // before the lookup: most of a sentence's words are stop words
    if (!term_filter_.MayHold(t)) return nullptr;  // nor question terms (term_filter.h)
    auto it = term_concepts_.find(t.term);
    return it == term_concepts_.end() ? nullptr : &it->second;
  }

  // State of the run.
  StageTimes stages_;
  index::Reader& reader_;
  const AskRequest& request_;
  ParsedQuestion q_;
  const std::map<std::string, index::RoleRecord>& roles_;
  const RoleIndex& role_index_;
  const WordClasses& words_;
  const QuestionCache& cache_;
  uint64_t n_ = 1;
  double total_idf_ = 0;
  bool described_ = false;  // answered from the named role's facts
  bool relation_fallback_ = false;  // a relation question answered from words, not edges
  size_t unseen_concepts_ = 0;  // question words nothing in the corpus matches
  TermConcepts term_concepts_;
  TermFilter term_filter_;  // of term_concepts_' terms
  // By the record sentences_ holds: a pointer hashes and compares in one
  // step, a (document id, index) key did neither (issue 18). Looked up,
  // never iterated.
  std::unordered_map<const index::SentenceRecord*, Candidate> candidates_;
  std::vector<std::string> named_only_;  // the roles the question names and does not offer as answers
  std::vector<int8_t> rule_memo_;  // ClauseGovernor's, reused from sentence to sentence
  std::vector<const index::RoleMention*> co_agents_;  // ClauseGovernor::CoAgents', reused likewise
  std::vector<const index::RoleMention*> spans_;  // ScoreSentence's per-mention rules, reused from sentence to sentence
  ClauseMatches clauses_;                        // ScoreSentence's per-role matches, reused likewise
  SentenceCache sentences_;
  std::shared_ptr<const RelationIndex> relations_;  // held while relation evidence points into it
  CitationReader citations_{reader_};
};

}  // namespace rolegraph::query
