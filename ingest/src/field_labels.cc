// Document fields keyed by a role word: a header strip or a metadata line
// ("Owner: Quality Manager", "Penanggung jawab: Kepala Gudang") names the
// post that holds the field; the key is the field's name, not a post of the
// organisation. A role named only as such a key, with another role as the
// value right after the colon, is dropped. Part of the Recognizer
// (role_recognizer.h); roles.cc drives it.
#include <algorithm>
#include <map>
#include <string>

#include "role_recognizer.h"

namespace rolegraph::ingest::internal {
namespace {

// Emphasis marks a key or its value may carry ("**Owner:** X", "_Owner_: X").
bool IsEmphasis(char c) { return c == '*' || c == '_'; }
bool IsBlank(char c) { return c == ' ' || c == '\t'; }

} // namespace

// The span is a key: after it, on the same line, only emphasis, a colon,
// then another role's name begins.
bool Recognizer::IsFieldLabel(
    uint32_t si, const RoleSpan &span,
    const std::map<size_t, std::string> &starts) const {
  size_t at = sentences_[si].tokens[span.last].end;
  while (at < text_.size() && IsEmphasis(text_[at]))
    ++at;
  if (at >= text_.size() || text_[at] != ':')
    return false;
  ++at;
  while (at < text_.size() && (IsEmphasis(text_[at]) || IsBlank(text_[at])))
    ++at;
  const auto value = starts.find(at);
  return value != starts.end() && value->second != span.role_id;
}

void Recognizer::DropFieldLabels() {
  std::map<size_t, std::string>
      starts; // text offset -> role whose mention starts there
  for (uint32_t si = 0; si < sentences_.size(); ++si)
    for (const RoleSpan &span : result_.spans[si])
      starts[sentences_[si].tokens[span.first].begin] = span.role_id;
  std::map<std::string, bool> elsewhere; // role id -> named other than as a key
  for (uint32_t si = 0; si < sentences_.size(); ++si)
    for (const RoleSpan &span : result_.spans[si])
      elsewhere[span.role_id] = elsewhere[span.role_id] || span.pronoun ||
                                !IsFieldLabel(si, span, starts);
  for (const auto &[role_id, outside] : elsewhere) {
    const std::string &id =
        role_id; // a lambda may not capture a structured binding (clang 14)
    if (outside || !entities_.count(id))
      continue;
    entities_.erase(id);
    signatures_.erase(id);
    for (auto &spans : result_.spans)
      spans.erase(
          std::remove_if(spans.begin(), spans.end(),
                         [&](const RoleSpan &s) { return s.role_id == id; }),
          spans.end());
  }
}

} // namespace rolegraph::ingest::internal
