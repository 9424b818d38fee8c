// RocksDB layout of RoleGraph: one column family per record kind.
//
//   column family  key                                   value
//   default        "stats"                               CorpusStats
//   doc_meta       doc_id                                DocumentMeta
//   doc_text       doc_id                                original bytes
//   doc_manifest   doc_id                                derived keys to delete on replace
//   sentences      doc_id \0 be32(index)                 SentenceRecord
//   postings       term \0 doc_id \0 be32(sentence)      varint tf
//   term_stats     term                                  varint sentence frequency
//   cognates       key \0 term \0 doc_id                 ""
//   role_docs      role_id \0 doc_id                     RoleRecord as seen in that document
//   facts          role_id \0 doc_id \0 be32(seq)        FactRecord
//
// Every document's records are written and removed in one WriteBatch; the
// manifest lists the role ids and cognate keys the document added, so a
// replacement can remove exactly the old version's derived keys.
#pragma once

#include <string>
#include <string_view>

#include "coding.h"

namespace rolegraph::index::keys {

enum Cf : int {
  kDefault = 0,
  kDocMeta,
  kDocText,
  kDocManifest,
  kSentences,
  kPostings,
  kTermStats,
  kCognates,
  kRoleDocs,
  kFacts,
  kNumCf
};

inline const char* CfName(int cf) {
  static const char* kNames[] = {"default",  "doc_meta",   "doc_text", "doc_manifest", "sentences",
                                 "postings", "term_stats", "cognates", "role_docs",    "facts"};
  return kNames[cf];
}

inline std::string Join(std::string_view a, std::string_view b) {
  std::string k(a);
  k.push_back('\0');
  k.append(b);
  return k;
}

inline std::string Prefix(std::string_view a) {
  std::string k(a);
  k.push_back('\0');
  return k;
}

inline std::string SentenceKey(std::string_view doc, uint32_t index) {
  std::string k = Prefix(doc);
  coding::PutBigEndian32(&k, index);
  return k;
}

inline std::string PostingKey(std::string_view term, std::string_view doc, uint32_t sentence) {
  std::string k = Join(term, doc);
  k.push_back('\0');
  coding::PutBigEndian32(&k, sentence);
  return k;
}

inline std::string FactKey(std::string_view role, std::string_view doc, uint32_t seq) {
  std::string k = Join(role, doc);
  k.push_back('\0');
  coding::PutBigEndian32(&k, seq);
  return k;
}

inline const std::string kStatsKey = "stats";

}  // namespace rolegraph::index::keys
