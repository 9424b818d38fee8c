// The write-key rules in server/src/auth.h, table-driven: key files and
// lists, constant-time matching, loopback addresses and who may call what.
// The end-to-end tests cannot call from a non-loopback address; these can.
#include "../../server/src/auth.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using rolegraph::server::Access;
using rolegraph::server::CheckAccess;
using rolegraph::server::ServerOptions;

TEST_CASE("auth: key files and key lists") {
  using V = std::vector<std::string>;
  CHECK(rolegraph::server::ParseKeyLines("# comment\n\n  k1  \r\nk2\n#k3\n   \n") == V{"k1", "k2"});
  CHECK(rolegraph::server::ParseKeyLines("only") == V{"only"});
  CHECK(rolegraph::server::ParseKeyLines("").empty());
  CHECK(rolegraph::server::ParseKeyList(" a, b ,,c ") == V{"a", "b", "c"});
  CHECK(rolegraph::server::ParseKeyList("").empty());
}

TEST_CASE("auth: a key matches only itself") {
  const std::vector<std::string> keys = {"alpha-key", "beta-key"};
  struct Row {
    const char* candidate;
    bool match;
  };
  for (const Row& row : {Row{"alpha-key", true}, Row{"beta-key", true}, Row{"alpha-ke", false},
                         Row{"alpha-keyy", false}, Row{"", false}, Row{"ALPHA-KEY", false},
                         Row{"gamma-key", false}}) {
    CAPTURE(row.candidate);
    CHECK(rolegraph::server::MatchesAnyKey(row.candidate, keys) == row.match);
  }
  CHECK_FALSE(rolegraph::server::MatchesAnyKey("", {}));
}

TEST_CASE("auth: loopback addresses") {
  struct Row {
    const char* address;
    bool loopback;
  };
  for (const Row& row :
       {Row{"127.0.0.1", true}, Row{"127.1.2.3", true}, Row{"::1", true},
        Row{"::ffff:127.0.0.1", true}, Row{"10.0.0.1", false}, Row{"192.168.1.127", false},
        Row{"::ffff:10.0.0.1", false}, Row{"fe80::1", false}, Row{"", false}}) {
    CAPTURE(row.address);
    CHECK(rolegraph::server::IsLoopbackAddress(row.address) == row.loopback);
  }
}

TEST_CASE("auth: who may call what") {
  ServerOptions open;  // no keys
  ServerOptions keyed;
  keyed.api_keys = {"k1"};
  ServerOptions closed = keyed;
  closed.require_key_for_reads = true;
  struct Row {
    const char* what;
    const ServerOptions* options;
    Access access;
    const char* authorization;
    const char* address;
    int status;  // 0: allowed
  };
  const std::vector<Row> rows = {
      {"no keys: loopback write", &open, Access::kWrite, "", "127.0.0.1", 0},
      {"no keys: ::1 write", &open, Access::kWrite, "", "::1", 0},
      {"no keys: remote write", &open, Access::kWrite, "", "10.1.2.3", 403},
      {"no keys: remote write with a key", &open, Access::kWrite, "Bearer k1", "10.1.2.3", 403},
      {"no keys: remote read", &open, Access::kRead, "", "10.1.2.3", 0},
      {"keys: remote write with the key", &keyed, Access::kWrite, "Bearer k1", "10.1.2.3", 0},
      {"keys: loopback write without a key", &keyed, Access::kWrite, "", "127.0.0.1", 401},
      {"keys: wrong key", &keyed, Access::kWrite, "Bearer k2", "127.0.0.1", 401},
      {"keys: other scheme", &keyed, Access::kWrite, "Basic k1", "127.0.0.1", 401},
      {"keys: empty bearer", &keyed, Access::kWrite, "Bearer ", "127.0.0.1", 401},
      {"keys: lower-case scheme", &keyed, Access::kWrite, "bearer k1", "10.1.2.3", 0},
      {"keys: read without a key", &keyed, Access::kRead, "", "10.1.2.3", 0},
      {"closed: read without a key", &closed, Access::kRead, "", "127.0.0.1", 401},
      {"closed: read with the key", &closed, Access::kRead, "Bearer k1", "10.1.2.3", 0},
      {"closed: health probe", &closed, Access::kOpen, "", "10.1.2.3", 0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    auto error = CheckAccess(*row.options, row.access, row.authorization, row.address);
    CHECK((error ? error->http_status : 0) == row.status);
  }
}
