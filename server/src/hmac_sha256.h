// SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104), enough to verify chat
// platforms' request signatures without linking a crypto library.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace rolegraph::server {

using Sha256Digest = std::array<uint8_t, 32>;

Sha256Digest Sha256(std::string_view data);
Sha256Digest HmacSha256(std::string_view key, std::string_view message);
// Lower-case hex of the digest.
std::string ToHex(const Sha256Digest& digest);

}  // namespace rolegraph::server
