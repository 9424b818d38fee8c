// Snowball stemming (libstemmer) for English and Indonesian.
//
// libstemmer objects are not thread-safe (each keeps its own work buffer), so
// every thread lazily builds its own pair and frees them at thread exit. That
// costs two small allocations per thread and no locking on the hot path.
//
// Indonesian: Snowball's algorithm (Tala) deletes the nasal prefix meng-/men-/
// peng-/pen- without restoring the root's initial k- or t- (mengelola ->
// "elola", menulis -> "ulis") while di-/ber- keep it (dikelola -> "kelola").
// Without a root dictionary we cannot restore the letter, so we go the other
// way: a stem that starts with k or t plus a vowel loses that consonant
// (kelola -> "elola"), which makes mengelola / pengelolaan / dikelola meet.
// Snowball also keeps a final -i after s (mengawasi -> "awasi", but
// pengawasan -> "awas"); we drop it so verb and noun forms share a stem.
// Both fixes only require the stem to stay >= 4 bytes, so "tim" stays "tim".
// Stems are index terms, not display text: consistency is what matters.
//
// Word frequencies are Zipfian, so each thread also remembers the stems it has
// computed (bounded: the cache is dropped when full). Profiling Analyze showed
// libstemmer at a quarter of the time before the cache.

#include "stemmer.h"

#include <libstemmer.h>

#include <functional>
#include <string>
#include <unordered_map>

namespace rolegraph::ingest {
namespace {

using index::Lang;

bool IsAsciiVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

constexpr size_t kMaxCachedStems = 1 << 16;  // per language and thread

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StemCache = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

class ThreadStemmers {
 public:
  ThreadStemmers() = default;
  ThreadStemmers(const ThreadStemmers&) = delete;
  ThreadStemmers& operator=(const ThreadStemmers&) = delete;
  ~ThreadStemmers() {
    if (en_ != nullptr) sb_stemmer_delete(en_);
    if (id_ != nullptr) sb_stemmer_delete(id_);
  }

  sb_stemmer* For(Lang lang) {
    if (lang == Lang::kId) {
      if (id_ == nullptr) id_ = sb_stemmer_new("indonesian", "UTF_8");
      return id_;
    }
    if (en_ == nullptr) en_ = sb_stemmer_new("english", "UTF_8");
    return en_;
  }

  StemCache& Cache(Lang lang) { return lang == Lang::kId ? id_cache_ : en_cache_; }

 private:
  StemCache en_cache_;
  StemCache id_cache_;
  sb_stemmer* en_ = nullptr;
  sb_stemmer* id_ = nullptr;
};

bool StemsToItself(std::string_view word) {
  for (char c : word) {
    if ((c >= '0' && c <= '9') || c == '.') return true;
  }
  return false;
}

void FixIndonesianStem(std::string* stem) {
  if (stem->size() >= 5 && ((*stem)[0] == 'k' || (*stem)[0] == 't') && IsAsciiVowel((*stem)[1])) {
    stem->erase(0, 1);
  }
  if (stem->size() >= 5 && stem->back() == 'i' && (*stem)[stem->size() - 2] == 's') {
    stem->pop_back();
  }
}

}  // namespace

Status CheckStemmer(const std::string& algorithm) {
  sb_stemmer* stemmer = sb_stemmer_new(algorithm.c_str(), "UTF_8");
  if (stemmer == nullptr) return Status::Unavailable("libstemmer has no '" + algorithm + "' stemmer");
  sb_stemmer_delete(stemmer);
  return Status::Ok();
}

Status CheckStemmers() {
  for (const char* algorithm : {"english", "indonesian"}) {
    if (Status s = CheckStemmer(algorithm); !s.ok()) return s;
  }
  return Status::Ok();
}

std::string StemWord(std::string_view norm_word, Lang lang) {
  if (norm_word.empty() || StemsToItself(norm_word)) return std::string(norm_word);
  // English Snowball drops a possessive itself; Indonesian would keep it.
  std::string_view word = norm_word;
  if (lang == Lang::kId) {
    if (word.size() > 2 && word.ends_with("'s")) word.remove_suffix(2);
    if (word.size() > 1 && word.back() == '\'') word.remove_suffix(1);
  }
  thread_local ThreadStemmers stemmers;
  StemCache& cache = stemmers.Cache(lang);
  if (auto hit = cache.find(word); hit != cache.end()) return hit->second;
  sb_stemmer* stemmer = stemmers.For(lang);
  if (stemmer == nullptr) return std::string(word);
  const sb_symbol* out = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return std::string(word);  // out of memory inside libstemmer
  std::string stem(reinterpret_cast<const char*>(out), static_cast<size_t>(sb_stemmer_length(stemmer)));
  if (lang == Lang::kId) FixIndonesianStem(&stem);
  if (cache.size() >= kMaxCachedStems) cache.clear();
  cache.emplace(word, stem);
  return stem;
}

}  // namespace rolegraph::ingest
