#include "relation_index.h"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace rolegraph::query {
namespace {

// Reads each role's documents and each object role's mentioned roles at most
// once while an index is built.
class Neighbours {
 public:
  explicit Neighbours(index::Reader& reader) : reader_(reader) {}

  // Reader::RoleDocuments(role), sorted.
  Result<const std::vector<std::string>*> Documents(const std::string& role) {
    auto it = docs_.find(role);
    if (it == docs_.end()) {
      auto read = reader_.RoleDocuments(role);
      if (!read.ok()) return read.status();
      std::sort(read->begin(), read->end());
      it = docs_.emplace(role, std::move(*read)).first;
    }
    return &it->second;
  }

  // Whether `subject` is mentioned in a sentence of a document of `object`:
  // true at once when both roles list a shared document (a role's documents
  // are those with a mention of it), otherwise by reading those sentences,
  // whose mentions also hold pronouns.
  Result<bool> CoMentioned(const std::string& object, const std::string& subject,
                           const std::vector<std::string>& fact_docs) {
    auto of_object = Documents(object);
    if (!of_object.ok()) return of_object.status();
    auto of_subject = Documents(subject);
    if (!of_subject.ok()) return of_subject.status();
    const std::vector<std::string>& a = **of_object;
    const std::vector<std::string>& b = **of_subject;
    // The fact's own document names both roles in nearly every case.
    for (const auto& d : fact_docs)
      if (std::binary_search(a.begin(), a.end(), d) && std::binary_search(b.begin(), b.end(), d)) return true;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
      if (a[i] == b[j]) return true;
      if (a[i] < b[j]) ++i;
      else ++j;
    }
    auto mentioned = Mentioned(object, a);
    if (!mentioned.ok()) return mentioned.status();
    return (*mentioned)->count(subject) > 0;
  }

 private:
  Result<const std::unordered_set<std::string>*> Mentioned(const std::string& object,
                                                            const std::vector<std::string>& docs) {
    auto it = mentioned_.find(object);
    if (it == mentioned_.end()) {
      std::unordered_set<std::string> roles;
      for (const auto& doc : docs) {
        auto sentences = reader_.GetSentences(doc);
        if (!sentences.ok()) return sentences.status();
        for (const auto& s : *sentences)
          for (const auto& m : s.mentions) roles.insert(m.role_id);
      }
      it = mentioned_.emplace(object, std::move(roles)).first;
    }
    return &it->second;
  }

  index::Reader& reader_;
  std::unordered_map<std::string, std::vector<std::string>> docs_;
  std::unordered_map<std::string, std::unordered_set<std::string>> mentioned_;
};

// The cells of a responsibility matrix other than its doer's (raci.tsv).
bool IsMatrixGrade(std::string_view predicate) {
  return predicate == "accountable_for" || predicate == "consulted_on" || predicate == "informed_of";
}

}  // namespace

std::string RelationIndex::GradeKey(std::string_view doc_id, uint32_t sentence) {
  std::string key(doc_id);
  key.push_back('\0');  // document ids hold no NUL
  key.append(std::to_string(sentence));
  return key;
}

const std::string* RelationIndex::GradedRole(std::string_view doc_id, uint32_t sentence,
                                             std::string_view predicate) const {
  if (grades.empty()) return nullptr;
  auto it = grades.find(GradeKey(doc_id, sentence));
  if (it == grades.end()) return nullptr;
  for (const Grade& g : it->second)
    if (*g.predicate == predicate) return g.role_id;
  return nullptr;
}

const std::string* RelationIndex::Intern(std::string_view name) {
  return &*names.emplace(name).first;
}

const std::vector<RelationFact>* RelationIndex::Outgoing(std::string_view subject) const {
  auto it = by_subject.find(std::string(subject));
  return it == by_subject.end() ? nullptr : &it->second;
}

const std::vector<RelationIndex::Incoming>* RelationIndex::IncomingOf(std::string_view object) const {
  auto it = by_object.find(std::string(object));
  return it == by_object.end() ? nullptr : &it->second;
}

bool KeptAsRelation(const index::FactRecord& f) { return !f.negated && f.current && !f.object_role_id.empty(); }

Result<std::shared_ptr<const std::vector<index::FactRecord>>> SubjectFactsCache::Get(index::Reader& reader,
                                                                                     std::string_view role,
                                                                                     std::string_view predicate) const {
  const uint64_t version = reader.Version();
  std::string key(role);
  key.push_back('\0');
  key.append(predicate);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (version_ == version)
      if (auto it = facts_.find(key); it != facts_.end()) return it->second;
  }
  auto facts = std::make_shared<std::vector<index::FactRecord>>();
  Status read = reader.ForEachFact(role, [&](const index::FactRecord& f) {
    if (!KeptAsRelation(f) || f.predicate != predicate) return true;
    index::FactRecord& kept = facts->emplace_back(f);
    kept.object.clear();  // as the index keeps it
    return true;
  });
  if (!read.ok()) return read;
  std::shared_ptr<const std::vector<index::FactRecord>> shared = std::move(facts);
  std::lock_guard<std::mutex> lock(mu_);
  if (version > version_) {
    facts_.clear();
    version_ = version;
  }
  if (version == version_) facts_.emplace(std::move(key), shared);
  return shared;
}

Result<std::shared_ptr<const RelationIndex>> BuildRelationIndex(index::Reader& reader) {
  auto built = std::make_shared<RelationIndex>();
  Status read = reader.ForEachFact("", [&](const index::FactRecord& f) {
    if (f.negated || !f.current) return true;
    if (!KeptAsRelation(f)) {
      if (IsMatrixGrade(f.predicate))
        built->grades[RelationIndex::GradeKey(f.doc_id, f.sentence)].push_back(
            {built->Intern(f.role_id), built->Intern(f.predicate)});
      return true;
    }
    RelationFact kept;
    kept.predicate = built->Intern(f.predicate);
    kept.object_role_id = built->Intern(f.object_role_id);
    kept.doc_id = built->Intern(f.doc_id);
    kept.sentence = f.sentence;
    kept.object_begin = f.object_begin;
    kept.object_end = f.object_end;
    kept.confidence = f.confidence;
    built->by_subject[f.role_id].push_back(kept);
    return true;
  });
  if (!read.ok()) return read;
  // Vectors grown by doubling hold up to twice their facts: trimmed, since
  // the index is kept for the version (mem17).
  for (auto& entry : built->by_subject) entry.second.shrink_to_fit();

  // object -> subject -> fact indexes, both in byte order.
  std::map<std::string, std::map<std::string, std::vector<uint32_t>>> incoming;
  for (const auto& entry : built->by_subject)
    for (uint32_t k = 0; k < entry.second.size(); ++k)
      incoming[*entry.second[k].object_role_id][entry.first].push_back(k);

  Neighbours neighbours(reader);
  for (auto& object : incoming) {
    std::vector<RelationIndex::Incoming>& list = built->by_object[object.first];
    for (auto& subject : object.second) {
      RelationIndex::Incoming in;
      in.subject = subject.first;
      in.facts = std::move(subject.second);
      // A role is never its own neighbour here: the question names it.
      if (in.subject != object.first) {
        const std::vector<RelationFact>& facts = built->by_subject[in.subject];
        std::vector<std::string> fact_docs;
        for (uint32_t k : in.facts) fact_docs.push_back(*facts[k].doc_id);
        auto co = neighbours.CoMentioned(object.first, in.subject, fact_docs);
        if (!co.ok()) return co.status();
        in.co_mentioned = *co;
      }
      in.facts.shrink_to_fit();
      list.push_back(std::move(in));
    }
  }
  return std::shared_ptr<const RelationIndex>(std::move(built));
}

Result<std::shared_ptr<const RelationIndex>> RelationIndexCache::Get(index::Reader& reader) const {
  const uint64_t version = reader.Version();
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (index_ && version_ == version) return index_;
  }
  // One build at a time: concurrent first relation questions of a version
  // wait for the one build instead of each reading every fact (at 10,000
  // documents 32 parallel builds tripled the server's peak memory).
  std::lock_guard<std::mutex> building(build_mu_);
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (index_ && version_ == version) return index_;
  }
  auto built = BuildRelationIndex(reader);
  if (!built.ok()) return built.status();
  std::lock_guard<std::mutex> lock(mu_);
  if (!index_ || version >= version_) {
    index_ = *built;
    version_ = version;
  }
  return *built;
}

}  // namespace rolegraph::query
