// Which roles answer a question, by its type, and when to abstain instead.
#include "ask_run.h"

#include <algorithm>
#include <set>

#include "new_holder.h"
#include "related_roles.h"

namespace rolegraph::query {

Result<AskResponse> AskRun::Run() {
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
  // "Apart from the treasurer, who ...?": the role set aside never answers.
  std::erase_if(ranked, [&](const RoleScore& rs) {
    return std::find(q_.excluded.begin(), q_.excluded.end(), rs.id) != q_.excluded.end();
  });
  Explain(&out, ranked);
  if (!from_edges)
    if (const char* why = WhyAbstain(ranked)) {
      out.explanation.why = why;
      return out;
    }
  return Assemble(std::move(out), ranked);
}

Status AskRun::RankForType(std::vector<RoleScore>* ranked, bool* from_edges) {
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
      if (Status s = ReadCitedSentences(reader_, cited_roles, ranked, &sentences_); !s.ok()) return s;
      PreferLineOfQuestionWords(ranked);
      return Status::Ok();
    }
  }
  return RankBySentences(ranked);
}

Status AskRun::RankByEdges(std::vector<RoleScore>* ranked) {
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

Status AskRun::RankBySentences(std::vector<RoleScore>* ranked) {
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

const char* AskRun::WhyAbstain(const std::vector<RoleScore>& ranked) const {
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

Status AskRun::HoldRelations() {
  auto graph = cache_.Relations(reader_);
  if (!graph.ok()) return graph.status();
  relations_ = *graph;
  return Status::Ok();
}

Status AskRun::PreferHolderAtAskedTime(std::vector<RoleScore>* ranked) {
  if (q_.type != QuestionType::kWho || q_.asks_recipient || ranked->size() < 2) return Status::Ok();
  // The answers' own facts, not the whole relation index (relation_index.h).
  auto facts_of = [&](const std::string& role, std::string_view predicate) {
    return cache_.SubjectFacts(reader_, role, predicate);
  };
  return PreferHolderInTime(facts_of, kAnswerOptions.new_holder_reach, q_.asks_past, ranked);
}

std::vector<std::string> AskRun::RelationSubjects() const {
  if (q_.choices.size() < 2) return q_.roles;
  std::vector<std::string> out;
  for (const auto& id : q_.roles)
    if (!Offered(id)) out.push_back(id);
  return out.empty() ? q_.roles : out;
}

Result<std::vector<RoleScore>> AskRun::InDocumentsOfNamed(std::vector<RoleScore> ranked) {
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

}  // namespace rolegraph::query
