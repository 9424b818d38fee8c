// Snapshot reads: every Reader pins one RocksDB snapshot for its lifetime.
#include <algorithm>
#include <map>
#include <set>

#include "database_impl.h"

namespace rolegraph::index {
namespace {

class SnapshotReader final : public Reader {
 public:
  SnapshotReader(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& cf)
      : db_(db), cf_(cf), snapshot_(db->GetSnapshot()) {
    ro_.snapshot = snapshot_;
  }
  ~SnapshotReader() override { db_->ReleaseSnapshot(snapshot_); }

  CorpusStats Stats() override {
    CorpusStats stats;
    std::string v;
    if (db_->Get(ro_, cf_[keys::kDefault], keys::kStatsKey, &v).ok()) coding::DecodeStats(v, &stats);
    return stats;
  }

  Result<DocumentMeta> GetDocumentMeta(std::string_view id) override {
    std::string v;
    auto s = db_->Get(ro_, cf_[keys::kDocMeta], Slice(id), &v);
    if (s.IsNotFound()) return Status::NotFound("no document with id " + std::string(id));
    if (!s.ok()) return FromRocks(s);
    DocumentMeta meta;
    if (!coding::DecodeMeta(v, &meta)) return Status::Corruption("document metadata of " + std::string(id));
    return meta;
  }

  Result<Document> GetDocument(std::string_view id) override {
    auto meta = GetDocumentMeta(id);
    if (!meta.ok()) return meta.status();
    Document doc{std::move(meta.value()), {}};
    auto s = db_->Get(ro_, cf_[keys::kDocText], Slice(id), &doc.text);
    if (!s.ok()) return FromRocks(s);
    return doc;
  }

  Result<std::vector<DocumentMeta>> ListDocuments() override {
    std::vector<DocumentMeta> out;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro_, cf_[keys::kDocMeta]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      DocumentMeta meta;
      if (!coding::DecodeMeta(it->value().ToStringView(), &meta)) return Status::Corruption("document metadata");
      out.push_back(std::move(meta));
    }
    if (!it->status().ok()) return FromRocks(it->status());
    return out;
  }

  Result<SentenceRecord> GetSentence(std::string_view doc_id, uint32_t index) override {
    std::string v;
    auto s = db_->Get(ro_, cf_[keys::kSentences], keys::SentenceKey(doc_id, index), &v);
    if (s.IsNotFound()) return Status::NotFound("no sentence " + std::to_string(index) + " in " + std::string(doc_id));
    if (!s.ok()) return FromRocks(s);
    SentenceRecord sentence;
    if (!coding::DecodeSentence(v, &sentence)) return Status::Corruption("sentence record");
    return sentence;
  }

  Result<std::vector<SentenceRecord>> GetSentences(std::string_view doc_id) override {
    std::vector<SentenceRecord> out;
    std::string prefix = keys::Prefix(doc_id);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro_, cf_[keys::kSentences]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      SentenceRecord sentence;
      if (!coding::DecodeSentence(it->value().ToStringView(), &sentence)) return Status::Corruption("sentence record");
      out.push_back(std::move(sentence));
    }
    if (!it->status().ok()) return FromRocks(it->status());
    return out;
  }

  Status ForEachPosting(std::string_view term, const std::function<bool(const Posting&)>& fn) override {
    std::string prefix = keys::Prefix(term);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro_, cf_[keys::kPostings]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      std::string_view rest = it->key().ToStringView().substr(prefix.size());
      if (rest.size() < 5) return Status::Corruption("posting key");
      Posting p;
      p.doc_id.assign(rest.substr(0, rest.size() - 5));
      p.sentence = coding::GetBigEndian32(rest.substr(rest.size() - 4));
      uint64_t tf = 0;
      coding::Decoder d(it->value().ToStringView());
      d.Varint(&tf);
      p.tf = static_cast<uint32_t>(tf);
      if (!fn(p)) break;
    }
    return FromRocks(it->status());
  }

  uint64_t DocFreq(std::string_view term) override {
    std::string v;
    uint64_t df = 0;
    if (db_->Get(ro_, cf_[keys::kTermStats], Slice(term), &v).ok()) {
      coding::Decoder d(v);
      d.Varint(&df);
    }
    return df;
  }

  std::vector<std::string> CognateTerms(std::string_view key) override {
    std::set<std::string> terms;
    if (key.empty()) return {};
    std::string prefix = keys::Prefix(key);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro_, cf_[keys::kCognates]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      std::string_view rest = it->key().ToStringView().substr(prefix.size());
      terms.emplace(rest.substr(0, rest.find('\0')));
    }
    return {terms.begin(), terms.end()};
  }

  Result<std::vector<RoleRecord>> ListRoles() override { return MergeRoles(""); }

  Result<RoleRecord> GetRole(std::string_view id) override {
    auto roles = MergeRoles(keys::Prefix(id));
    if (!roles.ok()) return roles.status();
    if (roles->empty()) return Status::NotFound("no role with id " + std::string(id));
    return roles->front();
  }

  Result<std::vector<std::string>> RoleDocuments(std::string_view role_id) override {
    std::vector<std::string> out;
    std::string prefix = keys::Prefix(role_id);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro_, cf_[keys::kRoleDocs]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next())
      out.emplace_back(it->key().ToStringView().substr(prefix.size()));
    if (!it->status().ok()) return FromRocks(it->status());
    return out;
  }

  Result<std::vector<FactRecord>> Facts(std::string_view role_id) override {
    std::vector<FactRecord> out;
    std::string prefix = role_id.empty() ? std::string() : keys::Prefix(role_id);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro_, cf_[keys::kFacts]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      FactRecord fact;
      if (!coding::DecodeFact(it->value().ToStringView(), &fact)) return Status::Corruption("fact record");
      out.push_back(std::move(fact));
    }
    if (!it->status().ok()) return FromRocks(it->status());
    return out;
  }

 private:
  static rocksdb::Slice Slice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

  // Roles as the union of their per-document records: aliases merged, the
  // name taken from the document that mentions the role most.
  Result<std::vector<RoleRecord>> MergeRoles(const std::string& prefix) {
    std::map<std::string, RoleRecord> merged;
    std::map<std::string, uint32_t> best_mentions;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro_, cf_[keys::kRoleDocs]));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      RoleRecord r;
      if (!coding::DecodeRole(it->value().ToStringView(), &r)) return Status::Corruption("role record");
      if (r.mentions == 0) continue;
      RoleRecord& m = merged[r.id];
      if (m.id.empty()) {
        m.id = r.id;
        m.kind = r.kind;
      }
      if (r.mentions > best_mentions[r.id] || m.name.empty()) {
        best_mentions[r.id] = r.mentions;
        m.name = r.name;
      }
      for (auto& a : r.aliases)
        if (std::find(m.aliases.begin(), m.aliases.end(), a) == m.aliases.end()) m.aliases.push_back(a);
      m.mentions += r.mentions;
      m.facts += r.facts;
    }
    if (!it->status().ok()) return FromRocks(it->status());
    std::vector<RoleRecord> out;
    for (auto& [id, r] : merged) out.push_back(std::move(r));
    return out;
  }

  rocksdb::DB* db_;
  const std::vector<rocksdb::ColumnFamilyHandle*>& cf_;
  const rocksdb::Snapshot* snapshot_;
  rocksdb::ReadOptions ro_;
};

}  // namespace

std::unique_ptr<Reader> DatabaseImpl::NewReader() const { return std::make_unique<SnapshotReader>(db_, cf_); }

}  // namespace rolegraph::index
