#include "request_head.h"

#include <cctype>
#include <string>

namespace rolegraph::server {
namespace {

ApiError Bad(std::string message) { return ApiError{400, "bad_request", std::move(message)}; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

std::string_view TrimBlanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// RFC 9110 token characters (header names).
bool IsTokenChar(unsigned char c) {
  if (std::isalnum(c)) return true;
  return std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

// Splits off the next line (without its CRLF or LF); false at the end.
bool NextLine(std::string_view& rest, std::string_view& line) {
  if (rest.empty()) return false;
  const size_t lf = rest.find('\n');
  line = rest.substr(0, lf);
  rest = lf == std::string_view::npos ? std::string_view() : rest.substr(lf + 1);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return true;
}

}  // namespace

HeadCheck CheckRequestHead(std::string_view head) {
  HeadCheck out;
  std::string_view rest = head;
  std::string_view request_line;
  if (!NextLine(rest, request_line)) {
    out.error = Bad("empty request");
    return out;
  }
  const std::string_view method = request_line.substr(0, request_line.find(' '));

  int content_lengths = 0;
  int transfer_encodings = 0;
  std::string_view line;
  while (NextLine(rest, line)) {
    if (line.empty()) break;  // the blank line ending the head
    if (line.front() == ' ' || line.front() == '\t') {
      out.error = Bad("folded header lines are not accepted");
      return out;
    }
    for (unsigned char c : line) {
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        out.error = Bad("a header line contains a control byte");
        return out;
      }
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      out.error = Bad("a header line has no name or no colon");
      return out;
    }
    const std::string_view name = line.substr(0, colon);
    for (unsigned char c : name) {
      if (!IsTokenChar(c)) {
        out.error = Bad("a header name contains a blank or separator");
        return out;
      }
    }
    const std::string_view value = TrimBlanks(line.substr(colon + 1));
    if (EqualsIgnoreCase(name, "Content-Length")) {
      if (++content_lengths > 1) {
        out.error = Bad("more than one Content-Length header");
        return out;
      }
      if (value.empty() || value.size() > 18) {
        out.error = Bad("Content-Length must be plain digits");
        return out;
      }
      uint64_t length = 0;
      for (char c : value) {
        if (c < '0' || c > '9') {
          out.error = Bad("Content-Length must be plain digits");
          return out;
        }
        length = length * 10 + static_cast<uint64_t>(c - '0');
      }
      out.body = {BodyFraming::Kind::kLength, length};
    } else if (EqualsIgnoreCase(name, "Transfer-Encoding")) {
      if (++transfer_encodings > 1) {
        out.error = Bad("more than one Transfer-Encoding header");
        return out;
      }
      if (!EqualsIgnoreCase(value, "chunked")) {
        out.error = Bad("the only transfer coding accepted is chunked");
        return out;
      }
      out.body = {BodyFraming::Kind::kChunked, 0};
    }
  }
  // Both found: whichever came last set out.body; neither may be trusted.
  if (content_lengths > 0 && transfer_encodings > 0) {
    out.error = Bad("Content-Length together with Transfer-Encoding");
    return out;
  }
  if (head.find('\r') != std::string_view::npos) {
    // Every CR must start a CRLF: a bare CR ends a line for some parsers.
    for (size_t at = head.find('\r'); at != std::string_view::npos; at = head.find('\r', at + 1)) {
      if (at + 1 >= head.size() || head[at + 1] != '\n') {
        out.error = Bad("a bare CR in the request head");
        return out;
      }
    }
  }
  if (out.body.kind == BodyFraming::Kind::kNone &&
      (method == "POST" || method == "PUT" || method == "PATCH")) {
    out.error = ApiError{411, "length_required",
                         "a " + std::string(method) +
                             " needs Content-Length or Transfer-Encoding: chunked"};
  }
  return out;
}

}  // namespace rolegraph::server
