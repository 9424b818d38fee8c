// A full disk (issue 19): the database lives on a small tmpfs (mounted by
// the test; skipped when mount is not permitted). Each run starts the server
// on the same database, writes, fills the disk below the reserve (writes get
// 507, reads go on), frees it (writes come back within 5 s), and stops it
// with SIGTERM (exit 0). No run may abort, no acknowledged write may be lost.
#include <doctest/doctest.h>
#include <sys/mount.h>
#include <sys/statvfs.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "server/hostile_fixture.h"

using namespace std::chrono_literals;
using namespace rolegraph::testing;

namespace {

constexpr uint64_t kReserve = 12u << 20;

int Runs() {
  const char* env = std::getenv("ROLEGRAPH_DISK_RUNS");
  return env != nullptr ? std::max(1, std::atoi(env)) : 20;
}

uint64_t FreeBytes(const std::string& path) {
  struct statvfs vfs {};
  if (statvfs(path.c_str(), &vfs) != 0) return 0;
  return static_cast<uint64_t>(vfs.f_bavail) * vfs.f_frsize;
}

// Writes a file of zeros until the file system has about `keep` bytes free.
void FillUntil(const std::string& mount, const std::string& file, uint64_t keep) {
  std::ofstream out(file, std::ios::binary | std::ios::app);
  const std::string block(1u << 16, '\0');
  while (FreeBytes(mount) > keep + block.size() && out.write(block.data(), block.size())) {
    out.flush();
  }
}

class Tmpfs {
 public:
  explicit Tmpfs(const std::string& size) {
    std::filesystem::create_directories(dir_ / "mnt");
    mounted_ = mount("tmpfs", (dir_ / "mnt").c_str(), "tmpfs", 0, ("size=" + size).c_str()) == 0;
  }
  ~Tmpfs() {
    if (mounted_) umount2(path().c_str(), MNT_DETACH);
  }
  bool mounted() const { return mounted_; }
  std::string path() const { return dir_ / "mnt"; }

 private:
  TempDir dir_;
  bool mounted_ = false;
};

std::string Doc(const std::string& id) {
  return R"({"title": "Disk )" + id + R"(", "text": "The storage officer )" + id +
         R"( keeps the archive and approves retention."})";
}

}  // namespace

TEST_CASE("hostile disk: full disk runs refuse writes with 507 and recover") {
  Tmpfs fs("48m");
  if (!fs.mounted()) {
    MESSAGE("skipped: cannot mount a tmpfs here (needs root)");
    return;
  }
  const std::string db = fs.path() + "/db";
  const std::string filler = fs.path() + "/filler";
  std::vector<std::string> acknowledged;
  int aborts = 0;
  for (int run = 0; run < Runs(); ++run) {
    CAPTURE(run);
    ServerProcess server({"--threads", "4", "--access-log", "off", "--disk-reserve",
                          std::to_string(kReserve)},
                         60s, db);
    REQUIRE_MESSAGE(server.ok(), server.err());
    auto client = server.NewClient();
    for (const std::string& id : acknowledged) {  // nothing acknowledged is lost
      auto res = client->Get(("/v1/documents/" + id).c_str());
      REQUIRE(res);
      CHECK_MESSAGE(res->status == 200, id);
    }
    const std::string id = "run-" + std::to_string(run);
    auto put = client->Put(("/v1/documents/" + id).c_str(), Doc(id), "application/json");
    REQUIRE(put);
    REQUIRE(put->status == 201);
    acknowledged.push_back(id);

    FillUntil(fs.path(), filler, kReserve / 2);
    put = client->Put(("/v1/documents/" + id + "-full").c_str(), Doc(id), "application/json");
    CheckError(put, 507, "insufficient_storage");
    auto ask = client->Get("/v1/ask?q=who+keeps+the+archive%3F");
    REQUIRE(ask);
    CHECK(ask->status == 200);
    auto ready = client->Get("/readyz");
    REQUIRE(ready);
    CHECK(ready->status == 200);
    CHECK(ready->body.find("\"writes\":\"refused\"") != std::string::npos);

    std::filesystem::remove(filler);
    const auto freed = std::chrono::steady_clock::now();
    int status = 0;
    while (std::chrono::steady_clock::now() - freed < 5s) {
      put = client->Put(("/v1/documents/" + id + "-back").c_str(), Doc(id), "application/json");
      status = put ? put->status : 0;
      if (status == 201) break;
      std::this_thread::sleep_for(100ms);
    }
    CHECK(status == 201);
    if (status == 201) acknowledged.push_back(id + "-back");
    const int exit_code = server.Stop();
    CHECK_MESSAGE(exit_code == 0, server.err());
    if (exit_code > 128) ++aborts;
  }
  CHECK(aborts == 0);
}
