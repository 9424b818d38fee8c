// Hash of a document's text and metadata; equal hashes mean nothing to re-ingest.
#pragma once

#include <string>

#include "rolegraph/ingest/ingester.h"

namespace rolegraph::ingest {

std::string ContentHash(const DocumentInput& input);

}  // namespace rolegraph::ingest
