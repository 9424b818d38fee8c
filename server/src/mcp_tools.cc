#include "mcp_tools.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "ask_request.h"
#include "graph_view.h"
#include "http_util.h"
#include "json_codec.h"
#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::server {
namespace {

using ojson = nlohmann::ordered_json;

// The tool catalogue. Schemas are JSON text so they read like the
// documentation; they describe the API's shapes (docs/api.md), loosely
// enough that a new field never breaks a client that validates.
constexpr const char* kToolCatalogue = R"JSON([
{"name": "ask",
 "title": "Ask who is responsible",
 "description": "Answers a question about organisational roles (English or Indonesian) from the indexed documents: the roles most likely responsible, a confidence 0..1 and the exact sentences that prove it, or an abstention when the documents do not say.",
 "inputSchema": {"type": "object", "properties": {
   "question": {"type": "string", "description": "The question, in English or Indonesian, e.g. 'Who signs purchase orders?' (at most 2000 bytes, 200 words)"},
   "top_k": {"type": "integer", "minimum": 1, "maximum": 10, "description": "Answers to return (default 3)"},
   "lang": {"type": "string", "enum": ["en", "id"], "description": "Language of the question; detected when absent"}},
  "required": ["question"], "additionalProperties": false},
 "outputSchema": {"type": "object", "properties": {
   "question": {"type": "string"}, "abstained": {"type": "boolean"}, "took_ms": {"type": "number"},
   "answers": {"type": "array", "items": {"type": "object", "properties": {
     "role": {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"},
       "aliases": {"type": "array", "items": {"type": "string"}}}, "required": ["id", "name"]},
     "confidence": {"type": "number"},
     "citations": {"type": "array", "items": {"type": "object", "properties": {
       "doc_id": {"type": "string"}, "title": {"type": "string"}, "sentence": {"type": "integer"},
       "start": {"type": "integer"}, "end": {"type": "integer"}, "text": {"type": "string"},
       "url": {"type": "string"}}, "required": ["doc_id", "sentence", "text"]}}},
    "required": ["role", "confidence", "citations"]}}},
  "required": ["question", "abstained", "answers"]},
 "annotations": {"readOnlyHint": true, "openWorldHint": false}},
{"name": "list_roles",
 "title": "List roles",
 "description": "Lists the roles and organisational units named in the documents, with their aliases and how many facts and mentions each has.",
 "inputSchema": {"type": "object", "properties": {
   "query": {"type": "string", "description": "Only roles whose id, name or an alias contains this (case-insensitive)"},
   "limit": {"type": "integer", "minimum": 1, "maximum": 1000, "description": "Most roles to return (default 200)"}},
  "additionalProperties": false},
 "outputSchema": {"type": "object", "properties": {
   "roles": {"type": "array", "items": {"type": "object", "properties": {
     "id": {"type": "string"}, "name": {"type": "string"}, "kind": {"type": "string"}},
    "required": ["id", "name"]}},
   "total": {"type": "integer"}, "truncated": {"type": "boolean"}},
  "required": ["roles", "total", "truncated"]},
 "annotations": {"readOnlyHint": true, "openWorldHint": false}},
{"name": "get_role",
 "title": "Get a role's facts",
 "description": "One role by id, name or alias: its facts grouped by predicate (responsibilities, reports_to, ...) and its edges to other roles, each with the sentence that states it.",
 "inputSchema": {"type": "object", "properties": {
   "role": {"type": "string", "description": "Role id ('cto'), name or alias"}},
  "required": ["role"], "additionalProperties": false},
 "outputSchema": {"type": "object", "properties": {
   "id": {"type": "string"}, "name": {"type": "string"}, "facts": {"type": "object"},
   "edges": {"type": "array"}},
  "required": ["id", "name", "facts", "edges"]},
 "annotations": {"readOnlyHint": true, "openWorldHint": false}},
{"name": "get_passage",
 "title": "Read a cited passage",
 "description": "A sentence of a document (as cited by ask or get_role: doc_id and sentence number) with the sentences around it, so the citation can be read in context.",
 "inputSchema": {"type": "object", "properties": {
   "doc_id": {"type": "string"},
   "sentence": {"type": "integer", "minimum": 0},
   "context": {"type": "integer", "minimum": 0, "maximum": 5, "description": "Sentences before and after (default 1)"}},
  "required": ["doc_id", "sentence"], "additionalProperties": false},
 "outputSchema": {"type": "object", "properties": {
   "doc_id": {"type": "string"}, "title": {"type": "string"}, "sentence": {"type": "integer"},
   "text": {"type": "string"}, "before": {"type": "array"}, "after": {"type": "array"}},
  "required": ["doc_id", "sentence", "text", "before", "after"]},
 "annotations": {"readOnlyHint": true, "openWorldHint": false}}
])JSON";

ojson TextContent(std::string text) {
  return ojson::array({{{"type", "text"}, {"text", std::move(text)}}});
}

ojson ToolResult(std::string text, ojson structured) {
  return {{"content", TextContent(std::move(text))},
          {"structuredContent", std::move(structured)},
          {"isError", false}};
}

ojson ToolError(std::string_view code, std::string_view message) {
  return {{"content", TextContent(std::string(code) + ": " + std::string(message))},
          {"isError", true}};
}

ojson ToolError(const ApiError& error) { return ToolError(error.code, error.message); }
ojson ToolError(const Status& status) { return ToolError(ApiErrorFromStatus(status)); }

// The first argument not in `allowed`, if any: the schemas say
// additionalProperties false, and a misspelt argument should not pass
// silently.
std::optional<ojson> UnknownArgument(const nlohmann::json& arguments,
                                     std::initializer_list<std::string_view> allowed) {
  for (const auto& [key, value] : arguments.items()) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      return ToolError("invalid_argument", "unknown argument \"" + key.substr(0, 64) + "\"");
    }
  }
  return std::nullopt;
}

// An optional integer argument in [lo, hi]; `fallback` when absent.
std::variant<long long, ojson> IntArgument(const nlohmann::json& arguments, const char* name,
                                           long long fallback, long long lo, long long hi) {
  auto it = arguments.find(name);
  if (it == arguments.end() || it->is_null()) return fallback;
  const std::string range = std::to_string(lo) + ".." + std::to_string(hi);
  if (!it->is_number_integer() ||
      (it->is_number_unsigned() && it->get<uint64_t>() > uint64_t(hi)) ||
      it->get<long long>() < lo || it->get<long long>() > hi) {
    return ToolError(std::string("invalid_") + name,
                     std::string(name) + " must be an integer " + range);
  }
  return it->get<long long>();
}

// A required (or optional, empty when absent) short string argument.
std::variant<std::string, ojson> StringArgument(const nlohmann::json& arguments, const char* name,
                                                bool required, const McpToolLimits& limits) {
  auto it = arguments.find(name);
  if (it == arguments.end() || it->is_null()) {
    if (!required) return std::string();
    return ToolError(std::string("invalid_") + name,
                     std::string("missing argument \"") + name + "\"");
  }
  if (!it->is_string()) {
    return ToolError(std::string("invalid_") + name, std::string(name) + " must be a string");
  }
  const auto& s = it->get_ref<const std::string&>();
  if (s.size() > limits.max_key_bytes || !ingest::IsValidUtf8(s) ||
      s.find('\0') != std::string::npos || (required && s.empty())) {
    return ToolError(std::string("invalid_") + name,
                     std::string(name) + " must be non-empty UTF-8 of at most " +
                         std::to_string(limits.max_key_bytes) + " bytes");
  }
  return s;
}

std::string DocumentLink(std::string_view base_url, std::string_view doc_id, uint32_t sentence) {
  if (base_url.empty()) return "";
  return std::string(base_url) + "/docs/" + std::string(doc_id) + "#s" + std::to_string(sentence);
}

std::string Percent(double confidence) {
  return std::to_string(static_cast<int>(std::lround(confidence * 100))) + "%";
}

ojson Ask(const HandlerContext& ctx, const nlohmann::json& arguments, std::string_view base_url) {
  if (auto e = UnknownArgument(arguments, {"question", "top_k", "lang"})) return *e;
  // The HTTP API's own parser, so the tool has exactly its checks and limits.
  AskParse parsed = ParseAskJson(DumpJson(ojson(arguments)));
  if (const auto* error = std::get_if<ApiError>(&parsed)) return ToolError(*error);
  auto response = RunAsk(ctx, std::get<query::AskRequest>(parsed));
  if (!response.ok()) return ToolError(response.status());

  ojson structured = EncodeAskResponse(*response, /*with_explain=*/false);
  std::string text;
  if (response->abstained || response->answers.empty()) {
    text = "No answer: the documents do not say who is responsible for that.";
  }
  size_t i = 0;
  for (const auto& answer : response->answers) {
    if (response->abstained) break;
    auto& citations = structured["answers"][i++]["citations"];
    text += answer.role.name + " (" + answer.role.id + "), confidence " +
            Percent(answer.confidence) + "\n";
    size_t j = 0;
    for (const auto& c : answer.citations) {
      const std::string link = DocumentLink(base_url, c.doc_id, c.sentence);
      if (!link.empty()) citations[j]["url"] = link;
      ++j;
      text += "  \"" + c.text + "\" (" + c.title + ", doc_id " + c.doc_id + ", sentence " +
              std::to_string(c.sentence) + (link.empty() ? "" : ", " + link) + ")\n";
    }
  }
  return ToolResult(std::move(text), std::move(structured));
}

// Case-insensitive for ASCII; other bytes compare exactly.
bool ContainsFolded(std::string_view haystack, std::string_view needle) {
  auto lower = [](unsigned char c) { return static_cast<char>(std::tolower(c)); };
  auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                        [&](char a, char b) { return lower(a) == lower(b); });
  return it != haystack.end();
}

ojson ListRoles(const HandlerContext& ctx, const nlohmann::json& arguments,
                const McpToolLimits& limits) {
  if (auto e = UnknownArgument(arguments, {"query", "limit"})) return *e;
  auto query = StringArgument(arguments, "query", false, limits);
  if (auto* e = std::get_if<ojson>(&query)) return *e;
  auto limit = IntArgument(arguments, "limit", limits.default_roles, 1, limits.max_roles);
  if (auto* e = std::get_if<ojson>(&limit)) return *e;
  const std::string& needle = std::get<std::string>(query);

  GraphView view(ctx.deps.db->NewReader());
  auto roles = view.Roles();
  if (!roles.ok()) return ToolError(roles.status());
  std::vector<index::RoleRecord> matching;
  for (auto& role : *roles) {
    bool match =
        needle.empty() || ContainsFolded(role.id, needle) || ContainsFolded(role.name, needle);
    for (const auto& alias : role.aliases) match = match || ContainsFolded(alias, needle);
    if (match) matching.push_back(std::move(role));
  }
  const size_t total = matching.size();
  const bool truncated = total > static_cast<size_t>(std::get<long long>(limit));
  if (truncated) matching.resize(std::get<long long>(limit));
  std::string text = std::to_string(total) + " roles" +
                     (truncated ? " (first " + std::to_string(matching.size()) + " shown)" : "") +
                     "\n";
  for (const auto& role : matching) {
    text += "- " + role.name + " (id " + role.id + (role.kind == "role" ? "" : ", " + role.kind) +
            ", " + std::to_string(role.facts) + " facts)\n";
  }
  ojson structured = EncodeRoles(matching);
  structured["total"] = total;
  structured["truncated"] = truncated;
  return ToolResult(std::move(text), std::move(structured));
}

ojson GetRole(const HandlerContext& ctx, const nlohmann::json& arguments, std::string_view base_url,
              const McpToolLimits& limits) {
  if (auto e = UnknownArgument(arguments, {"role"})) return *e;
  auto key = StringArgument(arguments, "role", true, limits);
  if (auto* e = std::get_if<ojson>(&key)) return *e;
  GraphView view(ctx.deps.db->NewReader());
  auto role = view.ResolveRole(std::get<std::string>(key));
  if (!role.ok()) return ToolError(role.status());
  FactFilter filter;
  filter.role = role->id;
  auto facts = view.Facts(filter);
  if (!facts.ok()) return ToolError(facts.status());
  auto graph = view.Graph();
  if (!graph.ok()) return ToolError(graph.status());

  ojson structured = EncodeRoleDetail(*role, *facts);
  std::map<std::string, std::string> names;
  for (const auto& node : graph->nodes) names[node.id] = node.name.empty() ? node.id : node.name;
  std::string text = role->name + " (id " + role->id + ")\n";
  std::string current;
  for (const auto& f : *facts) {
    if (f.fact.predicate != current) text += (current = f.fact.predicate) + ":\n";
    text += "  - " + f.fact.object + "  [\"" + f.citation.text + "\" " + f.citation.doc_id +
            " sentence " + std::to_string(f.citation.sentence) + "]\n";
  }
  ojson edges = ojson::array();
  for (const auto& e : graph->edges) {
    if (e.fact.role_id != role->id && e.fact.object_role_id != role->id) continue;
    ojson citation = {{"doc_id", e.citation.doc_id},
                      {"title", e.citation.title},
                      {"sentence", e.citation.sentence},
                      {"text", e.citation.text}};
    const std::string link = DocumentLink(base_url, e.citation.doc_id, e.citation.sentence);
    if (!link.empty()) citation["url"] = link;
    edges.push_back({{"source", e.fact.role_id},
                     {"target", e.fact.object_role_id},
                     {"predicate", e.fact.predicate},
                     {"citation", std::move(citation)}});
    text += "edge: " + names[e.fact.role_id] + " " + e.fact.predicate + " " +
            names[e.fact.object_role_id] + "\n";
  }
  structured["edges"] = std::move(edges);
  return ToolResult(std::move(text), std::move(structured));
}

ojson GetPassage(const HandlerContext& ctx, const nlohmann::json& arguments,
                 std::string_view base_url, const McpToolLimits& limits) {
  if (auto e = UnknownArgument(arguments, {"doc_id", "sentence", "context"})) return *e;
  auto doc_id = StringArgument(arguments, "doc_id", true, limits);
  if (auto* e = std::get_if<ojson>(&doc_id)) return *e;
  if (!arguments.contains("sentence"))
    return ToolError("invalid_sentence", "missing argument \"sentence\"");
  auto sentence = IntArgument(arguments, "sentence", 0, 0, UINT32_MAX);
  if (auto* e = std::get_if<ojson>(&sentence)) return *e;
  auto context = IntArgument(arguments, "context", limits.default_context, 0, limits.max_context);
  if (auto* e = std::get_if<ojson>(&context)) return *e;

  const std::string& id = std::get<std::string>(doc_id);
  auto reader = ctx.deps.db->NewReader();
  auto document = reader->GetDocument(id);
  if (!document.ok()) return ToolError(document.status());
  auto sentences = reader->GetSentences(id);
  if (!sentences.ok()) return ToolError(sentences.status());
  const long long n = static_cast<long long>(sentences->size());
  const long long at = std::get<long long>(sentence);
  if (at >= n) {
    return ToolError("not_found", "document " + id + " has " + std::to_string(n) +
                                      " sentences (0.." + std::to_string(std::max(0LL, n - 1)) +
                                      ")");
  }
  const std::string& body = document->text;
  auto text_of = [&](const index::SentenceRecord& s) {
    const size_t begin = std::min<size_t>(s.begin, body.size());
    return body.substr(begin, std::min<size_t>(s.end, body.size()) - begin);
  };
  // Context skips site furniture (menus, adverts): it is stored but never
  // part of what the document says.
  auto neighbours = [&](long long from, long long step) {
    ojson list = ojson::array();
    for (long long i = from;
         i >= 0 && i < n && static_cast<long long>(list.size()) < std::get<long long>(context);
         i += step) {
      const auto& s = (*sentences)[i];
      if (s.boilerplate) continue;
      list.push_back({{"sentence", s.index}, {"text", text_of(s)}});
    }
    return list;
  };
  const auto& target = (*sentences)[at];
  ojson before = neighbours(at - 1, -1);
  std::reverse(before.begin(), before.end());
  ojson after = neighbours(at + 1, 1);
  ojson structured = {{"doc_id", id},
                      {"title", document->meta.title},
                      {"lang", document->meta.lang},
                      {"sentence", target.index},
                      {"start", target.begin},
                      {"end", target.end},
                      {"text", text_of(target)},
                      {"before", before},
                      {"after", after}};
  const std::string link = DocumentLink(base_url, id, target.index);
  if (!link.empty()) structured["url"] = link;
  std::string text = document->meta.title + " (doc_id " + id + ", sentence " +
                     std::to_string(target.index) + (link.empty() ? "" : ", " + link) + ")\n";
  for (const auto& s : before) text += s["text"].get<std::string>() + "\n";
  text += ">> " + text_of(target) + "\n";
  for (const auto& s : after) text += s["text"].get<std::string>() + "\n";
  return ToolResult(std::move(text), std::move(structured));
}

}  // namespace

ojson McpToolList() { return {{"tools", ojson::parse(kToolCatalogue)}}; }

std::variant<ojson, JsonRpcError> CallMcpTool(const HandlerContext& ctx, std::string_view name,
                                              const nlohmann::json& arguments,
                                              std::string_view base_url,
                                              const McpToolLimits& limits) {
  if (!arguments.is_object()) {
    return JsonRpcError{kJsonRpcInvalidParams, "arguments must be an object", nullptr};
  }
  if (ctx.deps.db == nullptr) return ToolError("unavailable", "the database is not open");
  if (name == "ask") return Ask(ctx, arguments, base_url);
  if (name == "list_roles") return ListRoles(ctx, arguments, limits);
  if (name == "get_role") return GetRole(ctx, arguments, base_url, limits);
  if (name == "get_passage") return GetPassage(ctx, arguments, base_url, limits);
  const std::string shown(name.substr(0, 64));
  return JsonRpcError{kJsonRpcInvalidParams, "unknown tool \"" + shown + "\"", nullptr};
}

}  // namespace rolegraph::server
