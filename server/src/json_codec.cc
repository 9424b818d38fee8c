#include "json_codec.h"

#include "json_dump.h"

#include <cmath>

namespace rolegraph::server {
namespace {

// Insertion-ordered, so keys appear in the order docs/api.md lists them.
using json = nlohmann::ordered_json;

// Non-finite numbers are not JSON; report them as 0.
double Finite(double v) { return std::isfinite(v) ? v : 0.0; }

// Stored confidences are floats; print 0.9, not 0.8999999761581421.
double Rounded(float v) { return std::round(Finite(v) * 1e4) / 1e4; }

// An object filled key by key in the order given, each key once. Built from
// initializer lists, every pair was first a two-element array, then checked
// and moved: a citation cost ~14k instructions, an answer's body more than a
// third of the answer itself (issue 18). Same keys, order and value types.
class ObjectBuilder {
 public:
  explicit ObjectBuilder(size_t keys) : out_(json::object()) { Fields().reserve(keys); }
  template <typename Value>
  ObjectBuilder& Add(const char* key, Value&& value) {
    // ordered_map is a vector of pairs: appended, as the keys are distinct.
    Fields().emplace_back(key, json(std::forward<Value>(value)));
    return *this;
  }
  json Take() { return std::move(out_); }

 private:
  json::object_t& Fields() { return out_.get_ref<json::object_t&>(); }
  json out_;
};

void AddFactCitation(ObjectBuilder& b, const query::Citation& c) {
  b.Add("doc_id", c.doc_id)
      .Add("title", c.title)
      .Add("sentence", c.sentence)
      .Add("start", c.start)
      .Add("end", c.end)
      .Add("text", c.text);
}

// Citation of a fact: the sentence it came from, without highlights.
json EncodeFactCitation(const query::Citation& c) {
  ObjectBuilder b(6);
  AddFactCitation(b, c);
  return b.Take();
}

}  // namespace

json EncodeCitation(const query::Citation& c) {
  json highlights = json::array();
  auto& spans = highlights.get_ref<json::array_t&>();
  spans.reserve(c.highlights.size());
  for (const auto& [begin, end] : c.highlights) {
    json span = json::array();
    span.get_ref<json::array_t&>().reserve(2);
    span.push_back(begin);
    span.push_back(end);
    spans.push_back(std::move(span));
  }
  ObjectBuilder b(7);
  AddFactCitation(b, c);
  b.Add("highlights", std::move(highlights));
  return b.Take();
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
    answers.get_ref<json::array_t&>().reserve(r.answers.size());
    for (const auto& a : r.answers) {
      json citations = json::array();
      citations.get_ref<json::array_t&>().reserve(a.citations.size());
      for (const auto& c : a.citations) citations.push_back(EncodeCitation(c));
      json role = ObjectBuilder(3).Add("id", a.role.id).Add("name", a.role.name).Add("aliases", a.role.aliases).Take();
      answers.push_back(ObjectBuilder(3)
                            .Add("role", std::move(role))
                            .Add("confidence", Finite(a.confidence))
                            .Add("citations", std::move(citations))
                            .Take());
    }
  }
  ObjectBuilder out(5);
  out.Add("question", r.question)
      .Add("abstained", r.abstained)
      .Add("took_ms", Finite(r.took_ms))
      .Add("answers", std::move(answers));
  if (with_explain) out.Add("explain", EncodeExplanation(r.explanation));
  return out.Take();
}

namespace {

// `"key":` as DumpCompact writes an object's key.
void Key(const char* key, std::string* out) {
  out->push_back('"');
  out->append(key);
  out->append("\":");
}

void WriteCitation(const query::Citation& c, std::string* out) {
  Key("doc_id", out), AppendJsonString(c.doc_id, out);
  out->push_back(','), Key("title", out), AppendJsonString(c.title, out);
  out->push_back(','), Key("sentence", out), AppendJsonUnsigned(c.sentence, out);
  out->push_back(','), Key("start", out), AppendJsonUnsigned(c.start, out);
  out->push_back(','), Key("end", out), AppendJsonUnsigned(c.end, out);
  out->push_back(','), Key("text", out), AppendJsonString(c.text, out);
  out->push_back(','), Key("highlights", out), out->push_back('[');
  for (size_t i = 0; i < c.highlights.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->push_back('[');
    AppendJsonUnsigned(c.highlights[i].first, out);
    out->push_back(',');
    AppendJsonUnsigned(c.highlights[i].second, out);
    out->push_back(']');
  }
  out->push_back(']');
}

void WriteAnswer(const query::Answer& a, std::string* out) {
  Key("role", out), out->push_back('{');
  Key("id", out), AppendJsonString(a.role.id, out);
  out->push_back(','), Key("name", out), AppendJsonString(a.role.name, out);
  out->push_back(','), Key("aliases", out), out->push_back('[');
  for (size_t i = 0; i < a.role.aliases.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendJsonString(a.role.aliases[i], out);
  }
  out->append("]},");
  Key("confidence", out), AppendJsonDouble(Finite(a.confidence), out);
  out->push_back(','), Key("citations", out), out->push_back('[');
  for (size_t i = 0; i < a.citations.size(); ++i) {
    if (i > 0) out->push_back(',');
    out->push_back('{');
    WriteCitation(a.citations[i], out);
    out->push_back('}');
  }
  out->push_back(']');
}

}  // namespace

std::string WriteAskResponse(const query::AskResponse& r) {
  std::string out;
  out.reserve(1024);
  out.push_back('{');
  Key("question", &out), AppendJsonString(r.question, &out);
  out.push_back(','), Key("abstained", &out), out.append(r.abstained ? "true" : "false");
  out.push_back(','), Key("took_ms", &out), AppendJsonDouble(Finite(r.took_ms), &out);
  out.push_back(','), Key("answers", &out), out.push_back('[');
  if (!r.abstained) {
    for (size_t i = 0; i < r.answers.size(); ++i) {
      if (i > 0) out.push_back(',');
      out.push_back('{');
      WriteAnswer(r.answers[i], &out);
      out.push_back('}');
    }
  }
  out.append("]}");
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
