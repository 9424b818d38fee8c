// The answers given: confidence from coverage and margin, and citations.
#include "ask_run.h"

#include <algorithm>
#include <cmath>

#include "explain.h"

namespace rolegraph::query {

Result<AskResponse> AskRun::Assemble(AskResponse out, const std::vector<RoleScore>& ranked) {
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

bool AskRun::DeputyWorkHeld(const RoleScore& rs) const {
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

bool AskRun::ActionHeld(const RoleScore& rs) {
  const RoleEvidence* best = nullptr;
  for (const auto& ev : rs.evidence)
    if (!best || ev.coverage > best->coverage) best = &ev;
  return !best || best->action_held;
}

Result<Citation> AskRun::Cite(const RoleEvidence& ev) {
  const index::SentenceRecord& s = *ev.sentence;
  auto c = citations_.Cite(s);
  if (!c.ok()) return c.status();
  c->highlights = ev.highlights;
  if (ev.term_highlights)
    for (uint32_t p = 0; p < s.terms.size(); ++p)
      if (QuestionTermAt(s, p) != nullptr) c->highlights.emplace_back(s.terms[p].begin - s.begin, s.terms[p].end - s.begin);
  return c;
}

void AskRun::Explain(AskResponse* out, const std::vector<RoleScore>& ranked) const {
  if (!request_.explain) return;
  ExplainInputs in{q_, term_concepts_, total_idf_, unseen_concepts_, {}};
  if (!ranked.empty() && !ranked[0].evidence.empty() && ranked[0].evidence[0].sentence != nullptr)
    if (auto it = candidates_.find(ranked[0].evidence[0].sentence); it != candidates_.end())
      in.best_sentence_match = it->second.match;
  FillExplanation(in, ranked, &out->explanation);
}

}  // namespace rolegraph::query
