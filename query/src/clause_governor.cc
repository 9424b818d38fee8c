#include "clause_governor.h"

#include <algorithm>

namespace rolegraph::query {

uint32_t NameStart(const index::SentenceRecord& s, const index::RoleMention& m, const WordClasses& words) {
  uint32_t k = m.first_token;
  while (k > 0 && words.IsDeterminer(s.terms[k - 1].term)) --k;
  return k;
}

bool AgentMarkerBefore(const index::SentenceRecord& s, uint32_t k, const WordClasses& words) {
  constexpr uint32_t kMaxWordsBetween = 2;
  uint32_t between = 0;
  for (uint32_t j = k; j > 0; --j) {
    const auto& t = s.terms[j - 1];
    if (words.IsAgentMarker(t.term) || words.HolderPhraseEndsAt(s, j)) return true;
    if (j < k && s.terms[j].begin > t.end + 1) return false;  // punctuation
    if (words.IsDeterminer(t.term)) continue;
    if (t.stop || ++between > kMaxWordsBetween) return false;  // another function word, or too far
  }
  return false;
}

bool NegatedBefore(const index::SentenceRecord& s, const index::RoleMention& m, const WordClasses& words,
                   uint32_t window) {
  const uint32_t start = NameStart(s, m, words);
  for (uint32_t k = start; k > 0 && start - k < window; --k) {
    // Punctuation between two words ends the clause the name is in.
    if (k < s.terms.size() && s.terms[k].begin > s.terms[k - 1].end + 1) return false;
    if (words.IsNegation(s.terms[k - 1].term)) return true;
  }
  return false;
}

bool UnitActs(const index::SentenceRecord& s, const index::RoleMention& m, const WordClasses& words) {
  const uint32_t k = NameStart(s, m, words);
  if (k == 0 || m.agent) return true;
  return AgentMarkerBefore(s, k, words);
}

ClauseGovernor::ClauseGovernor(const index::SentenceRecord& s, const WordClasses& words,
                               const std::vector<const index::RoleMention*>& spans, const std::string& focus,
                               const std::vector<std::string>* question_objects, uint32_t negation_window,
                               std::vector<int8_t>* memo, bool past_question)
    : s_(s),
      words_(words),
      spans_(spans),
      focus_(focus),
      question_objects_(question_objects),
      negation_window_(negation_window),
      memo_(*memo),
      past_question_(past_question) {
  memo_.assign(kRules * s.mentions.size(), -1);
}

template <class Holds>
bool ClauseGovernor::Remembered(Rule rule, const index::RoleMention& m, Holds&& holds) {
  int8_t& known = memo_[kRules * static_cast<size_t>(&m - s_.mentions.data()) + rule];
  if (known < 0) known = holds() ? 1 : 0;
  return known == 1;
}

// "... kepada CEO dan melaporkan ...", "coordinate with the CMO to ...".
bool ClauseGovernor::ObjectOfPreposition(const index::RoleMention& m) {
  return Remembered(kObjectOfPreposition, m, [&] {
    const uint32_t k = NameStart(s_, m, words_);
    return k > 0 && words_.IsPreposition(s_.terms[k - 1].term);
  });
}

// "Sekdes mengoordinasikan para kaur ..., serta menyusun ...": a name right
// after a content word (a verb, no punctuation between) is that verb's
// object and does not take over the subject's later words.
bool ClauseGovernor::ObjectOfVerb(const index::RoleMention& m) {
  return Remembered(kObjectOfVerb, m, [&] {
    const uint32_t k = NameStart(s_, m, words_);
    if (k == 0) return false;
    const auto& prev = s_.terms[k - 1];
    const auto& next = s_.terms[k];
    // "..., sedangkan tim CFO menghitung": a new clause's subject (a
    // punctuation gap a word or two before it).
    for (uint32_t j = k - 1; j > 0 && k - j <= 2; --j)
      if (s_.terms[j].begin > s_.terms[j - 1].end + 1) return false;
    return !prev.stop && next.begin == prev.end + 1;
  });
}

bool ClauseGovernor::Negated(const index::RoleMention& m) {
  return Remembered(kNegated, m, [&] { return NegatedBefore(s_, m, words_, negation_window_); });
}

// An "and" between token `a` and token `b` (a < b).
bool ClauseGovernor::AndBetween(uint32_t a, uint32_t b) const {
  for (uint32_t j = a + 1; j < b && j < s_.terms.size(); ++j)
    if (words_.IsAnd(s_.terms[j].term)) return true;
  return false;
}

// Punctuation (a comma, a dash, a bracket) between token `a` and token `b` (a < b).
bool ClauseGovernor::ClauseBreak(uint32_t a, uint32_t b) const {
  for (uint32_t j = a + 1; j <= b && j < s_.terms.size(); ++j)
    if (s_.terms[j].begin > s_.terms[j - 1].end + 1) return true;
  return false;
}

bool ClauseGovernor::IsAgent(const index::RoleMention& m) const {
  return m.agent || AgentMarkerBefore(s_, NameStart(s_, m, words_), words_);
}

// The agent of the passive clause word `p` stands in: the first agent after
// it with no punctuation between, past roles named only as objects
// ("training for new pickers is given by the Extension Officer"); none when
// a subject, a denied or a negated name comes first.
const index::RoleMention* ClauseGovernor::AgentAhead(uint32_t p) {
  uint32_t from = p;
  for (const auto* m : spans_) {
    if (m->first_token <= p) continue;
    if (ClauseBreak(from, m->first_token - 1)) return nullptr;
    if (m->denied || Negated(*m)) return nullptr;
    if (IsAgent(*m)) return m;
    if (!Object(*m)) return nullptr;
    from = m->last_token;
  }
  return nullptr;
}

// "Who draws up the rota of the night porters?" over "- Draws up the rota
// of the night porters": a role the who-question names as what is acted
// on, written as an object in a sentence whose doer is in focus, does not
// take the doer's words.
bool ClauseGovernor::QuestionObject(const index::RoleMention& m) const {
  if (question_objects_ == nullptr || focus_.empty() || m.role_id == focus_) return false;
  const auto& ids = *question_objects_;
  return std::find(ids.begin(), ids.end(), m.role_id) != ids.end() && !IsAgent(m);
}

const std::string& ClauseGovernor::Govern(uint32_t p) {
  const index::RoleMention* before = nullptr;
  for (const auto* m : spans_)
    if (m->last_token < p && (!before || !Object(*m))) before = m;
  // "A counts the returns, but that job has now passed to B": the words of
  // a duty the sentence retires from the name before them are the new
  // holder's, the agent named after them (a question about before asks
  // for the name that held it).
  if (!past_question_ && before && before->denied && !Negated(*before))
    for (const auto* m : spans_)
      if (m->first_token > p && m->agent && !m->denied && !Negated(*m)) return m->role_id;
  if (before && QuestionObject(*before) && Object(*before) && !AgentAhead(p)) return focus_;
  // "Safety drills for new cadets are led by the Drill Officer", "...
  // disusun oleh A dan disetujui oleh B": a passive clause's words are its
  // agent's, when no role is named before them or only as an object or an
  // earlier agent, not as a subject doing them.
  shared_from_ = nullptr;
  if (!before || Object(*before) || IsAgent(*before) || ClauseBreak(before->last_token, p))
    if (const index::RoleMention* agent = AgentAhead(p)) {
      if (!before) shared_from_ = agent, shared_word_ = p;
      return agent->role_id;
    }
  if (before) return before->role_id;
  return GovernFromAfter(p);
}

void ClauseGovernor::CoAgents(uint32_t p, std::vector<const index::RoleMention*>* out) {
  out->clear();
  if (shared_from_ == nullptr || shared_word_ != p) return;
  // The last content word before the first agent's marker is that clause's
  // own verb ("is drafted by A"): only the words before it are shared.
  uint32_t marker = NameStart(s_, *shared_from_, words_);
  while (marker > 0 && !words_.IsAgentMarker(s_.terms[marker - 1].term)) --marker;
  bool content_between = false;
  for (uint32_t q = p + 1; q + 1 < marker && !content_between; ++q) content_between = !s_.terms[q].stop;
  if (!content_between) return;
  // Past the first agent, as AgentAhead walks to it: objects are skipped;
  // punctuation, a subject, a denied or a negated name ends the chain, and
  // so does an agent no "and" joins on ("... by A before it is read by B":
  // a clause of its own).
  uint32_t from = shared_from_->last_token;
  for (const auto* m : spans_) {
    if (m->first_token <= from) continue;
    if (ClauseBreak(from, m->first_token - 1) || m->denied || Negated(*m)) return;
    if (IsAgent(*m)) {
      if (!AndBetween(from, m->first_token)) return;
      if (m->role_id != shared_from_->role_id) out->push_back(m);
    } else if (!Object(*m)) {
      return;
    }
    from = m->last_token;
  }
}

// No role named before word `p`: the first one after it, unless it only
// closes the sentence as an object or a partner of the role in focus.
const std::string& ClauseGovernor::GovernFromAfter(uint32_t p) {
  const index::RoleMention* last_span = spans_.empty() ? nullptr : spans_.back();
  bool after_retired = false;  // B in "X moves from A to B" holds X
  for (const auto* m : spans_) {
    if (m->first_token <= p) continue;
    // "X bukan tugas A, melainkan ditangani oleh B", "X moves from A to B":
    // skip a name the sentence denies or retires; the name after it takes
    // its words ("tidak lagi oleh A, tetapi oleh B").
    if ((Negated(*m) || m->denied) && m != last_span) {
      after_retired = true;
      continue;
    }
    if (after_retired) return m->role_id;
    const bool closing = m->last_token + 2 >= s_.terms.size();
    const bool agent = IsAgent(*m);
    if (!agent && QuestionObject(*m)) return focus_;
    if (closing && !agent && !focus_.empty()) return focus_;
    // "- Plan the rota together with the Store Manager and ...": a role
    // after a preposition is a partner, not the doer of what precedes.
    if (!agent && ObjectOfPreposition(*m) && !focus_.empty()) return focus_;
    return m->role_id;
  }
  return focus_;
}

}  // namespace rolegraph::query
