// Resource readers of the lexicon: the glossary, FreeDict (dictd files),
// WordNet (index/data files) and mythes-id. Each one is a tolerant line reader
// that turns a resource into surface-word relations (RawRelation); a line that
// does not parse is skipped, only an unreadable file is an error. Stemming and
// everything in stem space happens in lexicon_build.cc.
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include "lexicon_internal.h"

namespace rolegraph::query::internal {
namespace {

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot open " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return Status::Ok();
}

std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    parts.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

// ASCII lower-casing is enough here: the analyzer folds the rest when stemming.
std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// dictd stores offsets in its own base64 digits (A-Za-z0-9+/), most
// significant digit first.
bool DecodeDictdNumber(std::string_view s, uint64_t* value) {
  static const std::string kDigits =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  uint64_t v = 0;
  if (s.empty()) return false;
  for (char c : s) {
    size_t d = kDigits.find(c);
    if (d == std::string::npos) return false;
    v = v * 64 + d;
  }
  *value = v;
  return true;
}

Status Gunzip(const std::string& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IOError("cannot open " + path);
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  bool failed = n < 0;
  gzclose(f);
  if (failed) return Status::Corruption("bad dictzip data in " + path);
  return Status::Ok();
}

void AddBothWays(const std::string& en, const std::string& id, float weight,
                 const std::string& source, std::vector<RawRelation>* out) {
  out->push_back({en, Lang::kEn, id, Lang::kId, weight, source});
  out->push_back({id, Lang::kId, en, Lang::kEn, weight, source});
}

std::string Latin1ToUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

}  // namespace

Status ReadGlossary(const std::string& path, std::vector<RawRelation>* out, size_t* count) {
  std::string text;
  if (Status s = ReadFile(path, &text); !s.ok()) return s;
  *count = 0;
  int line_no = 0;
  for (const std::string& raw : Split(text, '\n')) {
    ++line_no;
    std::string line = Trim(raw);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = Split(line, '\t');
    if (cols.size() < 2) {
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) +
                                     ": expected english<TAB>indonesian");
    }
    std::vector<std::string> en, id;
    for (const std::string& e : Split(cols[0], '|')) if (!Trim(e).empty()) en.push_back(Lower(Trim(e)));
    for (const std::string& i : Split(cols[1], '|')) if (!Trim(i).empty()) id.push_back(Lower(Trim(i)));
    for (const std::string& e : en)
      for (const std::string& i : id) AddBothWays(e, i, kGlossaryWeight, "glossary", out);
    // Alternatives on one line mean the same thing in this domain.
    for (const auto* side : {&en, &id}) {
      Lang lang = side == &en ? Lang::kEn : Lang::kId;
      for (const std::string& a : *side)
        for (const std::string& b : *side)
          if (a != b) out->push_back({a, lang, b, lang, kGlossarySiblingWeight, "glossary"});
    }
    ++*count;
  }
  return Status::Ok();
}

std::vector<std::string> FreeDictTranslations(const std::string& body) {
  // Only two kinds of line carry translations: the first line after the
  // header and a line opening with a sense marker ("2. anggaran, bujet").
  // dictfmt sometimes moves a marker to the end of the previous translation
  // ("tanggung jawab 2.") or leaves it alone on a line ("3."); the line after
  // either is an English gloss.
  std::vector<std::string> result;
  bool first = true;
  for (std::string line : Split(body, '\n')) {
    line = Trim(line);
    bool translation = first;
    first = false;
    size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits]))) ++digits;
    if (digits > 0 && digits < line.size() && line[digits] == '.') {
      line = Trim(std::string_view(line).substr(digits + 1));
      translation = true;
    }
    if (!translation) continue;
    size_t dot = line.size();
    if (dot >= 2 && line[dot - 1] == '.') {
      size_t p = dot - 1;
      while (p > 0 && std::isdigit(static_cast<unsigned char>(line[p - 1]))) --p;
      if (p < dot - 1 && (p == 0 || line[p - 1] == ' ')) line = Trim(std::string_view(line).substr(0, p));
    }
    for (const std::string& t : Split(line, ',')) {
      std::string word = Trim(t);
      if (!word.empty()) result.push_back(word);
    }
  }
  return result;
}

Status ForEachFreeDictEntry(const std::string& index_path, const std::string& dict_path,
                            const std::function<void(const std::string&, const std::vector<std::string>&)>& fn) {
  std::string index, dict;
  if (Status s = ReadFile(index_path, &index); !s.ok()) return s;
  if (Status s = Gunzip(dict_path, &dict); !s.ok()) return s;
  for (const std::string& line : Split(index, '\n')) {
    std::vector<std::string> cols = Split(line, '\t');
    uint64_t offset = 0, length = 0;
    if (cols.size() < 3 || cols[0].rfind("00database", 0) == 0) continue;
    if (!DecodeDictdNumber(cols[1], &offset) || !DecodeDictdNumber(cols[2], &length)) continue;
    if (offset + length > dict.size()) continue;
    std::string body = dict.substr(offset, length);
    size_t eol = body.find('\n');
    if (eol == std::string::npos) continue;
    // Proper nouns (places, names) only add noise to role questions.
    if (body.substr(0, eol).find("<pn>") != std::string::npos) continue;
    std::vector<std::string> translations;
    for (const std::string& t : FreeDictTranslations(body.substr(eol + 1))) translations.push_back(Lower(t));
    fn(Lower(Trim(cols[0])), translations);
  }
  return Status::Ok();
}

Status ReadFreeDict(const std::string& index_path, const std::string& dict_path,
                    std::vector<RawRelation>* out, size_t* count) {
  std::set<std::string> headwords;
  Status s = ForEachFreeDictEntry(index_path, dict_path,
                                  [&](const std::string& en, const std::vector<std::string>& translations) {
                                    for (const std::string& t : translations)
                                      AddBothWays(en, t, kFreeDictWeight, "freedict", out);
                                    headwords.insert(en);
                                  });
  *count = headwords.size();
  return s;
}

namespace {

// "taxing" (adj: onerous) and "decided" (adj: distinct) stem like the verbs
// "tax" and "decide", and their figurative senses would land on the verb's
// stem; an adjective or adverb that is a participle of a WordNet verb is
// skipped ("decidedly" too).
bool IsParticipleOfVerb(std::string w, const std::set<std::string>& verbs) {
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "ly") == 0) w.resize(w.size() - 2);
  auto ends = [&](const char* suffix) {
    size_t n = std::char_traits<char>::length(suffix);
    return w.size() > n + 1 && w.compare(w.size() - n, n, suffix) == 0;
  };
  std::vector<std::string> bases;
  if (ends("ing")) {
    std::string b = w.substr(0, w.size() - 3);
    bases = {b, b + "e"};
    if (b.size() > 2 && b.back() == b[b.size() - 2]) bases.push_back(b.substr(0, b.size() - 1));
  } else if (ends("ed")) {
    std::string b = w.substr(0, w.size() - 2);
    bases = {b, b + "e"};
    if (b.size() > 2 && b.back() == b[b.size() - 2]) bases.push_back(b.substr(0, b.size() - 1));
    if (b.back() == 'i') bases.push_back(b.substr(0, b.size() - 1) + "y");
  }
  for (const std::string& b : bases) {
    if (verbs.count(b)) return true;
  }
  return false;
}

}  // namespace

Status ReadWordNet(const std::string& dir, const ingest::WordList& light_words, std::vector<RawRelation>* out,
                   size_t* count) {
  // Verbs first: the participle rule needs the verb lemmas.
  static const char* kPos[] = {"verb", "noun", "adj", "adv"};
  *count = 0;
  std::set<std::string> verbs;
  for (const char* pos : kPos) {
    std::string index, data;
    if (Status s = ReadFile(dir + "/index." + pos, &index); !s.ok()) return s;
    if (Status s = ReadFile(dir + "/data." + pos, &data); !s.ok()) return s;
    bool verb = std::string(pos) == "verb";
    bool modifier = std::string(pos) == "adj" || std::string(pos) == "adv";
    // Lemmas of a synset at a byte offset of data.<pos>; cached per offset.
    std::unordered_map<uint64_t, std::vector<std::string>> synsets;
    auto lemmas_at = [&](uint64_t offset) -> const std::vector<std::string>& {
      auto it = synsets.find(offset);
      if (it != synsets.end()) return it->second;
      std::vector<std::string> lemmas;
      if (offset < data.size()) {
        size_t eol = data.find('\n', offset);
        std::istringstream line(data.substr(offset, eol - offset));
        std::string off, lex_filenum, ss_type, w_cnt_hex;
        line >> off >> lex_filenum >> ss_type >> w_cnt_hex;
        unsigned long w_cnt = std::strtoul(w_cnt_hex.c_str(), nullptr, 16);
        for (unsigned long i = 0; i < w_cnt && line; ++i) {
          std::string word, lex_id;
          line >> word >> lex_id;
          if (size_t paren = word.find('('); paren != std::string::npos) word.resize(paren);
          std::replace(word.begin(), word.end(), '_', ' ');
          if (!word.empty()) lemmas.push_back(word);
        }
      }
      return synsets.emplace(offset, std::move(lemmas)).first->second;
    };
    for (const std::string& line : Split(index, '\n')) {
      if (line.empty() || line[0] == ' ') continue;  // licence header lines start with spaces
      std::istringstream in(line);
      std::string lemma, p, synset_cnt_s, p_cnt_s;
      in >> lemma >> p >> synset_cnt_s >> p_cnt_s;
      int p_cnt = std::atoi(p_cnt_s.c_str());
      std::string skip;
      for (int i = 0; i < p_cnt; ++i) in >> skip;
      in >> skip >> skip;  // sense_cnt, tagsense_cnt
      std::replace(lemma.begin(), lemma.end(), '_', ' ');
      if (verb) verbs.insert(lemma);
      if (modifier && IsParticipleOfVerb(lemma, verbs)) continue;
      if (light_words.Contains(lemma)) continue;
      // Senses are listed in frequency order: the first at full weight, the
      // second lower, the rest dropped; a verb with many senses ("serve"
      // has 15) keeps only its first.
      size_t senses = std::strtoul(synset_cnt_s.c_str(), nullptr, 10);
      size_t max_senses = verb && senses > kWordNetManyVerbSenses ? 1 : 2;
      std::string offset_s;
      for (size_t sense = 0; sense < max_senses && (in >> offset_s); ++sense) {
        float weight = sense == 0 ? kWordNetWeight : kWordNetSecondSenseWeight;
        for (const std::string& syn : lemmas_at(std::strtoull(offset_s.c_str(), nullptr, 10))) {
          std::string other = Lower(syn);
          if (other == lemma || light_words.Contains(other)) continue;
          out->push_back({lemma, Lang::kEn, other, Lang::kEn, weight, "wordnet"});
        }
      }
      ++*count;
    }
  }
  return Status::Ok();
}

Status ReadMythes(const std::string& path, std::vector<RawRelation>* out, size_t* count) {
  std::string raw;
  if (Status s = ReadFile(path, &raw); !s.ok()) return s;
  std::vector<std::string> lines = Split(raw, '\n');
  if (lines.empty()) return Status::Corruption("empty thesaurus " + path);
  bool latin1 = Lower(Trim(lines[0])).find("8859-1") != std::string::npos;
  constexpr int kMaxMeanings = 2;
  // mythes-id lists synonyms alphabetically with no ranking and loosely
  // ("tanggung" ~ "ekor"), so a pair is kept only when each word lists the
  // other: mutual synonyms are the reliable core.
  std::map<std::string, std::set<std::string>> synonyms;
  for (size_t i = 1; i < lines.size(); ++i) {
    std::vector<std::string> head = Split(Trim(lines[i]), '|');
    if (head.size() != 2) continue;
    std::string word = Lower(latin1 ? Latin1ToUtf8(head[0]) : head[0]);
    int meanings = std::atoi(head[1].c_str());
    int used = 0;
    std::set<std::string>& syns_of_word = synonyms[word];
    for (int m = 0; m < meanings && i + 1 < lines.size(); ++m) {
      std::vector<std::string> syns = Split(Trim(lines[++i]), '|');
      if (syns.empty() || syns[0] == "[ant]" || used >= kMaxMeanings) continue;  // antonyms
      ++used;
      for (size_t k = 1; k < syns.size(); ++k) {
        std::string syn = Lower(latin1 ? Latin1ToUtf8(syns[k]) : syns[k]);
        if (syn.find(' ') == std::string::npos && syn != word) syns_of_word.insert(syn);
      }
    }
  }
  *count = synonyms.size();
  for (const auto& [word, syns] : synonyms) {
    for (const std::string& syn : syns) {
      auto back = synonyms.find(syn);
      if (back != synonyms.end() && back->second.count(word)) {
        out->push_back({word, Lang::kId, syn, Lang::kId, kMythesWeight, "mythes"});
      }
    }
  }
  return Status::Ok();
}

}  // namespace rolegraph::query::internal
