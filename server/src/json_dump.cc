// nlohmann's serializer decodes every byte of every string through its
// UTF-8 state machine: for an answer's citations that was ~58k instructions
// a response, more than building the body. Here a string of printable ASCII
// with no quote or backslash (nearly every key and most citation text) is
// copied as it is, which is exactly what nlohmann writes for it; integers
// are written as nlohmann writes them (plain decimal). Anything else (other
// bytes, doubles, binary) is handed to nlohmann itself, so the text cannot
// differ.
#include "json_dump.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace rolegraph::server {
namespace {

using json = nlohmann::ordered_json;

// The dump nlohmann itself gives a value (compact, invalid UTF-8 replaced).
void AppendByNlohmann(const json& value, std::string* out) {
  out->append(value.dump(-1, ' ', false, json::error_handler_t::replace));
}

// Bytes nlohmann copies unchanged with ensure_ascii off: 0x20-0x7F less '"' and '\'.
bool ByteCopied(unsigned char c) { return c >= 0x20 && c <= 0x7F && c != '"' && c != '\\'; }

// Whether any byte of `w` is zero (its high bit set in the result; exact
// for the question "any", which is all that is asked).
constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
uint64_t AnyZero(uint64_t w) { return (w - kOnes) & ~w & kHighs; }

// Eight bytes at a time (a citation is a few hundred): a byte at or over
// 0x80, under 0x20, a quote or a backslash sends the string to nlohmann.
bool CopiedAsIs(const std::string& s) {
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    const uint64_t high = w & kHighs;                          // >= 0x80
    const uint64_t low = (w - 0x20 * kOnes) & ~w & kHighs;      // < 0x20 (when no high bit)
    const uint64_t special = AnyZero(w ^ ('"' * kOnes)) | AnyZero(w ^ ('\\' * kOnes));
    if (high | low | special) return false;
  }
  for (; i < s.size(); ++i)
    if (!ByteCopied(static_cast<unsigned char>(s[i]))) return false;
  return true;
}

void AppendString(const std::string& s, std::string* out) {
  if (!CopiedAsIs(s)) return AppendByNlohmann(json(s), out);
  out->push_back('"');
  out->append(s);
  out->push_back('"');
}

template <typename Int>
void AppendInteger(Int v, std::string* out) {
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out->append(buf, end);
}

void Append(const json& v, std::string* out) {
  switch (v.type()) {
    case json::value_t::object: {
      out->push_back('{');
      bool first = true;
      for (const auto& [key, value] : v.get_ref<const json::object_t&>()) {
        if (!first) out->push_back(',');
        first = false;
        AppendString(key, out);
        out->push_back(':');
        Append(value, out);
      }
      out->push_back('}');
      return;
    }
    case json::value_t::array: {
      out->push_back('[');
      bool first = true;
      for (const auto& value : v) {
        if (!first) out->push_back(',');
        first = false;
        Append(value, out);
      }
      out->push_back(']');
      return;
    }
    case json::value_t::string:
      return AppendString(v.get_ref<const json::string_t&>(), out);
    case json::value_t::boolean:
      out->append(v.get<bool>() ? "true" : "false");
      return;
    case json::value_t::null:
      out->append("null");
      return;
    case json::value_t::number_unsigned:
      return AppendInteger(v.get<json::number_unsigned_t>(), out);
    case json::value_t::number_integer:
      return AppendInteger(v.get<json::number_integer_t>(), out);
    default:  // doubles, binary, discarded
      return AppendByNlohmann(v, out);
  }
}

}  // namespace

void AppendJsonString(const std::string& s, std::string* out) { AppendString(s, out); }
void AppendJsonUnsigned(uint64_t v, std::string* out) { AppendInteger(v, out); }
void AppendJsonDouble(double v, std::string* out) { AppendByNlohmann(json(v), out); }

std::string DumpCompact(const json& body) {
  std::string out;
  out.reserve(1024);
  Append(body, &out);
  return out;
}

}  // namespace rolegraph::server
