// The knowledge graph's relation facts arranged for relation questions, per
// database version (issue 18). Answering "Who does the Head of X work with?"
// read every sentence of every document naming the role, to find the roles
// named beside it, and then every fact of each of those roles, per question:
// at 10,000 documents that one question cost 12M instructions (~190 ms).
// Here the relation facts are read once per version, by subject role and by
// object role, and whether a subject is named in a document of the object
// role is settled once per (object, subject) pair, so a relation question
// touches only the facts that can answer it.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rolegraph/index/database.h"

namespace rolegraph::query {

// What a relation answer reads of a fact: the answer role, the confidence,
// the sentence to cite and the object's span in it. A whole FactRecord kept
// per relation fact (five strings, ~290 bytes) made the index ~100 MB of the
// server's peak at 50,000 documents (mem17); the names are interned in the
// index (RelationIndex::Intern), so a fact is 40 bytes.
struct RelationFact {
  const std::string* predicate = nullptr;       // interned, owned by the index
  const std::string* object_role_id = nullptr;  // interned, owned by the index
  const std::string* doc_id = nullptr;          // interned, owned by the index
  uint32_t sentence = 0;
  uint32_t object_begin = 0;  // the object's bytes in the document
  uint32_t object_end = 0;
  float confidence = 0.0f;
};

struct RelationIndex {
  // The facts point into `names`: a copy would point into the original's.
  RelationIndex() = default;
  RelationIndex(const RelationIndex&) = delete;
  RelationIndex& operator=(const RelationIndex&) = delete;

  // Facts pointing at another role (object_role_id set), neither denied nor
  // past (those never answer), of each subject role in Reader::Facts order.
  std::unordered_map<std::string, std::vector<RelationFact>> by_subject;

  // The roles whose facts point at one object role.
  struct Incoming {
    std::string subject;
    // Indexes into by_subject[subject] of the facts pointing at the object,
    // in fact order.
    std::vector<uint32_t> facts;
    // The subject is named (a mention, a pronoun included) in some sentence
    // of a document that names the object role (Reader::RoleDocuments): the
    // inverse direction only takes roles found beside the one asked about.
    bool co_mentioned = false;
  };
  // By object role id; each list sorted by subject id (byte order).
  std::unordered_map<std::string, std::vector<Incoming>> by_object;

  // Responsibility-matrix cells (accountable_for, consulted_on, informed_of):
  // per row sentence, keyed by GradeKey, the roles and the predicate each
  // holds, in fact order. A question asking who is accountable answers from
  // the row's A cell, not its doer (question.h, ParsedQuestion::grade).
  struct Grade {
    const std::string* role_id = nullptr;    // interned
    const std::string* predicate = nullptr;  // interned
  };
  std::unordered_map<std::string, std::vector<Grade>> grades;
  static std::string GradeKey(std::string_view doc_id, uint32_t sentence);
  // The first role holding `predicate` in the row sentence; nullptr for none.
  const std::string* GradedRole(std::string_view doc_id, uint32_t sentence, std::string_view predicate) const;

  const std::vector<RelationFact>* Outgoing(std::string_view subject) const;
  const std::vector<Incoming>* IncomingOf(std::string_view object) const;

  // The one copy of a role id, predicate or document id the facts point at
  // (a node set: addresses stay put as it grows and when the index moves).
  const std::string* Intern(std::string_view name);
  std::unordered_set<std::string> names;
};

// Builds the index from a reader; storage errors are returned, not skipped.
Result<std::shared_ptr<const RelationIndex>> BuildRelationIndex(index::Reader& reader);

// Whether the index keeps a fact: current, not negated, and pointing at a
// role (a fact naming no object role is a matrix grade or a duty).
bool KeptAsRelation(const index::FactRecord& f);

// The facts of one predicate whose subject is `role`: what
// RelationIndex::Outgoing(role) holds of that predicate, in its order (the
// store keeps a role's facts together, in the order a whole read meets
// them). Read per role and kept per database version, so a who-question
// about a duty handed on reads only its answers' hand-overs: building the
// whole index for them made the first such question after each write wait
// about 2 s at 50,000 documents (issue 18).
class SubjectFactsCache {
 public:
  Result<std::shared_ptr<const std::vector<index::FactRecord>>> Get(index::Reader& reader, std::string_view role,
                                                                    std::string_view predicate) const;

 private:
  mutable std::mutex mu_;  // guards version_ and facts_
  mutable uint64_t version_ = 0;
  mutable std::unordered_map<std::string, std::shared_ptr<const std::vector<index::FactRecord>>> facts_;
};

// One RelationIndex per database version, built on the first relation
// question at a version and swapped when a newer version asks for it.
class RelationIndexCache {
 public:
  Result<std::shared_ptr<const RelationIndex>> Get(index::Reader& reader) const;

 private:
  mutable std::mutex mu_;        // guards version_ and index_
  mutable std::mutex build_mu_;  // held while an index is built
  mutable uint64_t version_ = 0;
  mutable std::shared_ptr<const RelationIndex> index_;
};

}  // namespace rolegraph::query
