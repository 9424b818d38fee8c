// Our structs -> nlohmann JSON, in the shapes docs/api.md promises. The
// only place that knows the wire format of answers, roles, facts and
// documents; the HTTP handlers and the CLI's --json output both use it.
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "graph_view.h"
#include "rolegraph/index/records.h"
#include "rolegraph/query/engine.h"

namespace rolegraph::server {

// {"question", "abstained", "took_ms", "answers": [...]} plus "explain" when
// with_explain. An abstained response always has "answers": [].
nlohmann::ordered_json EncodeAskResponse(const query::AskResponse& response, bool with_explain);
// The text DumpJson(EncodeAskResponse(response, false)) gives, byte for
// byte, written straight from the response: no tree built, copied and freed
// per request (issue 18).
std::string WriteAskResponse(const query::AskResponse& response);
nlohmann::ordered_json EncodeCitation(const query::Citation& citation);
nlohmann::ordered_json EncodeExplanation(const query::Explanation& explanation);

// {id, name, kind, aliases, facts, mentions}
nlohmann::ordered_json EncodeRole(const index::RoleRecord& role);
// {"roles": [...]}
nlohmann::ordered_json EncodeRoles(const std::vector<index::RoleRecord>& roles);
// The role plus "facts": {predicate: [{object, object_role_id?, confidence, citation}]}.
nlohmann::ordered_json EncodeRoleDetail(const index::RoleRecord& role,
                                        const std::vector<CitedFact>& facts);
// {role_id, predicate, object, object_role_id, confidence, citation}
nlohmann::ordered_json EncodeFact(const CitedFact& fact);
// {"facts": [...]}
nlohmann::ordered_json EncodeFacts(const std::vector<CitedFact>& facts);
// {"nodes": [{id, name, kind}], "edges": [{source, target, predicate, citation}]}
nlohmann::ordered_json EncodeGraph(const RoleGraphData& graph);

// {id, title, lang, source, bytes, hash, sentences, facts, updated_at}
nlohmann::ordered_json EncodeDocumentMeta(const index::DocumentMeta& meta);
nlohmann::ordered_json EncodeDocuments(const std::vector<index::DocumentMeta>& documents);
// Metadata plus "text".
nlohmann::ordered_json EncodeDocument(const index::Document& document);

}  // namespace rolegraph::server
