#include "eval_score.h"

#include <cmath>
#include <cstdio>
#include <set>

namespace rolegraph::cli {
namespace {

bool IsSpace(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

std::set<std::string> RoleStrings(const query::Answer& answer) {
  std::set<std::string> out = {LabelNorm(answer.role.id), LabelNorm(answer.role.name)};
  for (const auto& alias : answer.role.aliases) out.insert(LabelNorm(alias));
  out.erase("");
  return out;
}

bool MatchesRole(const query::Answer& answer, const std::string& key, const AcceptedNames& names) {
  std::set<std::string> accepted;
  auto it = names.find(key);
  if (it == names.end()) {
    accepted.insert(LabelNorm(key));
  } else {
    for (const auto& name : it->second) accepted.insert(LabelNorm(name));
  }
  for (const auto& s : RoleStrings(answer)) {
    if (accepted.count(s)) return true;
  }
  return false;
}

bool HasEvidence(const std::vector<std::string>& texts, const std::vector<std::string>& evidence) {
  for (const auto& t : texts) {
    for (const auto& raw : evidence) {
      const std::string e = TextNorm(raw);
      if (!e.empty() &&
          (t.find(e) != std::string::npos || (t.size() >= 25 && e.find(t) != std::string::npos))) {
        return true;
      }
    }
  }
  return false;
}

std::vector<std::string> CitationTexts(const query::Answer& answer) {
  std::vector<std::string> out;
  for (const auto& c : answer.citations) out.push_back(TextNorm(c.text));
  return out;
}

double Rate(const std::vector<const QuestionScore*>& rows, bool QuestionScore::*metric) {
  if (rows.empty()) return std::nan("");
  size_t hits = 0;
  for (const auto* r : rows) hits += (r->*metric) ? 1 : 0;
  return static_cast<double>(hits) / static_cast<double>(rows.size());
}

}  // namespace

std::string TextNorm(std::string_view s) {
  std::string folded;
  folded.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    // U+2018 / U+2019 (E2 80 98 / 99) -> '
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
        static_cast<unsigned char>(s[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[i + 2]) == 0x98 ||
         static_cast<unsigned char>(s[i + 2]) == 0x99)) {
      folded += '\'';
      i += 2;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i]);
    folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c);
  }
  std::string out;
  bool pending_space = false;
  for (char ch : folded) {
    if (IsSpace(static_cast<unsigned char>(ch))) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += ch;
  }
  return out;
}

std::string LabelNorm(std::string_view s) {
  std::string out;
  bool pending_space = false;
  for (char ch : TextNorm(s)) {
    const bool keep = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z');
    if (!keep) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += ch;
  }
  return out;
}

QuestionScore ScoreQuestion(const GoldQuestion& gold, const query::AskResponse* response,
                            const AcceptedNames& names) {
  QuestionScore r;
  r.id = gold.id;
  r.kind = gold.kind;
  r.error = response == nullptr;
  static const std::vector<query::Answer> kNone;
  const auto& answers = (response == nullptr || response->abstained) ? kNone : response->answers;
  r.abstained = (response != nullptr && response->abstained) || answers.empty();
  if (gold.answer.empty()) {
    r.abstain_ok = !r.error && r.abstained;  // a failed request is no abstention
    return r;
  }
  r.answerable = true;
  const auto& keys = gold.answer;
  auto any_in = [&](size_t n, const std::string& key) {
    for (size_t i = 0; i < answers.size() && i < n; ++i) {
      if (MatchesRole(answers[i], key, names)) return true;
    }
    return false;
  };
  if (keys.size() > 1) {  // comparison: every named role among the first len(keys) answers
    r.role1 = true;
    for (const auto& key : keys) r.role1 = r.role1 && any_in(keys.size(), key);
  } else {
    r.role1 = any_in(1, keys[0]);
  }
  r.role3 = true;
  for (const auto& key : keys) r.role3 = r.role3 && any_in(3, key);
  if (!answers.empty()) r.evidence1 = HasEvidence(CitationTexts(answers[0]), gold.evidence);
  std::vector<std::string> all_texts;
  for (size_t i = 0; i < answers.size() && i < 3; ++i) {
    for (auto& t : CitationTexts(answers[i])) all_texts.push_back(std::move(t));
    const auto strings = RoleStrings(answers[i]);
    r.got.push_back(strings.empty() ? "" : *strings.begin());
  }
  r.evidence3 = HasEvidence(all_texts, gold.evidence);
  return r;
}

EvalSummary Summarize(const std::vector<QuestionScore>& scores) {
  EvalSummary s;
  std::vector<const QuestionScore*> ans, una;
  for (const auto& r : scores) {
    ++s.questions;
    if (r.error) ++s.errors;
    (r.answerable ? ans : una).push_back(&r);
  }
  s.answerable = ans.size();
  s.unanswerable = una.size();
  s.role1 = Rate(ans, &QuestionScore::role1);
  s.role3 = Rate(ans, &QuestionScore::role3);
  s.evidence1 = Rate(ans, &QuestionScore::evidence1);
  s.evidence3 = Rate(ans, &QuestionScore::evidence3);
  s.false_abstain = Rate(ans, &QuestionScore::abstained);
  s.abstain = Rate(una, &QuestionScore::abstain_ok);
  return s;
}

std::string FormatScoreLine(const EvalSummary& s) {
  char buf[256];
  std::snprintf(buf, sizeof buf,
                "score: role@1=%.3f evidence@1=%.3f role@3=%.3f evidence@3=%.3f abstain=%.3f "
                "false_abstain=%.3f errors=%zu n=%zu",
                s.role1, s.evidence1, s.role3, s.evidence3, s.abstain, s.false_abstain, s.errors,
                s.questions);
  return buf;
}

}  // namespace rolegraph::cli
