// Strict request framing (server/src/request_head.h), one row per head:
// what a smuggling-prone head is refused with, and what a good head's body
// framing is.
#include "../../server/src/request_head.h"

#include <doctest/doctest.h>

#include <string>

using rolegraph::server::BodyFraming;
using rolegraph::server::CheckRequestHead;

namespace {

struct Row {
  const char* what;
  std::string head;
  int status;  // 0: accepted
  BodyFraming::Kind kind = BodyFraming::Kind::kNone;
  uint64_t length = 0;
};

std::string Head(const std::string& request_line, const std::string& headers) {
  return request_line + "\r\nHost: x\r\n" + headers + "\r\n";
}

}  // namespace

TEST_CASE("request head: framing rows") {
  using K = BodyFraming::Kind;
  const std::string post = "POST /v1/ask HTTP/1.1";
  const Row rows[] = {
      {"plain GET", Head("GET /v1/roles HTTP/1.1", ""), 0},
      {"GET with LF line ends", "GET / HTTP/1.1\nHost: x\n\n", 0},
      {"POST with a length", Head(post, "Content-Length: 33\r\n"), 0, K::kLength, 33},
      {"length zero", Head(post, "Content-Length: 0\r\n"), 0, K::kLength, 0},
      {"chunked", Head(post, "Transfer-Encoding: chunked\r\n"), 0, K::kChunked},
      {"chunked, any case and blanks", Head(post, "transfer-encoding:  Chunked \r\n"), 0,
       K::kChunked},
      {"two different lengths", Head(post, "Content-Length: 5\r\nContent-Length: 50\r\n"), 400},
      {"the same length twice", Head(post, "Content-Length: 5\r\nContent-Length: 5\r\n"), 400},
      {"a list of lengths", Head(post, "Content-Length: 5, 5\r\n"), 400},
      {"a signed length", Head(post, "Content-Length: +33\r\n"), 400},
      {"a negative length", Head(post, "Content-Length: -1\r\n"), 400},
      {"a hex length", Head(post, "Content-Length: 0x10\r\n"), 400},
      {"an empty length", Head(post, "Content-Length:\r\n"), 400},
      {"a length of 19 digits", Head(post, "Content-Length: 1000000000000000000\r\n"), 400},
      {"length and chunked", Head(post, "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n"),
       400},
      {"chunked and length", Head(post, "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n"),
       400},
      {"an unknown coding", Head(post, "Transfer-Encoding: gzip\r\n"), 400},
      {"a coding list", Head(post, "Transfer-Encoding: gzip, chunked\r\n"), 400},
      {"identity", Head(post, "Transfer-Encoding: identity\r\n"), 400},
      {"two codings headers",
       Head(post, "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n"), 400},
      {"a look-alike coding", Head(post, "Transfer-Encoding: xchunked\r\n"), 400},
      {"NUL in a value", Head("GET /v1/roles HTTP/1.1", std::string("Authorization: Bearer k\0junk\r\n", 30)),
       400},
      {"a control byte in a value", Head("GET / HTTP/1.1", "X-A: a\x01b\r\n"), 400},
      {"DEL in a value", Head("GET / HTTP/1.1", "X-A: a\x7f\r\n"), 400},
      {"a tab in a value is fine", Head("GET / HTTP/1.1", "X-A: a\tb\r\n"), 0},
      {"a bare CR", Head("GET / HTTP/1.1", "X-A: a\rX-B: b\r\n"), 400},
      {"a folded line", Head("GET / HTTP/1.1", "X-A: a\r\n  folded\r\n"), 400},
      {"a blank before the colon", Head(post, "Content-Length : 5\r\n"), 400},
      {"no colon", Head("GET / HTTP/1.1", "NoColonHere\r\n"), 400},
      {"POST without a length", Head(post, ""), 411},
      {"PUT without a length", Head("PUT /v1/documents/x HTTP/1.1", ""), 411},
      {"DELETE without a length has no body", Head("DELETE /v1/documents/x HTTP/1.1", ""), 0},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const auto check = CheckRequestHead(row.head);
    if (row.status == 0) {
      CHECK_FALSE(check.error);
      CHECK(check.body.kind == row.kind);
      CHECK(check.body.length == row.length);
    } else {
      REQUIRE(check.error);
      CHECK(check.error->http_status == row.status);
      CHECK_FALSE(check.error->message.empty());
    }
  }
}
