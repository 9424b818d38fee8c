#include "negated_predicates.h"

namespace rolegraph::query {
namespace {

// Punctuation (more than a space) between token k-1 and token k.
bool GapBefore(const index::SentenceRecord& s, uint32_t k) {
  return k > 0 && k < s.terms.size() && s.terms[k].begin > s.terms[k - 1].end + 1;
}

}  // namespace

std::vector<NegatedStretch> NegatedPredicates(const index::SentenceRecord& s, const WordClasses& words,
                                              uint32_t reach) {
  std::vector<NegatedStretch> out;
  const uint32_t n = static_cast<uint32_t>(s.terms.size());
  for (const index::RoleMention& m : s.mentions) {
    if (m.denied) continue;
    uint32_t k = m.last_token + 1;
    while (k < n && k - m.last_token <= reach && !GapBefore(s, k) && s.terms[k].stop &&
           !words.IsNegation(s.terms[k].term))
      ++k;
    if (k >= n || GapBefore(s, k) || !words.IsNegation(s.terms[k].term)) continue;
    if (k + 1 < n && words.IsFocusParticle(s.terms[k + 1].term)) continue;
    uint32_t last = k;
    while (last + 1 < n && !GapBefore(s, last + 1) && !words.IsContrastCue(s.terms[last + 1].term)) ++last;
    if (last > k) out.push_back({k + 1, last, &m.role_id});
  }
  return out;
}

bool DeniedTo(const std::vector<NegatedStretch>& stretches, uint32_t p, const std::string& role) {
  for (const NegatedStretch& st : stretches)
    if (st.first <= p && p <= st.last && *st.role == role) return true;
  return false;
}

}  // namespace rolegraph::query
