// The engine's entry: a question checked, analysed and answered by an AskRun
// (ask_run.h), with the time each stage took.
#include "rolegraph/query/engine.h"

#include <algorithm>
#include <chrono>

#include "ask_run.h"
#include "question.h"
#include "stage_clock.h"

namespace rolegraph::query {
namespace {

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
