#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include "database_impl.h"

namespace rolegraph::index {

Status FromRocks(const rocksdb::Status& s) {
  if (s.ok()) return Status::Ok();
  if (s.IsNotFound()) return Status::NotFound(s.ToString());
  if (s.IsCorruption()) return Status::Corruption(s.ToString());
  if (s.IsInvalidArgument()) return Status::InvalidArgument(s.ToString());
  if (s.IsBusy() || s.IsTryAgain() || s.IsTimedOut()) return Status::Unavailable(s.ToString());
  return Status::IOError(s.ToString());
}

namespace {

// The manifest of a stored document: what it added outside its own key range.
struct Manifest {
  std::vector<std::string> roles;
  std::vector<std::pair<std::string, std::string>> cognates;
  uint32_t facts_per_role_max = 0;
  std::vector<std::string> fact_keys;
};

std::string EncodeManifest(const Manifest& m) {
  std::string out;
  coding::PutVarint(&out, m.roles.size());
  for (const auto& r : m.roles) coding::PutString(&out, r);
  coding::PutVarint(&out, m.cognates.size());
  for (const auto& [k, t] : m.cognates) {
    coding::PutString(&out, k);
    coding::PutString(&out, t);
  }
  coding::PutVarint(&out, m.fact_keys.size());
  for (const auto& k : m.fact_keys) coding::PutString(&out, k);
  return out;
}

bool DecodeManifest(std::string_view in, Manifest* m) {
  coding::Decoder d(in);
  uint64_t n = 0;
  if (!d.Varint(&n) || n > in.size()) return false;
  m->roles.resize(n);
  for (auto& r : m->roles) d.String(&r);
  if (!d.Varint(&n) || n > in.size()) return false;
  m->cognates.resize(n);
  for (auto& [k, t] : m->cognates) d.String(&k) && d.String(&t);
  if (!d.Varint(&n) || n > in.size()) return false;
  m->fact_keys.resize(n);
  for (auto& k : m->fact_keys) d.String(&k);
  return d.ok();
}

rocksdb::ColumnFamilyOptions CfOptions(const std::shared_ptr<rocksdb::Cache>& cache, bool point_lookups) {
  rocksdb::ColumnFamilyOptions o;
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  if (point_lookups) t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10, false));
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  o.compression = rocksdb::kLZ4Compression;
  return o;
}

}  // namespace

Result<std::unique_ptr<Database>> Database::Open(const std::string& dir, const Options& options) {
  rocksdb::DBOptions db_opts;
  db_opts.create_if_missing = options.create_if_missing;
  db_opts.create_missing_column_families = true;
  db_opts.max_background_jobs = 2;
  db_opts.db_write_buffer_size = options.memtable_budget_bytes;
  db_opts.keep_log_file_num = 3;
  db_opts.info_log_level = rocksdb::WARN_LEVEL;
  auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  for (int i = 0; i < keys::kNumCf; ++i) {
    bool point = i == keys::kDocMeta || i == keys::kDocText || i == keys::kTermStats ||
                 i == keys::kDocManifest || i == keys::kDefault;
    cfs.emplace_back(keys::CfName(i), CfOptions(cache, point));
  }
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  rocksdb::Status s = options.read_only
                          ? rocksdb::DB::OpenForReadOnly(db_opts, dir, cfs, &handles, &db)
                          : rocksdb::DB::Open(db_opts, dir, cfs, &handles, &db);
  if (!s.ok()) {
    // LZ4 may be missing from a RocksDB build; retry without compression.
    if (s.IsInvalidArgument() && s.ToString().find("ompression") != std::string::npos) {
      for (auto& cf : cfs) cf.options.compression = rocksdb::kNoCompression;
      s = options.read_only ? rocksdb::DB::OpenForReadOnly(db_opts, dir, cfs, &handles, &db)
                            : rocksdb::DB::Open(db_opts, dir, cfs, &handles, &db);
    }
    if (!s.ok()) return Status::IOError("cannot open database at " + dir + ": " + s.ToString());
  }
  return std::unique_ptr<Database>(new DatabaseImpl(db, std::move(handles)));
}

DatabaseImpl::~DatabaseImpl() {
  for (auto* h : cf_) db_->DestroyColumnFamilyHandle(h);
  db_->Close();
  delete db_;
}

CorpusStats DatabaseImpl::LoadStats() {
  CorpusStats stats;
  std::string v;
  if (db_->Get(rocksdb::ReadOptions(), cf_[keys::kDefault], keys::kStatsKey, &v).ok())
    coding::DecodeStats(v, &stats);
  return stats;
}

Result<std::string> DatabaseImpl::GetHash(std::string_view doc_id) const {
  std::string v;
  auto s = db_->Get(rocksdb::ReadOptions(), cf_[keys::kDocMeta], rocksdb::Slice(doc_id.data(), doc_id.size()), &v);
  if (!s.ok()) return FromRocks(s);
  DocumentMeta meta;
  if (!coding::DecodeMeta(v, &meta)) return Status::Corruption("document metadata");
  return meta.hash;
}

Result<bool> DatabaseImpl::RemoveStored(std::string_view doc_id, rocksdb::WriteBatch* batch, CorpusStats* stats,
                                        std::map<std::string, int64_t>* df_delta) {
  rocksdb::ReadOptions ro;
  rocksdb::Slice id(doc_id.data(), doc_id.size());
  std::string meta_value, manifest_value;
  auto s = db_->Get(ro, cf_[keys::kDocMeta], id, &meta_value);
  if (s.IsNotFound()) return false;
  if (!s.ok()) return FromRocks(s);
  DocumentMeta meta;
  Manifest manifest;
  if (!coding::DecodeMeta(meta_value, &meta)) return Status::Corruption("document metadata of " + std::string(doc_id));
  if (db_->Get(ro, cf_[keys::kDocManifest], id, &manifest_value).ok()) DecodeManifest(manifest_value, &manifest);

  std::string prefix = keys::Prefix(doc_id);
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf_[keys::kSentences]));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    SentenceRecord sentence;
    if (!coding::DecodeSentence(it->value().ToStringView(), &sentence))
      return Status::Corruption("sentence of " + std::string(doc_id));
    batch->Delete(cf_[keys::kSentences], it->key());
    if (sentence.boilerplate) continue;
    stats->sentences -= std::min<uint64_t>(stats->sentences, 1);
    std::map<std::string, int> seen;
    for (const auto& t : sentence.terms)
      if (!t.stop) ++seen[t.term];
    for (const auto& [term, tf] : seen) {
      batch->Delete(cf_[keys::kPostings], keys::PostingKey(term, doc_id, sentence.index));
      (*df_delta)[term] -= 1;
      stats->terms -= std::min<uint64_t>(stats->terms, tf);
    }
  }
  if (!it->status().ok()) return FromRocks(it->status());
  for (const auto& role : manifest.roles) batch->Delete(cf_[keys::kRoleDocs], keys::Join(role, doc_id));
  for (const auto& [key, term] : manifest.cognates)
    batch->Delete(cf_[keys::kCognates], keys::Join(keys::Join(key, term), doc_id));
  for (const auto& k : manifest.fact_keys) batch->Delete(cf_[keys::kFacts], k);
  batch->Delete(cf_[keys::kDocMeta], id);
  batch->Delete(cf_[keys::kDocText], id);
  batch->Delete(cf_[keys::kDocManifest], id);
  stats->documents -= std::min<uint64_t>(stats->documents, 1);
  stats->facts -= std::min<uint64_t>(stats->facts, meta.facts);
  stats->bytes -= std::min<uint64_t>(stats->bytes, meta.bytes);
  return true;
}

void DatabaseImpl::AddNew(const IndexedDocument& doc, rocksdb::WriteBatch* batch, CorpusStats* stats,
                          std::map<std::string, int64_t>* df_delta) {
  const std::string& id = doc.doc.meta.id;
  DocumentMeta meta = doc.doc.meta;
  meta.bytes = doc.doc.text.size();
  meta.sentences = static_cast<uint32_t>(doc.sentences.size());
  meta.facts = static_cast<uint32_t>(doc.facts.size());
  batch->Put(cf_[keys::kDocMeta], id, coding::EncodeMeta(meta));
  batch->Put(cf_[keys::kDocText], id, doc.doc.text);
  for (const auto& sentence : doc.sentences) {
    SentenceRecord copy = sentence;
    copy.doc_id = id;
    batch->Put(cf_[keys::kSentences], keys::SentenceKey(id, sentence.index), coding::EncodeSentence(copy));
    if (sentence.boilerplate) continue;
    ++stats->sentences;
    std::map<std::string, int> tf;
    for (const auto& t : sentence.terms)
      if (!t.stop) ++tf[t.term];
    for (const auto& [term, n] : tf) {
      std::string v;
      coding::PutVarint(&v, n);
      batch->Put(cf_[keys::kPostings], keys::PostingKey(term, id, sentence.index), v);
      (*df_delta)[term] += 1;
      stats->terms += n;
    }
  }
  Manifest manifest;
  for (const auto& role : doc.roles) {
    batch->Put(cf_[keys::kRoleDocs], keys::Join(role.id, id), coding::EncodeRole(role));
    manifest.roles.push_back(role.id);
  }
  for (const auto& [key, term] : doc.cognates) {
    batch->Put(cf_[keys::kCognates], keys::Join(keys::Join(key, term), id), "");
    manifest.cognates.emplace_back(key, term);
  }
  uint32_t seq = 0;
  for (const auto& fact : doc.facts) {
    FactRecord copy = fact;
    copy.doc_id = id;
    std::string key = keys::FactKey(fact.role_id, id, seq++);
    batch->Put(cf_[keys::kFacts], key, coding::EncodeFact(copy));
    manifest.fact_keys.push_back(std::move(key));
  }
  batch->Put(cf_[keys::kDocManifest], id, EncodeManifest(manifest));
  ++stats->documents;
  stats->facts += doc.facts.size();
  stats->bytes += doc.doc.text.size();
}

Status DatabaseImpl::ApplyDf(const std::map<std::string, int64_t>& df_delta, rocksdb::WriteBatch* batch) {
  for (const auto& [term, delta] : df_delta) {
    if (delta == 0) continue;
    std::string v;
    uint64_t df = 0;
    auto s = db_->Get(rocksdb::ReadOptions(), cf_[keys::kTermStats], term, &v);
    if (s.ok()) {
      coding::Decoder d(v);
      d.Varint(&df);
    } else if (!s.IsNotFound()) {
      return FromRocks(s);
    }
    int64_t next = static_cast<int64_t>(df) + delta;
    if (next <= 0) {
      batch->Delete(cf_[keys::kTermStats], term);
    } else {
      std::string out;
      coding::PutVarint(&out, static_cast<uint64_t>(next));
      batch->Put(cf_[keys::kTermStats], term, out);
    }
  }
  return Status::Ok();
}

Result<PutOutcome> DatabaseImpl::Put(const IndexedDocument& doc) {
  const DocumentMeta& meta = doc.doc.meta;
  if (meta.id.empty()) return Status::InvalidArgument("document id is empty");
  std::lock_guard<std::mutex> lock(write_mu_);
  std::string old_value;
  bool exists = db_->Get(rocksdb::ReadOptions(), cf_[keys::kDocMeta], meta.id, &old_value).ok();
  if (exists) {
    DocumentMeta old;
    if (coding::DecodeMeta(old_value, &old) && old.hash == meta.hash && old.title == meta.title &&
        old.lang == meta.lang && old.source == meta.source)
      return PutOutcome::kUnchanged;
  }
  rocksdb::WriteBatch batch;
  CorpusStats stats = LoadStats();
  std::map<std::string, int64_t> df_delta;
  auto removed = RemoveStored(meta.id, &batch, &stats, &df_delta);
  if (!removed.ok()) return removed.status();
  AddNew(doc, &batch, &stats, &df_delta);
  if (Status s = ApplyDf(df_delta, &batch); !s.ok()) return s;
  batch.Put(cf_[keys::kDefault], keys::kStatsKey, coding::EncodeStats(stats));
  if (Status s = FromRocks(db_->Write(rocksdb::WriteOptions(), &batch)); !s.ok()) return s;
  return *removed ? PutOutcome::kUpdated : PutOutcome::kAdded;
}

Status DatabaseImpl::Delete(std::string_view doc_id) {
  std::lock_guard<std::mutex> lock(write_mu_);
  rocksdb::WriteBatch batch;
  CorpusStats stats = LoadStats();
  std::map<std::string, int64_t> df_delta;
  auto removed = RemoveStored(doc_id, &batch, &stats, &df_delta);
  if (!removed.ok()) return removed.status();
  if (!*removed) return Status::NotFound("no document with id " + std::string(doc_id));
  if (Status s = ApplyDf(df_delta, &batch); !s.ok()) return s;
  batch.Put(cf_[keys::kDefault], keys::kStatsKey, coding::EncodeStats(stats));
  return FromRocks(db_->Write(rocksdb::WriteOptions(), &batch));
}

Status DatabaseImpl::Flush() {
  rocksdb::FlushOptions fo;
  return FromRocks(db_->Flush(fo, cf_));
}

}  // namespace rolegraph::index
