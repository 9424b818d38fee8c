// RocksDB layout of RoleGraph: one column family per record kind.
//
//   column family  key                                   value
//   default        "stats"                               CorpusStats
//   doc_meta       doc_id                                DocumentMeta
//   doc_text       doc_id                                original bytes
//   doc_manifest   doc_id                                derived keys to delete on replace
//   sentences      doc_id \0 be32(index)                 SentenceRecord
//   postings       (unused since format 2; kept so older databases open)
//   term_stats     term                                  varint sentence frequency
//   cognates       key \0 term                          varint number of documents using it
//   role_docs      role_id \0 doc_id                     RoleRecord as seen in that document
//   facts          role_id \0 doc_id \0 be32(seq)        FactRecord
//   posting_lists  term                                  sorted sentence numbers (posting_list.h)
//   doc_nums       be32(doc_num)                         doc_id
//
// A document's integer number (doc_num) is assigned when it is written and
// never reused; the manifest keeps it. "format" and "next_doc_num" sit in
// the default family beside "stats".
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
  kPostingLists,
  kDocNums,
  kNumCf
};

inline const char* CfName(int cf) {
  static const char* kNames[] = {"default",  "doc_meta",   "doc_text", "doc_manifest", "sentences",
                                 "postings", "term_stats", "cognates", "role_docs",    "facts",
                                 "posting_lists", "doc_nums"};
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

inline void AppendSentenceKey(std::string* k, std::string_view doc, uint32_t index) {
  k->append(doc);
  k->push_back('\0');
  coding::PutBigEndian32(k, index);
}

inline std::string SentenceKey(std::string_view doc, uint32_t index) {
  std::string k;
  k.reserve(doc.size() + 5);  // one allocation, not a second for the index
  AppendSentenceKey(&k, doc, index);
  return k;
}

inline std::string FactKey(std::string_view role, std::string_view doc, uint32_t seq) {
  std::string k = Join(role, doc);
  k.push_back('\0');
  coding::PutBigEndian32(&k, seq);
  return k;
}

inline std::string DocNumKey(uint32_t doc_num) {
  std::string k;
  coding::PutBigEndian32(&k, doc_num);
  return k;
}

inline const std::string kStatsKey = "stats";
inline const std::string kFormatKey = "format";
inline const std::string kNextDocNumKey = "next_doc_num";
// Format 2: posting lists per term with integer document numbers.
inline const std::string kFormat = "2";

}  // namespace rolegraph::index::keys
