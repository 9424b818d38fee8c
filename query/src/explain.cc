#include "explain.h"

#include <string>

namespace rolegraph::query {
namespace {

// The question's concepts, each with its part and how well the best
// sentence holds it.
void ExplainConcepts(const ExplainInputs& in, Explanation* e) {
  const auto& concepts = in.question.concepts;
  for (size_t i = 0; i < concepts.size(); ++i) {
    const Concept& c = concepts[i];
    const char* part = c.action ? "action" : c.setting ? "setting" : c.role_word ? "role" : "object";
    const double held = i < in.best_sentence_match.size() ? in.best_sentence_match[i] : 0.0;
    e->concepts.push_back({c.word, part, c.idf, held});
  }
}

}  // namespace

void FillExplanation(const ExplainInputs& in, const std::vector<RoleScore>& ranked, Explanation* e) {
  const ParsedQuestion& q = in.question;
  e->question_type = QuestionTypeName(q.type);
  e->question_roles = q.roles;
  for (const auto& c : q.concepts)
    for (const auto& [term, tw] : c.terms)
      // The terms the corpus holds: WeighConcepts listed exactly those.
      if (in.term_concepts.count(term)) e->terms.push_back({c.word, term, tw.lang, tw.weight, tw.source});
  if (ranked.empty() || ranked[0].evidence.empty()) return;
  const RoleEvidence& ev = ranked[0].evidence[0];
  e->score_parts = {{"role_score", ranked[0].total},
                    {"sentence_coverage", ev.coverage},
                    {"question_idf_total", in.total_idf},
                    {"runner_up_score", ranked.size() > 1 ? ranked[1].total : 0.0},
                    {"unseen_concepts", static_cast<double>(in.unseen_concepts)},
                    {"concepts", static_cast<double>(q.concepts.size())},
                    {"attribution", ev.attribution},
                    {"action_held", ev.action_held ? 1.0 : 0.0}};
  ExplainConcepts(in, e);
  e->why = ranked[0].id + " governs the best-matching clause (sentence " + std::to_string(ev.sentence->index) +
           " of " + ev.sentence->doc_id + ")";
}

}  // namespace rolegraph::query
