// GET /metrics over the real binary: valid Prometheus exposition (promtool),
// counters that move with requests, route patterns instead of raw paths, and
// gauges that follow writes over HTTP.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "server/http_fixture.h"
#include "server/write_fixture.h"

using namespace rolegraph::testing;

namespace {

// The value of the one sample whose name and labels are exactly `series`
// ("rolegraph_documents" or `name{a="b",...}`); -1 when absent.
double Sample(const std::string& metrics, const std::string& series) {
  size_t pos = 0;
  while ((pos = metrics.find(series + " ", pos)) != std::string::npos) {
    if (pos == 0 || metrics[pos - 1] == '\n') {
      return std::stod(metrics.substr(pos + series.size() + 1));
    }
    pos += series.size();
  }
  return -1;
}

std::string Scrape(httplib::Client& client) {
  auto res = client.Get("/metrics");
  REQUIRE(res);
  REQUIRE(res->status == 200);
  CHECK(res->get_header_value("Content-Type").rfind("text/plain; version=0.0.4", 0) == 0);
  return res->body;
}

// The server counts a request once its response is written (so the latency
// covers the write); a scrape on another connection can arrive before the
// last counted request. Scrape until every series reaches its floor, bounded.
std::string ScrapeUntil(httplib::Client& client,
                        const std::vector<std::pair<std::string, double>>& floors) {
  auto short_of = [&floors](const std::string& text) {
    for (const auto& [series, at_least] : floors) {
      if (Sample(text, series) < at_least) return true;
    }
    return false;
  };
  std::string text = Scrape(client);
  for (int i = 0; i < 100 && short_of(text); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    text = Scrape(client);
  }
  return text;
}

// promtool's verdict on `text`: its exit code and what it printed.
std::pair<int, std::string> PromtoolCheck(const std::string& text) {
  TempDir dir;
  { std::ofstream(dir / "metrics.txt") << text; }
  const std::string cmd =
      "promtool check metrics < " + (dir / "metrics.txt") + " > " + (dir / "out") + " 2>&1";
  const int rc = std::system(cmd.c_str());
  return {WEXITSTATUS(rc), ReadFile(dir / "out")};
}

}  // namespace

TEST_CASE("metrics: the real output passes promtool check metrics") {
  REQUIRE_MESSAGE(std::system("command -v promtool > /dev/null") == 0,
                  "promtool not installed (Debian package prometheus; "
                  "scripts/test.sh asks for it)");
  auto client = Client();
  client->Get("/v1/ask?q=who+manages+vendors");
  client->Get("/v1/documents/no-such-doc");
  client->Get("/no/such/path");
  const std::string text = Scrape(*client);
  // Each series (name and labels) appears once: Prometheus rejects repeats.
  std::set<std::string> series;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    const std::string name_and_labels = line.substr(0, line.rfind(' '));
    CHECK_MESSAGE(series.insert(name_and_labels).second, "repeated series: " << name_and_labels);
  }
  const auto [rc, out] = PromtoolCheck(text);
  CHECK_MESSAGE(rc == 0, "promtool:\n" << out << "\non:\n" << text.substr(0, 3000));
  // promtool must be able to fail: a counter without _total is a lint error.
  const auto [bad_rc, bad_out] =
      PromtoolCheck("# HELP requests Requests.\n# TYPE requests counter\nrequests 1\n");
  CHECK(bad_rc != 0);
}

TEST_CASE(
    "metrics: request counters and the latency histogram move; routes "
    "are patterns") {
  auto client = Client();
  const std::string before = Scrape(*client);
  const std::string ask =
      R"(rolegraph_http_requests_total{method="GET",route="/v1/ask",code="200"})";
  const std::string doc404 =
      R"(rolegraph_http_requests_total{method="GET",route="/v1/documents/{id}",code="404"})";
  const std::string unmatched =
      R"(rolegraph_http_requests_total{method="GET",route="unmatched",code="404"})";
  const std::string ask_count = R"(rolegraph_http_request_duration_seconds_count{route="/v1/ask"})";
  const double ask0 = std::max(0.0, Sample(before, ask));
  const double doc0 = std::max(0.0, Sample(before, doc404));
  const double unmatched0 = std::max(0.0, Sample(before, unmatched));
  const double count0 = std::max(0.0, Sample(before, ask_count));

  for (int i = 0; i < 3; ++i) REQUIRE(client->Get("/v1/ask?q=who+manages+vendors")->status == 200);
  REQUIRE(client->Get("/v1/documents/metrics-raw-id-1")->status == 404);
  REQUIRE(client->Get("/v1/documents/metrics-raw-id-2")->status == 404);
  REQUIRE(client->Get("/metrics-raw-unknown-path")->status == 404);

  const std::string after = ScrapeUntil(
      *client,
      {{ask, ask0 + 3}, {ask_count, count0 + 3}, {doc404, doc0 + 2}, {unmatched, unmatched0 + 1}});
  CHECK(Sample(after, ask) == ask0 + 3);
  CHECK(Sample(after, doc404) == doc0 + 2);
  CHECK(Sample(after, unmatched) == unmatched0 + 1);
  CHECK(Sample(after, ask_count) == count0 + 3);
  CHECK(Sample(after,
               R"(rolegraph_http_request_duration_seconds_bucket{route="/v1/ask",le="+Inf"})") ==
        count0 + 3);
  CHECK(Sample(after, R"(rolegraph_http_request_duration_seconds_sum{route="/v1/ask"})") > 0);
  // Raw paths never become labels: the series count stays bounded.
  CHECK(after.find("metrics-raw-id") == std::string::npos);
  CHECK(after.find("metrics-raw-unknown-path") == std::string::npos);
  // The shared server holds the corpus: the gauges say so.
  CHECK(Sample(after, "rolegraph_ready") == 1);
  CHECK(Sample(after, "rolegraph_documents") >= 4);
  CHECK(Sample(after, "rolegraph_facts") > 0);
  CHECK(Sample(after, "rolegraph_roles") > 0);
  CHECK(Sample(after, "rolegraph_rocksdb_estimated_keys") > 0);
  CHECK(Sample(after, "rolegraph_rocksdb_block_cache_capacity_bytes") > 0);
  CHECK(Sample(after, "rolegraph_rocksdb_live_sst_bytes") >= 0);
}

TEST_CASE("metrics: ingest counters and corpus gauges follow HTTP writes") {
  auto client = WriteClient();
  const std::string before = Scrape(*client);
  auto outcome = [](const char* name) {
    return std::string("rolegraph_ingest_documents_total{outcome=\"") + name + "\"}";
  };
  const double added0 = Sample(before, outcome("added")),
               updated0 = Sample(before, outcome("updated")),
               unchanged0 = Sample(before, outcome("unchanged")),
               removed0 = Sample(before, outcome("removed"));
  const double docs0 = Sample(before, "rolegraph_documents"),
               roles0 = Sample(before, "rolegraph_roles");
  REQUIRE(added0 >= 0);

  const std::string text =
      "The Chief Zymurgy Officer owns the brewery dashboards. The Chief "
      "Zymurgy Officer reports to the CEO.";
  PutOk(*client, "metrics-doc", text);                              // added
  PutOk(*client, "metrics-doc", text);                              // unchanged
  PutOk(*client, "metrics-doc", text + " She also sets targets.");  // updated
  const std::string mid = Scrape(*client);
  CHECK(Sample(mid, outcome("added")) == added0 + 1);
  CHECK(Sample(mid, outcome("unchanged")) == unchanged0 + 1);
  CHECK(Sample(mid, outcome("updated")) == updated0 + 1);
  CHECK(Sample(mid, "rolegraph_documents") == docs0 + 1);
  CHECK(Sample(mid, "rolegraph_roles") == roles0 + 1);  // the new Chief Zymurgy Officer

  REQUIRE(client->Delete("/v1/documents/metrics-doc")->status == 200);
  const std::string after = Scrape(*client);
  CHECK(Sample(after, outcome("removed")) == removed0 + 1);
  CHECK(Sample(after, "rolegraph_documents") == docs0);
  CHECK(Sample(after, "rolegraph_roles") == roles0);
}
