// In-process answer latency: opens an ingested database the way `rolegraph
// ask` does, then times QueryEngine::Ask over a fixed question list, many
// repetitions, and prints one JSON object on stdout (bench/run.py reads it).
//
//   rolegraph_bench --db DIR --questions FILE [--reps N] [--max-seconds S]
//                   [--lexicon PATH] [--top-k K]
//
// The first pass is a warm-up (block cache, page cache, per-thread stem
// caches) and is not counted; start-up to the first answer is reported apart.
// --max-seconds bounds the timed passes (at least 3 whole passes run), so a
// slow engine on a big corpus still finishes; "reps" reports what ran.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/engine.h"
#include "rolegraph/query/lexicon.h"

namespace {

using Clock = std::chrono::steady_clock;

double MillisSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Flags {
  std::string db, questions, lexicon = ROLEGRAPH_DATA_DIR "/lexicon.bin";
  int reps = 50;
  double max_seconds = 0;  // 0: no limit
  int top_k = 3;
};

bool ParseFlags(int argc, char** argv, Flags& flags) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (i + 1 >= argc) return false;
    const std::string value = argv[++i];
    if (arg == "--db")
      flags.db = value;
    else if (arg == "--questions")
      flags.questions = value;
    else if (arg == "--lexicon")
      flags.lexicon = value;
    else if (arg == "--reps")
      flags.reps = std::max(1, std::atoi(value.c_str()));
    else if (arg == "--max-seconds")
      flags.max_seconds = std::atof(value.c_str());
    else if (arg == "--top-k")
      flags.top_k = std::atoi(value.c_str());
    else
      return false;
  }
  return !flags.db.empty() && !flags.questions.empty();
}

// One question a line; blank lines and lines starting with '#' are skipped.
std::vector<std::string> ReadQuestions(const std::string& path) {
  std::vector<std::string> questions;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    questions.push_back(line);
  }
  return questions;
}

// Nearest-rank percentile of sorted samples.
double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t rank = static_cast<size_t>(p / 100.0 * sorted.size() + 0.999999);
  rank = std::clamp<size_t>(rank, 1, sorted.size());
  return sorted[rank - 1];
}

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out + "\"";
}

int Fail(const std::string& message) {
  std::cerr << "rolegraph_bench: " << message << std::endl;
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  const auto process_start = Clock::now();
  Flags flags;
  if (!ParseFlags(argc, argv, flags)) {
    std::cerr << "usage: rolegraph_bench --db DIR --questions FILE [--reps N] [--max-seconds S]"
                 " [--lexicon PATH] [--top-k K]\n";
    return 2;
  }
  const std::vector<std::string> questions = ReadQuestions(flags.questions);
  if (questions.empty()) return Fail("no questions in " + flags.questions);

  using namespace rolegraph;
  index::Options options;
  options.read_only = true;
  options.create_if_missing = false;
  auto db = index::Database::Open(flags.db, options);
  if (!db.ok()) return Fail("cannot open " + flags.db + ": " + db.status().ToString());
  auto analyzer = ingest::Analyzer::Create();
  if (!analyzer.ok()) return Fail("analyzer: " + analyzer.status().ToString());
  auto lexicon = query::Lexicon::Load(flags.lexicon);
  if (!lexicon.ok()) return Fail("lexicon " + flags.lexicon + ": " + lexicon.status().ToString());
  const query::QueryEngine engine(**db, **analyzer, **lexicon);
  const double open_ms = MillisSince(process_start);

  auto ask = [&](const std::string& question) -> Result<query::AskResponse> {
    query::AskRequest request;
    request.question = question;
    request.top_k = flags.top_k;
    return engine.Ask(request);
  };

  // Warm-up pass; it also records start-up to the first answer and which
  // questions are answered (the answers do not change between passes).
  double first_answer_ms = 0;
  int answered = 0;
  for (size_t q = 0; q < questions.size(); ++q) {
    auto response = ask(questions[q]);
    if (!response.ok()) return Fail(questions[q] + ": " + response.status().ToString());
    if (q == 0) first_answer_ms = MillisSince(process_start);
    if (!response->abstained) ++answered;
  }

  std::vector<double> samples;
  // Per stage (analysis, retrieval, scoring, assembly): QueryEngine's own clocks.
  const char* const kStageNames[] = {"analysis", "retrieval", "scoring", "assembly"};
  std::vector<double> stage_samples[4];
  std::vector<std::vector<double>> per_question(questions.size());
  samples.reserve(questions.size() * flags.reps);
  const auto timed_start = Clock::now();
  int reps = 0;
  for (; reps < flags.reps; ++reps) {
    if (flags.max_seconds > 0 && reps >= 3 && MillisSince(timed_start) > flags.max_seconds * 1000) {
      break;
    }
    for (size_t q = 0; q < questions.size(); ++q) {
      const auto start = Clock::now();
      auto response = ask(questions[q]);
      const double ms = MillisSince(start);
      if (!response.ok()) return Fail(questions[q] + ": " + response.status().ToString());
      samples.push_back(ms);
      per_question[q].push_back(ms);
      const query::StageTimes& st = response->stages;
      const double parts[] = {st.analysis_ms, st.retrieval_ms, st.scoring_ms, st.assembly_ms};
      for (int i = 0; i < 4; ++i) stage_samples[i].push_back(parts[i]);
    }
  }
  const double total_ms = MillisSince(timed_start);
  std::sort(samples.begin(), samples.end());
  double sum = 0;
  for (double s : samples) sum += s;

  std::printf("{\"questions\": %zu, \"reps\": %d, \"samples\": %zu, \"answered\": %d,\n",
              questions.size(), reps, samples.size(), answered);
  std::printf(" \"open_ms\": %.3f, \"first_answer_ms\": %.3f, \"qps_one_thread\": %.1f,\n", open_ms,
              first_answer_ms, samples.size() / (total_ms / 1000.0));
  std::printf(
      " \"p50_ms\": %.4f, \"p90_ms\": %.4f, \"p99_ms\": %.4f, \"max_ms\": %.4f, "
      "\"mean_ms\": %.4f,\n",
      Percentile(samples, 50), Percentile(samples, 90), Percentile(samples, 99), samples.back(),
      sum / samples.size());
  for (const char* stat : {"p50", "mean"}) {
    std::printf(" \"stages_%s_ms\": {", stat);
    for (int i = 0; i < 4; ++i) {
      std::vector<double>& v = stage_samples[i];
      std::sort(v.begin(), v.end());
      double total = 0;
      for (double x : v) total += x;
      const double value = stat[0] == 'p' ? Percentile(v, 50) : (v.empty() ? 0 : total / v.size());
      std::printf("%s\"%s\": %.4f", i ? ", " : "", kStageNames[i], value);
    }
    std::printf("},\n");
  }
  std::printf(" \"per_question_p50_ms\": [");
  for (size_t q = 0; q < questions.size(); ++q) {
    std::sort(per_question[q].begin(), per_question[q].end());
    std::printf("%s\n  [%s, %.4f]", q ? "," : "", JsonString(questions[q]).c_str(),
                Percentile(per_question[q], 50));
  }
  std::printf("],\n \"per_question_p99_ms\": [");
  for (size_t q = 0; q < questions.size(); ++q) {
    std::printf("%s\n  [%s, %.4f]", q ? "," : "", JsonString(questions[q]).c_str(),
                Percentile(per_question[q], 99));
  }
  std::printf("]}\n");
  return 0;
}
