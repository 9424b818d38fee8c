// The records RoleGraph stores: documents, analysed sentences, roles and facts.
// Plain structs, no RocksDB types; index/src encodes them (see keys.h there
// for the key layout, documented in README "RocksDB layout").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rolegraph::index {

enum class Lang : uint8_t { kUnknown = 0, kEn = 1, kId = 2 };
const char* LangCode(Lang lang);          // "en", "id" or "" for unknown
Lang LangFromCode(const std::string& c);  // kUnknown for anything else

struct DocumentMeta {
  std::string id;      // safe id: [A-Za-z0-9._-], 1..128 chars
  std::string title;
  std::string lang;    // dominant language code of the document
  std::string source;  // where it came from (file path or URL), may be empty
  std::string hash;    // hex content hash of the original text
  int64_t updated_at = 0;  // unix seconds
  uint64_t bytes = 0;
  uint32_t sentences = 0;
  uint32_t facts = 0;
};

struct Document {
  DocumentMeta meta;
  std::string text;  // original bytes; every offset below points into this
};

// A term's slot in a 1,024-bit filter of terms (query/src/term_filter.h):
// from its length and its first, middle and last bytes.
inline uint16_t TermSlot(std::string_view t) {
  if (t.empty()) return 0;
  auto byte = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(t[i])); };
  const size_t h = t.size() * 0x9E37 + byte(0) * 0x85EB + byte(t.size() / 2) * 0xC2B3 + byte(t.size() - 1) * 0x27D5;
  return static_cast<uint16_t>((h ^ (h >> 10)) & 1023);
}
constexpr uint16_t kNoTermSlot = 0xFFFF;  // not worked out: TermSlot(term) is

// One indexed word: its Snowball stem and where the word sits in the document.
struct TermOccurrence {
  std::string term;  // stem in the sentence's language
  uint32_t begin = 0;
  uint32_t end = 0;
  bool stop = false;  // a stop word: kept for positions, not posted
  // TermSlot(term), set where a stored sentence is decoded (decoded records
  // are kept per database version): ranking checks every word of every
  // candidate sentence against the question's terms, and reading the
  // word's bytes for it each time was most of that check (issue 18).
  // Not stored; kNoTermSlot where a record is built otherwise.
  uint16_t slot = kNoTermSlot;
};

// An explicit mention of a role inside a sentence ("CTO", "manajer TI senior").
struct RoleMention {
  std::string role_id;
  uint32_t first_token = 0;  // index into SentenceRecord::terms
  uint32_t last_token = 0;   // inclusive
  bool pronoun = false;      // a resolved pronoun / "this position" rather than a name
  // The sentence denies or retires what it says of this role here ("not to
  // the CEO", "previously held by ..."): never evidence for it.
  bool denied = false;
  // The agent of a passive verb with no marker word before it ("untuk
  // disetujui Manajer X"): the doer of what the sentence says before it.
  bool agent = false;
};

struct SentenceRecord {
  std::string doc_id;
  uint32_t index = 0;  // position in the document, 0-based
  uint32_t begin = 0;  // byte offsets into Document::text
  uint32_t end = 0;
  Lang lang = Lang::kUnknown;
  bool heading = false;
  bool boilerplate = false;  // site furniture, adverts: stored, never cited
  std::vector<TermOccurrence> terms;
  std::vector<RoleMention> mentions;
  // Role in focus when the sentence names none (coreference, section heading
  // or document topic) and how sure we are of it.
  std::string focus_role;
  float focus_confidence = 0.0f;
};

// How one document names a role. The store merges these across documents.
struct RoleRecord {
  std::string id;    // stable slug: "cto", "senior-it-manager"
  std::string name;  // canonical display name
  std::string kind = "role";  // "role" or "org_unit"
  std::vector<std::string> aliases;
  uint32_t mentions = 0;
  uint32_t facts = 0;
};

struct FactRecord {
  std::string role_id;
  std::string predicate;       // from the vocabulary in docs/predicates.md
  std::string object;          // object text, exactly the source bytes [object_begin, object_end)
  std::string object_role_id;  // for relations (reports_to, collaborates_with, ...)
  std::string doc_id;
  uint32_t sentence = 0;
  uint32_t begin = 0;  // the whole supporting sentence span
  uint32_t end = 0;
  uint32_t object_begin = 0;
  uint32_t object_end = 0;
  float confidence = 0.0f;
  // Polarity and validity: a fact the sentence denies ("does not report to
  // the CEO") or says no longer holds ("previously", "no longer") is kept,
  // so the graph can show it, but is never an answer or a citation.
  bool negated = false;
  bool current = true;
};

// Everything ingest produces for one document; written in one WriteBatch.
struct IndexedDocument {
  Document doc;
  std::vector<SentenceRecord> sentences;
  std::vector<RoleRecord> roles;  // roles this document mentions, with its aliases
  std::vector<FactRecord> facts;
  // (cognate key, stem) pairs of this document's vocabulary, for cross-lingual
  // look-up of loanwords (teknologi ~ technology).
  std::vector<std::pair<std::string, std::string>> cognates;
};

struct Posting {
  std::string doc_id;
  uint32_t sentence = 0;
};

struct CorpusStats {
  uint64_t documents = 0;
  uint64_t sentences = 0;  // indexed, non-boilerplate sentences
  uint64_t terms = 0;      // posted term occurrences, for average sentence length
  uint64_t facts = 0;
  uint64_t bytes = 0;
};

}  // namespace rolegraph::index
