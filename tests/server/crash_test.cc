// kill -9 in the middle of `rolegraph ingest` over a directory of 400
// documents: the database must open, hold every document wholly in its old
// or its new version (text, sentences, postings, facts and corpus statistics
// agreeing), answer a question, and a rerun must complete the ingest.
#include <doctest/doctest.h>
#include <signal.h>
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "rolegraph/index/database.h"
#include "server/process_util.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace rolegraph;
using namespace rolegraph::testing;

namespace {

constexpr int kDocuments = 400;
// One word per version, in one sentence of every document: its postings tell
// which documents hold which version.
const char* const kMarkers[2] = {"alphaversion", "betaversion"};

std::vector<std::vector<std::string>> CorpusLines() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(CorpusDir())) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::vector<std::string>> out;
  for (const auto& f : files) {
    std::istringstream in(ReadFile(f));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) lines.push_back(line);
    }
    out.push_back(std::move(lines));
  }
  return out;
}

// Document i in version v (0 old, 1 new): a window of a corpus text, the new
// version with an extra paragraph first (every offset moves) and a few
// paragraphs more.
std::string MakeText(const std::vector<std::vector<std::string>>& corpus, int i, int v) {
  const auto& lines = corpus[i % corpus.size()];
  const size_t count = std::min<size_t>(lines.size(), 6 + v * 3);
  const size_t first = (i / corpus.size()) % std::max<size_t>(1, lines.size() - count + 1);
  std::string text = "Catatan peran " + std::to_string(i) + (v ? " (revisi)" : "") + "\n\n";
  if (v) text += "Versi ini diperbarui oleh tim SDM pada kuartal ketiga.\n\n";
  for (size_t k = first; k < first + count; ++k) text += lines[k] + "\n\n";
  text += std::string("The archive steward keeps the ") + kMarkers[v] + " ledger for this note.\n";
  return text;
}

std::string DocId(int i) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "doc-%04d", i);
  return buf;
}

void WriteVersion(const std::string& dir, const std::vector<std::vector<std::string>>& corpus,
                  int v) {
  for (int i = 0; i < kDocuments; ++i) {
    std::ofstream out(dir + "/" + DocId(i) + ".txt", std::ios::binary | std::ios::trunc);
    out << MakeText(corpus, i, v);
  }
}

// Bytes in RocksDB's write-ahead logs (NNNNNN.log), skipping `ignore`.
uint64_t WalBytes(const std::string& db, const std::set<std::string>& ignore = {}) {
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(db, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() != ".log" || ignore.count(name)) continue;
    // RocksDB deletes an old log after a flush: a file gone between listing
    // and sizing gives uintmax_t(-1), which read as a size would "reach" any
    // kill threshold and kill a run meant to finish.
    const uint64_t size = entry.file_size(ec);
    if (!ec) total += size;
  }
  return total;
}

std::set<std::string> WalFiles(const std::string& db) {
  std::set<std::string> names;
  std::error_code ec;  // no database yet: no logs
  for (const auto& entry : fs::directory_iterator(db, ec)) {
    if (entry.path().extension() == ".log") names.insert(entry.path().filename().string());
  }
  return names;
}

// Runs `rolegraph ingest` and SIGKILLs it once the new write-ahead log holds
// `kill_at` bytes. Returns the exit code (137 when killed) and the WAL size
// seen last.
std::pair<int, uint64_t> IngestAndKill(const std::string& db, const std::string& docs,
                                       uint64_t kill_at, const TempDir& io) {
  const std::set<std::string> before = WalFiles(db);
  const pid_t pid = Spawn({"ingest", "--db", db, docs}, io / "out", io / "err");
  uint64_t seen = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  for (;;) {
    seen = std::max(seen, WalBytes(db, before));
    if (seen >= kill_at) {
      kill(pid, SIGKILL);
      return {WaitExit(pid, std::chrono::seconds(30)), seen};
    }
    const int code = WaitExit(pid, std::chrono::milliseconds(0));
    if (code != -1) return {code, seen};
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid, SIGKILL);
      WaitExit(pid, std::chrono::seconds(30));
      FAIL("ingest did not finish in 5 minutes");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

// Opens the database and checks that every document is wholly one of its
// versions. Returns how many hold version `v`.
int CheckWholeDocuments(const std::string& db_dir, const std::vector<std::string> texts[2], int v) {
  auto db = index::Database::Open(db_dir);
  REQUIRE_MESSAGE(db.ok(), db.status().ToString());
  auto reader = (*db)->NewReader();
  auto metas = reader->ListDocuments();
  REQUIRE(metas.ok());
  REQUIRE(metas->size() == static_cast<size_t>(kDocuments));

  auto facts = reader->Facts("");
  REQUIRE(facts.ok());
  std::map<std::string, std::vector<index::FactRecord>> facts_of;
  for (auto& f : *facts) facts_of[f.doc_id].push_back(std::move(f));

  index::CorpusStats expected;
  std::map<std::string, int> version_of;
  std::string marker_term[2];
  std::set<std::string> with_marker[2];
  uint64_t role_mentions = 0;
  for (const auto& meta : *metas) {
    CAPTURE(meta.id);
    auto doc = reader->GetDocument(meta.id);
    REQUIRE(doc.ok());
    const int i = std::stoi(meta.id.substr(4));
    const std::string& text = doc->text;
    const int version = text == texts[0][i] ? 0 : text == texts[1][i] ? 1 : -1;
    REQUIRE_MESSAGE(version != -1, "stored text is neither version");
    version_of[meta.id] = version;
    CHECK(meta.bytes == text.size());
    CHECK(meta.title == text.substr(0, text.find('\n')));

    auto sentences = reader->GetSentences(meta.id);
    REQUIRE(sentences.ok());
    CHECK(meta.sentences == sentences->size());
    for (const auto& s : *sentences) {
      REQUIRE(s.begin <= s.end);
      REQUIRE(s.end <= text.size());
      for (const auto& m : s.mentions) role_mentions += m.pronoun ? 0 : 1;
      if (s.boilerplate) continue;
      ++expected.sentences;
      for (const auto& t : s.terms) {
        REQUIRE(t.end <= text.size());
        if (t.stop) continue;
        ++expected.terms;
        for (int k = 0; k < 2; ++k) {
          if (text.compare(t.begin, t.end - t.begin, kMarkers[k]) != 0) continue;
          CHECK(k == version);
          marker_term[k] = t.term;
          with_marker[k].insert(meta.id);
        }
      }
    }
    // Facts belong to this text: their objects are its bytes.
    const auto& own = facts_of[meta.id];
    CHECK(meta.facts == own.size());
    for (const auto& f : own) {
      REQUIRE(f.sentence < sentences->size());
      REQUIRE(f.object_end <= text.size());
      CHECK(text.compare(f.object_begin, f.object_end - f.object_begin, f.object) == 0);
    }
    ++expected.documents;
    expected.facts += own.size();
    expected.bytes += text.size();
  }
  size_t facts_total = 0;
  for (const auto& [id, list] : facts_of) {
    CHECK_MESSAGE(version_of.count(id), "facts of a document that does not exist: " << id);
    facts_total += list.size();
  }

  // Postings and term statistics of the marker words: exactly the documents
  // that hold each version.
  for (int k = 0; k < 2; ++k) {
    if (marker_term[k].empty()) continue;
    std::set<std::string> posted;
    Status s = reader->ForEachPosting(marker_term[k], [&](const index::Posting& p) {
      posted.insert(p.doc_id);
      return true;
    });
    REQUIRE(s.ok());
    CHECK(posted == with_marker[k]);
    CHECK(reader->DocFreq(marker_term[k]) == with_marker[k].size());
  }

  const index::CorpusStats stats = reader->Stats();
  CHECK(stats.documents == expected.documents);
  CHECK(stats.sentences == expected.sentences);
  CHECK(stats.terms == expected.terms);
  CHECK(stats.facts == expected.facts);
  CHECK(stats.facts == facts_total);
  CHECK(stats.bytes == expected.bytes);

  auto roles = reader->ListRoles();
  REQUIRE(roles.ok());
  uint64_t merged_mentions = 0;
  for (const auto& r : *roles) merged_mentions += r.mentions;
  CHECK(merged_mentions == role_mentions);

  int holding = 0;
  for (const auto& [id, version] : version_of) holding += version == v;
  return holding;
}

}  // namespace

TEST_CASE("crash: kill -9 during ingest leaves every document old or new; a rerun completes") {
  const auto corpus = CorpusLines();
  REQUIRE_FALSE(corpus.empty());
  std::vector<std::string> texts[2];
  for (int v = 0; v < 2; ++v) {
    for (int i = 0; i < kDocuments; ++i) texts[v].push_back(MakeText(corpus, i, v));
  }
  TempDir dir;
  const std::string docs = dir / "docs", db = dir / "db";
  fs::create_directories(docs);

  // A full first ingest, watching how large its write-ahead log grows.
  WriteVersion(docs, corpus, 0);
  TempDir first_io;
  auto [first_code, full_wal] = IngestAndKill(db, docs, UINT64_MAX, first_io);
  REQUIRE_MESSAGE(first_code == 0, ReadFile(first_io / "err"));
  REQUIRE(full_wal > 0);
  MESSAGE("full ingest wrote about " << full_wal << " WAL bytes");

  // Kill a re-ingest of changed files part-way. Should the kill land after
  // the last document (a very slow machine), swap versions and kill sooner.
  bool killed_mid_way = false;
  double fraction = 0.4;
  for (int attempt = 0; attempt < 4 && !killed_mid_way; ++attempt) {
    CAPTURE(attempt);
    const int from = attempt % 2, to = 1 - from;
    WriteVersion(docs, corpus, to);
    TempDir io;
    auto [code, wal] = IngestAndKill(db, docs, std::max<uint64_t>(1, full_wal * fraction), io);
    MESSAGE("attempt " << attempt << ": exit " << code << " after " << wal << " WAL bytes");
    REQUIRE_MESSAGE((code == 128 + SIGKILL || code == 0), ReadFile(io / "err"));

    const int done = CheckWholeDocuments(db, texts, to);
    MESSAGE("attempt " << attempt << ": " << done << " of " << kDocuments << " new");
    killed_mid_way = code != 0 && done > 0 && done < kDocuments;

    // The killed database answers.
    RunResult ask = RunRolegraph({"ask", "--db", db, "--json", "Siapa yang mengelola vendor?"});
    REQUIRE_MESSAGE(ask.exit_code == 0, ask.err);
    json answer = json::parse(ask.out, nullptr, false);
    REQUIRE_FALSE(answer.is_discarded());
    CHECK(answer["answers"].is_array());

    // A rerun completes: what the kill left undone is updated, the rest unchanged.
    RunResult rerun = RunRolegraph({"ingest", "--db", db, docs});
    REQUIRE_MESSAGE(rerun.exit_code == 0, rerun.err);
    CHECK(rerun.out.find("(added 0, updated " + std::to_string(kDocuments - done) + ", unchanged " +
                         std::to_string(done) + ", removed 0, failed 0)") != std::string::npos);
    CHECK(CheckWholeDocuments(db, texts, to) == kDocuments);
    fraction /= 3;
  }
  CHECK_MESSAGE(killed_mid_way, "no attempt killed the ingest part-way");
}
