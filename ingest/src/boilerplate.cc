#include "boilerplate.h"

#include <algorithm>
#include <array>
#include <string>

namespace rolegraph::ingest {
namespace {

// Phrases of web-page furniture in English and Indonesian: comment forms,
// log-in boxes, sharing, cookie notices and calls to visit a site.
constexpr std::array<std::string_view, 34> kFurniture = {
    "leave a reply", "leave a comment", "your email address will not be published", "required fields are marked",
    "this site uses akismet", "comment data is processed", "sign in", "log in", "have an account",
    "create an account", "subscribe to", "share this", "all rights reserved", "cookie", "privacy policy",
    "terms of service", "click here", "clicking this link", "visit our website", "follow us", "read more",
    "related posts", "tinggalkan balasan", "tinggalkan komentar", "alamat email anda tidak akan",
    "baca juga", "bagikan artikel", "klik di sini", "kunjungi website", "kunjungi situs", "hak cipta",
    "masuk ke akun", "berlangganan", "(close)",
};

// Marks the start of a page's trailing furniture: everything after it is too.
constexpr std::array<std::string_view, 4> kTailStarts = {"leave a reply", "leave a comment", "tinggalkan balasan",
                                                         "tinggalkan komentar"};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool IsLetter(char c) { return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }

// Whole-word containment: "sign in" must not fire inside "design into".
bool Contains(const std::string& hay, std::string_view needle) {
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) {
    bool left = at == 0 || !IsLetter(hay[at - 1]) || !IsLetter(needle.front());
    size_t end = at + needle.size();
    bool right = end >= hay.size() || !IsLetter(hay[end]) || !IsLetter(needle.back());
    if (left && right) return true;
  }
  return false;
}

}  // namespace

std::vector<bool> DetectBoilerplate(std::string_view text, const std::vector<AnalyzedSentence>& sentences) {
  std::vector<bool> out(sentences.size(), false);
  bool tail = false;
  for (size_t i = 0; i < sentences.size(); ++i) {
    std::string s = Lower(text.substr(sentences[i].begin, sentences[i].end - sentences[i].begin));
    if (std::any_of(kTailStarts.begin(), kTailStarts.end(), [&](auto p) { return s.starts_with(p); })) tail = true;
    bool furniture = std::any_of(kFurniture.begin(), kFurniture.end(), [&](auto p) { return Contains(s, p); });
    // A very short heading right after furniture ("Register") is furniture too.
    bool stray = i > 0 && out[i - 1] && sentences[i].tokens.size() <= 3;
    out[i] = tail || furniture || stray || sentences[i].tokens.empty();
  }
  return out;
}

}  // namespace rolegraph::ingest
