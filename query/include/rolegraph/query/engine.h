// Question answering over the RoleGraph index: question analysis, bilingual
// expansion, ranking, answer assembly with citations, confidence, abstention.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/index/status.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/lexicon.h"

namespace rolegraph::query {

constexpr size_t kMaxQuestionBytes = 2000;
// Each word becomes a concept with its own postings lookups; the cap keeps
// one question's cost bounded (a real question has a few dozen words).
constexpr size_t kMaxQuestionWords = 200;

struct AskRequest {
  std::string question;
  int top_k = 3;     // 1..10
  std::string lang;  // "", "en" or "id"
  bool explain = false;
};

struct RoleRef {
  std::string id, name;
  std::vector<std::string> aliases;
};

struct Citation {
  std::string doc_id, title;
  uint32_t sentence = 0;
  uint32_t start = 0, end = 0;  // byte offsets into the stored document
  std::string text;             // exactly the bytes [start, end)
  // Matched words, as byte offsets relative to `start`.
  std::vector<std::pair<uint32_t, uint32_t>> highlights;
};

struct Answer {
  RoleRef role;
  double confidence = 0;
  std::vector<Citation> citations;
};

struct ExplainTerm {
  std::string question_word;  // as typed (folded)
  std::string term;           // index stem it matched
  std::string lang;
  double weight = 0;
  std::string source;  // "exact", "stem", "freedict", "wordnet", "glossary", "cognate", ...
};

// One idea of the question and how well the first answer's best sentence
// holds it: what a reader checks when an answer looks wrong.
struct ExplainConcept {
  std::string word;   // as typed (folded)
  std::string part;   // "action", "object", "setting" or "role" (a word of a role the question names)
  double idf = 0;     // its weight in the question
  double held = 0;    // best expansion weight the sentence holds, 0 to 1
};

struct Explanation {
  std::string question_type;  // who, what, compare, relation, fact
  std::vector<std::string> question_roles;
  std::vector<ExplainTerm> terms;
  std::vector<ExplainConcept> concepts;  // for the first answer's best sentence
  std::vector<std::pair<std::string, double>> score_parts;  // for the first answer
  std::string why;
};

// Where one question's time went (bench/rolegraph_bench reports them; the
// HTTP API does not). Scoring is the rest: role attribution and ranking.
struct StageTimes {
  double analysis_ms = 0;   // question parsing and expansion, the role list
  double retrieval_ms = 0;  // term statistics, postings, candidate sentences
  double scoring_ms = 0;
  double assembly_ms = 0;   // answers and their citations
};

struct AskResponse {
  std::string question;
  bool abstained = true;
  double took_ms = 0;
  StageTimes stages;
  std::vector<Answer> answers;
  Explanation explanation;  // filled when AskRequest::explain
};

// Thread-safe: each Ask reads its own database snapshot.
class QuestionCache;  // query/src/question_cache.h

class QueryEngine {
 public:
  QueryEngine(const index::Database& db, const ingest::Analyzer& analyzer, const Lexicon& lexicon);
  // InvalidArgument for an empty, over-long or non-UTF-8 question or a bad top_k/lang.
  Result<AskResponse> Ask(const AskRequest& request) const;

 private:
  const index::Database& db_;
  const ingest::Analyzer& analyzer_;
  const Lexicon& lexicon_;
  // What question analysis reuses between questions (cue lists, tokenized
  // role names per database version); shared so the engine stays copyable.
  std::shared_ptr<const QuestionCache> cache_;
};

}  // namespace rolegraph::query
