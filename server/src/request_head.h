// Strict framing for one HTTP/1.1 request head (request line and headers),
// checked on the raw bytes before httplib parses them. httplib is lenient
// (first Content-Length wins, "+33" and "5, 5" parse, unknown transfer
// codings are ignored, NUL bytes pass); a proxy that reads the framing
// differently would see a different request boundary: request smuggling.
// Anything ambiguous is refused with 400 and the connection closed.
// Documented in docs/api.md ("Limits").
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "http_util.h"

namespace rolegraph::server {

// How the body after a head is framed.
struct BodyFraming {
  enum class Kind {
    kNone,     // no Content-Length, no Transfer-Encoding: no body
    kLength,   // Content-Length: `length` bytes
    kChunked,  // Transfer-Encoding: chunked
  };
  Kind kind = Kind::kNone;
  uint64_t length = 0;
};

// What a head declares, or the error that refuses it.
struct HeadCheck {
  std::optional<ApiError> error;  // set: answer it and close the connection
  BodyFraming body;
};

// Checks `head`: the request line and header lines up to and including the
// blank line. Refused (400 bad_request): a control byte other than HTAB in
// a header line, a bare CR, a folded (obs-fold) line, a header line without
// a colon or with blanks before it, more than one Content-Length, one that is
// not plain digits, Transfer-Encoding together with Content-Length, more
// than one Transfer-Encoding, any coding but "chunked". 411 length_required:
// a POST, PUT or PATCH with neither (the body's end would be the
// connection's end, which a hostile client never sends). The request line
// itself is left to httplib.
HeadCheck CheckRequestHead(std::string_view head);

}  // namespace rolegraph::server
