// API keys for the HTTP server: where they come from (a key file, an
// environment variable) and who may call what (see docs/api.md, "Access").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "http_util.h"
#include "rolegraph/index/status.h"
#include "rolegraph/server/http_server.h"

namespace rolegraph::server {

// What a route needs from its caller.
enum class Access {
  kOpen,   // health probes: always open
  kRead,   // open unless ServerOptions::require_key_for_reads
  kWrite,  // a key, or a loopback caller when no keys are configured
  // Chat slash commands: the platform's own check (Slack's signature,
  // Mattermost's token) stands in for a key when it is configured; without
  // it they are reads, so --require-key-for-reads covers them too.
  kSlack,
  kMattermost,
};

// Keys from a key file's text: one per line, surrounding blanks trimmed,
// blank lines and lines starting with '#' ignored.
std::vector<std::string> ParseKeyLines(std::string_view text);
// Keys from a comma-separated list ($ROLEGRAPH_API_KEYS); blanks trimmed.
std::vector<std::string> ParseKeyList(std::string_view text);
// Reads a key file; IOError when unreadable, InvalidArgument when a key has
// characters a Bearer token cannot carry (spaces, controls).
Result<std::vector<std::string>> ReadKeyFile(const std::string& path);

// True when `candidate` equals one of `keys`. Every key is compared, each in
// time that depends only on the key's length, so timing tells nothing about
// how much of a key matched.
bool MatchesAnyKey(std::string_view candidate, const std::vector<std::string>& keys);

// 127.0.0.0/8, ::1 or an IPv4-mapped 127.x address.
bool IsLoopbackAddress(std::string_view address);

// nullopt when the caller may go on; else the error to send (401 for a
// missing or wrong key, 403 for a non-loopback write without configured keys).
std::optional<ApiError> CheckAccess(const ServerOptions& options, Access access,
                                    std::string_view authorization_header,
                                    std::string_view remote_addr);

}  // namespace rolegraph::server
