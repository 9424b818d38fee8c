// Answering: candidate sentences from postings of the expanded question
// terms, role attribution inside each sentence by clause (the role mention
// that governs the matched words), aggregation per role, confidence and
// abstention.
#include "rolegraph/query/engine.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

#include "answer_options.h"
#include "answer_types.h"
#include "citations.h"
#include "clause_governor.h"
#include "clause_matches.h"
#include "coverage.h"
#include "explain.h"
#include "negated_predicates.h"
#include "new_holder.h"
#include "question.h"
#include "related_roles.h"
#include "stage_clock.h"
#include "term_filter.h"
#include "top_sentences.h"
#include "word_classes.h"

namespace rolegraph::query {
namespace {

struct Candidate {
  std::vector<double> match;  // per concept: best expansion weight found
  double score = 0;           // sum of idf * match
  double coverage = 0;        // share of the question's idf the sentence holds
};

// The role scored so far under `id`, added when new. A question's
// candidates name a few roles, so a scan finds it: a map's node and key
// copy per role were allocations of every question (issue 18). Finish
// orders the roles by id, as the map did.
RoleScore& ScoreOf(std::vector<RoleScore>* scores, const std::string& id) {
  for (RoleScore& rs : *scores)
    if (rs.id == id) return rs;
  scores->emplace_back().id = id;
  return scores->back();
}

double Idf(uint64_t n, uint64_t df) {
  return std::log(1.0 + (static_cast<double>(n) - df + 0.5) / (static_cast<double>(df) + 0.5));
}

size_t CountWords(const std::string& s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

Status Validate(const AskRequest& r) {
  if (r.question.size() > kMaxQuestionBytes)
    return Status::InvalidArgument("question is longer than " + std::to_string(kMaxQuestionBytes) + " bytes");
  if (!ingest::IsValidUtf8(r.question)) return Status::InvalidArgument("question is not valid UTF-8");
  if (CountWords(r.question) > kMaxQuestionWords)
    return Status::InvalidArgument("question has more than " + std::to_string(kMaxQuestionWords) + " words");
  if (r.question.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::InvalidArgument("question is empty");
  if (r.top_k < 1 || r.top_k > 10) return Status::InvalidArgument("top_k must be between 1 and 10");
  if (!r.lang.empty() && r.lang != "en" && r.lang != "id") return Status::InvalidArgument("lang must be \"en\" or \"id\"");
  return Status::Ok();
}

class AskRun {
 public:
  AskRun(index::Reader& reader, const AskRequest& request, ParsedQuestion q, const RoleIndex& roles,
         const QuestionCache& cache)
      : reader_(reader), request_(request), q_(std::move(q)), roles_(roles.by_id), role_index_(roles),
        words_(cache.words()), cache_(cache) {
    for (const auto& id : q_.roles)
      if (!Offered(id)) named_only_.push_back(id);
  }

  Result<AskResponse> Run() {
    AskResponse out;
    out.question = request_.question;
    n_ = std::max<uint64_t>(1, reader_.Stats().sentences);
    WeighConcepts();
    if (q_.about_unknown_role) {
      out.explanation.why = "the question names a role no document mentions";
      return out;
    }
    std::vector<RoleScore> ranked;
    bool from_edges = false;
    if (Status s = RankForType(&ranked, &from_edges); !s.ok()) return s;
    Explain(&out, ranked);
    if (!from_edges)
      if (const char* why = WhyAbstain(ranked)) {
        out.explanation.why = why;
        return out;
      }
    return Assemble(std::move(out), ranked);
  }

  // The roles that answer, best first, by the question's type; `from_edges`
  // when a relation question was answered from the graph's edges (their
  // evidence is stated, and no coverage bar applies).
  Status RankForType(std::vector<RoleScore>* ranked, bool* from_edges) {
    if (q_.type == QuestionType::kCompare) {
      *ranked = CompareRoles(reader_, q_.roles, words_, &sentences_);
      if (ranked->empty()) *ranked = DescribeRoles(reader_, q_.roles, &sentences_);
      return Status::Ok();
    }
    if (q_.type == QuestionType::kWhat) {
      // "What does X do (at a bank branch)?": X's duties; the other words
      // only set the scene.
      *ranked = DescribeRoles(reader_, q_.roles, &sentences_);
      described_ = !ranked->empty();
      if (described_) return Status::Ok();
      if (Status s = Retrieve(); !s.ok()) return s;
      *ranked = RankRoles(q_.type);
      return Status::Ok();
    }
    if (q_.type == QuestionType::kRelation) {
      if (Status s = RankByEdges(ranked); !s.ok()) return s;
      KeepChoices(ranked);
      if (!ranked->empty()) {
        *from_edges = true;
        // Only the sentences that may be cited are read (related_roles.h).
        const size_t cited_roles = static_cast<size_t>(request_.top_k);
        return ReadCitedSentences(reader_, cited_roles, ranked, &sentences_);
      }
    }
    return RankBySentences(ranked);
  }

  // A relation question's answers from the graph: the roles related to the
  // ones it asks of.
  Status RankByEdges(std::vector<RoleScore>* ranked) {
    if (Status s = HoldRelations(); !s.ok()) return s;  // the relation evidence points at its facts
    const std::vector<std::string> asked = RelationSubjects();
    *ranked = RelatedRoles(*relations_, asked, q_.relation, q_.inverse);
    KeepListedRoles(ranked);
    // A choice question keeping none of these falls back to the sentences read so far.
    if (q_.choices.size() >= 2)
      if (Status s = ReadEveryRelationSentence(reader_, *relations_, asked, q_.relation, q_.inverse, &sentences_);
          !s.ok())
        return s;
    // "Who" wants a role: a unit on the same line ("under the Finance
    // Section"; "reports to the head of finance") answers after the roles,
    // and first only where no role does.
    std::stable_partition(ranked->begin(), ranked->end(), [&](const RoleScore& rs) { return IsRole(rs.id); });
    return Status::Ok();
  }

  // The answers the candidate sentences' clauses give.
  Status RankBySentences(std::vector<RoleScore>* ranked) {
    if (!q_.grade.empty())
      if (Status s = HoldRelations(); !s.ok()) return s;  // its matrix grades (relation_index.h)
    if (Status s = Retrieve(); !s.ok()) return s;
    *ranked = RankRoles(q_.type);
    if (Status s = PreferHolderAtAskedTime(ranked); !s.ok()) return s;
    // "Which department ...?": the units found answer before the roles.
    if (q_.asks_unit)
      std::stable_partition(ranked->begin(), ranked->end(), [&](const RoleScore& rs) { return !IsRole(rs.id); });
    // No relation edge: sentences naming the question's role (never the
    // role itself), else the roles the words point to (the named one only
    // weakly), and always with less confidence than an edge.
    relation_fallback_ = q_.type == QuestionType::kRelation;
    if (ranked->empty() && relation_fallback_) {
      auto named = InDocumentsOfNamed(RankRoles(QuestionType::kWho));
      if (!named.ok()) return named.status();
      *ranked = std::move(*named);
      // No role reports to, stands in for or works with itself.
      if (RelationBetweenTwo()) std::erase_if(*ranked, [&](const RoleScore& rs) { return NamedOnly(rs.id); });
    }
    KeepChoices(ranked);
    return Status::Ok();
  }

  // Why the corpus does not answer, or null when the first answer may be given.
  const char* WhyAbstain(const std::vector<RoleScore>& ranked) const {
    const AnswerOptions& o = kAnswerOptions;
    if (unseen_concepts_ >= o.max_unseen_concepts &&
        static_cast<double>(unseen_concepts_) >= o.max_unseen_share * static_cast<double>(q_.concepts.size())) {
      // Two or more of the question's ideas, and a good share of them,
      // appear nowhere in the corpus, not even as a translation or synonym:
      // it asks about something else.
      return "several question words match nothing in the corpus";
    }
    double min_coverage = q_.type == QuestionType::kRelation ? o.relation_fallback_min_coverage : o.min_coverage;
    if (q_.choices.size() >= 2) min_coverage = std::min(min_coverage, o.choice_min_coverage);
    if (ranked.empty()) return "no sentence supports any role";
    if (ranked[0].evidence.empty() || (q_.type != QuestionType::kCompare && BestCoverage(ranked[0]) < min_coverage))
      return "best evidence covers too little of the question";
    return nullptr;
  }

  // The relation graph of this database version, held while evidence points into it.
  Status HoldRelations() {
    auto graph = cache_.Relations(reader_);
    if (!graph.ok()) return graph.status();
    relations_ = *graph;
    return Status::Ok();
  }

  // A fact may name a role the list does not hold (a matrix column whose
  // header the recogniser did not read as a role): an answer without a
  // name is no answer.
  void KeepListedRoles(std::vector<RoleScore>* ranked) const {
    std::erase_if(*ranked, [&](const RoleScore& rs) { return !roles_.count(rs.id); });
  }

  const StageTimes& stages() const { return stages_; }

  // A who-question about a duty handed on ("who checks ... from
  // November?") is the new holder's, and the old one's where it asks how
  // things were; not where it asks to whom something goes (a report
  // forwarded on is a hands_to fact too).
  Status PreferHolderAtAskedTime(std::vector<RoleScore>* ranked) {
    if (q_.type != QuestionType::kWho || q_.asks_recipient || ranked->size() < 2) return Status::Ok();
    // The answers' own facts, not the whole relation index (relation_index.h).
    auto facts_of = [&](const std::string& role, std::string_view predicate) {
      return cache_.SubjectFacts(reader_, role, predicate);
    };
    return PreferHolderInTime(facts_of, kAnswerOptions.new_holder_reach, q_.asks_past, ranked);
  }

  Result<AskResponse> Assemble(AskResponse out, const std::vector<RoleScore>& ranked) {
    StageClock clock(&stages_.assembly_ms);
    double top = ranked[0].total;
    // The runner-up of the same kind: a unit on a role's line ("within the
    // Finance Section") does not compete with the role it contains.
    double second = 0;
    for (size_t k = 1; k < ranked.size(); ++k)
      if (IsRole(ranked[k].id) == IsRole(ranked[0].id)) {
        second = ranked[k].total;
        break;
      }
    double margin = top > 0 ? (top - second) / top : 0;
    for (size_t k = 0; k < ranked.size() && static_cast<int>(k) < request_.top_k; ++k) {
      const RoleScore& rs = ranked[k];
      Answer a;
      const index::RoleRecord& role = RoleOf(rs.id);
      a.role = {role.id, role.name, role.aliases};
      double coverage = BestCoverage(rs);
      const AnswerOptions& o = kAnswerOptions;
      double conf = k == 0 ? coverage * (o.confidence_base + o.confidence_margin_share * margin)
                           : coverage * o.later_answer_factor * (top > 0 ? rs.total / top : 0);
      if (!ActionHeld(rs)) conf *= kAnswerOptions.action_missing_factor;
      if (q_.type == QuestionType::kCompare) conf = std::min(o.compare_max, o.compare_base + o.compare_per_score * rs.total);
      if (described_) conf = o.described_confidence;
      if (relation_fallback_ && !DeputyWorkHeld(rs)) conf *= kAnswerOptions.relation_fallback_confidence;
      // Answers are listed by rank; a later answer never shows more confidence
      // than the one above it.
      if (!out.answers.empty()) conf = std::min(conf, static_cast<double>(out.answers.back().confidence));
      a.confidence = std::round(std::clamp(conf, 0.0, 1.0) * 1000) / 1000;
      for (const auto& ev : rs.evidence) {
        if (a.citations.size() >= kMaxCitations || ev.score < kAnswerOptions.citation_ratio * rs.evidence[0].score) break;
        auto c = Cite(ev);
        if (!c.ok()) return c.status();
        a.citations.push_back(std::move(*c));
      }
      out.answers.push_back(std::move(a));
    }
    const double min_confidence = q_.choices.size() >= 2 ? kAnswerOptions.choice_min_confidence
                                                         : kAnswerOptions.min_answer_confidence;
    if (!out.answers.empty() && out.answers[0].confidence < min_confidence) {
      out.answers.clear();
      out.explanation.why = "the best answer is too weak to give";
    }
    out.abstained = out.answers.empty();
    return out;
  }
 private:
  static double BestCoverage(const RoleScore& rs) {
    double best = 0;
    for (const auto& ev : rs.evidence) best = std::max(best, ev.coverage);
    return best;
  }

  // "Who signs the loan forms while X is away?" answered from a sentence
  // that holds some of the work it names, not only words of the absence or
  // the relation: as sure as a who-question's answer.
  bool DeputyWorkHeld(const RoleScore& rs) const {
    if (q_.relation != kDeputyPredicate) return false;
    const RoleEvidence* best = nullptr;
    for (const auto& ev : rs.evidence)
      if (!best || ev.coverage > best->coverage) best = &ev;
    if (best == nullptr) return false;
    const auto it = candidates_.find(best->sentence);
    if (it == candidates_.end()) return false;
    const std::vector<double>& match = it->second.match;
    for (size_t i = 0; i < q_.concepts.size() && i < match.size(); ++i)
      if (q_.concepts[i].work && match[i] >= kAnswerOptions.action_min_weight) return true;
    return false;
  }

  // Whether the evidence that gives a role its coverage holds the
  // question's action.
  static bool ActionHeld(const RoleScore& rs) {
    const RoleEvidence* best = nullptr;
    for (const auto& ev : rs.evidence)
      if (!best || ev.coverage > best->coverage) best = &ev;
    return !best || best->action_held;
  }

  // A concept's weight from its rarest term's idf (`best`; 0 when the
  // corpus names none of its terms). A setting the corpus never names is no
  // setting of ours: the question is about somewhere else, and the word
  // keeps an unseen word's weight (`unseen`); a condition's word the corpus
  // never names is worded otherwise there: nothing to hold, nothing against
  // the answer.
  static double ConceptIdf(const Concept& c, double best, double unseen) {
    if (best == 0) return c.condition ? 0.0 : unseen * c.share;
    return best * c.share * (c.setting ? kAnswerOptions.setting_word_weight : 1.0);
  }

  void WeighConcepts() {
    StageClock clock(&stages_.retrieval_ms);
    double unseen = Idf(n_, 0);
    total_idf_ = 0;
    for (size_t i = 0; i < q_.concepts.size(); ++i) {
      Concept& c = q_.concepts[i];
      double best = 0, strongest = 0;
      for (const auto& [term, tw] : c.terms) {
        uint64_t df = reader_.DocFreq(term);  // the reader remembers it per database version
        if (df == 0) continue;
        best = std::max(best, Idf(n_, df));
        strongest = std::max(strongest, tw.weight);
        term_concepts_[term].push_back({i, tw.weight});
        term_filter_.Add(term);
      }
      c.idf = ConceptIdf(c, best, unseen);
      // Found only through a thesaurus neighbour or two hops: not really found.
      if (strongest < kAnswerOptions.seen_weight && !c.condition) ++unseen_concepts_;
      total_idf_ += c.idf;
    }
  }

  Status Retrieve() {
    StageClock clock(&stages_.retrieval_ms);
    std::vector<double> idf;
    for (const auto& c : q_.concepts) idf.push_back(c.idf);
    auto top = TopSentences(reader_, term_concepts_, idf, kAnswerOptions.max_candidates);
    if (!top.ok()) return top.status();
    const CoverTerms cover_terms = TranslationCoverTerms(q_, kAnswerOptions);
    std::unordered_map<uint32_t, std::string> doc_ids;
    // One table of the right size, not a rehash every few candidates (never iterated).
    candidates_.reserve(candidates_.size() + top->size());
    for (auto& t : *top) {
      uint32_t doc_num = static_cast<uint32_t>(t.number >> 32), index = static_cast<uint32_t>(t.number);
      auto it = doc_ids.find(doc_num);
      if (it == doc_ids.end()) {
        auto id = reader_.DocIdOf(doc_num);
        if (!id.ok()) return id.status();
        it = doc_ids.emplace(doc_num, std::move(*id)).first;
      }
      SentenceKey key{it->second, index};
      auto s = reader_.GetSentenceShared(key.first, key.second);
      if (!s.ok()) return s.status();
      if ((*s)->boilerplate) {
        // Not evidence; its match still counts where another step read it.
        if (auto read = sentences_.find(key); read != sentences_.end()) {
          Candidate& c = candidates_[read->second.get()];
          c.match = std::move(t.match);
          c.score = t.score;
        }
        continue;
      }
      // The record kept is the one scored: an earlier step may have read it.
      // try_emplace: no node built and dropped for a sentence already read.
      const index::SentenceRecord* kept = sentences_.try_emplace(std::move(key), std::move(*s)).first->second.get();
      Candidate& c = candidates_[kept];
      c.match = std::move(t.match);
      c.score = t.score;
      // Squared match weights (a loose synonym, 0.6, holds a concept only a
      // third as well as the word), translations as coverage.h says.
      c.coverage = SentenceCoverage(*kept, q_.concepts, c.match, cover_terms, total_idf_);
    }
    return Status::Ok();
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

  // The roles a relation is asked of: those named but not offered as
  // answers ("Does X report to A or to B?" asks of X; A and B may answer).
  std::vector<std::string> RelationSubjects() const {
    if (q_.choices.size() < 2) return q_.roles;
    std::vector<std::string> out;
    for (const auto& id : q_.roles)
      if (!Offered(id)) out.push_back(id);
    return out.empty() ? q_.roles : out;
  }

  // A question offering alternatives ("the Head Chef or the Sous
  // Chef?") is answered by one of them.
  void KeepChoices(std::vector<RoleScore>* ranked) const {
    if (q_.choices.size() < 2) return;
    std::erase_if(*ranked, [&](const RoleScore& rs) { return !Offered(rs.id); });
  }

  // Scores every role a sentence can answer with. For who/relation
  // questions the roles the question names are not answers, and their
  // mentions do not govern words.
  void ScoreSentence(const index::SentenceRecord& s, QuestionType type, std::vector<RoleScore>* scores) {
    const Candidate& cand = candidates_[&s];
    const bool exclude_named = type == QuestionType::kRelation;
    const bool context_named = type == QuestionType::kWho;  // named as context: a weak answer
    // A matrix row asked for one grade ("who is accountable for ...") is
    // the graded cell's role's, whatever the activity cell names.
    const std::string* graded = GradedRole(s);
    const bool mentions_named = CollectSpans(s, graded != nullptr, exclude_named);
    static const std::string kNoFocus;
    const std::string& focus = graded != nullptr                             ? *graded
                               : exclude_named && NamedOnly(s.focus_role) ? kNoFocus
                                                                          : s.focus_role;
    ClauseGovernor governor(s, words_, spans_, focus, context_named ? &named_only_ : nullptr,
                            kAnswerOptions.negation_window, &rule_memo_);
    MatchClauses(s, &governor);
    bool no_recipient = false;
    // A sentence saying who receives it ("diterima oleh Bagian Keuangan")
    // names its receiver as a doer: no "to" needed.
    if (q_.asks_recipient && type == QuestionType::kWho)
      no_recipient = !ToRecipients(s, spans_, &clauses_) && !HoldsReceivingVerb(s);
    // "Who receives X?": a sentence without the receiving verb hands X on
    // ("the clerk hands X to the cashier"); the role it goes to answers.
    // The receiving verb is the question's action; held from
    // action_min_weight on, since a loose expansion may be the opposite
    // act ("menerima" reaching "beri"). No attribution exempts it here.
    if (q_.asks_receiver && type == QuestionType::kWho && !ActionHeldBy(cand.match.data(), cand.match.size(), 0.0))
      ToRecipients(s, spans_, &clauses_);
    // A relation question asks about its named role: evidence must speak of it.
    if (type == QuestionType::kRelation && !mentions_named) return;
    // Each role's clause on its own: the order they are visited in changes nothing.
    for (size_t c = 0; c < clauses_.size(); ++c) {
      const std::string& role = clauses_.role(c);
      const bool want = exclude_named || context_named ? !NamedOnly(role) || context_named : Named(role);
      if (want) AddClauseEvidence(s, cand, c, context_named, no_recipient, &governor, scores);
    }
  }

  // The mentions of `s` that may govern words, into spans_: roles, and units
  // where they act (any unit for "which department ...?"); for a relation
  // question not the roles it names. None in a graded matrix row. Whether
  // the sentence names a role the question names.
  bool CollectSpans(const index::SentenceRecord& s, bool graded, bool exclude_named) {
    spans_.clear();  // reused from sentence to sentence
    bool mentions_named = Named(s.focus_role);
    if (graded) return mentions_named;
    for (const auto& m : s.mentions) {
      if (!IsRole(m.role_id) && !UnitActs(s, m, words_) && !q_.asks_unit) continue;
      if (Named(m.role_id)) mentions_named = true;
      if (exclude_named && NamedOnly(m.role_id)) continue;
      spans_.push_back(&m);
    }
    return mentions_named;
  }

  // Each question word `s` holds, to the clause of the role that governs it.
  void MatchClauses(const index::SentenceRecord& s, ClauseGovernor* governor) {
    clauses_.Reset(q_.concepts.size());  // reused from sentence to sentence
    // Empty, and so no allocation, unless the sentence denies a role its predicate.
    const std::vector<NegatedStretch> denied_words =
        NegatedPredicates(s, words_, kAnswerOptions.negated_predicate_reach);
    for (uint32_t p = 0; p < s.terms.size(); ++p) {
      const std::vector<std::pair<size_t, double>>* uses = QuestionTermAt(s, p);
      if (uses == nullptr) continue;
      const std::string& role = governor->Govern(p);
      if (role.empty()) continue;
      // "Kasir tidak berwenang membatalkan ...": not the cashier's doing.
      if (!denied_words.empty() && DeniedTo(denied_words, p, role)) continue;
      double* m = clauses_.Of(role);
      for (const auto& [i, w] : *uses) m[i] = std::max(m[i], w);
      governor->CoAgents(p, &co_agents_);
      for (const index::RoleMention* co : co_agents_) {
        if (!denied_words.empty() && DeniedTo(denied_words, p, co->role_id)) continue;
        double* c = clauses_.Of(co->role_id);
        for (const auto& [i, w] : *uses) c[i] = std::max(c[i], w);
      }
    }
  }

  // How a sentence names one role: by name or pronoun, or not at all (its
  // topic), and whether it denies or negates what it says of it.
  struct MentionKinds {
    bool explicit_mention = false, pronoun = false, negated = false, denied = false, affirmed = false;
  };
  static MentionKinds KindsOf(const index::SentenceRecord& s, const std::string& role, ClauseGovernor* governor) {
    MentionKinds k;
    for (const auto& m : s.mentions) {
      if (m.role_id != role) continue;
      (m.denied ? k.denied : k.affirmed) = true;
      (m.pronoun ? k.pronoun : k.explicit_mention) = true;
      // "... bukan tugas kepala gudang, melainkan ...", "not the CFO's job".
      k.negated = k.negated || governor->Negated(m);
    }
    return k;
  }

  // The evidence `s` gives the role of clause `c`: the question's words it
  // governs, the rest of the sentence's matches at a share, less where the
  // sentence negates the role or only implies it.
  void AddClauseEvidence(const index::SentenceRecord& s, const Candidate& cand, size_t c, bool context_named,
                         bool no_recipient, ClauseGovernor* governor, std::vector<RoleScore>* scores) {
    const AnswerOptions& o = kAnswerOptions;
    const std::string& role = clauses_.role(c);
    const double* match = clauses_.match(c);
    const size_t matched = clauses_.width();
    double own = 0;
    for (size_t i = 0; i < matched; ++i) own += q_.concepts[i].idf * match[i];
    double score = own + o.context_share * std::max(0.0, cand.score - own);
    const MentionKinds kinds = KindsOf(s, role, governor);
    // Ingest found the sentence denying or retiring what it says of this
    // role ("not to the CEO", "previously held by"): no evidence for it.
    if (kinds.denied && !kinds.affirmed) return;
    if (kinds.negated) score *= o.negated_factor;
    // Attribution through coreference or the document topic is less sure
    // than a name, but the words still decide most of the score.
    if (!kinds.explicit_mention)
      score *= kinds.pronoun ? o.pronoun_factor : o.implied_floor + o.implied_share * s.focus_confidence;
    if (s.heading) score *= o.heading_factor;
    if (context_named && Named(role)) score *= o.named_role_factor;
    if (no_recipient) score *= o.no_recipient_factor;
    // A heading names its role but says nothing it does ("Ticket Office
    // at X Ferry"): it is held to the question's verb like any other.
    const double attribution = (kinds.explicit_mention || kinds.pronoun) && !s.heading ? 1.0 : s.focus_confidence;
    const bool action_held = ActionHeldBy(match, matched, attribution);
    const double coverage = ClauseCoverage(cand, (context_named && Named(role)) || !IsRole(role));
    // Its highlights, the sentence's question terms, are listed when cited.
    ScoreOf(scores, role).evidence.push_back({score, coverage, &s, {}, action_held, attribution, nullptr, true});
  }

  // The answer's clause must hold what is asked to be done, not only what
  // it is done to: "who waters the orchids?" is not answered by "visitors
  // come to see the orchids" given to a role by the document's topic. A
  // sentence that names the role is exempt: a role named with its duty is
  // often asked about in other words ("works out the costs" for "manages
  // the numbers").
  bool ActionHeldBy(const double* match, size_t matched, double attribution) const {
    if (attribution >= kAnswerOptions.action_exempt_attribution) return true;
    bool asks_action = false;
    for (size_t i = 0; i < q_.concepts.size(); ++i) {
      if (!q_.concepts[i].action) continue;
      asks_action = true;
      if (i < matched && match[i] >= kAnswerOptions.action_min_weight) return true;
    }
    return !asks_action;
  }

  // The share of the question the sentence covers. A named role answering
  // its own who-question (`own_name`): its name in the sentence covers no
  // part of what is asked of it; nor does a unit's: "Sales Department"
  // holds the "department" of "who heads the Legal Department?".
  double ClauseCoverage(const Candidate& cand, bool own_name) const {
    double coverage = cand.coverage;
    if (own_name && !q_.offers_choice && total_idf_ > 0)
      for (size_t i = 0; i < q_.concepts.size() && i < cand.match.size(); ++i)
        if (q_.concepts[i].role_word) coverage -= q_.concepts[i].idf * cand.match[i] * cand.match[i] / total_idf_;
    return coverage;
  }

  // Whether the sentence holds a receiving verb of either language
  // (question_receive_verbs.txt, by stem).
  bool HoldsReceivingVerb(const index::SentenceRecord& s) const {
    for (const index::Lang lang : {index::Lang::kEn, index::Lang::kId}) {
      const std::set<std::string>& stems = cache_.Cues(lang).receives.stems;
      for (const auto& t : s.terms)
        if (stems.count(t.term)) return true;
    }
    return false;
  }

  // For a question asking who receives something: the sentence's matched
  // words go to the roles named right after "to"/"kepada"/"ke"; false when
  // the sentence names none (its clauses are then left as they are).
  bool ToRecipients(const index::SentenceRecord& s, const std::vector<const index::RoleMention*>& spans,
                    ClauseMatches* clause) const {
    std::vector<const std::string*> recipients;
    for (const auto* m : spans) {
      const uint32_t k = NameStart(s, *m, words_);
      if (k > 0 && words_.IsRecipientMarker(s.terms[k - 1].term)) recipients.push_back(&m->role_id);
    }
    if (recipients.empty()) return false;
    std::vector<double> all(q_.concepts.size(), 0.0);
    for (size_t c = 0; c < clause->size(); ++c)
      for (size_t i = 0; i < clause->width(); ++i) all[i] = std::max(all[i], clause->match(c)[i]);
    clause->Reset(q_.concepts.size());
    for (const std::string* r : recipients) std::copy(all.begin(), all.end(), clause->Of(*r));
    return true;
  }

  // The question's terms (with their concepts and weights) that word `p` of
  // `s` is, or null: most words are stop words or no term of the question.
  const std::vector<std::pair<size_t, double>>* QuestionTermAt(const index::SentenceRecord& s, uint32_t p) const {
    const auto& t = s.terms[p];
    if (t.stop) return nullptr;  // before the lookup: most of a sentence's words are stop words
    if (!term_filter_.MayHold(t)) return nullptr;  // nor question terms (term_filter.h)
    auto it = term_concepts_.find(t.term);
    return it == term_concepts_.end() ? nullptr : &it->second;
  }

  std::vector<RoleScore> Finish(std::vector<RoleScore>& scores) {
    // By id first, as the map they were once gathered in listed them: the
    // sort by total below is not stable, so its input order must not change.
    std::sort(scores.begin(), scores.end(), [](const RoleScore& a, const RoleScore& b) { return a.id < b.id; });
    KeepListedRoles(&scores);
    std::vector<RoleScore> ranked;
    for (auto& rs : scores) {
      std::sort(rs.evidence.begin(), rs.evidence.end(),
                [](const RoleEvidence& a, const RoleEvidence& b) { return a.score > b.score; });
      rs.total = 0;
      for (size_t k = 0; k < rs.evidence.size() && k < 3; ++k) rs.total += rs.evidence[k].score * (k == 0 ? 1.0 : 0.1);
      ranked.push_back(std::move(rs));
    }
    std::sort(ranked.begin(), ranked.end(), [](const RoleScore& a, const RoleScore& b) { return a.total > b.total; });
    return ranked;
  }

  // Evidence only from documents that name a role the question names: a
  // relation of X is stated where X is.
  Result<std::vector<RoleScore>> InDocumentsOfNamed(std::vector<RoleScore> ranked) {
    std::set<std::string> docs;
    for (const auto& id : q_.roles) {
      auto ids = reader_.RoleDocuments(id);
      if (!ids.ok()) return ids.status();
      docs.insert(ids->begin(), ids->end());
    }
    std::vector<RoleScore> kept;
    for (auto& rs : ranked) {
      std::erase_if(rs.evidence, [&](const RoleEvidence& ev) { return !docs.count(ev.sentence->doc_id); });
      if (!rs.evidence.empty()) kept.push_back(std::move(rs));
    }
    return kept;
  }

  std::vector<RoleScore> RankRoles(QuestionType type) {
    std::vector<RoleScore> scores;
    for (const auto& [key, s] : sentences_) ScoreSentence(*s, type, &scores);
    return Finish(scores);
  }

  Result<Citation> Cite(const RoleEvidence& ev) {
    const index::SentenceRecord& s = *ev.sentence;
    auto c = citations_.Cite(s);
    if (!c.ok()) return c.status();
    c->highlights = ev.highlights;
    if (ev.term_highlights)
      for (uint32_t p = 0; p < s.terms.size(); ++p)
        if (QuestionTermAt(s, p) != nullptr) c->highlights.emplace_back(s.terms[p].begin - s.begin, s.terms[p].end - s.begin);
    return c;
  }

  void Explain(AskResponse* out, const std::vector<RoleScore>& ranked) const {
    if (!request_.explain) return;
    ExplainInputs in{q_, term_concepts_, total_idf_, unseen_concepts_, {}};
    if (!ranked.empty() && !ranked[0].evidence.empty() && ranked[0].evidence[0].sentence != nullptr)
      if (auto it = candidates_.find(ranked[0].evidence[0].sentence); it != candidates_.end())
        in.best_sentence_match = it->second.match;
    FillExplanation(in, ranked, &out->explanation);
  }

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

}  // namespace

QueryEngine::QueryEngine(const index::Database& db, const ingest::Analyzer& analyzer, const Lexicon& lexicon)
    : db_(db), analyzer_(analyzer), lexicon_(lexicon), cache_(std::make_shared<const QuestionCache>(analyzer)) {}

Result<AskResponse> QueryEngine::Ask(const AskRequest& request) const {
  auto start = std::chrono::steady_clock::now();
  if (Status s = Validate(request); !s.ok()) return s;
  auto reader = db_.NewReader();
  double analysis_ms = 0;
  std::shared_ptr<const RoleIndex> roles;
  ParsedQuestion q;
  {
    StageClock clock(&analysis_ms);
    auto read = cache_->Roles(*reader);
    if (!read.ok()) return read.status();
    roles = std::move(*read);
    q = ParseQuestion(request.question, index::LangFromCode(request.lang), analyzer_, lexicon_, *reader, *roles,
                      *cache_);
  }
  AskRun run(*reader, request, std::move(q), *roles, *cache_);
  auto out = run.Run();
  if (!out.ok()) return out.status();
  out->took_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  out->stages = run.stages();
  out->stages.analysis_ms = analysis_ms;
  out->stages.scoring_ms = std::max(0.0, out->took_ms - analysis_ms - out->stages.retrieval_ms -
                                             out->stages.assembly_ms);
  return out;
}

}  // namespace rolegraph::query
