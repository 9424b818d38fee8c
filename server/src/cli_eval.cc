// `rolegraph eval [--db DIR] [--roles roles.json] [--show-failures] FILE.jsonl...`
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli_commands.h"
#include "cli_common.h"
#include "eval_score.h"

namespace rolegraph::cli {
namespace {

std::vector<std::string> Strings(const nlohmann::json& doc, const char* key) {
  std::vector<std::string> out;
  auto it = doc.find(key);
  if (it == doc.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

// A gold list ("answer", "evidence") must be a list of strings: a bare
// string would otherwise be scored as no list at all.
Status CheckStringList(const nlohmann::json& doc, const char* key, const std::string& where) {
  auto it = doc.find(key);
  if (it == doc.end()) return Status::Ok();
  const bool ok = it->is_array() && std::all_of(it->begin(), it->end(), [](const auto& v) { return v.is_string(); });
  return ok ? Status::Ok() : Status::InvalidArgument(where + ": \"" + key + "\" must be a list of strings");
}

Result<std::vector<GoldQuestion>> ReadGold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read " + path);
  std::vector<GoldQuestion> out;
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto doc = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("question") ||
        !doc["question"].is_string()) {
      return Status::InvalidArgument(path + ":" + std::to_string(n) +
                                     ": not a gold question object");
    }
    const std::string where = path + ":" + std::to_string(n);
    for (const char* key : {"answer", "evidence"})
      if (Status s = CheckStringList(doc, key, where); !s.ok()) return s;
    GoldQuestion q;
    q.id = doc.value("id", where);
    q.question = doc["question"].get<std::string>();
    q.kind =
        doc.contains("kind") && doc["kind"].is_string() ? doc["kind"].get<std::string>() : "who";
    q.answer = Strings(doc, "answer");
    q.evidence = Strings(doc, "evidence");
    out.push_back(std::move(q));
  }
  return out;
}

Result<AcceptedNames> ReadRoles(const std::string& path) {
  AcceptedNames names;
  if (path.empty()) return names;
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read " + path);
  auto doc = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return Status::InvalidArgument(path + ": expected {key: [accepted names]}");
  }
  for (const auto& [key, value] : doc.items()) {
    if (value.is_array()) names[key] = Strings(doc, key.c_str());
  }
  return names;
}

void PrintFailure(const GoldQuestion& gold, const QuestionScore& r) {
  std::vector<std::string> bad;
  if (r.answerable) {
    if (!r.role1) bad.push_back("role@1");
    if (!r.evidence1) bad.push_back("evidence@1");
  } else if (!r.abstain_ok) {
    bad.push_back("abstain_ok");
  }
  if (bad.empty() && !r.error) return;
  std::string got;
  for (const auto& g : r.got) got += (got.empty() ? "" : ", ") + g;
  std::string failed;
  for (const auto& b : bad) failed += (failed.empty() ? "" : ",") + b;
  std::cerr << "FAIL " << gold.id << " [" << failed << "]" << (r.error ? " error" : "") << " q=\""
            << gold.question << "\" got=[" << got << "]\n";
}

}  // namespace

int RunEval(const Args& args) {
  ArgParser parser(
      "eval [--db DIR] [--roles roles.json] [--show-failures] FILE.jsonl...",
      "Ask every gold question (top_k 3) and score the answers as\n"
      "/work/shared/eval/evaluate.py does. Gold line: {\"id\", \"question\", \"kind\",\n"
      "\"answer\": [role keys], \"evidence\": [snippets]}; an empty answer means abstain.");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Option("roles", "FILE", "JSON {role key: [accepted names]}; without it a key matches itself")
      .Flag("show-failures", "list the questions that missed (on stderr)")
      .Option("lexicon", "PATH",
              "prebuilt lexicon (else $ROLEGRAPH_LEXICON, else the built-in one)")
      .Positionals(1, -1, "FILE.jsonl");
  if (auto exit = ParseArgs(parser, args)) return *exit;

  std::vector<GoldQuestion> gold;
  for (const auto& path : parser.positional()) {
    auto part = ReadGold(path);
    if (!part.ok()) return Failure(part.status().message());
    for (auto& q : *part) gold.push_back(std::move(q));
  }
  auto names = ReadRoles(parser.Get("roles"));
  if (!names.ok()) return Failure(names.status().message());

  QueryStack stack;
  if (auto exit = OpenQueryStackReadOnly(parser, stack)) return *exit;

  std::vector<QuestionScore> scores;
  for (const auto& q : gold) {
    query::AskRequest request;
    request.question = q.question;
    request.top_k = 3;
    auto response = stack.engine->Ask(request);
    scores.push_back(ScoreQuestion(q, response.ok() ? &*response : nullptr, *names));
    if (parser.Has("show-failures")) PrintFailure(q, scores.back());
  }
  const EvalSummary s = Summarize(scores);
  std::printf("questions=%zu answerable=%zu unanswerable=%zu errors=%zu\n", s.questions,
              s.answerable, s.unanswerable, s.errors);
  std::printf("%s\n", FormatScoreLine(s).c_str());
  std::fflush(stdout);
  return kExitOk;
}

}  // namespace rolegraph::cli
