// Compact binary encoding of records: varints and length-prefixed strings,
// in the spirit of LevelDB's coding.h. Decoding checks every length, so a
// corrupt value yields false, never a crash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "rolegraph/index/records.h"

namespace rolegraph::index::coding {

void PutVarint(std::string* dst, uint64_t v);
void PutString(std::string* dst, std::string_view s);
void PutFloat(std::string* dst, float f);
void PutBigEndian32(std::string* dst, uint32_t v);
uint32_t GetBigEndian32(std::string_view src);

// Reads values in order from a byte range; ok() turns false at the first error.
class Decoder {
 public:
  explicit Decoder(std::string_view in) : in_(in) {}
  bool Varint(uint64_t* v);
  bool Varint32(uint32_t* v);
  bool String(std::string* s);
  bool Float(float* f);
  bool Bool(bool* b);
  bool ok() const { return ok_; }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
  bool ok_ = true;
};

std::string EncodeMeta(const DocumentMeta& m);
bool DecodeMeta(std::string_view in, DocumentMeta* m);
std::string EncodeSentence(const SentenceRecord& s);
bool DecodeSentence(std::string_view in, SentenceRecord* s);
std::string EncodeRole(const RoleRecord& r);
bool DecodeRole(std::string_view in, RoleRecord* r);
std::string EncodeFact(const FactRecord& f);
bool DecodeFact(std::string_view in, FactRecord* f);
std::string EncodeStats(const CorpusStats& s);
bool DecodeStats(std::string_view in, CorpusStats* s);

}  // namespace rolegraph::index::coding
