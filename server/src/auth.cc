#include "auth.h"

#include <cctype>
#include <fstream>
#include <sstream>

namespace rolegraph::server {
namespace {

std::string_view Trim(std::string_view s) {
  constexpr std::string_view kBlank = " \t\r\n";
  const size_t begin = s.find_first_not_of(kBlank);
  if (begin == std::string_view::npos) return {};
  return s.substr(begin, s.find_last_not_of(kBlank) - begin + 1);
}

bool IsTokenChar(char c) { return static_cast<unsigned char>(c) > 0x20 && c != 0x7f; }

// Compares in time that depends on `key`'s length only.
bool ConstantTimeEquals(std::string_view candidate, std::string_view key) {
  unsigned char diff = candidate.size() == key.size() ? 0 : 1;
  for (size_t i = 0; i < key.size(); ++i) {
    const unsigned char c = i < candidate.size() ? candidate[i] : 0;
    diff |= c ^ static_cast<unsigned char>(key[i]);
  }
  return diff == 0;
}

}  // namespace

std::vector<std::string> ParseKeyLines(std::string_view text) {
  std::vector<std::string> keys;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    std::string_view line = Trim(text.substr(0, eol));
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    if (!line.empty() && line.front() != '#') keys.emplace_back(line);
  }
  return keys;
}

std::vector<std::string> ParseKeyList(std::string_view text) {
  std::vector<std::string> keys;
  for (;;) {
    const size_t comma = text.find(',');
    std::string_view key = Trim(text.substr(0, comma));
    if (!key.empty()) keys.emplace_back(key);
    if (comma == std::string_view::npos) break;
    text = text.substr(comma + 1);
  }
  return keys;
}

Result<std::vector<std::string>> ReadKeyFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read API key file " + path);
  std::ostringstream text;
  text << in.rdbuf();
  std::vector<std::string> keys = ParseKeyLines(text.str());
  for (size_t i = 0; i < keys.size(); ++i) {
    for (char c : keys[i]) {
      if (!IsTokenChar(c)) {
        return Status::InvalidArgument("API key file " + path + ": key " + std::to_string(i + 1) +
                                       " contains a blank or control character");
      }
    }
  }
  return keys;
}

bool MatchesAnyKey(std::string_view candidate, const std::vector<std::string>& keys) {
  bool match = false;
  for (const std::string& key : keys) match |= ConstantTimeEquals(candidate, key);
  return match;
}

bool IsLoopbackAddress(std::string_view address) {
  if (address == "::1") return true;
  if (address.rfind("::ffff:", 0) == 0) address.remove_prefix(7);
  return address.rfind("127.", 0) == 0;
}

std::optional<ApiError> CheckAccess(const ServerOptions& options, Access access,
                                    std::string_view authorization_header,
                                    std::string_view remote_addr) {
  if (access == Access::kOpen) return std::nullopt;
  if (access == Access::kSlack) {
    if (!options.slack_signing_secret.empty()) return std::nullopt;  // the handler verifies
    access = Access::kRead;
  }
  if (access == Access::kMattermost) {
    if (!options.mattermost_token.empty()) return std::nullopt;  // the handler verifies
    access = Access::kRead;
  }
  if (access == Access::kRead && !options.require_key_for_reads) return std::nullopt;
  if (options.api_keys.empty()) {
    if (access == Access::kWrite && !IsLoopbackAddress(remote_addr)) {
      return ApiError{403, "forbidden",
                      "no API keys are configured: writes are accepted from loopback callers only"};
    }
    return std::nullopt;
  }
  // The scheme name is case-insensitive (RFC 7235).
  constexpr std::string_view kBearer = "bearer ";
  std::string_view header = Trim(authorization_header);
  bool bearer = header.size() > kBearer.size();
  for (size_t i = 0; bearer && i < kBearer.size(); ++i)
    bearer = std::tolower(static_cast<unsigned char>(header[i])) == kBearer[i];
  if (!bearer) {
    return ApiError{401, "unauthorized",
                    "this endpoint needs an 'Authorization: Bearer <key>' header"};
  }
  if (!MatchesAnyKey(Trim(header.substr(kBearer.size())), options.api_keys)) {
    return ApiError{401, "unauthorized", "the API key is not valid"};
  }
  return std::nullopt;
}

}  // namespace rolegraph::server
