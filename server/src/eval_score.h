// Scoring of answers against gold questions, mirroring
// /work/shared/eval/evaluate.py so `rolegraph eval` and the external
// evaluator agree: role@1, role@3, evidence@1, evidence@3 over answerable
// questions, abstain over unanswerable ones, false_abstain.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/query/engine.h"

namespace rolegraph::cli {

struct GoldQuestion {
  std::string id, question, kind = "who";
  std::vector<std::string> answer;    // role keys; empty: should abstain
  std::vector<std::string> evidence;  // gold snippets
};

// Role key -> accepted names ("CTO" -> {"CTO", "Chief Technology Officer"}).
// A key missing here accepts only itself.
using AcceptedNames = std::map<std::string, std::vector<std::string>>;

struct QuestionScore {
  std::string id, kind;
  bool error = false;  // the engine failed: counts as no abstention
  bool answerable = false;
  bool abstained = false;
  bool role1 = false, role3 = false, evidence1 = false, evidence3 = false;
  bool abstain_ok = false;       // unanswerable questions only
  std::vector<std::string> got;  // first names of the first three answers
};

struct EvalSummary {
  size_t questions = 0, answerable = 0, unanswerable = 0, errors = 0;
  double role1 = 0, role3 = 0, evidence1 = 0, evidence3 = 0;  // NaN when no answerable
  double abstain = 0, false_abstain = 0;
};

// Lower-case, curly single quotes folded, whitespace runs to one space, trimmed.
std::string TextNorm(std::string_view s);
// TextNorm, then every run of non-[0-9a-z] to one space, trimmed.
std::string LabelNorm(std::string_view s);

// `response` null: the question failed.
QuestionScore ScoreQuestion(const GoldQuestion& gold, const query::AskResponse* response,
                            const AcceptedNames& names);
EvalSummary Summarize(const std::vector<QuestionScore>& scores);
// "score: role@1=0.906 evidence@1=0.875 role@3=... abstain=1.000 false_abstain=0.000 errors=0 n=32"
std::string FormatScoreLine(const EvalSummary& summary);

}  // namespace rolegraph::cli
