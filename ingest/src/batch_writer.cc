#include "batch_writer.h"

#include <optional>

namespace rolegraph::ingest {
namespace {

// Big enough that shared records (posting lists, counts) are written once
// for many documents; small enough to keep memory flat.
constexpr size_t kBatchDocuments = 64;
constexpr size_t kBatchBytes = 8u << 20;

}  // namespace

void BatchWriter::Add(std::string path, DocumentInput input) {
  bytes_ += input.text.size();
  items_.push_back({std::move(path), std::move(input)});
  if (items_.size() >= kBatchDocuments || bytes_ >= kBatchBytes) Flush();
}

void BatchWriter::Finish() {
  Flush();
  Collect();
}

void BatchWriter::Flush() {
  if (items_.empty()) return;
  std::vector<Item> items = std::move(items_);
  items_.clear();
  bytes_ = 0;
  std::vector<std::optional<Result<index::IndexedDocument>>> built(items.size());
  auto analyse = [&](size_t first) {
    for (size_t i = first; i < items.size(); i += 2) built[i] = BuildDocument(analyzer_, items[i].input);
  };
  auto other = std::async(std::launch::async, analyse, 1);
  analyse(0);
  other.get();
  Written batch;
  std::vector<index::IndexedDocument> docs;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!built[i]->ok()) {
      summary_->errors.push_back(items[i].path + ": " + built[i]->status().message());
      ++summary_->failed;
      continue;
    }
    batch.paths.push_back(items[i].path);
    docs.push_back(std::move(built[i]->value()));
  }
  Collect();
  if (docs.empty()) return;
  writing_ = std::async(std::launch::async, [this, docs = std::move(docs), batch = std::move(batch)]() mutable {
    batch.outcomes = db_.PutMany(docs);
    return std::move(batch);
  });
}

void BatchWriter::Collect() {
  if (!writing_.valid()) return;
  Written done = writing_.get();
  for (size_t i = 0; i < done.paths.size(); ++i) {
    if (!done.outcomes.ok()) {
      summary_->errors.push_back(done.paths[i] + ": " + done.outcomes.status().message());
      ++summary_->failed;
      continue;
    }
    index::PutOutcome outcome = (*done.outcomes)[i];
    if (outcome == index::PutOutcome::kAdded) ++summary_->added;
    else if (outcome == index::PutOutcome::kUpdated) ++summary_->updated;
    else ++summary_->unchanged;
  }
}

}  // namespace rolegraph::ingest
