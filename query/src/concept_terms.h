// The weighted index terms one question word expands to, shared between the
// question that built them and the per-version memo that hands them to the
// next question with the same word (QuestionCache::WordTerms).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace rolegraph::query {

struct TermWeight {
  double weight = 0;
  std::string source;
  std::string lang;
};

// Index term -> weight, sorted by term and unique: a flat map. A concept
// gathers tens of candidate terms, and a tree node for each was a large
// share of question analysis (issue 18).
using TermList = std::vector<std::pair<std::string, TermWeight>>;

// A concept's terms, read-only once built: iterated like the list, held by
// a shared pointer so a remembered expansion is handed over, not copied.
class ConceptTerms {
 public:
  ConceptTerms() = default;
  explicit ConceptTerms(std::shared_ptr<const TermList> list) : list_(std::move(list)) {}
  TermList::const_iterator begin() const { return list().begin(); }
  TermList::const_iterator end() const { return list().end(); }
  size_t size() const { return list().size(); }
  bool empty() const { return list().empty(); }
  const std::shared_ptr<const TermList>& shared() const { return list_; }

 private:
  const TermList& list() const {
    static const TermList kNone;
    return list_ ? *list_ : kNone;
  }
  std::shared_ptr<const TermList> list_;
};

}  // namespace rolegraph::query
