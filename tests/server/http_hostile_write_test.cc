// Concurrent PUTs of one document id against the real `rolegraph serve`:
// whichever write lands last, the stored document is one whole version
// (text, sentences and roles all from it), never a mix.
#include <doctest/doctest.h>
#include <httplib.h>

#include <set>
#include <string>
#include <thread>
#include <vector>

#include "server/hostile_fixture.h"

namespace {

using namespace rolegraph::testing;

// Titles the role recogniser takes; none of them is in the corpus.
const std::vector<std::string> kRoles = {"Chief Security Officer", "Chief Data Officer",
                                         "Chief Legal Officer",    "Warehouse Supervisor",
                                         "Quality Manager",        "Sales Director",
                                         "Logistics Manager",      "Procurement Manager"};

// Version k names its own role and has k + 2 sentences, so a mix of two
// versions shows in the text, the sentence count or the roles.
std::string VersionText(size_t k) {
  const std::string& role = kRoles[k];
  std::string text = "The " + role + " inspects the cargo manifests.\n";
  for (size_t i = 0; i <= k; ++i) {
    text += "The " + role + " approves shipment number " + std::to_string(i) + ".\n";
  }
  return text;
}

}  // namespace

TEST_CASE("hostile: concurrent PUTs of the same id leave one whole version") {
  REQUIRE(HostileServer().ok());
  const std::string path = "/v1/documents/hostile-race";
  for (int round = 0; round < 3; ++round) {
    CAPTURE(round);
    std::vector<int> statuses(kRoles.size() * 3, 0);
    std::vector<std::thread> writers;
    for (size_t w = 0; w < statuses.size(); ++w) {
      writers.emplace_back([&, w] {
        auto client = HostileServer().NewClient();
        auto res = client->Put(path, VersionText(w % kRoles.size()), "text/plain");
        statuses[w] = res ? res->status : -1;
        if (!res) MESSAGE("PUT failed: " << httplib::to_string(res.error()));
        if (res && res->status >= 300) MESSAGE("PUT: " << res->status << " " << res->body);
      });
    }
    for (auto& t : writers) t.join();
    for (int s : statuses) CHECK((s == 200 || s == 201));

    auto client = HostileClient();
    auto doc = client->Get(path);
    REQUIRE(doc);
    REQUIRE(doc->status == 200);
    const std::string text = ParseJson(doc->body)["text"];
    size_t version = kRoles.size();
    for (size_t k = 0; k < kRoles.size(); ++k) {
      if (text == VersionText(k)) version = k;
    }
    REQUIRE_MESSAGE(version < kRoles.size(), "stored text is no version: " << text);

    auto sentences = client->Get(path + "/sentences");
    REQUIRE(sentences);
    REQUIRE(sentences->status == 200);
    const json s = ParseJson(sentences->body)["sentences"];
    CHECK(s.size() == version + 2);
    for (const auto& sentence : s) CHECK(sentence["end"].get<size_t>() <= text.size());

    // Only this version's role is left among the roles the document named.
    auto roles = client->Get("/v1/roles");
    REQUIRE(roles);
    std::set<std::string> named;
    const json listed = ParseJson(roles->body);
    for (const auto& role : listed["roles"]) {
      for (const auto& title : kRoles) {
        if (role["name"] == title) named.insert(title);
      }
    }
    CHECK(named.size() == 1);
    CHECK(named.count(kRoles[version]) == 1);
  }
  CHECK(HostileClient()->Delete(path)->status == 200);
  CheckStillAnswers();
}
