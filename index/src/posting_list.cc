#include "posting_list.h"

#include <algorithm>
#include <cstring>

#include "coding.h"
#include "rolegraph/index/sentence_numbers.h"

namespace rolegraph::index::postings {
namespace {

void PutFixed64(std::string* dst, uint64_t v) {
  char buf[8];
  for (int i = 0; i < 8; ++i) buf[i] = static_cast<char>((v >> (8 * i)) & 0xff);
  dst->append(buf, 8);
}

uint64_t GetFixed64(std::string_view src) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(src[i]);
  return v;
}

// A list being built: deltas in `body`, the last id and the count beside.
struct ListBuilder {
  std::string body;
  uint64_t last = 0;
  uint64_t count = 0;

  void Add(uint64_t id) {
    coding::PutVarint(&body, id - last);
    last = id;
    ++count;
  }
  std::string Finish() const {
    std::string out(1, 'A');
    PutFixed64(&out, last);
    coding::PutVarint(&out, count);
    out.append(body);
    return out;
  }
};

// Header of an encoded list: its last id, count and the delta bytes.
struct ListView {
  uint64_t last = 0, count = 0;
  std::string_view body;
};

bool ParseList(std::string_view in, ListView* v) {
  if (in.size() < 9 || in[0] != 'A') return false;
  v->last = GetFixed64(in.substr(1, 8));
  coding::Decoder d(in.substr(9));
  if (!d.Varint(&v->count)) return false;
  // The decoder consumed the count; what is left are the deltas.
  size_t count_bytes = 1;
  for (uint64_t c = v->count; c >= 0x80; c >>= 7) ++count_bytes;
  v->body = in.substr(9 + count_bytes);
  return true;
}

bool DecodeBody(const ListView& v, std::vector<uint64_t>* ids) {
  ids->reserve(ids->size() + v.count);
  const auto* p = reinterpret_cast<const uint8_t*>(v.body.data());
  const auto* end = p + v.body.size();
  uint64_t id = 0;
  for (uint64_t i = 0; i < v.count; ++i) {
    uint64_t delta = 0;
    for (int shift = 0;; shift += 7) {
      if (p == end || shift > 63) return false;
      uint8_t b = *p++;
      delta |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    id += delta;
    ids->push_back(id);
  }
  return p == end;
}

ListBuilder FromIds(const std::vector<uint64_t>& ids) {
  ListBuilder b;
  for (uint64_t id : ids) b.Add(id);
  return b;
}

bool ToIds(const ListBuilder& b, std::vector<uint64_t>* ids) {
  return DecodeBody({b.last, b.count, b.body}, ids);
}

// Appends list `in` to `acc`; ids beyond acc's last are concatenated as
// bytes, anything else (not written by this store, but possible after a
// manual repair) is merged as a sorted union.
bool Append(ListBuilder* acc, std::string_view in) {
  ListView v;
  if (!ParseList(in, &v)) return false;
  if (v.count == 0) return true;
  coding::Decoder d(v.body);
  uint64_t first = 0;
  if (!d.Varint(&first)) return false;
  if (acc->count == 0 || first > acc->last) {
    size_t first_bytes = 1;
    for (uint64_t c = first; c >= 0x80; c >>= 7) ++first_bytes;
    coding::PutVarint(&acc->body, first - acc->last);
    acc->body.append(v.body.substr(first_bytes));
    acc->last = v.last;
    acc->count += v.count;
    return true;
  }
  std::vector<uint64_t> a, b, merged;
  if (!ToIds(*acc, &a) || !DecodeBody(v, &b)) return false;
  std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(merged));
  *acc = FromIds(merged);
  return true;
}

bool Remove(ListBuilder* acc, std::string_view in) {
  coding::Decoder d(in.substr(1));
  uint64_t doc = 0;
  if (!d.Varint(&doc)) return false;
  std::vector<uint64_t> ids;
  if (!ToIds(*acc, &ids)) return false;
  ids.erase(std::remove_if(ids.begin(), ids.end(), [&](uint64_t id) { return DocNum(id) == doc; }), ids.end());
  *acc = FromIds(ids);
  return true;
}

class ListMergeOperator final : public rocksdb::MergeOperator {
 public:
  const char* Name() const override { return "rolegraph.PostingList"; }

  bool FullMergeV2(const MergeOperationInput& in, MergeOperationOutput* out) const override {
    ListBuilder acc;
    if (in.existing_value && !Append(&acc, in.existing_value->ToStringView())) return false;
    for (const auto& op : in.operand_list) {
      std::string_view s = op.ToStringView();
      bool ok = !s.empty() && (s[0] == 'R' ? Remove(&acc, s) : Append(&acc, s));
      if (!ok) return false;
    }
    out->new_value = acc.Finish();
    return true;
  }

  // Appends combine; a removal waits for the full merge.
  bool PartialMergeMulti(const rocksdb::Slice&, const std::deque<rocksdb::Slice>& ops, std::string* out,
                         rocksdb::Logger*) const override {
    ListBuilder acc;
    for (const auto& op : ops) {
      std::string_view s = op.ToStringView();
      if (s.empty() || s[0] != 'A' || !Append(&acc, s)) return false;
    }
    *out = acc.Finish();
    return true;
  }
};

uint64_t ZigZag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t UnZigZag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

class CountMergeOperator final : public rocksdb::MergeOperator {
 public:
  const char* Name() const override { return "rolegraph.Count"; }

  bool FullMergeV2(const MergeOperationInput& in, MergeOperationOutput* out) const override {
    int64_t total = 0;
    if (in.existing_value) {
      uint64_t base = 0;
      coding::Decoder d(in.existing_value->ToStringView());
      if (!d.Varint(&base)) return false;
      total = static_cast<int64_t>(base);
    }
    for (const auto& op : in.operand_list) {
      uint64_t z = 0;
      coding::Decoder d(op.ToStringView());
      if (!d.Varint(&z)) return false;
      total += UnZigZag(z);
    }
    out->new_value.clear();
    coding::PutVarint(&out->new_value, static_cast<uint64_t>(std::max<int64_t>(0, total)));
    return true;
  }

  bool PartialMergeMulti(const rocksdb::Slice&, const std::deque<rocksdb::Slice>& ops, std::string* out,
                         rocksdb::Logger*) const override {
    int64_t sum = 0;
    for (const auto& op : ops) {
      uint64_t z = 0;
      coding::Decoder d(op.ToStringView());
      if (!d.Varint(&z)) return false;
      sum += UnZigZag(z);
    }
    *out = EncodeCountDelta(sum);
    return true;
  }
};

}  // namespace

}  // namespace rolegraph::index::postings

namespace rolegraph::index {
namespace {

// Packs decoded numbers into 32 bits when the list's highest document and
// highest index fit beside each other; else keeps them whole.
void PackNumbers(std::vector<uint64_t> numbers, SentenceNumberCursor::List* list) {
  uint64_t max_index = 0, max_doc = 0;
  for (uint64_t n : numbers) {
    max_index = std::max<uint64_t>(max_index, n & 0xffffffffu);
    max_doc = std::max<uint64_t>(max_doc, n >> 32);
  }
  uint32_t bits = 0;
  while (bits < 32 && (max_index >> bits) != 0) ++bits;
  if (bits >= 32 || (max_doc >> (32 - bits)) != 0) {
    list->numbers = std::move(numbers);
    return;
  }
  list->index_bits = bits;
  list->packed.reserve(numbers.size());
  for (uint64_t n : numbers) list->packed.push_back(static_cast<uint32_t>(((n >> 32) << bits) | (n & 0xffffffffu)));
}

}  // namespace

std::shared_ptr<const SentenceNumberCursor::List> SentenceNumberCursor::Parse(std::string encoded,
                                                                               bool decode) {
  postings::ListView v;
  if (!postings::ParseList(encoded, &v)) return nullptr;
  auto list = std::make_shared<List>();
  list->count = v.count;
  // Every number takes at least a byte: a larger count is a malformed header,
  // not something to reserve memory for.
  if (decode && v.count <= v.body.size()) {
    std::vector<uint64_t> numbers;
    // One decoding pass; a malformed body stays encoded and reads as corrupt.
    if (postings::DecodeBody(v, &numbers)) {
      list->decoded = true;
      PackNumbers(std::move(numbers), list.get());
      return list;
    }
  }
  list->body_pos = encoded.size() - v.body.size();
  list->bytes = std::move(encoded);
  return list;
}

bool SentenceNumberCursor::Init(std::string encoded) {
  auto list = Parse(std::move(encoded), false);
  if (!list) return false;
  Init(std::move(list));
  return true;
}

void SentenceNumberCursor::Init(std::shared_ptr<const List> list) {
  list_ = std::move(list);
  count_ = left_ = list_->count;
  value_ = 0;
  corrupt_ = false;
  packed_ = nullptr;
  numbers_ = nullptr;
  at_ = 0;
  if (list_->decoded) {
    index_bits_ = list_->index_bits;
    index_mask_ = (uint64_t{1} << index_bits_) - 1;
    if (!list_->packed.empty()) {
      packed_ = list_->packed.data();
      current_ = Unpack(packed_[0]);
    } else {
      numbers_ = list_->numbers.data();
      current_ = count_ > 0 ? numbers_[0] : kEnd;
    }
    return;
  }
  data_ = list_->bytes.data();
  size_ = list_->bytes.size();
  pos_ = list_->body_pos;
  Next();
}

void SentenceNumberCursor::MarkCorrupt() {
  corrupt_ = true;
  current_ = kEnd;
  left_ = 0;
}

}  // namespace rolegraph::index

namespace rolegraph::index::postings {

std::string EncodeList(const std::vector<uint64_t>& ids) { return FromIds(ids).Finish(); }

std::string EncodeRemove(uint32_t doc_num) {
  std::string out(1, 'R');
  coding::PutVarint(&out, doc_num);
  return out;
}

bool DecodeList(std::string_view in, std::vector<uint64_t>* ids) {
  ListView v;
  return ParseList(in, &v) && DecodeBody(v, ids);
}

std::string EncodeCountDelta(int64_t delta) {
  std::string out;
  coding::PutVarint(&out, ZigZag(delta));
  return out;
}

std::shared_ptr<rocksdb::MergeOperator> NewListMergeOperator() { return std::make_shared<ListMergeOperator>(); }
std::shared_ptr<rocksdb::MergeOperator> NewCountMergeOperator() { return std::make_shared<CountMergeOperator>(); }

}  // namespace rolegraph::index::postings
