// Posting lists: one value per term holding the sorted sentence numbers that
// contain it, so a question reads each term with one Get instead of one
// iterator step per posting. A sentence number packs the document's integer
// number (assigned at ingest, increasing) and the sentence index:
// (doc_num << 32) | index. New documents always get a larger number, so a
// document's postings are appended at the end of every list; a RocksDB merge
// operator applies the appends and removals without read-modify-write.
//
//   list value / append operand:  'A' fixed64(last) varint(count) varint-deltas (first delta from 0)
//   remove operand:               'R' varint(doc_num)
#pragma once

#include <rocksdb/merge_operator.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rolegraph::index::postings {

inline uint64_t Pack(uint32_t doc_num, uint32_t sentence) { return (uint64_t{doc_num} << 32) | sentence; }
inline uint32_t DocNum(uint64_t id) { return static_cast<uint32_t>(id >> 32); }
inline uint32_t Sentence(uint64_t id) { return static_cast<uint32_t>(id); }

// Encodes sorted, distinct ids as a list (also an append operand).
std::string EncodeList(const std::vector<uint64_t>& ids);
std::string EncodeRemove(uint32_t doc_num);
// Decodes a list value; false on a malformed value.
bool DecodeList(std::string_view in, std::vector<uint64_t>* ids);

// Merge operator of the posting-list column family.
std::shared_ptr<rocksdb::MergeOperator> NewListMergeOperator();
// Merge operator of term_stats: values are varint counts, operands zigzag
// varint deltas, so a document's df changes need no read.
std::shared_ptr<rocksdb::MergeOperator> NewCountMergeOperator();
std::string EncodeCountDelta(int64_t delta);

}  // namespace rolegraph::index::postings
