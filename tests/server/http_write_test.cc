// End-to-end tests of PUT and DELETE /v1/documents/{id} against the real
// `rolegraph serve`: answers follow a replaced document at once and keep no
// trace of the old version, readers never see a mix, validation errors.
#include <doctest/doctest.h>
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "server/write_fixture.h"

using namespace rolegraph::testing;

namespace {

const std::string kCsoDoc =
    "Chief Sustainability Officer\n\n"
    "The Chief Sustainability Officer (CSO) leads the environmental programme of the company.\n"
    "The CSO is responsible for the carbon reduction roadmap.\n"
    "The CSO reports to the CEO and presents the sustainability report to the board every "
    "year.\n";

const std::string kFacilitiesDoc =
    "Head of Facilities\n\n"
    "The head of facilities runs the buildings, the canteen and the energy contracts.\n"
    "The head of facilities is responsible for the carbon reduction roadmap.\n"
    "The head of facilities reports to the chief operating officer.\n";

const std::string kCarbonQuestion = "Who is responsible for the carbon reduction roadmap?";

// Every endpoint that could still show a document's text, roles or facts.
std::string EverythingVisible(httplib::Client& client) {
  std::string all;
  for (const char* path : {"/v1/roles", "/v1/facts", "/v1/graph?format=json",
                           "/v1/graph?format=dot", "/v1/documents"}) {
    auto res = client.Get(path);
    REQUIRE(res);
    REQUIRE(res->status == 200);
    all += res->body;
  }
  auto ask = client.Post(
      "/v1/ask", json{{"question", kCarbonQuestion}, {"top_k", 10}, {"explain", true}}.dump(),
      "application/json");
  REQUIRE(ask);
  all += ask->body;
  return all;
}

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// The first answer's role: its name and aliases, lower-cased, one string.
std::string FirstAnswerNames(const json& answer) {
  if (answer["abstained"].get<bool>() || answer["answers"].empty()) return "";
  const json& role = answer["answers"][0]["role"];
  std::string names = role["name"].get<std::string>();
  for (const auto& alias : role["aliases"]) names += "|" + alias.get<std::string>();
  for (char& c : names) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return names;
}

}  // namespace

TEST_CASE("write: put, replace and delete a document; answers follow") {
  auto client = WriteClient();
  const std::string id = "sustainability-roles";

  json first = PutOk(*client, id, kCsoDoc);
  CHECK(first["outcome"] == "added");
  CHECK(first["id"] == id);
  CHECK(first["sentences"].get<int>() >= 3);
  CHECK(first["roles"].get<int>() >= 1);
  CHECK(first["bytes"].get<size_t>() == kCsoDoc.size());
  CHECK(first["hash"].is_string());

  json answer = AskQuestion(*client, kCarbonQuestion);
  REQUIRE_FALSE(answer["abstained"].get<bool>());
  CHECK_MESSAGE(Contains(FirstAnswerNames(answer), "chief sustainability officer"), answer.dump());
  REQUIRE_FALSE(answer["answers"][0]["citations"].empty());
  const json& cited = answer["answers"][0]["citations"][0];
  CHECK(cited["doc_id"] == id);
  CHECK(Contains(cited["text"].get<std::string>(), "carbon reduction roadmap"));
  CHECK(Contains(EverythingVisible(*client), "Sustainability"));

  // The same content again changes nothing.
  json again = PutOk(*client, id, kCsoDoc);
  CHECK(again["outcome"] == "unchanged");
  CHECK(again["updated_at"] == first["updated_at"]);
  CHECK(again["hash"] == first["hash"]);

  // The responsibility moves to another role: the answer follows, the old
  // text is gone from every endpoint.
  json second = PutOk(*client, id, kFacilitiesDoc);
  CHECK(second["outcome"] == "updated");
  CHECK(second["bytes"].get<size_t>() == kFacilitiesDoc.size());
  answer = AskQuestion(*client, kCarbonQuestion);
  REQUIRE_FALSE(answer["abstained"].get<bool>());
  CHECK_MESSAGE(Contains(FirstAnswerNames(answer), "head of facilities"), answer.dump());
  CHECK(answer["answers"][0]["citations"][0]["doc_id"] == id);
  const std::string visible = EverythingVisible(*client);
  for (const std::string old_word :
       {"Sustainability", "CSO", "environmental programme", "sustainability report"}) {
    CAPTURE(old_word);
    const size_t at = visible.find(old_word);
    CHECK_MESSAGE(
        at == std::string::npos,
        visible.substr(at == std::string::npos ? 0 : at - std::min<size_t>(at, 200), 400));
  }
  CHECK(GetJson(*client, "/v1/documents/" + id)["text"] == kFacilitiesDoc);
  CHECK(Contains(visible, "head of facilities"));

  // Deleted: the question abstains and the role is gone.
  auto deleted = client->Delete("/v1/documents/" + id);
  REQUIRE(deleted);
  CHECK(deleted->status == 200);
  CHECK(ParseJson(deleted->body)["outcome"] == "deleted");
  answer = AskQuestion(*client, kCarbonQuestion);
  CHECK_MESSAGE(answer["abstained"].get<bool>(), answer.dump());
  const std::string after = EverythingVisible(*client);
  CHECK_FALSE(Contains(after, "acilities"));
  CHECK_FALSE(Contains(after, id));
  auto gone = client->Get("/v1/documents/" + id);
  REQUIRE(gone);
  CHECK(gone->status == 404);
  auto twice = client->Delete("/v1/documents/" + id);
  REQUIRE(twice);
  CHECK(twice->status == 404);
}

TEST_CASE("write: JSON body with title, lang and source") {
  auto client = WriteClient();
  const std::string id = "json-body.v1";
  auto res = client->Put("/v1/documents/" + id,
                         json{{"title", "Facilities (JSON)"},
                              {"lang", "en"},
                              {"source", "https://example.org/facilities"},
                              {"text", kFacilitiesDoc}}
                             .dump(),
                         "application/json");
  REQUIRE(res);
  REQUIRE_MESSAGE(res->status == 201, res->body);
  json put = ParseJson(res->body);
  CHECK(put["outcome"] == "added");
  json doc = GetJson(*client, "/v1/documents/" + id);
  CHECK(doc["title"] == "Facilities (JSON)");
  CHECK(doc["lang"] == "en");
  CHECK(doc["source"] == "https://example.org/facilities");
  CHECK(doc["text"] == kFacilitiesDoc);
  // A new title alone is an update.
  res = client->Put("/v1/documents/" + id,
                    json{{"title", "Facilities"},
                         {"lang", "en"},
                         {"source", "https://example.org/facilities"},
                         {"text", kFacilitiesDoc}}
                        .dump(),
                    "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(ParseJson(res->body)["outcome"] == "updated");
  auto deleted = client->Delete("/v1/documents/" + id);
  REQUIRE(deleted);
  CHECK(deleted->status == 200);
}

TEST_CASE("write: readers asking during 100 replacements see one version or the other") {
  auto client = WriteClient();
  const std::string id = "rotating-approver";
  const std::vector<std::string> versions = {
      "Travel Approvals\n\n"
      "The travel coordinator approves the travel budget for every project.\n"
      "The travel coordinator books flights and hotels for the sales team.\n",
      "Travel Approvals (revised)\n\n"
      "Since the reorganisation the office manager approves the travel budget for every "
      "project, and the office manager also signs the hotel contracts.\n"
      "The travel coordinator only books flights.\n"};
  PutOk(*client, id, versions[0]);

  // Texts of the other documents, for their citations.
  std::map<std::string, std::string> others;
  const json listed = GetJson(*client, "/v1/documents");
  for (const auto& d : listed["documents"]) {
    const std::string other = d["id"];
    if (other != id) {
      others[other] = GetJson(*client, "/v1/documents/" + other)["text"].get<std::string>();
    }
  }

  std::atomic<bool> done{false};
  std::atomic<int> asks{0}, errors{0}, bad_citations{0}, mixed{0}, cited_rotating{0};
  std::mutex message_mu;
  std::string first_problem;
  auto note = [&](const std::string& what) {
    std::lock_guard<std::mutex> lock(message_mu);
    if (first_problem.empty()) first_problem = what;
  };
  auto reader = [&] {
    auto c = WriteServer().NewClient();
    while (!done) {
      auto res = c->Post("/v1/ask",
                         json{{"question", "Who approves the travel budget?"}, {"top_k", 5}}.dump(),
                         "application/json");
      ++asks;
      if (!res || res->status != 200) {
        ++errors;
        note(res ? res->body : "no response");
        continue;
      }
      json r = json::parse(res->body, nullptr, false);
      if (r.is_discarded()) {
        ++errors;
        continue;
      }
      // Versions of the rotating document every citation of it fits.
      std::vector<bool> fits(versions.size(), true);
      bool cites_rotating = false;
      for (const auto& a : r["answers"]) {
        for (const auto& c : a["citations"]) {
          const std::string doc = c["doc_id"], text = c["text"];
          const size_t start = c["start"], end = c["end"];
          if (doc == id) {
            cites_rotating = true;
            bool any = false;
            for (size_t v = 0; v < versions.size(); ++v) {
              const bool slice = end <= versions[v].size() && start <= end &&
                                 versions[v].compare(start, end - start, text) == 0;
              fits[v] = fits[v] && slice;
              any = any || slice;
            }
            if (!any) {
              ++bad_citations;
              note("citation fits no version: " + text);
            }
          } else {
            auto o = others.find(doc);
            if (o == others.end() || end > o->second.size() ||
                o->second.compare(start, end - start, text) != 0) {
              ++bad_citations;
              note("citation of " + doc + " [" + std::to_string(start) + ", " +
                   std::to_string(end) + ") does not match its text (" +
                   (o == others.end() ? "unknown document"
                                      : std::to_string(o->second.size()) + " bytes") +
                   "): " + text);
            }
          }
        }
      }
      if (cites_rotating) {
        ++cited_rotating;
        if (std::find(fits.begin(), fits.end(), true) == fits.end()) {
          ++mixed;
          note("one answer cites both versions: " + res->body.substr(0, 400));
        }
      }
    }
  };
  std::vector<std::thread> readers;
  for (int i = 0; i < 3; ++i) readers.emplace_back(reader);

  int write_errors = 0;
  for (int i = 1; i <= 100; ++i) {
    auto res = PutText(*client, id, versions[i % 2]);
    if (!res || res->status != 200 || ParseJson(res->body)["outcome"] != "updated") {
      ++write_errors;
      note(res ? "write: " + res->body : "write: no response");
    }
  }
  done = true;
  for (auto& t : readers) t.join();

  MESSAGE(asks.load() << " asks, " << cited_rotating.load() << " cited the rotating document");
  CHECK_MESSAGE(write_errors == 0, first_problem);
  CHECK_MESSAGE(errors.load() == 0, first_problem);
  CHECK_MESSAGE(bad_citations.load() == 0, first_problem);
  CHECK_MESSAGE(mixed.load() == 0, first_problem);
  CHECK(asks.load() > 0);
  CHECK(cited_rotating.load() > 0);
  // 100 is even: the last write put versions[0].
  CHECK(GetJson(*client, "/v1/documents/" + id)["text"] == versions[0]);
  auto deleted = client->Delete("/v1/documents/" + id);
  REQUIRE(deleted);
  CHECK(deleted->status == 200);
}

TEST_CASE("write: invalid documents are refused with a clear error and change nothing") {
  auto client = WriteClient();
  const std::string before = GetJson(*client, "/v1/documents").dump();
  struct Row {
    const char* what;
    std::string id;
    std::string content_type;
    std::string body;
    int status;
    const char* code;
  };
  const std::string text = "text/plain; charset=utf-8";
  const std::vector<Row> rows = {
      {"over the body limit", "big", text, std::string(kWriteMaxBody + 1000, 'a'), 413,
       "payload_too_large"},
      {"invalid UTF-8", "bad-utf8", text, "The CTO \xff\xfe runs IT.", 400, "invalid_utf8"},
      {"NUL bytes", "binary", text, std::string("PK\x03\x04\0\0\0binary", 14), 415,
       "binary_content"},
      {"empty text", "empty", text, "", 400, "empty_document"},
      {"blank text", "blank", text, " \n\t\n", 400, "empty_document"},
      {"id starting with a dot", ".hidden", text, "The CTO runs IT.", 400, "invalid_id"},
      {"id '..'", "..", text, "The CTO runs IT.", 400, "invalid_id"},
      {"id with a space", "a%20b", text, "The CTO runs IT.", 400, "invalid_id"},
      {"id with a colon", "a:b", text, "The CTO runs IT.", 400, "invalid_id"},
      {"id too long", std::string(129, 'x'), text, "The CTO runs IT.", 400, "invalid_id"},
      {"unsupported type", "png", "image/png", "<p>The CTO runs IT.</p>", 415,
       "unsupported_media_type"},
      {"octet-stream that is no document", "octets", "application/octet-stream",
       std::string("\x89PNG\r\n\x1a\n\0\0", 10), 422, "unreadable_document"},
      {"PDF that is corrupt", "badpdf", "application/pdf", "%PDF-1.4\ngarbage", 422,
       "unreadable_document"},
      {"latin-1 charset", "latin1", "text/plain; charset=iso-8859-1", "The CTO runs IT.", 415,
       "unsupported_media_type"},
      {"bad lang parameter", "lang?lang=fr", text, "The CTO runs IT.", 400, "invalid_lang"},
      {"malformed JSON", "json1", "application/json", R"({"text": "The CTO)", 400, "invalid_json"},
      {"JSON not an object", "json2", "application/json", R"(["The CTO runs IT."])", 400,
       "invalid_document"},
      {"JSON without text", "json3", "application/json", R"({"title": "T"})", 400,
       "invalid_document"},
      {"JSON text not a string", "json4", "application/json", R"({"text": 42})", 400,
       "invalid_document"},
      {"JSON title not a string", "json5", "application/json",
       R"({"text": "The CTO runs IT.", "title": ["T"]})", 400, "invalid_document"},
      {"JSON lang not a string", "json6", "application/json",
       R"({"text": "The CTO runs IT.", "lang": 1})", 400, "invalid_document"},
      {"JSON bad lang", "json7", "application/json",
       R"({"text": "The CTO runs IT.", "lang": "fr"})", 400, "invalid_lang"},
      {"JSON NUL in text", "json8", "application/json", R"({"text": "The CTO\u0000 runs IT."})",
       415, "binary_content"},
      {"JSON empty text", "json9", "application/json", R"({"text": "  "})", 400, "empty_document"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.what);
    auto res = client->Put("/v1/documents/" + row.id, row.body, row.content_type.c_str());
    REQUIRE(res);
    CHECK(res->status == row.status);
    CheckJsonContentType(res);
    json e = ParseJson(res->body);
    CHECK(e["error"]["code"] == row.code);
    CHECK_FALSE(e["error"]["message"].get<std::string>().empty());
  }
  // Paths that are no document id at all.
  for (const char* path : {"/v1/documents/a/b", "/v1/documents/..%2Fetc", "/v1/documents/"}) {
    CAPTURE(path);
    auto res = client->Put(path, "The CTO runs IT.", "text/plain");
    REQUIRE(res);
    CHECK(res->status >= 400);
    CHECK(res->status < 500);
  }
  auto collection = client->Put("/v1/documents", "The CTO runs IT.", "text/plain");
  REQUIRE(collection);
  CHECK(collection->status == 405);
  auto bad_delete = client->Delete("/v1/documents/.hidden");
  REQUIRE(bad_delete);
  CHECK(bad_delete->status == 400);
  auto missing_delete = client->Delete("/v1/documents/no-such-document");
  REQUIRE(missing_delete);
  CHECK(missing_delete->status == 404);

  CHECK(GetJson(*client, "/v1/documents").dump() == before);
}

TEST_CASE("write: a missing Content-Type counts as text/plain") {
  auto client = WriteClient();
  httplib::Request req;
  req.method = "PUT";
  req.path = "/v1/documents/no-content-type";
  req.body = kFacilitiesDoc;
  req.set_header("Authorization", std::string("Bearer ") + kFileKey);
  auto res = client->send(req);
  REQUIRE(res);
  CHECK_MESSAGE(res->status == 201, res->body);
  auto deleted = client->Delete("/v1/documents/no-content-type");
  REQUIRE(deleted);
  CHECK(deleted->status == 200);
}
