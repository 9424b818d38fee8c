// Reads single entries of a zip held in memory (libzip: maintained,
// in Debian, reads from a buffer, checks CRCs). Guards against zip bombs:
// the entry count, an entry's declared size and its expansion ratio are
// checked before anything is inflated, and the inflated bytes are counted.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "rolegraph/ingest/convert.h"

struct zip;

namespace rolegraph::ingest::convert {

class ZipReader {
 public:
  // InvalidArgument when `bytes` is not a readable zip.
  static Result<std::unique_ptr<ZipReader>> Open(std::string_view bytes, const ConvertOptions& options);
  ~ZipReader();

  bool Has(const std::string& name) const;
  // The entry's bytes; NotFound when there is none, InvalidArgument when it
  // is encrypted, corrupt or over the limits (the message names the entry).
  Result<std::string> Read(const std::string& name) const;

 private:
  ZipReader(zip* archive, const ConvertOptions& options) : archive_(archive), options_(options) {}
  zip* archive_;
  ConvertOptions options_;
};

// True when `bytes` starts like a zip archive.
bool LooksLikeZip(std::string_view bytes);

}  // namespace rolegraph::ingest::convert
