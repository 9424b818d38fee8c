// Role attribution inside each candidate sentence by clause (the role mention
// that governs the matched words), and the roles' scores from their evidence.
#include "ask_run.h"

#include <algorithm>
#include <set>

#include "negated_predicates.h"

namespace rolegraph::query {
namespace {

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

}  // namespace

void AskRun::ScoreSentence(const index::SentenceRecord& s, QuestionType type, std::vector<RoleScore>* scores) {
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
                          kAnswerOptions.negation_window, &rule_memo_, q_.asks_past);
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

bool AskRun::CollectSpans(const index::SentenceRecord& s, bool graded, bool exclude_named) {
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

void AskRun::MatchClauses(const index::SentenceRecord& s, ClauseGovernor* governor) {
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

AskRun::MentionKinds AskRun::KindsOf(const index::SentenceRecord& s, const std::string& role, ClauseGovernor* governor) {
  MentionKinds k;
  for (const auto& m : s.mentions) {
    if (m.role_id != role) continue;
    (m.denied ? k.denied : k.affirmed) = true;
    (m.pronoun ? k.pronoun : k.explicit_mention) = true;
    // "... bukan tugas kepala gudang, melainkan ...", "not the CFO's job".
    const bool negated = governor->Negated(m);
    k.negated = k.negated || negated;
    k.plain = k.plain || !negated;
  }
  return k;
}

void AskRun::AddClauseEvidence(const index::SentenceRecord& s, const Candidate& cand, size_t c, bool context_named,
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
  // role ("not to the CEO", "previously held by"): no evidence for it,
  // unless the question asks who did it before and no negation names it.
  if (kinds.denied && !kinds.affirmed && !(q_.asks_past && !kinds.negated)) return;
  // "report ke pemilik kebun, bukan ke mandor": a relation question's
  // answer is never the role the sentence negates beside the relation.
  if (kinds.negated && q_.type == QuestionType::kRelation && !kinds.plain) return;
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

bool AskRun::ActionHeldBy(const double* match, size_t matched, double attribution) const {
  if (attribution >= kAnswerOptions.action_exempt_attribution) return true;
  bool asks_action = false;
  for (size_t i = 0; i < q_.concepts.size(); ++i) {
    if (!q_.concepts[i].action) continue;
    asks_action = true;
    if (i < matched && match[i] >= kAnswerOptions.action_min_weight) return true;
  }
  return !asks_action;
}

double AskRun::ClauseCoverage(const Candidate& cand, bool own_name) const {
  double coverage = cand.coverage;
  if (own_name && !q_.offers_choice && total_idf_ > 0)
    for (size_t i = 0; i < q_.concepts.size() && i < cand.match.size(); ++i)
      if (q_.concepts[i].role_word) coverage -= q_.concepts[i].idf * cand.match[i] * cand.match[i] / total_idf_;
  return coverage;
}

bool AskRun::HoldsReceivingVerb(const index::SentenceRecord& s) const {
  for (const index::Lang lang : {index::Lang::kEn, index::Lang::kId}) {
    const std::set<std::string>& stems = cache_.Cues(lang).receives.stems;
    for (const auto& t : s.terms)
      if (stems.count(t.term)) return true;
  }
  return false;
}

bool AskRun::ToRecipients(const index::SentenceRecord& s, const std::vector<const index::RoleMention*>& spans,
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

std::vector<RoleScore> AskRun::Finish(std::vector<RoleScore>& scores) {
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

std::vector<RoleScore> AskRun::RankRoles(QuestionType type) {
  std::vector<RoleScore> scores;
  for (const auto& [key, s] : sentences_) ScoreSentence(*s, type, &scores);
  return Finish(scores);
}

}  // namespace rolegraph::query
