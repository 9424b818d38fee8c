#include "citations.h"

namespace rolegraph::query {

Result<Citation> CitationReader::Cite(const index::SentenceRecord& s) {
  auto it = docs_.find(s.doc_id);
  if (it == docs_.end()) {
    auto doc = reader_.GetDocumentShared(s.doc_id);
    if (!doc.ok()) return doc.status();
    it = docs_.emplace(s.doc_id, std::move(*doc)).first;
  }
  const index::Document& doc = *it->second;
  if (s.end > doc.text.size() || s.begin > s.end) return Status::Corruption("sentence offsets outside document");
  Citation c;
  c.doc_id = s.doc_id;
  c.title = doc.meta.title;
  c.sentence = s.index;
  c.start = s.begin;
  c.end = s.end;
  c.text = doc.text.substr(s.begin, s.end - s.begin);
  return c;
}

}  // namespace rolegraph::query
