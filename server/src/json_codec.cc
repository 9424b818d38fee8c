#include "json_codec.h"

#include <cmath>

namespace rolegraph::server {
namespace {

// Insertion-ordered, so keys appear in the order docs/api.md lists them.
using json = nlohmann::ordered_json;

// Non-finite numbers are not JSON; report them as 0.
double Finite(double v) { return std::isfinite(v) ? v : 0.0; }

// Stored confidences are floats; print 0.9, not 0.8999999761581421.
double Rounded(float v) { return std::round(Finite(v) * 1e4) / 1e4; }

// Citation of a fact: the sentence it came from, without highlights.
json EncodeFactCitation(const query::Citation& c) {
  return {{"doc_id", c.doc_id}, {"title", c.title}, {"sentence", c.sentence},
          {"start", c.start},   {"end", c.end},     {"text", c.text}};
}

}  // namespace

json EncodeCitation(const query::Citation& c) {
  json highlights = json::array();
  for (const auto& [begin, end] : c.highlights) highlights.push_back(json::array({begin, end}));
  json out = EncodeFactCitation(c);
  out["highlights"] = std::move(highlights);
  return out;
}

json EncodeExplanation(const query::Explanation& e) {
  json terms = json::array();
  for (const auto& t : e.terms) {
    terms.push_back({{"question_word", t.question_word},
                     {"term", t.term},
                     {"lang", t.lang},
                     {"weight", Finite(t.weight)},
                     {"source", t.source}});
  }
  json parts = json::object();
  for (const auto& [name, value] : e.score_parts) parts[name] = Finite(value);
  json concepts = json::array();
  for (const auto& c : e.concepts)
    concepts.push_back({{"word", c.word}, {"part", c.part}, {"idf", Finite(c.idf)}, {"held", Finite(c.held)}});
  return {{"question_type", e.question_type},
          {"question_roles", e.question_roles},
          {"terms", std::move(terms)},
          {"concepts", std::move(concepts)},
          {"score_parts", std::move(parts)},
          {"why", e.why}};
}

json EncodeAskResponse(const query::AskResponse& r, bool with_explain) {
  json answers = json::array();
  if (!r.abstained) {
    for (const auto& a : r.answers) {
      json citations = json::array();
      for (const auto& c : a.citations) citations.push_back(EncodeCitation(c));
      answers.push_back(
          {{"role", {{"id", a.role.id}, {"name", a.role.name}, {"aliases", a.role.aliases}}},
           {"confidence", Finite(a.confidence)},
           {"citations", std::move(citations)}});
    }
  }
  json out = {{"question", r.question},
              {"abstained", r.abstained},
              {"took_ms", Finite(r.took_ms)},
              {"answers", std::move(answers)}};
  if (with_explain) out["explain"] = EncodeExplanation(r.explanation);
  return out;
}

json EncodeRole(const index::RoleRecord& role) {
  return {{"id", role.id},           {"name", role.name},   {"kind", role.kind},
          {"aliases", role.aliases}, {"facts", role.facts}, {"mentions", role.mentions}};
}

json EncodeRoles(const std::vector<index::RoleRecord>& roles) {
  json list = json::array();
  for (const auto& role : roles) list.push_back(EncodeRole(role));
  return {{"roles", std::move(list)}};
}

json EncodeRoleDetail(const index::RoleRecord& role, const std::vector<CitedFact>& facts) {
  json out = EncodeRole(role);
  json by_predicate = json::object();
  for (const auto& f : facts) {
    json item = {{"object", f.fact.object},
                 {"confidence", Rounded(f.fact.confidence)},
                 {"citation", EncodeFactCitation(f.citation)}};
    if (!f.fact.object_role_id.empty()) item["object_role_id"] = f.fact.object_role_id;
    by_predicate[f.fact.predicate].push_back(std::move(item));
  }
  out["facts"] = std::move(by_predicate);
  return out;
}

json EncodeFact(const CitedFact& f) {
  return {{"role_id", f.fact.role_id},
          {"predicate", f.fact.predicate},
          {"object", f.fact.object},
          {"object_role_id", f.fact.object_role_id},
          {"confidence", Rounded(f.fact.confidence)},
          {"citation", EncodeFactCitation(f.citation)}};
}

json EncodeFacts(const std::vector<CitedFact>& facts) {
  json list = json::array();
  for (const auto& f : facts) list.push_back(EncodeFact(f));
  return {{"facts", std::move(list)}};
}

json EncodeGraph(const RoleGraphData& graph) {
  json nodes = json::array();
  for (const auto& n : graph.nodes)
    nodes.push_back({{"id", n.id}, {"name", n.name}, {"kind", n.kind}});
  auto encode = [](const std::vector<CitedFact>& list) {
    json edges = json::array();
    for (const auto& e : list) {
      edges.push_back({{"source", e.fact.role_id},
                       {"target", e.fact.object_role_id},
                       {"predicate", e.fact.predicate},
                       {"negated", e.fact.negated},
                       {"current", e.fact.current},
                       {"confidence", Rounded(e.fact.confidence)},
                       {"citation", EncodeFactCitation(e.citation)}});
    }
    return edges;
  };
  return {{"nodes", std::move(nodes)}, {"edges", encode(graph.edges)},
          {"inactive_edges", encode(graph.inactive_edges)}, {"associations", encode(graph.associations)}};
}

json EncodeDocumentMeta(const index::DocumentMeta& m) {
  return {{"id", m.id},
          {"title", m.title},
          {"lang", m.lang},
          {"source", m.source},
          {"bytes", m.bytes},
          {"hash", m.hash},
          {"sentences", m.sentences},
          {"facts", m.facts},
          {"updated_at", m.updated_at}};
}

json EncodeDocuments(const std::vector<index::DocumentMeta>& documents) {
  json list = json::array();
  for (const auto& d : documents) list.push_back(EncodeDocumentMeta(d));
  return {{"documents", std::move(list)}};
}

json EncodeDocument(const index::Document& document) {
  json out = EncodeDocumentMeta(document.meta);
  out["text"] = document.text;
  return out;
}

}  // namespace rolegraph::server
