#include "convert/zip_reader.h"

#include <zip.h>

#include <algorithm>

namespace rolegraph::ingest::convert {

bool LooksLikeZip(std::string_view bytes) { return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4); }

Result<std::unique_ptr<ZipReader>> ZipReader::Open(std::string_view bytes, const ConvertOptions& options) {
  zip_error_t error;
  zip_error_init(&error);
  // The buffer is not copied: `bytes` outlives the reader (ConvertDocument).
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return Status::Internal("zip: cannot create a buffer source");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    std::string why = zip_error_strerror(&error);
    zip_source_free(source);
    zip_error_fini(&error);
    return Status::InvalidArgument("not a readable zip archive (" + why + ")");
  }
  zip_error_fini(&error);
  const zip_int64_t entries = zip_get_num_entries(archive, 0);
  if (entries < 0 || static_cast<uint64_t>(entries) > options.max_zip_entries) {
    zip_discard(archive);
    return Status::InvalidArgument("zip archive has " + std::to_string(entries) + " entries, more than " +
                                   std::to_string(options.max_zip_entries));
  }
  return std::unique_ptr<ZipReader>(new ZipReader(archive, options));
}

ZipReader::~ZipReader() { zip_discard(archive_); }

bool ZipReader::Has(const std::string& name) const { return zip_name_locate(archive_, name.c_str(), 0) >= 0; }

Result<std::string> ZipReader::Read(const std::string& name) const {
  const zip_int64_t index = zip_name_locate(archive_, name.c_str(), 0);
  if (index < 0) return Status::NotFound("zip entry " + name + " is missing");
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
      !(stat.valid & ZIP_STAT_COMP_SIZE)) {
    return Status::InvalidArgument("zip entry " + name + " is unreadable");
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
    return Status::InvalidArgument("zip entry " + name + " is encrypted");
  if (stat.size > options_.max_zip_entry_bytes) {
    return Status::InvalidArgument("zip entry " + name + " expands to " + std::to_string(stat.size) +
                                   " bytes, more than the limit of " + std::to_string(options_.max_zip_entry_bytes));
  }
  constexpr uint64_t kRatioFloor = 1u << 20;  // small entries may compress well
  if (stat.size > kRatioFloor && stat.size / std::max<uint64_t>(stat.comp_size, 1) > options_.max_zip_ratio) {
    return Status::InvalidArgument("zip entry " + name + " expands " +
                                   std::to_string(stat.size / std::max<uint64_t>(stat.comp_size, 1)) +
                                   ":1, more than the limit of " + std::to_string(options_.max_zip_ratio) +
                                   ":1 (a zip bomb?)");
  }
  zip_file_t* file = zip_fopen_index(archive_, index, 0);
  if (file == nullptr) {
    return Status::InvalidArgument("zip entry " + name + " cannot be opened (" +
                                   zip_strerror(archive_) + ")");
  }
  // Read one byte more than declared: a header that lies about the size is
  // caught instead of trusted.
  std::string out(static_cast<size_t>(stat.size) + 1, '\0');
  zip_int64_t got = 0;
  while (static_cast<uint64_t>(got) < out.size()) {
    const zip_int64_t n = zip_fread(file, out.data() + got, out.size() - got);
    if (n < 0) {
      std::string why = zip_file_strerror(file);
      zip_fclose(file);
      return Status::InvalidArgument("zip entry " + name + " is corrupt (" + why + ")");
    }
    if (n == 0) break;
    got += n;
  }
  zip_fclose(file);
  if (static_cast<uint64_t>(got) != stat.size)
    return Status::InvalidArgument("zip entry " + name + " is not the size its header says");
  out.resize(static_cast<size_t>(got));
  return out;
}

}  // namespace rolegraph::ingest::convert
