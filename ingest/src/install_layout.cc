// Locates share/rolegraph relative to the executable (see install_layout.h).
#include "rolegraph/ingest/install_layout.h"

#include <cstdlib>
#include <filesystem>

namespace rolegraph::ingest {
namespace fs = std::filesystem;

std::string ExecutablePath() {
  std::error_code ec;
  // Linux names the running image here even when it was started through a
  // symlink or a relative path; the symlinks to it are resolved.
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : self.string();
}

std::vector<std::string> ShareDirCandidates() {
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("ROLEGRAPH_SHARE_DIR"); env != nullptr && *env != '\0')
    dirs.emplace_back(env);
  if (const std::string exe = ExecutablePath(); !exe.empty()) {
    const fs::path bin = fs::path(exe).parent_path();
    dirs.push_back((bin.parent_path() / "share" / "rolegraph").string());
    dirs.push_back((bin.parent_path().parent_path() / "share" / "rolegraph").string());
  }
  dirs.emplace_back("/usr/local/share/rolegraph");
  dirs.emplace_back("/usr/share/rolegraph");
  return dirs;
}

std::string FindSharedFile(std::string_view name) {
  for (const std::string& dir : ShareDirCandidates()) {
    std::error_code ec;
    const fs::path candidate = fs::path(dir) / fs::path(name);
    if (fs::exists(candidate, ec)) return candidate.string();
  }
  return "";
}

}  // namespace rolegraph::ingest
