#include "ask_request.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <nlohmann/json.hpp>

#include "request_limits.h"
#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::server {
namespace {

ApiError BadRequest(std::string code, std::string message) {
  return ApiError{400, std::move(code), std::move(message)};
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool blank = std::isspace(static_cast<unsigned char>(c));
    if (!blank && !in_word) ++words;
    in_word = !blank;
  }
  return words;
}

bool IsBlank(std::string_view s) {
  for (char c : s) {
    if (!std::isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::optional<bool> ParseBoolParam(std::string_view v) {
  if (v == "true" || v == "1" || v == "yes" || v.empty()) return true;
  if (v == "false" || v == "0" || v == "no") return false;
  return std::nullopt;
}

}  // namespace

std::optional<ApiError> CheckQuestion(std::string_view question) {
  if (question.size() > query::kMaxQuestionBytes) {
    return BadRequest("question_too_long", "question is longer than " +
                                               std::to_string(query::kMaxQuestionBytes) + " bytes");
  }
  if (!ingest::IsValidUtf8(question)) {
    return BadRequest("invalid_utf8", "question is not valid UTF-8");
  }
  if (question.find('\0') != std::string_view::npos) {
    return BadRequest("invalid_question", "question contains a NUL byte");
  }
  if (IsBlank(question)) return BadRequest("invalid_question", "question is empty");
  if (CountWords(question) > query::kMaxQuestionWords) {
    return BadRequest("question_too_long", "question has more than " +
                                               std::to_string(query::kMaxQuestionWords) + " words");
  }
  return std::nullopt;
}

std::optional<ApiError> CheckTopK(long long top_k) {
  if (top_k < 1 || top_k > 10) return BadRequest("invalid_top_k", "top_k must be an integer 1..10");
  return std::nullopt;
}

std::optional<ApiError> CheckLang(std::string_view lang) {
  if (lang.empty() || lang == "en" || lang == "id") return std::nullopt;
  return BadRequest("invalid_lang", "lang must be \"en\" or \"id\"");
}

AskParse ParseAskJson(std::string_view body) {
  auto parsed = ParseJsonObjectBody(
      body, BadRequest("invalid_question", "request body must be a JSON object with a \"question\""));
  if (auto* e = std::get_if<ApiError>(&parsed)) return *e;
  const nlohmann::json& doc = std::get<nlohmann::json>(parsed);
  query::AskRequest request;
  auto q = doc.find("question");
  if (q == doc.end() || !q->is_string()) {
    return BadRequest("invalid_question", "\"question\" must be a non-empty string");
  }
  request.question = q->get<std::string>();
  if (auto e = CheckQuestion(request.question)) return *e;

  if (auto k = doc.find("top_k"); k != doc.end() && !k->is_null()) {
    if (!k->is_number_integer())
      return BadRequest("invalid_top_k", "top_k must be an integer 1..10");
    long long v = k->is_number_unsigned()
                      ? static_cast<long long>(std::min<uint64_t>(k->get<uint64_t>(), 1000))
                      : k->get<long long>();
    if (auto e = CheckTopK(v)) return *e;
    request.top_k = static_cast<int>(v);
  }
  if (auto l = doc.find("lang"); l != doc.end() && !l->is_null()) {
    if (!l->is_string()) return BadRequest("invalid_lang", "lang must be \"en\" or \"id\"");
    request.lang = l->get<std::string>();
    if (auto e = CheckLang(request.lang)) return *e;
  }
  if (auto x = doc.find("explain"); x != doc.end() && !x->is_null()) {
    if (!x->is_boolean()) return BadRequest("invalid_explain", "explain must be true or false");
    request.explain = x->get<bool>();
  }
  return request;
}

AskParse ParseAskParams(const std::multimap<std::string, std::string>& params) {
  query::AskRequest request;
  auto q = params.find("q");
  if (q == params.end()) q = params.find("question");
  if (q == params.end()) return BadRequest("invalid_question", "missing query parameter q");
  request.question = q->second;
  if (auto e = CheckQuestion(request.question)) return *e;

  if (auto k = params.find("top_k"); k != params.end()) {
    const std::string& s = k->second;
    long long v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size()) {
      return BadRequest("invalid_top_k", "top_k must be an integer 1..10");
    }
    if (auto e = CheckTopK(v)) return *e;
    request.top_k = static_cast<int>(v);
  }
  if (auto l = params.find("lang"); l != params.end()) {
    request.lang = l->second;
    if (auto e = CheckLang(request.lang)) return *e;
  }
  if (auto x = params.find("explain"); x != params.end()) {
    auto v = ParseBoolParam(x->second);
    if (!v) return BadRequest("invalid_explain", "explain must be true or false");
    request.explain = *v;
  }
  return request;
}

}  // namespace rolegraph::server
