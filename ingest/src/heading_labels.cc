// Feature headings that name a role in passing: a profile article heads each
// section with a phrase in sentence case ("## Sang nakhoda", "## Dokter para
// satwa", "**Penjaga gudang.** Pak Joko ...") and then gives the person's
// real title in the text. A role named only in such headings is a figure of
// speech, not a post of the organisation. Part of the Recognizer
// (role_recognizer.h); roles.cc drives it.
#include <algorithm>
#include <map>

#include "role_recognizer.h"
#include "role_text.h"

namespace rolegraph::ingest::internal {
namespace {

// A heading phrase of at least two words (one word alone is a layout title,
// "3. Teller"), its first word capitalised and every other one in lower case.
constexpr size_t kMinLabelWords = 2;

}  // namespace

bool Recognizer::IsSentenceCaseHeading(uint32_t si) const {
  const AnalyzedSentence& s = sentences_[si];
  if (s.tokens.empty()) return false;
  // The marks before the first word and after the last (a sentence's span
  // may or may not hold them).
  size_t line = s.tokens.front().begin;
  while (line > 0 && text_[line - 1] != '\n') --line;
  const std::string_view lead = text_.substr(line, s.tokens.front().begin - line);
  const size_t end = s.tokens.back().end;
  const std::string_view rest = text_.substr(end, std::min<size_t>(4, text_.size() - end));
  // A markdown heading, or a bold run-in lead closing its phrase ("**X.**").
  const bool marked = (lead.find('#') != std::string_view::npos) ||
                      (lead.find("**") != std::string_view::npos && (rest.starts_with("**") || rest.starts_with(".**")));
  if (!marked) return false;
  size_t words = 0;
  for (const Token& t : s.tokens) {
    if (!IsWord(t)) continue;
    if (words > 0 && (t.capital || t.upper)) return false;
    if (words == 0 && !t.capital) return false;
    ++words;
  }
  return words >= kMinLabelWords;
}

void Recognizer::DropHeadingLabels() {
  std::map<std::string, bool> elsewhere;  // role id -> named outside such headings
  for (uint32_t si = 0; si < sentences_.size(); ++si) {
    if (result_.spans[si].empty()) continue;
    const bool label = IsSentenceCaseHeading(si);
    for (const RoleSpan& span : result_.spans[si]) elsewhere[span.role_id] = elsewhere[span.role_id] || !label;
  }
  for (const auto& [role_id, outside] : elsewhere) {
    const std::string& id = role_id;  // a lambda may not capture a structured binding (clang 14)
    if (outside || !entities_.count(id)) continue;
    DropRole(id);
  }
}

}  // namespace rolegraph::ingest::internal
