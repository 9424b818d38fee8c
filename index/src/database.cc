#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <set>
#include <unordered_map>

#include "database_impl.h"
#include "posting_list.h"

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
  uint32_t doc_num = 0;
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
  coding::PutVarint(&out, m.doc_num);
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
  d.Varint32(&m->doc_num);
  return d.ok();
}

rocksdb::ColumnFamilyOptions CfOptions(const std::shared_ptr<rocksdb::Cache>& cache, int cf) {
  bool point_lookups = cf == keys::kDocMeta || cf == keys::kDocText || cf == keys::kTermStats ||
                       cf == keys::kDocManifest || cf == keys::kDefault || cf == keys::kPostingLists ||
                       cf == keys::kDocNums;
  rocksdb::ColumnFamilyOptions o;
  if (cf == keys::kPostingLists) o.merge_operator = postings::NewListMergeOperator();
  if (cf == keys::kTermStats || cf == keys::kCognates) o.merge_operator = postings::NewCountMergeOperator();
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  if (point_lookups) t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10, false));
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(t));
  o.compression = rocksdb::kLZ4Compression;
  return o;
}

// Refuses a database written before posting lists (format 2): its postings
// would read as empty. Marks a new database; returns the next document number.
Result<uint32_t> CheckFormat(rocksdb::DB* db, const std::vector<rocksdb::ColumnFamilyHandle*>& cf, bool read_only) {
  rocksdb::ReadOptions ro;
  std::string format, stats_value, next;
  bool has_format = db->Get(ro, cf[keys::kDefault], keys::kFormatKey, &format).ok();
  bool has_docs = db->Get(ro, cf[keys::kDefault], keys::kStatsKey, &stats_value).ok();
  CorpusStats stats;
  if (has_docs) coding::DecodeStats(stats_value, &stats);
  if (!has_format && stats.documents > 0)
    return Status::InvalidArgument("written by an older RoleGraph (no posting lists); delete it and ingest again");
  if (has_format && format != keys::kFormat)
    return Status::InvalidArgument("unknown storage format " + format);
  if (!has_format && !read_only) {
    auto s = db->Put(rocksdb::WriteOptions(), cf[keys::kDefault], keys::kFormatKey, keys::kFormat);
    if (!s.ok()) return FromRocks(s);
  }
  uint64_t n = 0;
  if (db->Get(ro, cf[keys::kDefault], keys::kNextDocNumKey, &next).ok()) coding::Decoder(next).Varint(&n);
  return static_cast<uint32_t>(n);
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
  if (options.strict_wal_recovery)
    db_opts.wal_recovery_mode = rocksdb::WALRecoveryMode::kTolerateCorruptedTailRecords;
  auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
  for (int i = 0; i < keys::kNumCf; ++i) cfs.emplace_back(keys::CfName(i), CfOptions(cache, i));
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* db = nullptr;
  const bool secondary = !options.secondary_dir.empty();
  // A secondary keeps every table file open: the writer may delete one the
  // replica still reads (RocksDB requires it).
  if (secondary) db_opts.max_open_files = -1;
  auto open = [&] {
    if (secondary) return rocksdb::DB::OpenAsSecondary(db_opts, dir, options.secondary_dir, cfs, &handles, &db);
    return options.read_only ? rocksdb::DB::OpenForReadOnly(db_opts, dir, cfs, &handles, &db)
                             : rocksdb::DB::Open(db_opts, dir, cfs, &handles, &db);
  };
  rocksdb::Status s = open();
  if (!s.ok()) {
    // LZ4 may be missing from a RocksDB build; retry without compression.
    if (s.IsInvalidArgument() && s.ToString().find("ompression") != std::string::npos) {
      for (auto& cf : cfs) cf.options.compression = rocksdb::kNoCompression;
      s = open();
    }
    if (s.IsCorruption()) return Status::Corruption("database at " + dir + ": " + s.ToString());
    if (!s.ok()) return Status::IOError("cannot open database at " + dir + ": " + s.ToString());
  }
  auto next_doc_num = CheckFormat(db, handles, options.read_only || secondary);
  if (!next_doc_num.ok()) {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
    return Status::InvalidArgument("database at " + dir + ": " + next_doc_num.status().message());
  }
  auto impl = std::make_unique<DatabaseImpl>(db, std::move(handles), *next_doc_num, options.posting_cache_bytes);
  if (secondary) impl->SetReplicaOf(dir);
  return std::unique_ptr<Database>(std::move(impl));
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
                                        Deltas* deltas) {
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
  std::unordered_map<std::string, int> posted;  // term -> sentences holding it
  std::unique_ptr<rocksdb::Iterator> it(db_->NewIterator(ro, cf_[keys::kSentences]));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    SentenceRecord sentence;
    if (!coding::DecodeSentence(it->value().ToStringView(), &sentence))
      return Status::Corruption("sentence of " + std::string(doc_id));
    batch->Delete(cf_[keys::kSentences], it->key());
    if (sentence.boilerplate) continue;
    stats->sentences -= std::min<uint64_t>(stats->sentences, 1);
    std::unordered_map<std::string, int> seen;
    for (const auto& t : sentence.terms)
      if (!t.stop) ++seen[t.term];
    for (const auto& [term, tf] : seen) {
      ++posted[term];
      stats->terms -= std::min<uint64_t>(stats->terms, tf);
    }
  }
  if (!it->status().ok()) return FromRocks(it->status());
  std::string remove = postings::EncodeRemove(manifest.doc_num);
  for (const auto& [term, n] : posted) {
    batch->Merge(cf_[keys::kPostingLists], term, remove);
    deltas->df[term] -= n;
  }
  batch->Delete(cf_[keys::kDocNums], keys::DocNumKey(manifest.doc_num));
  for (const auto& role : manifest.roles) batch->Delete(cf_[keys::kRoleDocs], keys::Join(role, doc_id));
  for (const auto& cognate : manifest.cognates) deltas->cognates[cognate] -= 1;
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
                          Deltas* deltas) {
  const std::string& id = doc.doc.meta.id;
  DocumentMeta meta = doc.doc.meta;
  meta.bytes = doc.doc.text.size();
  meta.sentences = static_cast<uint32_t>(doc.sentences.size());
  meta.facts = static_cast<uint32_t>(doc.facts.size());
  batch->Put(cf_[keys::kDocMeta], id, coding::EncodeMeta(meta));
  batch->Put(cf_[keys::kDocText], id, doc.doc.text);
  // A new number for every version: its postings sort after all others.
  Manifest manifest;
  manifest.doc_num = next_doc_num_++;
  batch->Put(cf_[keys::kDocNums], keys::DocNumKey(manifest.doc_num), id);
  for (const auto& sentence : doc.sentences) {
    SentenceRecord copy = sentence;
    copy.doc_id = id;
    batch->Put(cf_[keys::kSentences], keys::SentenceKey(id, sentence.index), coding::EncodeSentence(copy));
    if (sentence.boilerplate) continue;
    ++stats->sentences;
    for (const auto& t : sentence.terms) {
      if (t.stop) continue;
      ++stats->terms;
      auto& list = deltas->lists[t.term];
      uint64_t number = postings::Pack(manifest.doc_num, sentence.index);
      if (!list.empty() && list.back() == number) continue;
      list.push_back(number);
      ++deltas->df[t.term];
    }
  }
  for (const auto& role : doc.roles) {
    batch->Put(cf_[keys::kRoleDocs], keys::Join(role.id, id), coding::EncodeRole(role));
    manifest.roles.push_back(role.id);
  }
  for (const auto& cognate : doc.cognates) {
    deltas->cognates[cognate] += 1;
    manifest.cognates.push_back(cognate);
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

void DatabaseImpl::ApplyDeltas(const Deltas& deltas, rocksdb::WriteBatch* batch) {
  for (const auto& [term, given] : deltas.lists) {
    // Documents and their sentences come in number order; sort anyway so a
    // list is never unordered.
    std::vector<uint64_t> list = given;
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    batch->Merge(cf_[keys::kPostingLists], term, postings::EncodeList(list));
  }
  for (const auto& [term, delta] : deltas.df)
    if (delta != 0) batch->Merge(cf_[keys::kTermStats], term, postings::EncodeCountDelta(delta));
  for (const auto& [cognate, delta] : deltas.cognates)
    if (delta != 0)
      batch->Merge(cf_[keys::kCognates], keys::Join(cognate.first, cognate.second), postings::EncodeCountDelta(delta));
}

Result<PutOutcome> DatabaseImpl::Put(const IndexedDocument& doc) {
  auto outcomes = PutMany({doc});
  if (!outcomes.ok()) return outcomes.status();
  return outcomes->front();
}

Result<std::vector<PutOutcome>> DatabaseImpl::PutMany(const std::vector<IndexedDocument>& docs) {
  if (Status s = RefuseWriteOnReplica(); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(write_mu_);
  std::set<std::string_view> ids;
  for (const auto& doc : docs) {
    if (doc.doc.meta.id.empty()) return Status::InvalidArgument("document id is empty");
    if (!ids.insert(doc.doc.meta.id).second) return Status::InvalidArgument("document id twice in one write: " + doc.doc.meta.id);
  }
  std::vector<PutOutcome> outcomes;
  rocksdb::WriteBatch batch;
  CorpusStats stats = LoadStats();
  Deltas deltas;
  uint32_t first_num = next_doc_num_;
  for (const auto& doc : docs) {
    const DocumentMeta& meta = doc.doc.meta;
    std::string old_value;
    if (db_->Get(rocksdb::ReadOptions(), cf_[keys::kDocMeta], meta.id, &old_value).ok()) {
      DocumentMeta old;
      if (coding::DecodeMeta(old_value, &old) && old.hash == meta.hash && old.title == meta.title &&
          old.lang == meta.lang && old.source == meta.source) {
        outcomes.push_back(PutOutcome::kUnchanged);
        continue;
      }
    }
    auto removed = RemoveStored(meta.id, &batch, &stats, &deltas);
    if (!removed.ok()) {
      next_doc_num_ = first_num;
      return removed.status();
    }
    AddNew(doc, &batch, &stats, &deltas);
    outcomes.push_back(*removed ? PutOutcome::kUpdated : PutOutcome::kAdded);
  }
  ApplyDeltas(deltas, &batch);
  batch.Put(cf_[keys::kDefault], keys::kStatsKey, coding::EncodeStats(stats));
  std::string next;
  coding::PutVarint(&next, next_doc_num_);
  batch.Put(cf_[keys::kDefault], keys::kNextDocNumKey, next);
  if (Status s = FromRocks(db_->Write(rocksdb::WriteOptions(), &batch)); !s.ok()) return s;
  return outcomes;
}

Status DatabaseImpl::Delete(std::string_view doc_id) {
  if (Status s = RefuseWriteOnReplica(); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(write_mu_);
  rocksdb::WriteBatch batch;
  CorpusStats stats = LoadStats();
  Deltas deltas;
  auto removed = RemoveStored(doc_id, &batch, &stats, &deltas);
  if (!removed.ok()) return removed.status();
  if (!*removed) return Status::NotFound("no document with id " + std::string(doc_id));
  ApplyDeltas(deltas, &batch);
  batch.Put(cf_[keys::kDefault], keys::kStatsKey, coding::EncodeStats(stats));
  return FromRocks(db_->Write(rocksdb::WriteOptions(), &batch));
}

Status DatabaseImpl::Flush() {
  if (!writer_dir_.empty()) return Status::Ok();  // a replica holds nothing of its own to flush
  rocksdb::FlushOptions fo;
  return FromRocks(db_->Flush(fo, cf_));
}

}  // namespace rolegraph::index
