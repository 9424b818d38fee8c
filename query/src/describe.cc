// Role descriptions and comparisons: answers built from what the index
// knows about the roles a question names rather than from matched words.
#include <algorithm>
#include <map>
#include <set>

#include "answer_types.h"
#include "word_classes.h"

namespace rolegraph::query {

// "What does X do?" / a comparison with no sentence naming both: each named
// role with the sentences of its strongest facts.
std::vector<RoleScore> DescribeRoles(index::Reader& reader, const std::vector<std::string>& roles,
                                     SentenceCache* cache) {
  std::vector<RoleScore> ranked;
  // Definitions ("X adalah ...", "X is the ...") and responsibilities
  // describe a role best, relations least.
  // Requirements say who may hold the role, not what it does.
  auto rank = [](const index::FactRecord& f) {
    bool relation = f.predicate == "reports_to" || f.predicate == "collaborates_with" ||
                    f.predicate == "coordinates_with" || f.predicate == "similar_to" || f.predicate == "held_by";
    if (relation) return 0;
    return f.predicate == "requires" ? 1 : 2;
  };
  for (const auto& id : roles) {
    // Facts come by document id. Once whole documents hold enough distinct
    // best-rank sentences, later documents cannot change the citations.
    std::vector<index::FactRecord> facts;
    std::set<SentenceKey> strong;
    std::string doc;
    Status read = reader.ForEachFact(id, [&](const index::FactRecord& f) {
      if (f.negated || !f.current) return true;  // denied or past: never a description
      if (f.doc_id != doc) {
        if (strong.size() >= kMaxCitations) return false;
        doc = f.doc_id;
      }
      if (rank(f) == 2) strong.insert({f.doc_id, f.sentence});
      facts.push_back(f);
      return true;
    });
    if (!read.ok() || facts.empty()) continue;
    // then the rest in document order (a role's section reads as its description).
    std::stable_sort(facts.begin(), facts.end(), [&](const index::FactRecord& a, const index::FactRecord& b) {
      if (rank(a) != rank(b)) return rank(a) > rank(b);
      if (a.doc_id != b.doc_id) return a.doc_id < b.doc_id;
      return a.sentence < b.sentence;
    });
    RoleScore rs;
    rs.id = id;
    rs.total = 1.0;
    std::set<SentenceKey> seen;
    for (const auto& f : facts) {
      if (rs.evidence.size() >= kMaxCitations || !seen.insert({f.doc_id, f.sentence}).second) continue;
      auto s = reader.GetSentenceShared(f.doc_id, f.sentence);
      if (!s.ok()) continue;
      const auto& rec = *cache->emplace(SentenceKey{f.doc_id, f.sentence}, std::move(*s)).first->second;
      rs.evidence.push_back({1.0, 1.0, &rec, {{f.object_begin - rec.begin, f.object_end - rec.begin}}});
    }
    if (!rs.evidence.empty()) ranked.push_back(std::move(rs));
  }
  return ranked;
}

// Comparison: sentences of the documents that speak of the named roles,
// best when several named roles each have words of their own
// ("Sementara CIO berfokus ..., CTO berfokus ..."), next when one named
// role is set against something with a contrast word ("by contrast",
// "sedangkan").
std::vector<RoleScore> CompareRoles(index::Reader& reader, const std::vector<std::string>& roles,
                                    const WordClasses& words, SentenceCache* cache) {
  auto named = [&](const std::string& id) { return std::find(roles.begin(), roles.end(), id) != roles.end(); };
  std::set<std::string> docs;
  for (const auto& id : roles) {
    auto ids = reader.RoleDocuments(id);
    if (ids.ok()) docs.insert(ids->begin(), ids->end());
  }
  std::vector<std::pair<double, const index::SentenceRecord*>> best;
  for (const auto& doc : docs) {
    auto sentences = reader.GetSentences(doc);
    if (!sentences.ok()) continue;
    for (auto& s : *sentences) {
      if (s.boilerplate || s.heading) continue;
      std::map<std::string, int> own;
      for (size_t k = 0; k < s.mentions.size(); ++k) {
        const auto& m = s.mentions[k];
        if (!named(m.role_id)) continue;
        uint32_t end = k + 1 < s.mentions.size() ? s.mentions[k + 1].first_token : s.terms.size();
        for (uint32_t p = m.last_token + 1; p < end; ++p) own[m.role_id] += s.terms[p].stop ? 0 : 1;
      }
      if (own.empty()) continue;
      bool contrast = std::any_of(s.terms.begin(), s.terms.end(),
                                  [&](const index::TermOccurrence& t) { return words.IsContrastWord(t.term); });
      int least = 1 << 20, most = 0;
      for (const auto& id : roles) {
        least = std::min(least, own.count(id) ? own[id] : 0);
        most = std::max(most, own.count(id) ? own[id] : 0);
      }
      // Both roles with words of their own beat one role set against
      // something; a title line ("X vs Y: ...") has no words of its own.
      double score = own.size() >= 2 && least >= 2 ? 10.0 + std::min(least, 12)
                     : contrast && most >= 3       ? 5.0 + std::min(most, 8) * 0.5
                                                   : 0.0;
      SentenceKey key{s.doc_id, s.index};
      const auto& rec =
          *cache->emplace(key, std::make_shared<const index::SentenceRecord>(std::move(s))).first->second;
      if (score > 0) best.emplace_back(score, &rec);
    }
  }
  std::stable_sort(best.begin(), best.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  // Comparison sentences first, then what describes each role best.
  std::vector<RoleScore> ranked = DescribeRoles(reader, roles, cache);
  for (auto& rs : ranked) {
    std::vector<RoleEvidence> evidence;
    std::set<const index::SentenceRecord*> used;
    for (const auto& [score, rec] : best)
      if (evidence.size() < kMaxCitations - 1 && used.insert(rec).second) evidence.push_back({1.0, 1.0, rec, {}});
    for (const auto& ev : rs.evidence)
      if (evidence.size() < kMaxCitations && used.insert(ev.sentence).second) evidence.push_back(ev);
    rs.evidence = std::move(evidence);
    rs.total = best.empty() ? 1.0 : best[0].first;
  }
  return ranked;
}

}  // namespace rolegraph::query
