// The write reserve (server/src/disk_guard.h) on the test's own file
// system, one row per reserve: a write is refused (507) exactly when free
// space minus room for its body would fall below the reserve; a write that
// met a full disk keeps writes refused until they are resumed.
#include "../../server/src/disk_guard.h"

#include <doctest/doctest.h>
#include <sys/statvfs.h>

#include <filesystem>
#include <string>

using rolegraph::Status;
using rolegraph::server::DiskGuard;
using rolegraph::server::kDiskBytesPerBodyByte;

TEST_CASE("disk guard: reserve rows") {
  const std::string dir = std::filesystem::temp_directory_path().string();
  struct statvfs vfs {};
  REQUIRE(statvfs(dir.c_str(), &vfs) == 0);
  const uint64_t free = static_cast<uint64_t>(vfs.f_bavail) * vfs.f_frsize;
  REQUIRE(free > (64u << 20));
  struct Row {
    const char* what;
    uint64_t reserve;
    uint64_t body;
    bool refused;
  };
  const Row rows[] = {
      {"no reserve", 0, 0, false},
      {"reserve well below free", free / 4, 0, false},
      {"reserve above free", free * 2, 0, true},
      {"a body that would cross the reserve", free - (8u << 20), (4u << 20), true},
      {"a small body that would not", free / 4, 1024, false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    DiskGuard guard(dir, row.reserve);
    const auto refused = guard.CheckWrite(nullptr, row.body);
    CHECK(refused.has_value() == row.refused);
    if (refused) {
      CHECK(refused->http_status == 507);
      CHECK(refused->code == "insufficient_storage");
    }
  }
  (void)kDiskBytesPerBodyByte;
}

TEST_CASE("disk guard: a write that met a full disk") {
  DiskGuard guard(std::filesystem::temp_directory_path().string(), 0);
  const auto error = guard.OnWriteFailure(
      Status::IOError("IO error: No space left on device: While appending to file: 000012.log"));
  CHECK(error.http_status == 507);
  CHECK(guard.Snapshot().write_failed);
  // Other storage errors keep their usual mapping and do not stop writes.
  DiskGuard other(std::filesystem::temp_directory_path().string(), 0);
  CHECK(other.OnWriteFailure(Status::IOError("IO error: permission denied")).http_status == 500);
  CHECK_FALSE(other.Snapshot().write_failed);
  // Space is there again (and there is no database to resume here).
  CHECK_FALSE(guard.CheckWrite(nullptr).has_value());
  CHECK_FALSE(guard.Snapshot().write_failed);
}
