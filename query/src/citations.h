// A citation: the exact bytes of the sentence an answer rests on, read from
// its stored document. The documents one question cites are few; each is
// read once per question.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "rolegraph/index/database.h"
#include "rolegraph/query/engine.h"

namespace rolegraph::query {

class CitationReader {
 public:
  explicit CitationReader(index::Reader& reader) : reader_(reader) {}

  // The citation of sentence `s`, without highlights. Corruption when the
  // sentence's offsets lie outside its stored document.
  Result<Citation> Cite(const index::SentenceRecord& s);

 private:
  index::Reader& reader_;
  std::map<std::string, std::shared_ptr<const index::Document>> docs_;
};

}  // namespace rolegraph::query
