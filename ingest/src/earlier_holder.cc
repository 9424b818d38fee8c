#include "earlier_holder.h"

#include <algorithm>
#include <set>

#include "facts.h"

namespace rolegraph::ingest {
namespace {

// A move that names no old holder ("From June the key register passes to
// the Night Guard") takes the duty from the one role named in one of the
// kMoveLookBack sentences before it that holds at least kMoveSharedWords, and
// at least kMoveSharedShare, of the content words the moved clause has before
// the move phrase ("Until now the key register was kept by the Site
// Supervisor."); nearest first. Words around the duty (who decided it,
// when) make the share too small.
constexpr uint32_t kMoveLookBack = 2;
constexpr size_t kMoveSharedWords = 2;
constexpr double kMoveSharedShare = 0.5;

// Stems of the words of `s` in [from, to) that are neither stop words,
// numbers nor in a role's name.
std::set<std::string> ContentStems(const AnalyzedSentence& s, const std::vector<RoleSpan>& spans, size_t from, size_t to) {
  std::set<std::string> out;
  for (size_t k = from; k < to && k < s.tokens.size(); ++k) {
    const bool in_name = std::any_of(spans.begin(), spans.end(), [&](const RoleSpan& sp) { return sp.first <= k && k <= sp.last; });
    if (!s.tokens[k].stop && !s.tokens[k].numeric && !in_name) out.insert(s.tokens[k].stem);
  }
  return out;
}

}  // namespace

std::string EarlierHolder(std::string_view text, const RecognizedRoles& roles,
                          const std::vector<AnalyzedSentence>& sentences, const std::vector<bool>& boilerplate,
                          uint32_t si, const SentenceFacts::UnsourcedMove& move) {
  const AnalyzedSentence& s = sentences[si];
  const std::set<std::string> duty = ContentStems(s, roles.spans[si], ClauseStart(text, s.tokens, move.at), move.at);
  for (uint32_t back = 1; back <= kMoveLookBack && back <= si; ++back) {
    const uint32_t e = si - back;
    if (boilerplate[e]) continue;
    std::string holder;
    for (const RoleSpan& sp : roles.spans[e]) {
      if (!IsRoleSpan(roles, sp) || sp.role_id == move.to->role_id || sp.role_id == holder) continue;
      if (!holder.empty()) return std::string();  // two roles: no telling whose duty it was
      holder = sp.role_id;
    }
    if (holder.empty()) continue;
    const std::set<std::string> earlier = ContentStems(sentences[e], roles.spans[e], 0, sentences[e].tokens.size());
    size_t shared = 0;
    for (const std::string& w : duty) shared += earlier.count(w);
    if (shared >= kMoveSharedWords && static_cast<double>(shared) >= kMoveSharedShare * static_cast<double>(duty.size()))
      return holder;
  }
  return std::string();
}

}  // namespace rolegraph::ingest
