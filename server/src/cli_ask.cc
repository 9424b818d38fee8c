// `rolegraph ask [--db DIR] [--json] [--top-k N] [--lang en|id] [--explain] QUESTION...`
#include <chrono>
#include <cstdio>
#include <iostream>

#include "ask_request.h"
#include "cli_commands.h"
#include "cli_common.h"
#include "http_util.h"
#include "json_codec.h"

namespace rolegraph::cli {
namespace {

std::string Join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

std::string Fixed(double v, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

void PrintExplanation(const query::Explanation& e, std::ostream& out) {
  out << "\nexplain: type=" << e.question_type;
  if (!e.question_roles.empty()) out << " roles=" << Join(e.question_roles);
  out << "\n";
  for (const auto& t : e.terms) {
    out << "  " << t.question_word << " -> " << t.term << " [" << t.lang << ", " << t.source << ", "
        << Fixed(t.weight, 2) << "]\n";
  }
  for (const auto& [name, value] : e.score_parts)
    out << "  " << name << " = " << Fixed(value, 3) << "\n";
  if (!e.why.empty()) out << "  why: " << e.why << "\n";
}

void PrintHuman(const query::AskResponse& r, bool explain, std::ostream& out) {
  out << "Q: " << r.question << "\n";
  if (r.abstained || r.answers.empty()) {
    out << "No confident answer: the documents do not say (abstained).\n";
  }
  int rank = 0;
  for (const auto& a : r.answers) {
    if (r.abstained) break;
    out << "\n" << ++rank << ". " << a.role.name;
    if (!a.role.aliases.empty()) {
      std::string aliases;
      for (const auto& alias : a.role.aliases) aliases += (aliases.empty() ? "" : ", ") + alias;
      out << " (" << aliases << ")";
    }
    out << "  confidence " << Fixed(a.confidence, 2) << "\n";
    for (const auto& c : a.citations) {
      out << "   - " << (c.title.empty() ? c.doc_id : c.title) << ", sentence " << c.sentence
          << ":\n     \"" << c.text << "\"\n";
    }
  }
  if (explain) PrintExplanation(r.explanation, out);
  out << "\n(" << Fixed(r.took_ms, 2) << " ms)\n";
}

}  // namespace

int RunAsk(const Args& args) {
  ArgParser parser(
      "ask [--db DIR] [--json] [--top-k N] [--lang en|id] [--explain] QUESTION...",
      "Answer one question (English or Indonesian) with cited evidence. --json prints\n"
      "exactly the body POST /v1/ask would return.");
  parser.Option("db", "DIR", "database directory", kDefaultDb)
      .Flag("json", "print the HTTP API's JSON response")
      .Option("top-k", "N", "number of answers, 1..10", "3")
      .Option("lang", "en|id", "language of the question (default: detected)")
      .Flag("explain", "show how the answer was found")
      .Option("lexicon", "PATH",
              "prebuilt lexicon (else $ROLEGRAPH_LEXICON, else the built-in one)")
      .Positionals(1, -1, "QUESTION");
  if (auto exit = ParseArgs(parser, args)) return *exit;

  query::AskRequest request;
  request.question = Join(parser.positional());
  auto top_k = parser.GetInt("top-k", 1, 10);
  if (!top_k.ok()) return UsageError(top_k.status().message());
  request.top_k = static_cast<int>(*top_k);
  request.lang = parser.Get("lang");
  request.explain = parser.Has("explain");
  for (const auto& error :
       {server::CheckQuestion(request.question), server::CheckLang(request.lang)}) {
    if (error) return UsageError(error->message);
  }

  QueryStack stack;
  if (auto exit = OpenQueryStackReadOnly(parser, stack)) return *exit;
  const auto start = std::chrono::steady_clock::now();
  auto response = stack.engine->Ask(request);
  if (!response.ok()) return Failure(response.status().ToString());
  if (response->took_ms <= 0) {
    response->took_ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  }
  if (parser.Has("json")) {
    std::cout << server::DumpJson(server::EncodeAskResponse(*response, request.explain))
              << std::endl;
  } else {
    PrintHuman(*response, request.explain, std::cout);
    std::cout << std::flush;
  }
  return kExitOk;
}

}  // namespace rolegraph::cli
