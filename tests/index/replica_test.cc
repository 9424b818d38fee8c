// Read replicas against real RocksDB folders: a secondary instance over the
// writer's folder, and a replica restoring the writer's published backups.
#include <doctest/doctest.h>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>

#include "rolegraph/index/database.h"

namespace fs = std::filesystem;
using namespace rolegraph::index;
using rolegraph::Status;

namespace {

struct ReplicaDirs {
  fs::path root;
  ReplicaDirs() {
    root = fs::temp_directory_path() / ("rolegraph-replica-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(root);
    fs::create_directories(root);
  }
  ~ReplicaDirs() { fs::remove_all(root); }
  std::string operator/(const char* name) const { return (root / name).string(); }
};

// A one-sentence document naming one role.
IndexedDocument OneSentence(const std::string& id, const std::string& text) {
  IndexedDocument d;
  d.doc.meta.id = id;
  d.doc.meta.title = id;
  d.doc.meta.hash = std::to_string(std::hash<std::string>{}(text));
  d.doc.text = text;
  SentenceRecord s;
  s.end = static_cast<uint32_t>(text.size());
  s.lang = Lang::kEn;
  s.terms.push_back({text.substr(0, text.find(' ')), 0, static_cast<uint32_t>(text.find(' ')), false});
  s.mentions.push_back({"auditor", 0, 0, false});
  d.sentences.push_back(s);
  d.roles.push_back({"auditor", "Auditor", "role", {"auditor"}, 1, 1});
  return d;
}

bool Sees(Database& db, const std::string& id) { return db.NewReader()->GetDocument(id).ok(); }

}  // namespace

TEST_CASE("replica: a secondary sees the writer's writes after CatchUp and refuses its own") {
  ReplicaDirs dirs;
  auto writer = Database::Open(dirs / "writer");
  REQUIRE(writer.ok());
  REQUIRE((*writer)->Put(OneSentence("first", "auditors check the ledgers")).ok());

  Options options;
  options.secondary_dir = dirs / "replica";
  auto replica = Database::Open(dirs / "writer", options);
  REQUIRE_MESSAGE(replica.ok(), replica.status().ToString());
  CHECK(Sees(**replica, "first"));

  REQUIRE((*writer)->Put(OneSentence("second", "auditors sign the report")).ok());
  REQUIRE((*replica)->CatchUp().ok());
  CHECK(Sees(**replica, "second"));
  const ReplicationInfo info = (*replica)->Replication();
  CHECK(info.replica);
  CHECK(info.writer_dir == dirs / "writer");
  CHECK(info.version == (*writer)->Replication().version);
  CHECK(info.caught_up_unix_ms > 0);
  CHECK_FALSE((*writer)->Replication().replica);

  Status refused = (*replica)->Put(OneSentence("third", "auditors visit branches")).status();
  CHECK(refused.IsInvalidArgument());
  CHECK(refused.message().find(dirs / "writer") != std::string::npos);
  CHECK((*replica)->Delete("first").IsInvalidArgument());
}

TEST_CASE("replica: a Reader open during a catch-up keeps its view; the catch-up waits for it") {
  ReplicaDirs dirs;
  auto writer = Database::Open(dirs / "writer");
  REQUIRE(writer.ok());
  REQUIRE((*writer)->Put(OneSentence("first", "auditors check the ledgers")).ok());
  Options options;
  options.secondary_dir = dirs / "replica";
  auto replica = Database::Open(dirs / "writer", options);
  REQUIRE(replica.ok());

  auto reader = (*replica)->NewReader();
  REQUIRE((*writer)->Put(OneSentence("later", "auditors close the year")).ok());
  std::thread catch_up([&] { CHECK((*replica)->CatchUp().ok()); });
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  CHECK(reader->GetDocument("first").ok());
  CHECK(reader->GetDocument("later").status().IsNotFound());  // not half a catch-up
  auto nested = (*replica)->NewReader();  // same thread: does not deadlock
  CHECK(nested->GetDocument("first").ok());
  nested.reset();
  reader.reset();
  catch_up.join();
  CHECK(Sees(**replica, "later"));
}

TEST_CASE("replica: restoring published backups swaps in the newest, old Readers finish on theirs") {
  ReplicaDirs dirs;
  auto writer = Database::Open(dirs / "writer");
  REQUIRE(writer.ok());
  REQUIRE((*writer)->Put(OneSentence("first", "auditors check the ledgers")).ok());
  auto first_backup = (*writer)->PublishBackup(dirs / "backups", 3);
  REQUIRE_MESSAGE(first_backup.ok(), first_backup.status().ToString());
  CHECK(Database::IsBackupFolder(dirs / "backups"));
  CHECK_FALSE(Database::IsBackupFolder(dirs / "writer"));

  auto replica = Database::OpenBackupReplica(dirs / "backups", dirs / "replica");
  REQUIRE_MESSAGE(replica.ok(), replica.status().ToString());
  CHECK(Sees(**replica, "first"));
  auto old_reader = (*replica)->NewReader();

  REQUIRE((*writer)->Put(OneSentence("second", "auditors sign the report")).ok());
  REQUIRE((*writer)->PublishBackup(dirs / "backups", 3).ok());
  REQUIRE((*replica)->CatchUp().ok());
  CHECK(Sees(**replica, "second"));
  CHECK(old_reader->GetDocument("second").status().IsNotFound());  // still the old copy
  CHECK(old_reader->GetDocument("first").ok());
  CHECK((*replica)->Replication().version == (*writer)->Replication().version);

  // The old copy's folder goes with its last Reader: one restore remains.
  old_reader.reset();
  size_t restores = 0;
  for (const auto& entry : fs::directory_iterator(dirs / "replica")) restores += entry.is_directory();
  CHECK(restores == 1);

  CHECK((*replica)->Put(OneSentence("third", "auditors visit branches")).status().IsInvalidArgument());
  CHECK(Database::OpenBackupReplica(dirs / "nothing-here", dirs / "other").status().code() !=
        Status::Code::kOk);
}
