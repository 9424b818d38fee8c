// Document formats end to end: the .md, .html, .docx, .odt and .pdf versions
// of one document give the same answer (role and cited sentence), and
// `rolegraph ingest --server` pushes a folder of mixed formats to a running
// server: a second run sends nothing, an edited file is re-sent, a hostile
// file fails alone.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <thread>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "ingest/format_fixtures.h"
#include "server/process_util.h"
#include "server/server_process.h"

using namespace rolegraph::testing;

namespace {

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

FixtureDoc FinanceDocument() {
  return {
      {FixtureBlock::kHeading, {"Finance roles at a mid-size company"}},
      {FixtureBlock::kParagraph,
       {"The Chief Financial Officer approves the annual budget and presents it to the board of directors every "
        "December."}},
      {FixtureBlock::kHeading, {"Accounting"}},
      {FixtureBlock::kParagraph,
       {"The Financial Controller closes the books each month and supervises the accounts payable team."}},
      {FixtureBlock::kListItem, {"The Treasurer manages the cash position and the relationships with banks."}},
      {FixtureBlock::kParagraph,
       {"Manajer Pajak menyiapkan laporan pajak perusahaan dan berkoordinasi dengan konsultan pajak."}},
  };
}

FixtureDoc HrDocument() {
  return {
      {FixtureBlock::kHeading, {"People operations"}},
      {FixtureBlock::kParagraph, {"The HR Manager runs recruitment and onboarding for new employees."}},
  };
}

struct Answer {
  std::string role;
  std::string cited;
};

Answer Ask(const std::string& db, const std::string& question) {
  RunResult r = RunRolegraph({"ask", "--db", db, "--json", question});
  CAPTURE(r.err);
  REQUIRE(r.exit_code == 0);
  auto json = nlohmann::json::parse(r.out);
  if (json["abstained"].get<bool>() || json["answers"].empty()) return {};
  const auto& top = json["answers"][0];
  return {top["role"]["id"].get<std::string>(), top["citations"][0]["text"].get<std::string>()};
}

}  // namespace

TEST_CASE("formats: the md, html, docx, odt and pdf versions of a document answer identically") {
  TempDir dir;
  const FixtureDoc doc = FinanceDocument();
  const std::vector<std::pair<std::string, std::string>> versions = {
      {"md", ExpectedText(doc)}, {"html", ToHtml(doc)}, {"docx", ToDocx(doc)}, {"odt", ToOdt(doc)}, {"pdf", ToPdf(doc)}};
  const std::vector<std::string> questions = {"Who approves the annual budget?", "Who closes the books each month?",
                                              "Siapa yang menyiapkan laporan pajak?"};
  std::vector<std::vector<Answer>> answers;
  for (const auto& [ext, bytes] : versions) {
    CAPTURE(ext);
    const std::string folder = dir / ext, db = dir / (ext + ".db");
    std::filesystem::create_directories(folder);
    WriteFile(folder + "/finance-roles." + ext, bytes);
    RunResult ingest = RunRolegraph({"ingest", "--db", db, folder});
    CAPTURE(ingest.err);
    REQUIRE(ingest.exit_code == 0);
    CHECK(ingest.out.find("added 1") != std::string::npos);
    answers.emplace_back();
    for (const auto& q : questions) answers.back().push_back(Ask(db, q));
  }
  for (size_t q = 0; q < questions.size(); ++q) {
    CAPTURE(questions[q]);
    REQUIRE_FALSE(answers[0][q].role.empty());
    for (size_t v = 1; v < versions.size(); ++v) {
      CAPTURE(versions[v].first);
      CHECK(answers[v][q].role == answers[0][q].role);
      CHECK(answers[v][q].cited == answers[0][q].cited);
    }
  }
  CHECK(answers[0][0].cited.find("annual budget") != std::string::npos);
}

TEST_CASE("formats: ingest --server pushes a folder of mixed formats to a running server") {
  ServerProcess server({});
  REQUIRE(server.ok());
  TempDir dir;
  const std::string docs = dir / "docs";
  std::filesystem::create_directories(docs);
  const std::string url = "http://127.0.0.1:" + std::to_string(server.port());
  WriteFile(docs + "/finance.docx", ToDocx(FinanceDocument()));
  WriteFile(docs + "/people.html", ToHtml(HrDocument()));
  WriteFile(docs + "/people-print.pdf", ToPdf(HrDocument()));
  WriteFile(docs + "/notes.md", "Notes\nThe Office Manager orders supplies.\n");
  WriteFile(docs + "/locked.pdf", "%PDF-1.4\nnot really a pdf\n");

  RunResult first = RunRolegraph({"ingest", "--server", url, docs});
  CAPTURE(first.out);
  CAPTURE(first.err);
  CHECK(first.exit_code == 1);  // one file failed ...
  CHECK(first.out.find("(added 4, updated 0, unchanged 0, removed 0, failed 1)") != std::string::npos);
  CHECK(first.err.find("locked.pdf: PDF") != std::string::npos);
  auto client = server.NewClient();
  REQUIRE(client->Get("/healthz"));  // ... and the server keeps serving

  std::filesystem::remove(docs + "/locked.pdf");
  RunResult second = RunRolegraph({"ingest", "--server", url, docs});
  CAPTURE(second.out);
  CHECK(second.exit_code == 0);
  CHECK(second.out.find("(added 0, updated 0, unchanged 4, removed 0, failed 0)") != std::string::npos);

  FixtureDoc edited = HrDocument();
  edited[1].text[0] = "The HR Manager approves parental leave requests for every employee.";
  WriteFile(docs + "/people.html", ToHtml(edited));
  std::filesystem::remove(docs + "/notes.md");
  RunResult third = RunRolegraph({"ingest", "--server", url, "--prune", docs});
  CAPTURE(third.out);
  CHECK(third.exit_code == 0);
  CHECK(third.out.find("(added 0, updated 1, unchanged 2, removed 1, failed 0)") != std::string::npos);
  auto res = client->Get("/v1/ask?q=Who+approves+parental+leave+requests%3F");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("parental leave") != std::string::npos);

  // A local ingest into the database the server holds says what to do.
  RunResult local = RunRolegraph({"ingest", "--db", server.db(), docs});
  CHECK(local.exit_code == 1);
  CHECK_MESSAGE(local.err.find("--server") != std::string::npos, local.err);
}

TEST_CASE("formats: PUT accepts document files and sniffs octet-stream") {
  ServerProcess server({});
  REQUIRE(server.ok());
  auto client = server.NewClient();
  struct Row {
    const char* what;
    std::string id;
    std::string content_type;
    std::string body;
    const char* says;  // in the stored text
  };
  const std::vector<Row> rows = {
      {"html", "people-html", "text/html; charset=utf-8", ToHtml(HrDocument()), "The HR Manager runs"},
      {"docx", "finance-docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       ToDocx(FinanceDocument()), "The Treasurer manages"},
      {"odt", "finance-odt", "application/vnd.oasis.opendocument.text", ToOdt(FinanceDocument()), "The Treasurer manages"},
      {"pdf", "finance-pdf", "application/pdf", ToPdf(FinanceDocument()), "The Treasurer manages"},
      {"pdf sent as octet-stream", "finance-octets", "application/octet-stream", ToPdf(FinanceDocument()),
       "The Treasurer manages"},
  };
  for (const auto& row : rows) {
    CAPTURE(std::string(row.what));
    auto res = client->Put("/v1/documents/" + row.id, row.body, row.content_type);
    REQUIRE(res);
    CAPTURE(res->body);
    CHECK(res->status == 201);
    auto doc = client->Get("/v1/documents/" + row.id);
    REQUIRE(doc);
    auto json = nlohmann::json::parse(doc->body);
    CHECK(json["text"].get<std::string>().find(row.says) != std::string::npos);
    CHECK(json["text"].get<std::string>().find("<") == std::string::npos);
  }
}

TEST_CASE("formats: serve --corpus --watch re-ingests files that change") {
  TempDir dir;
  const std::string corpus = dir / "corpus";
  std::filesystem::create_directories(corpus);
  WriteFile(corpus + "/people.html", ToHtml(HrDocument()));
  ServerProcess server({"--corpus", corpus, "--watch"});
  REQUIRE(server.ok());
  auto client = server.NewClient();
  auto text_of = [&](const std::string& id) {
    auto res = client->Get("/v1/documents/" + id);
    if (!res || res->status != 200) return std::string();
    return nlohmann::json::parse(res->body)["text"].get<std::string>();
  };
  REQUIRE(text_of("people").find("recruitment") != std::string::npos);

  // Waits for the change to be served; returns the seconds it took.
  auto wait_for = [&](const std::function<bool()>& done) {
    const auto start = std::chrono::steady_clock::now();
    while (!done() && std::chrono::steady_clock::now() - start < std::chrono::seconds(10))
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  FixtureDoc edited = HrDocument();
  edited[1].text[0] = "The HR Manager approves parental leave requests for every employee.";
  WriteFile(corpus + "/people.html", ToHtml(edited));
  const double edit_seconds = wait_for([&] { return text_of("people").find("parental") != std::string::npos; });
  CHECK(text_of("people").find("parental") != std::string::npos);
  CHECK(edit_seconds < 2.0);

  std::filesystem::create_directories(corpus + "/finance");
  WriteFile(corpus + "/finance/roles.docx", ToDocx(FinanceDocument()));
  wait_for([&] { return !text_of("roles").empty(); });
  CHECK(text_of("roles").find("annual budget") != std::string::npos);

  std::filesystem::remove(corpus + "/people.html");
  wait_for([&] { return text_of("people").empty(); });
  CHECK(text_of("people").empty());
  CHECK(server.Stop() == 0);
}
