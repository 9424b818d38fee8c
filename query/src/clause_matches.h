// The concept matches of each role governing words of one sentence, in the
// order the roles first govern one (issue 18). A sentence has one to three
// such roles; scoring used to build a vector per role per sentence, one of
// its largest allocations. Here the matches sit in one flat buffer, reused
// from sentence to sentence: once warm, a sentence allocates nothing.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace rolegraph::query {

class ClauseMatches {
 public:
  // Empties the list for a sentence of a question with `concepts` concepts.
  void Reset(size_t concepts) {
    width_ = concepts;
    roles_.clear();
    match_.clear();
  }

  // `role`'s matches (width() of them), added all zero when new. The ids
  // are compared by value: two mentions of one role share its clause. The
  // pointer is valid until the next Of or Reset.
  double* Of(const std::string& role) {
    for (size_t k = 0; k < roles_.size(); ++k)
      if (*roles_[k] == role) return match_.data() + k * width_;
    roles_.push_back(&role);
    match_.resize(match_.size() + width_, 0.0);
    return match_.data() + (roles_.size() - 1) * width_;
  }

  size_t size() const { return roles_.size(); }
  size_t width() const { return width_; }
  const std::string& role(size_t k) const { return *roles_[k]; }
  const double* match(size_t k) const { return match_.data() + k * width_; }

 private:
  size_t width_ = 0;
  std::vector<const std::string*> roles_;  // point into the sentence being scored
  std::vector<double> match_;              // roles_.size() rows of width_
};

}  // namespace rolegraph::query
