// Shared by the operations tests (readiness, shutdown, backups): a corpus
// large enough that ingesting it takes measurable time, and answer
// comparison that ignores timings.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "server/http_fixture.h"

namespace rolegraph::testing {

// `copies` variants of every corpus file (text changed, so each is indexed)
// in `dir`; returns dir.
inline std::string WriteLargeCorpus(const TempDir& dir, int copies) {
  namespace fs = std::filesystem;
  for (const auto& entry : fs::directory_iterator(CorpusDir())) {
    if (entry.path().extension() != ".txt") continue;
    const std::string text = ReadFile(entry.path().string());
    for (int i = 0; i < copies; ++i) {
      std::ofstream(dir / (entry.path().stem().string() + "-" + std::to_string(i) + ".txt"))
          << text << "\n\nCopy " << i << ".\n";
    }
  }
  return dir.path();
}

// What an answer says, without took_ms: the abstention and the answers
// with their roles, confidences and citations, serialised.
inline std::string AnswerKey(httplib::Client& client, const std::string& question) {
  auto res = client.Post("/v1/ask", json{{"question", question}}.dump(), "application/json");
  REQUIRE(res);
  REQUIRE_MESSAGE(res->status == 200, res->status << " " << res->body);
  const json body = ParseJson(res->body);
  return json{{"abstained", body["abstained"]}, {"answers", body["answers"]}}.dump();
}

inline const std::vector<std::string>& SampleQuestions() {
  static const std::vector<std::string> questions = {
      "Who manages vendors for product improvement?",
      "Siapa yang mengawasi desain produk?",
      "who is responsible for marketing",
      "Who is the Chief Backup Officer and what does she keep?",
  };
  return questions;
}

}  // namespace rolegraph::testing
