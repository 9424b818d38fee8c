// Answer quality floors, measured the way users and the evaluation see it:
// `rolegraph eval` over question files with gold roles and evidence. The
// floors sit a little under today's scores so a change that makes answers
// worse fails here.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>

#include "process_util.h"

using namespace rolegraph::testing;

namespace {

// Parses "score: role@1=0.773 evidence@1=0.750 ... abstain=0.833 ..." into a map.
std::map<std::string, double> Scores(const std::string& out) {
  std::map<std::string, double> scores;
  std::smatch line;
  REQUIRE(std::regex_search(out, line, std::regex("score: ([^\\n]*)")));
  std::string rest = line[1];
  std::regex pair("([a-z_@0-9]+)=([0-9.]+|nan)");
  for (auto it = std::sregex_iterator(rest.begin(), rest.end(), pair); it != std::sregex_iterator(); ++it)
    scores[(*it)[1]] = (*it)[2] == "nan" ? -1.0 : std::stod((*it)[2]);
  return scores;
}

std::map<std::string, double> Evaluate(const std::string& docs, const std::vector<std::string>& eval_args) {
  TempDir dir;
  auto ingest = RunRolegraph({"ingest", "--db", dir / "db", docs});
  REQUIRE(ingest.exit_code == 0);
  std::vector<std::string> args = {"eval", "--db", dir / "db"};
  args.insert(args.end(), eval_args.begin(), eval_args.end());
  auto eval = RunRolegraph(args);
  REQUIRE(eval.exit_code == 0);
  INFO(eval.out);
  return Scores(eval.out);
}

}  // namespace

TEST_CASE("blind questions about unseen roles keep their quality floor") {
  const std::string dir = SourceDir() + "/tests/data/generalization";
  auto s = Evaluate(dir + "/docs", {"--roles", dir + "/roles.json", dir + "/questions.jsonl"});
  CHECK(s["errors"] == 0);
  CHECK(s["role@1"] >= 0.70);
  CHECK(s["evidence@1"] >= 0.65);
  CHECK(s["role@3"] >= 0.80);
  // abstain floor 0.66 since 2026-12-02 (evening): translations hold their
  // question words at their weight (query/src/answer_options.h,
  // translation_cover_exponent 1.0, bars 0.30 / 0.24). Over nineteen sets
  // (1,370 questions) that refuses 12 more unanswerable questions and gives 6
  // more right citations for 2 more refused answerable ones; here one
  // unanswerable question (5 of 6 refused before) is answered at 0.26.
  CHECK(s["abstain"] >= 0.66);
  CHECK(s["false_abstain"] <= 0.10);
}

TEST_CASE("later blind sets keep their quality floor") {
  // Written blind in later sessions; see each set's README for what
  // has been looked at since. Floors sit under the scores of 2026-11-29.
  struct Floor {
    const char* set;
    double role_at_1, evidence_at_1, abstain, false_abstain;
  };
  const Floor floors[] = {
      {"holdout", 0.68, 0.65, 0.60, 0.28},
      // blind3 false_abstain ceiling 0.33 and blind10's 0.25 since 2026-12-02
      // (evening), when translations began to hold their question words (see
      // the generalization floor above): blind3 0.660/0.642/0.857/0.321 and
      // blind10 0.484/0.694/0.667/0.242 (abstain 0.500 -> 0.667) after it.
      {"blind3", 0.62, 0.60, 0.57, 0.33},
      {"blind4", 0.75, 0.73, 0.57, 0.14},  // 0.792/0.774/0.857/0.094 at the evening merges
      {"blind5", 0.62, 0.58, 0.70, 0.30},  // abstain raised by relq2 (0.857: the action rule)
      {"blind6", 0.53, 0.60, 0.68, 0.33},  // 0.566/0.642/0.714/0.302 on 2026-12-02
      // First measured 2026-12-01 at b2a09b5 (their first scores; see READMEs).
      // Raised 2026-12-01 by the relation-question work (relq) and the role-list
      // work (roles); measured after both merged, see docs/quality.md.
      {"blind7", 0.47, 0.66, 0.25, 0.28},
      // blind8 false_abstain ceiling 0.22: a choice question whose wrong answer
      // (a role it did not offer) became an abstention counts as a false one.
      {"blind8", 0.63, 0.76, 0.60, 0.19},  // 0.677/0.806/0.667/0.161 on 2026-12-02
      // First measured 2026-12-01 15:16 at 917d81c on arrival (role@1 0.274 each);
      // floors under the scores after that day's merges (blind9 0.355/0.581/0.500/0.258,
      // blind10 0.339/0.629/0.500/0.194).
      // role@1 raised by issue 13's role-list work (roles2: blind9 0.452, blind10
      // 0.435, evidence@1 0.694); abstain by relq2 (blind9 0.556).
      {"blind9", 0.52, 0.60, 0.50, 0.23},  // 0.565/0.645/0.500/0.194 at the evening merges
      // blind10 false_abstain ceiling 0.26 since 2026-12-02 (night): a passive
      // clause's words go to its agent and "which team ...?" asks for a unit;
      // one question answered with a wrong role before is refused now, and
      // role@1 rose 0.484 -> 0.500 (0.500/0.694/0.667/0.258).
      {"blind10", 0.46, 0.69, 0.44, 0.26},  // 0.500/0.726/0.500/0.161 on 2026-12-02
      // First measured 2026-12-01 16:11 at 5205612 on arrival (0.435/0.710/0.667/0.226);
      // floors under the scores at cc96268 (0.452/0.710/0.667/0.226).
      // role@1 raised by roles2 (0.484).
      // abstain floor 0.61 since 2026-12-02 09:00: units as subjects or passive
      // agents take the words they govern (+0.129 role@1 summed over all sets,
      // 0.645/0.823/0.611/0.081 here): one unanswerable question about a
      // control room crew is now answered at 0.26 where the shifted scores
      // used to leave it under the bar.
      {"blind11", 0.59, 0.79, 0.61, 0.13},  // 0.629/0.823/0.667/0.097 on 2026-12-02
      // First measured 2026-12-01 18:54 at 14d79aa (0.355/0.581/0.611/0.258); floors
      // under the scores at 287e949 (0.403/0.613/0.611/0.226).
      {"blind12", 0.53, 0.64, 0.66, 0.20},  // 0.565/0.677/0.722/0.161 on 2026-12-02 morning
      // First measured 2026-12-01 19:01 at 5e2f05c on arrival (0.484/0.661/0.778/0.210).
      // abstain floor 0.77 since 2026-12-03: a multiword name the document gives
      // a role names it wherever it is written in lower case (pooled +8 right
      // first answers, +5 right citations, edges up on six sets); one
      // unanswerable question is now answered at 0.25 through a word of
      // another role's name, where the shifted scores left it at the bar.
      // (0.694/0.774/0.778/0.145 then.)
      {"blind13", 0.54, 0.71, 0.77, 0.15},  // 0.581/0.758/0.833/0.113 at the evening merges
      // First measured 2026-12-01 22:03 on arrival (0.258/0.516/0.500/0.435); floors under
      // the scores after the evening's merges (0.323/0.629/0.444/0.290).
      // false_abstain ceiling 0.34 since 2026-12-03 (an honorific ends a
      // name; "menjabat" introduces a title's holder): "Bu Ratna" now names
      // her role, so a compare question whose sentence denies a line to her
      // abstains where it named a wrong role (0.435/0.613/0.500/0.339).
      // evidence@1 floor 0.58 and false_abstain ceiling 0.36 since 2026-12-03
      // afternoon: a sentence naming no role is the document's topic's only
      // where one role dominates the document (pooled over 26 sets: +3 right,
      // +2 citations, -4 answerable refused, +8 unanswerable refused). Here a
      // matrix sentence that names its decider by an abbreviation the list
      // lacks was cited for a wrong role by the topic; it now abstains
      // (0.435/0.581/0.500/0.355).
      {"blind14", 0.29, 0.58, 0.40, 0.36},
      // First measured 2026-12-01 23:20 on arrival (0.371/0.710/0.722/0.258); 0.387/0.726/
      // 0.722/0.242 on 2026-12-02.
      // false_abstain ceiling 0.29 since 2026-12-02 morning: three wrong answers
      // became abstentions (the action factor 0.5, whole translated titles)
      // while role@1 rose to 0.419 (0.419/0.710/0.722/0.274).
      {"blind15", 0.38, 0.68, 0.66, 0.29},
      // First measured 2026-12-02 02:41 on arrival (0.452/0.677/0.667/0.242), the floors'
      // figures too: no change was made after it arrived.
      // Raised 2026-12-02 morning (0.516/0.694/0.667/0.226): matrix columns
      // headed by a role's initials.
      {"blind16", 0.48, 0.66, 0.61, 0.26},
      // First measured 2026-12-02 03:01 on arrival (0.355/0.532/0.500/0.339); 0.387/0.548/
      // 0.500/0.306 at the morning merges.
      {"blind17", 0.35, 0.51, 0.44, 0.34},
      // First measured 2026-12-02 05:45 on arrival (0.661/0.758/0.333/0.161), the floors'
      // figures too.
      {"blind18", 0.62, 0.72, 0.27, 0.20},
      // First measured 2026-12-02 09:14 on arrival (0.484/0.694/0.444/0.258), the floors'
      // figures too.
      // false_abstain ceiling 0.28 since 2026-12-02 afternoon: with roles8's names
      // (role@1 0.484 -> 0.548) and translation coverage on, 0.548/0.694/0.722/0.274.
      {"blind19", 0.46, 0.66, 0.44, 0.28},
      // First measured 2026-12-02 12:46 on arrival at 91fc853 (0.597/0.726/0.722/0.161),
      // the floors' figures too.
      // evidence@1 floor 0.69 since 2026-12-03 (cfc31c2): "Kelompok Kerja (Pokja)
      // Pemilihan" is now a body, cut at its bracket ("Kelompok Kerja"), and
      // "Who does the selection working group report to?" keeps its right answer
      // but cites another sentence (0.710 -> 0.694), for list recall 0.812 -> 0.820.
      {"blind20", 0.57, 0.69, 0.72, 0.17},
      // First measured 2026-12-02 16:25 on arrival at 1e09081 (0.419/0.661/0.611/0.145);
      // 0.435/0.661/0.611/0.145 after roles9. false_abstain floor 0.18 since
      // 2026-12-03 evening (new_holder.cc): "before the change, who ...?" (no
      // past cue word) had a wrong answer and now abstains (0.161 -> 0.177),
      // while a duty handed on gains its new holder (role@1 0.565 -> 0.581).
      {"blind21", 0.40, 0.63, 0.55, 0.18},
      // First measured 2026-12-02 20:22 on arrival at 6a18cee (0.500/0.742/0.667/0.129).
      {"blind22", 0.48, 0.72, 0.61, 0.15},
      // First measured 2026-12-03 03:03 on arrival at cf35c89 (0.613/0.710/0.778/0.177).
      {"blind23", 0.59, 0.69, 0.72, 0.20},
      // First measured 2026-12-03 06:17 on arrival at facb67f (0.435/0.629/0.500/0.306).
      {"blind24", 0.41, 0.60, 0.44, 0.33},
      // First measured 2026-12-03 07:21 on arrival at c4772dc (0.419/0.629/0.722/0.339).
      {"blind25", 0.40, 0.60, 0.66, 0.36},
      // First measured 2026-12-03 10:06 at 377fd55 (0.581/0.726/0.500/0.258): it arrived at
      // 09:17 and was held unread until this session's changes and both helpers were merged.
      {"blind26", 0.55, 0.70, 0.44, 0.28},
      // First measured 2026-12-03 14:11 at b8ff9fd (0.629/0.677/0.667/0.242): commissioned
      // 13:31, arrived 13:42 and held unread until roles15, speed12 and roles16 were merged.
      {"blind27", 0.60, 0.65, 0.64, 0.26},
      // First measured 2026-12-03 17:21 at 1dd20b6 (0.290/0.484/0.722/0.403): commissioned
      // 17:07, arrived 17:20 and scored at once (speed14, still out, changes no answer).
      {"blind28", 0.27, 0.46, 0.70, 0.42},
      // First measured 2026-12-03 20:55 at a13d277 (0.435/0.565/0.611/0.306): commissioned
      // 20:38, arrived 20:53 and scored at once, after roles18 and speed15 were merged.
      {"blind29", 0.41, 0.54, 0.58, 0.33},
      // First measured 2026-12-04 03:24 at 553cfd5 (0.500/0.694/0.556/0.129): commissioned
      // 03:14, arrived 03:24 and scored at once (speed16, merged after, changes no answer).
      {"blind30", 0.47, 0.67, 0.52, 0.16},
      // First measured 2026-12-04 15:01 at 83a307d (0.597/0.726/0.500/0.194): commissioned
      // 14:46, arrived 14:59 and scored at once, before any merge or change.
      {"blind31", 0.57, 0.70, 0.47, 0.21},
      // First measured 2026-12-04 18:34 at 9f8e814 (0.452/0.581/0.611/0.258): commissioned
      // 18:29, arrived 18:33 and scored at once, before any change (its evidence arrived as
      // strings, not lists; evidence@1 re-measured with the same binary once they were lists).
      {"blind32", 0.43, 0.56, 0.58, 0.28},
      // First measured 2026-12-04 19:55 at a137d35 (0.565/0.806/0.611/0.113): commissioned
      // 19:47, arrived 19:55 and scored at once, before any change.
      {"blind33", 0.54, 0.78, 0.58, 0.14},
      // First measured 2026-12-04 21:41 at 7cca14e (0.435/0.694/0.500/0.177): commissioned
      // 21:14, arrived 21:40 and scored at once, before any change.
      {"blind34", 0.41, 0.67, 0.47, 0.20},
      // First measured 2026-12-04 22:27 at 0ad4769 (0.581/0.629/0.722/0.210): commissioned
      // 22:21 after the session's last behaviour change, arrived 22:27 and scored at once.
      {"blind35", 0.55, 0.60, 0.69, 0.24},
      // First measured 2026-12-05 00:29 at 3e3b870 (0.548/0.694/0.389/0.274): commissioned
      // 00:16, arrived 00:25 and scored at once, before any change.
      {"blind36", 0.52, 0.66, 0.36, 0.30},
      // First measured 2026-12-05 01:30 at 4796cda (0.613/0.742/0.667/0.177): commissioned
      // 01:24 after the session's last change to any set's answers, arrived 01:30, scored at once.
      {"blind37", 0.58, 0.71, 0.63, 0.21},
      // First measured 2026-12-05 03:45 at 8a4575c (0.597/0.710/0.611/0.242): commissioned
      // 03:35 before any change of this session's answers, arrived 03:44, scored at once.
      {"blind38", 0.56, 0.68, 0.58, 0.27},
      // First measured 2026-12-05 04:59 at 36fa5a3 (0.629/0.726/0.833/0.210): commissioned
      // 04:51 after the session's last behaviour change, arrived 04:59, scored at once.
      {"blind39", 0.60, 0.69, 0.80, 0.24},
      // First measured 2026-12-05 06:51 at 085550c (0.226/0.403/0.556/0.419): commissioned
      // 06:44 before any change of this session, arrived 06:51, scored at once.
      {"blind40", 0.20, 0.37, 0.52, 0.45},
      // First measured 2026-12-05 07:57 at a058bda (0.597/0.726/0.778/0.177): commissioned
      // 07:52 after the session's last behaviour change, arrived 07:57, scored at once.
      {"blind41", 0.57, 0.69, 0.75, 0.21},
  };
  for (const Floor& f : floors) {
    CAPTURE(f.set);
    const std::string dir = SourceDir() + "/tests/data/" + f.set;
    auto s = Evaluate(dir + "/docs", {"--roles", dir + "/roles.json", dir + "/questions.jsonl"});
    CHECK(s["errors"] == 0);
    CHECK(s["role@1"] >= f.role_at_1);
    CHECK(s["evidence@1"] >= f.evidence_at_1);
    CHECK(s["abstain"] >= f.abstain);
    CHECK(s["false_abstain"] <= f.false_abstain);
  }
}

TEST_CASE("the project's own questions are all answered right") {
  auto s = Evaluate(SourceDir() + "/tests/data/docs", {SourceDir() + "/tests/data/questions.jsonl"});
  CHECK(s["role@1"] == doctest::Approx(1.0));
  CHECK(s["evidence@1"] == doctest::Approx(1.0));
  CHECK(s["abstain"] == doctest::Approx(1.0));
}

TEST_CASE("the development questions meet the answer-quality bar on the shipped corpus") {
  // The evaluation's development set lives beside the repository (../shared).
  const std::string dev = SourceDir() + "/../shared/eval";
  if (!std::filesystem::exists(dev + "/dev.jsonl")) {
    MESSAGE("no ../shared/eval/dev.jsonl beside the repository; nothing to measure");
    return;
  }
  auto s = Evaluate(SourceDir() + "/corpus", {"--roles", dev + "/roles.json", dev + "/dev.jsonl"});
  CHECK(s["errors"] == 0);
  CHECK(s["role@1"] >= 0.90);
  CHECK(s["evidence@1"] >= 0.85);
  CHECK(s["abstain"] == doctest::Approx(1.0));
  CHECK(s["false_abstain"] <= 0.05);
}
