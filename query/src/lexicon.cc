// The in-memory lexicon (hash maps in stem space) and its compact binary form.
// File layout, little-endian (docs/lexicon.md):
//   "RGLX" | u32 version | u64 payload size | u32 crc32(payload) | payload
//   payload: stats string, string table, word entries, phrase entries.
// Every stem and source name is stored once in the string table and referred
// to by index, which keeps the file small and Load a single linear pass.
#include <zlib.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>

#include "lexicon_internal.h"

namespace rolegraph::query {
namespace internal {
namespace {

constexpr char kMagic[4] = {'R', 'G', 'L', 'X'};
constexpr uint32_t kVersion = 1;
constexpr size_t kHeaderSize = 4 + 4 + 8 + 4;
constexpr char kPhraseSep = '\x1f';

class LexiconImpl final : public Lexicon {
 public:
  explicit LexiconImpl(LexiconData data) : data_(std::move(data)) {
    // The language and first stem of every phrase (its key up to the first
    // separator): most question words start none, and are then not joined
    // into keys to look up (issue 18).
    for (const auto& [key, expansions] : data_.phrases) phrase_starts_.insert(key.substr(0, key.find(kPhraseSep)));
  }

  Status Save(const std::string& path) const override {
    std::string bytes = EncodeLexicon(data_);
    std::string tmp = path + ".tmp";
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) return Status::IOError("cannot write " + tmp);
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      out.flush();
      if (!out) return Status::IOError("short write to " + tmp);
    }
    // rename() replaces atomically, so readers never see a half-written file.
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
      std::remove(tmp.c_str());
      return Status::IOError("cannot rename " + tmp + " to " + path);
    }
    return Status::Ok();
  }

  std::vector<Expansion> Expand(std::string_view stem, Lang lang) const override { return ExpandView(stem, lang); }

  const std::vector<Expansion>& ExpandView(std::string_view stem, Lang lang) const override {
    static const std::vector<Expansion> kNone;
    auto it = data_.words.find(WordKey(stem, lang));
    return it == data_.words.end() ? kNone : it->second;
  }

  std::vector<PhraseMatch> MatchPhrases(const std::vector<std::string>& stems,
                                        Lang lang) const override {
    std::vector<PhraseMatch> all;
    size_t longest = std::min(data_.max_phrase_len, stems.size());
    for (size_t first = 0; first < stems.size(); ++first) {
      if (!phrase_starts_.count(WordKey(stems[first], lang))) continue;
      for (size_t len = std::min(longest, stems.size() - first); len >= 2; --len) {
        auto it = data_.phrases.find(PhraseKey(stems, first, first + len - 1, lang));
        if (it != data_.phrases.end()) all.push_back({first, first + len - 1, it->second});
      }
    }
    // Greedy: longest first, then leftmost; a match overlapping a chosen one
    // is dropped so no question token is explained twice.
    std::stable_sort(all.begin(), all.end(), [](const PhraseMatch& a, const PhraseMatch& b) {
      return a.last - a.first > b.last - b.first;
    });
    std::vector<PhraseMatch> chosen;
    for (PhraseMatch& m : all) {
      bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const PhraseMatch& c) {
        return m.first <= c.last && c.first <= m.last;
      });
      if (!overlaps) chosen.push_back(std::move(m));
    }
    return chosen;
  }

  std::string Stats() const override { return data_.stats; }

 private:
  const LexiconData data_;
  std::unordered_set<std::string> phrase_starts_;
};

// --- binary coding ---------------------------------------------------------

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutU64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}
void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

// Bounds-checked reader: any read past the end flips ok() and returns zeros,
// so a corrupt file ends in one Corruption status instead of a crash.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return pos_ == in_.size(); }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return Fail();
      uint8_t b = static_cast<uint8_t>(in_[pos_++]);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return v;
    }
    return Fail();
  }
  std::string_view Bytes(uint64_t n) {
    if (n > in_.size() - pos_) return Fail(), std::string_view();
    std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  float Float() {
    std::string_view b = Bytes(4);
    if (b.size() != 4) return 0.0f;
    float f;
    std::memcpy(&f, b.data(), 4);
    return f;
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

uint64_t GetU(std::string_view b, int n) {
  uint64_t v = 0;
  for (int i = n - 1; i >= 0; --i) v = (v << 8) | static_cast<uint8_t>(b[i]);
  return v;
}

}  // namespace

std::string WordKey(std::string_view stem, Lang lang) {
  std::string key(1, static_cast<char>(lang));
  key.append(stem);
  return key;
}

std::string PhraseKey(const std::vector<std::string>& stems, size_t first, size_t last, Lang lang) {
  std::string key(1, static_cast<char>(lang));
  for (size_t i = first; i <= last; ++i) {
    if (i > first) key.push_back(kPhraseSep);
    key += stems[i];
  }
  return key;
}

void NormalizeExpansions(const std::string& self_stem, Lang self_lang,
                         std::vector<Expansion>* expansions) {
  std::map<std::pair<Lang, std::vector<std::string>>, Expansion> best;
  for (Expansion& e : *expansions) {
    if (e.lang == self_lang && e.stems.size() == 1 && e.stems[0] == self_stem) continue;
    auto [it, inserted] = best.try_emplace({e.lang, e.stems}, e);
    if (!inserted && e.weight > it->second.weight) it->second = std::move(e);
  }
  expansions->clear();
  for (auto& [key, e] : best) expansions->push_back(std::move(e));
  // Ties keep the map's (lang, stems) order, so builds are reproducible.
  std::stable_sort(expansions->begin(), expansions->end(),
                   [](const Expansion& a, const Expansion& b) { return a.weight > b.weight; });
  if (expansions->size() > kMaxExpansionsPerKey) expansions->resize(kMaxExpansionsPerKey);
}

std::string EncodeLexicon(const LexiconData& data) {
  std::unordered_map<std::string, uint32_t> ids;
  std::vector<const std::string*> table;
  auto id_of = [&](const std::string& s) {
    auto [it, inserted] = ids.try_emplace(s, static_cast<uint32_t>(table.size()));
    if (inserted) table.push_back(&it->first);
    return it->second;
  };
  // Entries first into a side buffer, so the string table is complete before
  // it is written; maps are sorted so the same data gives the same bytes.
  std::string body;
  for (const auto* map : {&data.words, &data.phrases}) {
    std::map<std::string, const std::vector<Expansion>*> sorted;
    for (const auto& [key, list] : *map) sorted.emplace(key, &list);
    PutVarint(&body, sorted.size());
    for (const auto& [key, list] : sorted) {
      PutVarint(&body, id_of(key));
      PutVarint(&body, list->size());
      for (const Expansion& e : *list) {
        body.push_back(static_cast<char>(e.lang));
        char w[4];
        std::memcpy(w, &e.weight, 4);
        body.append(w, 4);
        PutVarint(&body, id_of(e.source));
        PutVarint(&body, e.stems.size());
        for (const std::string& s : e.stems) PutVarint(&body, id_of(s));
      }
    }
  }
  std::string payload;
  PutVarint(&payload, data.stats.size());
  payload += data.stats;
  PutVarint(&payload, data.max_phrase_len);
  PutVarint(&payload, table.size());
  for (const std::string* s : table) {
    PutVarint(&payload, s->size());
    payload += *s;
  }
  payload += body;
  std::string out(kMagic, 4);
  PutU32(&out, kVersion);
  PutU64(&out, payload.size());
  PutU32(&out, static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(payload.data()),
                                           static_cast<uInt>(payload.size()))));
  return out + payload;
}

Result<LexiconData> DecodeLexicon(const std::string& bytes) {
  if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, 4) != 0) {
    return Status::Corruption("lexicon: bad magic or short header");
  }
  std::string_view all(bytes);
  if (GetU(all.substr(4), 4) != kVersion) return Status::Corruption("lexicon: unsupported version");
  if (GetU(all.substr(8), 8) != bytes.size() - kHeaderSize) {
    return Status::Corruption("lexicon: size mismatch (truncated file?)");
  }
  std::string_view payload = all.substr(kHeaderSize);
  uint32_t crc = static_cast<uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(payload.data()), static_cast<uInt>(payload.size())));
  if (GetU(all.substr(16), 4) != crc) return Status::Corruption("lexicon: checksum mismatch");

  Reader in(payload);
  LexiconData data;
  data.stats = std::string(in.Bytes(in.Varint()));
  data.max_phrase_len = in.Varint();
  uint64_t n_strings = in.Varint();
  if (n_strings > payload.size()) return Status::Corruption("lexicon: bad string table");
  std::vector<std::string> table;
  table.reserve(n_strings);
  for (uint64_t i = 0; i < n_strings && in.ok(); ++i) table.emplace_back(in.Bytes(in.Varint()));
  const std::string kEmpty;
  bool bad_id = false;
  auto str = [&](uint64_t id) -> const std::string& {
    if (id < table.size()) return table[id];
    bad_id = true;
    return kEmpty;
  };
  for (auto* map : {&data.words, &data.phrases}) {
    uint64_t n_keys = in.Varint();
    if (n_keys > payload.size()) return Status::Corruption("lexicon: bad entry count");
    map->reserve(n_keys);
    for (uint64_t k = 0; k < n_keys && in.ok(); ++k) {
      const std::string& key = str(in.Varint());
      uint64_t n_exp = in.Varint();
      if (n_exp > kMaxExpansionsPerKey) return Status::Corruption("lexicon: bad expansion count");
      std::vector<Expansion> list(n_exp);
      for (Expansion& e : list) {
        std::string_view lang = in.Bytes(1);
        e.lang = lang.empty() ? Lang::kUnknown : static_cast<Lang>(lang[0]);
        e.weight = in.Float();
        e.source = str(in.Varint());
        uint64_t n_stems = in.Varint();
        if (n_stems > kMaxPhraseWords) return Status::Corruption("lexicon: bad phrase length");
        for (uint64_t s = 0; s < n_stems; ++s) e.stems.push_back(str(in.Varint()));
      }
      (*map)[key] = std::move(list);
    }
  }
  if (!in.ok() || !in.done() || bad_id) return Status::Corruption("lexicon: malformed payload");
  return data;
}

std::unique_ptr<Lexicon> MakeLexicon(LexiconData data) {
  return std::make_unique<LexiconImpl>(std::move(data));
}

}  // namespace internal

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("lexicon: cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  Result<internal::LexiconData> data = internal::DecodeLexicon(ss.str());
  if (!data.ok()) return Status::Corruption(data.status().message() + " in " + path);
  return internal::MakeLexicon(std::move(data).value());
}

}  // namespace rolegraph::query
