#include "chat_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "hmac_sha256.h"

namespace rolegraph::server {
namespace {

std::string Percent(double confidence) {
  return std::to_string(static_cast<int>(std::lround(confidence * 100))) + "%";
}

std::string Shortened(const std::string& text, size_t max_bytes = 300) {
  if (text.size() <= max_bytes) return text;
  size_t cut = max_bytes;
  // Never cut inside a UTF-8 sequence.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

std::string Link(std::string_view base_url, const query::Citation& c) {
  if (base_url.empty()) return "";
  return std::string(base_url) + "/docs/" + c.doc_id + "#s" + std::to_string(c.sentence);
}

std::string RoleLabel(const query::RoleRef& role) {
  std::string label = role.name;
  for (const auto& alias : role.aliases) {
    if (alias.size() <= 8 && alias != role.name) return label + " (" + alias + ")";
  }
  return label;
}

// Slack mrkdwn needs &, <, > escaped; everything else is literal.
std::string SlackEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else
      out += c;
  }
  return out;
}

constexpr const char* kNoAnswer = "No answer: the documents do not say.";

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string FormDecode(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 &&
               HexValue(s[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

std::string FormatAnswerMarkdown(const query::AskResponse& response, std::string_view base_url) {
  if (response.abstained || response.answers.empty()) return kNoAnswer;
  std::string out;
  for (const auto& a : response.answers) {
    out += "**" + RoleLabel(a.role) + "**, confidence " + Percent(a.confidence) + "\n";
    for (const auto& c : a.citations) {
      out += "> " + Shortened(c.text) + "\n> — ";
      const std::string link = Link(base_url, c);
      out += link.empty() ? c.title : "[" + c.title + "](" + link + ")";
      out += "\n";
    }
    out += "\n";
  }
  return out;
}

std::string FormatAnswerText(const query::AskResponse& response) {
  if (response.abstained || response.answers.empty()) return std::string(kNoAnswer) + "\n";
  std::string out;
  for (const auto& a : response.answers) {
    out += RoleLabel(a.role) + ", confidence " + Percent(a.confidence) + "\n";
    for (const auto& c : a.citations) {
      out += "  \"" + Shortened(c.text) + "\" (" + c.title + ", sentence " +
             std::to_string(c.sentence) + ")\n";
    }
  }
  return out;
}

nlohmann::ordered_json FormatSlackMessage(const query::AskResponse& response,
                                          std::string_view base_url) {
  using json = nlohmann::ordered_json;
  json blocks = json::array();
  std::string fallback;
  if (response.abstained || response.answers.empty()) {
    fallback = kNoAnswer;
    blocks.push_back({{"type", "section"}, {"text", {{"type", "mrkdwn"}, {"text", kNoAnswer}}}});
  }
  for (const auto& a : response.answers) {
    if (response.abstained) break;
    const std::string head = RoleLabel(a.role) + ", confidence " + Percent(a.confidence);
    if (fallback.empty()) fallback = head;
    blocks.push_back({{"type", "section"},
                      {"text", {{"type", "mrkdwn"}, {"text", "*" + SlackEscape(head) + "*"}}}});
    for (const auto& c : a.citations) {
      const std::string link = Link(base_url, c);
      std::string source =
          link.empty() ? SlackEscape(c.title) : "<" + link + "|" + SlackEscape(c.title) + ">";
      blocks.push_back(
          {{"type", "context"},
           {"elements",
            json::array({{{"type", "mrkdwn"},
                          {"text", "> " + SlackEscape(Shortened(c.text)) + "\n" + source}}})}});
    }
  }
  return {{"response_type", "in_channel"}, {"text", fallback}, {"blocks", std::move(blocks)}};
}

std::map<std::string, std::string> ParseFormBody(std::string_view body) {
  std::map<std::string, std::string> fields;
  while (!body.empty()) {
    const size_t amp = body.find('&');
    std::string_view pair = body.substr(0, amp);
    body = amp == std::string_view::npos ? std::string_view() : body.substr(amp + 1);
    if (pair.empty()) continue;
    const size_t eq = pair.find('=');
    fields[FormDecode(pair.substr(0, eq))] =
        eq == std::string_view::npos ? "" : FormDecode(pair.substr(eq + 1));
  }
  return fields;
}

std::string SlackSignature(std::string_view secret, std::string_view timestamp,
                           std::string_view body) {
  std::string base = "v0:";
  base.append(timestamp).append(":").append(body);
  return "v0=" + ToHex(HmacSha256(secret, base));
}

bool VerifySlackRequest(std::string_view secret, std::string_view timestamp,
                        std::string_view signature, std::string_view body, long long now) {
  long long ts = 0;
  auto [end, ec] = std::from_chars(timestamp.data(), timestamp.data() + timestamp.size(), ts);
  if (timestamp.empty() || ec != std::errc() || end != timestamp.data() + timestamp.size())
    return false;
  if (ts < now - 300 || ts > now + 300) return false;
  const std::string expected = SlackSignature(secret, timestamp, body);
  if (signature.size() != expected.size()) return false;
  unsigned diff = 0;  // constant time over the signature's length
  for (size_t i = 0; i < expected.size(); ++i)
    diff |= static_cast<unsigned char>(expected[i] ^ signature[i]);
  return diff == 0;
}

}  // namespace rolegraph::server
