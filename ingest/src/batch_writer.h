// Ingest of many files: documents are analysed two at a time (two threads)
// and written in batches of whole documents (Database::PutMany), the next
// batch analysed while the previous one is written. Batches are written in
// the order documents were added, so document numbers follow file order.
#pragma once

#include <future>
#include <string>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/ingester.h"

namespace rolegraph::ingest {

class BatchWriter {
 public:
  BatchWriter(const Analyzer& analyzer, index::Database& db, IngestSummary* summary)
      : analyzer_(analyzer), db_(db), summary_(summary) {}
  ~BatchWriter() { Finish(); }

  void Add(std::string path, DocumentInput input);
  // Writes what is left and waits; the summary is complete after it.
  void Finish();

 private:
  struct Item {
    std::string path;
    DocumentInput input;
  };
  struct Written {
    std::vector<std::string> paths;
    Result<std::vector<index::PutOutcome>> outcomes = Status::Internal("not written");
  };
  void Flush();
  void Collect();

  const Analyzer& analyzer_;
  index::Database& db_;
  IngestSummary* summary_;
  std::vector<Item> items_;
  size_t bytes_ = 0;
  std::future<Written> writing_;
};

}  // namespace rolegraph::ingest
