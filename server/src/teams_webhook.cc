#include "teams_webhook.h"

#include <array>
#include <cctype>
#include <cmath>

#include "hmac_sha256.h"

namespace rolegraph::server {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

bool StartsWithFolded(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  }
  return true;
}

// Position of `needle` (lower-case ASCII) in `s` at or after `from`,
// ignoring ASCII case; npos when absent.
size_t FindFolded(std::string_view s, std::string_view needle, size_t from) {
  for (size_t i = from; i + needle.size() <= s.size(); ++i) {
    if (StartsWithFolded(s.substr(i), needle)) return i;
  }
  return std::string_view::npos;
}

std::string Percent(double confidence) {
  return std::to_string(static_cast<int>(std::lround(confidence * 100))) + "%";
}

std::string RoleLabel(const query::RoleRef& role) {
  for (const auto& alias : role.aliases) {
    if (alias != role.name && alias.size() <= 8) return role.name + " (" + alias + ")";
  }
  return role.name.empty() ? role.id : role.name;
}

constexpr const char* kNoAnswer =
    "No answer: the documents do not say who is responsible for that.";

}  // namespace

std::optional<std::string> DecodeBase64(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0) return std::nullopt;
  size_t padding = 0;
  if (text.back() == '=') ++padding;
  if (text.size() >= 2 && text[text.size() - 2] == '=') ++padding;
  std::string out;
  out.reserve(text.size() / 4 * 3);
  uint32_t buffer = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool pad = i >= text.size() - padding;
    const int v = pad ? 0 : Base64Value(text[i]);
    if (v < 0) return std::nullopt;
    buffer = (buffer << 6) | static_cast<uint32_t>(v);
    if (i % 4 == 3) {
      out += static_cast<char>((buffer >> 16) & 0xff);
      out += static_cast<char>((buffer >> 8) & 0xff);
      out += static_cast<char>(buffer & 0xff);
      buffer = 0;
    }
  }
  out.resize(out.size() - padding);
  return out;
}

std::string EncodeBase64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    uint32_t chunk = static_cast<uint8_t>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) chunk |= static_cast<uint8_t>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) chunk |= static_cast<uint8_t>(bytes[i + 2]);
    out += kAlphabet[(chunk >> 18) & 63];
    out += kAlphabet[(chunk >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(chunk >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[chunk & 63] : '=';
  }
  return out;
}

std::string TeamsAuthorization(std::string_view secret_base64, std::string_view body) {
  auto key = DecodeBase64(secret_base64);
  if (!key) return "";
  const Sha256Digest mac = HmacSha256(*key, body);
  return "HMAC " +
         EncodeBase64(std::string_view(reinterpret_cast<const char*>(mac.data()), mac.size()));
}

bool VerifyTeamsRequest(std::string_view secret_base64, std::string_view authorization,
                        std::string_view body) {
  auto key = DecodeBase64(secret_base64);
  if (!key || key->empty()) return false;
  constexpr std::string_view kScheme = "hmac ";
  if (!StartsWithFolded(authorization, kScheme)) return false;
  std::string_view signature = authorization.substr(kScheme.size());
  while (!signature.empty() && signature.front() == ' ') signature.remove_prefix(1);
  while (!signature.empty() && signature.back() == ' ') signature.remove_suffix(1);
  auto given = DecodeBase64(signature);
  const Sha256Digest expected = HmacSha256(*key, body);
  if (!given || given->size() != expected.size()) return false;
  // Every byte is compared, so the time taken says nothing about how many
  // matched.
  uint8_t diff = 0;
  for (size_t i = 0; i < expected.size(); ++i)
    diff |= static_cast<uint8_t>((*given)[i]) ^ expected[i];
  return diff == 0;
}

std::string TeamsQuestion(std::string_view text) {
  // The webhook's own @mention, with its name.
  std::string without_mention;
  size_t pos = 0;
  while (true) {
    const size_t open = FindFolded(text, "<at>", pos);
    if (open == std::string_view::npos) break;
    const size_t close = FindFolded(text, "</at>", open);
    if (close == std::string_view::npos) break;
    without_mention.append(text.substr(pos, open - pos));
    without_mention += ' ';
    pos = close + 5;
  }
  without_mention.append(text.substr(pos));

  std::string plain;
  bool in_tag = false;
  for (char c : without_mention) {
    if (c == '<') in_tag = true;
    if (!in_tag) plain += c;
    if (c == '>' && in_tag) {
      in_tag = false;
      plain += ' ';
    }
  }
  struct Entity {
    std::string_view name, value;
  };
  constexpr Entity kEntities[] = {{"&nbsp;", " "}, {"&lt;", "<"},   {"&gt;", ">"}, {"&quot;", "\""},
                                  {"&#39;", "'"},  {"&apos;", "'"}, {"&amp;", "&"}};
  std::string decoded;
  for (size_t i = 0; i < plain.size();) {
    bool replaced = false;
    if (plain[i] == '&') {
      for (const auto& e : kEntities) {
        if (std::string_view(plain).substr(i, e.name.size()) == e.name) {
          decoded += e.value;
          i += e.name.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) decoded += plain[i++];
  }
  std::string out;
  for (char c : decoded) {
    const bool blank = std::isspace(static_cast<unsigned char>(c));
    if (blank && (out.empty() || out.back() == ' ')) continue;
    out += blank ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

nlohmann::ordered_json TeamsTextMessage(std::string_view text) {
  return {{"type", "message"}, {"text", std::string(text)}};
}

nlohmann::ordered_json FormatTeamsMessage(const query::AskResponse& response,
                                          std::string_view base_url) {
  using json = nlohmann::ordered_json;
  if (response.abstained || response.answers.empty()) return TeamsTextMessage(kNoAnswer);
  const query::Answer& top = response.answers.front();
  const std::string head = RoleLabel(top.role);
  json body = json::array();
  body.push_back({{"type", "TextBlock"},
                  {"text", head},
                  {"weight", "Bolder"},
                  {"size", "Medium"},
                  {"wrap", true}});
  json facts = json::array({{{"title", "Confidence"}, {"value", Percent(top.confidence)}}});
  std::string others;
  for (size_t i = 1; i < response.answers.size(); ++i) {
    others += (others.empty() ? "" : ", ") + RoleLabel(response.answers[i].role) + " " +
              Percent(response.answers[i].confidence);
  }
  if (!others.empty()) facts.push_back({{"title", "Also"}, {"value", others}});
  body.push_back({{"type", "FactSet"}, {"facts", std::move(facts)}});
  json actions = json::array();
  std::string fallback = head + ", confidence " + Percent(top.confidence);
  if (!top.citations.empty()) {
    const query::Citation& c = top.citations.front();
    body.push_back({{"type", "TextBlock"}, {"text", "\u201C" + c.text + "\u201D"}, {"wrap", true}});
    body.push_back({{"type", "TextBlock"},
                    {"text", c.title},
                    {"isSubtle", true},
                    {"size", "Small"},
                    {"wrap", true}});
    fallback += ": \u201C" + c.text + "\u201D (" + c.title + ")";
    if (!base_url.empty()) {
      const std::string link =
          std::string(base_url) + "/docs/" + c.doc_id + "#s" + std::to_string(c.sentence);
      actions.push_back(
          {{"type", "Action.OpenUrl"}, {"title", "Open the document"}, {"url", link}});
    }
  }
  json card = {{"$schema", "http://adaptivecards.io/schemas/adaptive-card.json"},
               {"type", "AdaptiveCard"},
               {"version", "1.4"},
               {"body", std::move(body)}};
  if (!actions.empty()) card["actions"] = std::move(actions);
  return {{"type", "message"},
          {"text", fallback},
          {"attachments", json::array({{{"contentType", "application/vnd.microsoft.card.adaptive"},
                                        {"content", std::move(card)}}})}};
}

}  // namespace rolegraph::server
