// Snapshot reads: every Reader pins one RocksDB snapshot for its lifetime.
#include <algorithm>
#include <map>
#include <set>

#include "database_impl.h"
#include "posting_list.h"

namespace rolegraph::index {
namespace {

// Posting lists at least this long (about a thousand sentences) are cached.
constexpr size_t kCachedListBytes = 2048;
// Documents up to this size are kept in memory once cited (ReadMemos).
constexpr size_t kMaxMemoDocumentBytes = 64u << 10;

class SnapshotReader final : public Reader {
 public:
  // `gate` is set on a read replica: RocksDB secondaries take no snapshots,
  // so the gate holds catch-up off instead while this reader lives.
  SnapshotReader(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& cf, RoleCache& role_cache,
                 PostingCache& posting_cache, ReadMemos& memos, CatchUpGate* gate,
                 std::shared_ptr<const void> owner = nullptr)
      : owner_(std::move(owner)), db_(db), cf_(cf), role_cache_(role_cache), posting_cache_(posting_cache),
        memos_(memos), gate_(gate) {
    if (gate_ != nullptr) {
      gate_->EnterRead();
      snapshot_ = nullptr;
      version_ = db_->GetLatestSequenceNumber();
    } else {
      snapshot_ = db->GetSnapshot();
      version_ = snapshot_->GetSequenceNumber();
    }
    ro_.snapshot = snapshot_;
  }
  ~SnapshotReader() override {
    if (snapshot_ != nullptr) db_->ReleaseSnapshot(snapshot_);
    if (gate_ != nullptr) gate_->LeaveRead();
  }

  CorpusStats Stats() override {
    if (auto cached = memos_.stats.Get(version_, "")) return *cached;
    CorpusStats stats;
    std::string v;
    auto s = db_->Get(ro_, cf_[keys::kDefault], keys::kStatsKey, &v);
    if (s.ok()) coding::DecodeStats(v, &stats);
    if (s.ok() || s.IsNotFound()) memos_.stats.Put(version_, "", stats);
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
    auto doc = GetDocumentShared(id);
    if (!doc.ok()) return doc.status();
    return **doc;
  }

  Result<std::shared_ptr<const Document>> GetDocumentShared(std::string_view id) override {
    if (auto cached = memos_.documents.Get(version_, id)) return std::move(*cached);
    auto meta = GetDocumentMeta(id);
    if (!meta.ok()) return meta.status();
    auto doc = std::make_shared<Document>(Document{std::move(meta.value()), {}});
    auto s = db_->Get(ro_, cf_[keys::kDocText], Slice(id), &doc->text);
    if (!s.ok()) return FromRocks(s);
    std::shared_ptr<const Document> shared = std::move(doc);
    if (shared->text.size() <= kMaxMemoDocumentBytes) memos_.documents.Put(version_, id, shared);
    return shared;
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
    auto s = GetSentenceShared(doc_id, index);
    if (!s.ok()) return s.status();
    return **s;
  }

  Result<std::shared_ptr<const SentenceRecord>> GetSentenceShared(std::string_view doc_id, uint32_t index) override {
    // Built in a buffer reused by the thread: asked for every candidate
    // sentence of every question, the key was two allocations (issue 18).
    thread_local std::string key;
    key.clear();
    keys::AppendSentenceKey(&key, doc_id, index);
    if (auto cached = memos_.sentences.Get(version_, key)) return std::move(*cached);
    std::string v;
    auto s = db_->Get(ro_, cf_[keys::kSentences], key, &v);
    if (s.IsNotFound()) return Status::NotFound("no sentence " + std::to_string(index) + " in " + std::string(doc_id));
    if (!s.ok()) return FromRocks(s);
    auto sentence = std::make_shared<SentenceRecord>();
    if (!coding::DecodeSentence(v, sentence.get())) return Status::Corruption("sentence record");
    std::shared_ptr<const SentenceRecord> shared = std::move(sentence);
    memos_.sentences.Put(version_, key, shared);
    return shared;
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
    auto numbers = SentenceNumbers(term);
    if (!numbers.ok()) return numbers.status();
    Posting p;
    uint32_t doc_num = UINT32_MAX;
    for (uint64_t n : *numbers) {
      if (postings::DocNum(n) != doc_num) {
        doc_num = postings::DocNum(n);
        auto id = DocIdOf(doc_num);
        if (!id.ok()) return id.status();
        p.doc_id = std::move(*id);
      }
      p.sentence = postings::Sentence(n);
      if (!fn(p)) break;
    }
    return Status::Ok();
  }

  Result<std::vector<uint64_t>> SentenceNumbers(std::string_view term) override {
    rocksdb::PinnableSlice v;
    auto s = db_->Get(ro_, cf_[keys::kPostingLists], Slice(term), &v);
    std::vector<uint64_t> out;
    if (s.IsNotFound()) return out;
    if (!s.ok()) return FromRocks(s);
    if (!postings::DecodeList(v.ToStringView(), &out)) return Status::Corruption("posting list of " + std::string(term));
    return out;
  }

  Result<SentenceNumberCursor> OpenSentenceNumbers(std::string_view term) override {
    SentenceNumberCursor cursor;
    const uint64_t version = Version();
    if (auto cached = posting_cache_.Get(version, term)) {
      cursor.Init(std::move(cached));
      return cursor;
    }
    if (auto cached = memos_.short_lists.Get(version, term)) {
      if (*cached) cursor.Init(std::move(*cached));
      return cursor;
    }
    std::string v;
    auto s = db_->Get(ro_, cf_[keys::kPostingLists], Slice(term), &v);
    if (s.IsNotFound()) {
      memos_.short_lists.Put(version, term, nullptr);
      return cursor;
    }
    if (!s.ok()) return FromRocks(s);
    // A long list is worth one full decoding pass into an array: the cache
    // keeps it for the next questions, and seeks then gallop over it.
    const bool keep = posting_cache_.budget() > 0 && v.size() >= kCachedListBytes;
    const bool short_list = v.size() < kCachedListBytes;
    auto list = SentenceNumberCursor::Parse(std::move(v), keep);
    if (!list) return Status::Corruption("posting list of " + std::string(term));
    if (keep) posting_cache_.Put(version, term, list);
    else if (short_list) memos_.short_lists.Put(version, term, list);
    cursor.Init(std::move(list));
    return cursor;
  }

  Result<std::string> DocIdOf(uint32_t doc_num) override {
    const std::string key = keys::DocNumKey(doc_num);
    if (auto cached = memos_.doc_ids.Get(version_, key)) return std::move(*cached);
    std::string id;
    auto s = db_->Get(ro_, cf_[keys::kDocNums], key, &id);
    if (s.IsNotFound()) return Status::NotFound("no document number " + std::to_string(doc_num));
    if (!s.ok()) return FromRocks(s);
    memos_.doc_ids.Put(version_, key, id);
    return id;
  }

  uint64_t Version() const override { return version_; }

  uint64_t DocFreq(std::string_view term) override {
    if (auto cached = memos_.doc_freq.Get(version_, term)) return *cached;
    std::string v;
    uint64_t df = 0;
    auto s = db_->Get(ro_, cf_[keys::kTermStats], Slice(term), &v);
    if (s.ok()) {
      coding::Decoder d(v);
      d.Varint(&df);
    }
    // Only a definite answer is kept: a storage error is retried next time.
    if (s.ok() || s.IsNotFound()) memos_.doc_freq.Put(version_, term, df);
    return df;
  }

  std::vector<std::string> CognateTerms(std::string_view key) override { return *CognateTermsShared(key); }

  std::shared_ptr<const std::vector<std::string>> CognateTermsShared(std::string_view key) override {
    static const auto kNone = std::make_shared<const std::vector<std::string>>();
    if (key.empty()) return kNone;
    if (auto cached = memos_.cognates.Get(version_, key)) return std::move(*cached);
    auto terms = ReadCognateTerms(key);
    if (terms.ok()) {
      auto shared = std::make_shared<const std::vector<std::string>>(std::move(*terms));
      memos_.cognates.Put(version_, key, shared);
      return shared;
    }
    return kNone;
  }

 private:
  Result<std::vector<std::string>> ReadCognateTerms(std::string_view key) {
    std::set<std::string> terms;
    std::string prefix = keys::Prefix(key);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro_, cf_[keys::kCognates]));
    // Keys are key \0 term; the value counts the documents that use it.
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      uint64_t documents = 0;
      coding::Decoder(it->value().ToStringView()).Varint(&documents);
      if (documents > 0) terms.emplace(it->key().ToStringView().substr(prefix.size()));
    }
    if (!it->status().ok()) return FromRocks(it->status());
    return std::vector<std::string>(terms.begin(), terms.end());
  }

 public:

  Result<std::vector<RoleRecord>> ListRoles() override {
    auto roles = CachedRoles();
    if (!roles.ok()) return roles.status();
    return **roles;
  }

  Result<RoleRecord> GetRole(std::string_view id) override {
    auto roles = CachedRoles();
    if (!roles.ok()) return roles.status();
    // Sorted by id (MergeRoles builds them from a map).
    auto it = std::lower_bound((*roles)->begin(), (*roles)->end(), id,
                               [](const RoleRecord& r, std::string_view key) { return r.id < key; });
    if (it == (*roles)->end() || it->id != id) return Status::NotFound("no role with id " + std::string(id));
    return *it;
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
    Status s = ForEachFact(role_id, [&](const FactRecord& f) {
      out.push_back(f);
      return true;
    });
    if (!s.ok()) return s;
    return out;
  }

  Status ForEachFact(std::string_view role_id, const std::function<bool(const FactRecord&)>& fn) override {
    std::string prefix = role_id.empty() ? std::string() : keys::Prefix(role_id);
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ScanOptions(prefix), cf_[keys::kFacts]));
    FactRecord fact;  // its strings' buffers reused from fact to fact
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      if (!coding::DecodeFact(it->value().ToStringView(), &fact)) return Status::Corruption("fact record");
      if (!fn(fact)) break;
    }
    return FromRocks(it->status());
  }

 private:
  // A read of a whole column family (an empty prefix) meets each block once,
  // per database version: kept out of the block cache, it no longer fills
  // it (32 MB at 50,000 documents, mem17) with blocks no question reads
  // again, evicting those they do.
  rocksdb::ReadOptions ScanOptions(std::string_view prefix) const {
    rocksdb::ReadOptions ro = ro_;
    if (prefix.empty()) ro.fill_cache = false;
    return ro;
  }

  static rocksdb::Slice Slice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

  Result<RoleCache::Roles> CachedRoles() {
    uint64_t version = Version();
    if (auto roles = role_cache_.Get(version)) return roles;
    auto roles = MergeRoles("");
    if (!roles.ok()) return roles.status();
    auto shared = std::make_shared<const std::vector<RoleRecord>>(std::move(*roles));
    role_cache_.Set(version, shared);
    return shared;
  }

  // Roles as the union of their per-document records: aliases merged, the
  // name taken from the document that mentions the role most.
  Result<std::vector<RoleRecord>> MergeRoles(const std::string& prefix) {
    std::map<std::string, RoleRecord> merged;
    std::map<std::string, uint32_t> best_mentions;
    std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ScanOptions(prefix), cf_[keys::kRoleDocs]));
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

  std::shared_ptr<const void> owner_;  // released last: may close the database
  rocksdb::DB* db_;
  const std::vector<rocksdb::ColumnFamilyHandle*>& cf_;
  RoleCache& role_cache_;
  PostingCache& posting_cache_;
  ReadMemos& memos_;
  CatchUpGate* gate_;
  const rocksdb::Snapshot* snapshot_;
  uint64_t version_;
  rocksdb::ReadOptions ro_;
};

}  // namespace

std::unique_ptr<Reader> DatabaseImpl::NewReader() const { return std::make_unique<SnapshotReader>(db_, cf_, role_cache_, posting_cache_, memos_, writer_dir_.empty() ? nullptr : &gate_);
}

std::unique_ptr<Reader> DatabaseImpl::NewReaderKeeping(std::shared_ptr<const void> owner) const {
  return std::make_unique<SnapshotReader>(db_, cf_, role_cache_, posting_cache_, memos_, nullptr, std::move(owner));
}

}  // namespace rolegraph::index
