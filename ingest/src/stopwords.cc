// Stop word lists. Only closed-class words: articles, pronouns, prepositions,
// conjunctions, auxiliaries, modal verbs and question words ("who", "which",
// "siapa", "apa", "bagaimana"). Questions are matched on their content words,
// so question words must not count. Content words such as "manage",
// "responsible", "tanggung", "jawab", "posisi" or "position" stay out on
// purpose: they carry the meaning of the questions we answer.
//
// Indonesian particles that ICU splits off ("lah", "pun", "nya" after a
// hyphen) are listed so that "sendiri-lah" style text does not post them.
// Words are the normalised forms (NFKC + case folded, ASCII apostrophe).
// The arrays are kept sorted (checked at compile time) so that they are easy
// to read and diff. Look-ups go through an immutable hash set built on first
// use: every token is looked up twice (language scoring, stop flag), and
// binary search over string_views showed up as the top cost (memcmp) when
// profiling Analyze.

#include "stopwords.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <cstdint>

namespace rolegraph::ingest {
namespace {

using namespace std::string_view_literals;

constexpr std::array kEnglish = {
    "a"sv, "about"sv, "above"sv, "after"sv, "again"sv, "against"sv, "all"sv, "also"sv,
    "although"sv, "am"sv, "among"sv, "an"sv, "and"sv, "any"sv, "are"sv, "aren't"sv, "as"sv,
    "at"sv, "be"sv, "because"sv, "been"sv, "before"sv, "being"sv, "below"sv, "between"sv,
    "both"sv, "but"sv, "by"sv, "can"sv, "can't"sv, "cannot"sv, "could"sv, "couldn't"sv,
    "did"sv, "didn't"sv, "do"sv, "does"sv, "doesn't"sv, "doing"sv, "don't"sv, "down"sv,
    "during"sv, "each"sv, "either"sv, "even"sv, "ever"sv, "every"sv, "few"sv, "for"sv,
    "from"sv, "further"sv, "had"sv, "has"sv, "have"sv, "having"sv, "he"sv, "he's"sv, "her"sv,
    "here"sv, "here's"sv, "hers"sv, "herself"sv, "him"sv, "himself"sv, "his"sv, "how"sv,
    "however"sv, "i"sv, "i'd"sv, "i'm"sv, "i've"sv, "if"sv, "in"sv, "into"sv, "is"sv,
    "isn't"sv, "it"sv, "it's"sv, "its"sv, "itself"sv, "just"sv, "let's"sv, "many"sv, "may"sv,
    "me"sv, "might"sv, "more"sv, "most"sv, "much"sv, "must"sv, "my"sv, "myself"sv,
    "neither"sv, "no"sv, "nor"sv, "not"sv, "now"sv, "of"sv, "off"sv, "on"sv, "once"sv,
    "only"sv, "onto"sv, "or"sv, "other"sv, "others"sv, "our"sv, "ours"sv, "ourselves"sv,
    "out"sv, "over"sv, "own"sv, "per"sv, "same"sv, "several"sv, "shall"sv, "she"sv,
    "she's"sv, "should"sv, "shouldn't"sv, "since"sv, "so"sv, "some"sv, "such"sv, "than"sv,
    "that"sv, "that's"sv, "the"sv, "their"sv, "theirs"sv, "them"sv, "themselves"sv,
    "then"sv, "there"sv, "there's"sv, "these"sv, "they"sv, "they're"sv, "they've"sv,
    "this"sv, "those"sv, "though"sv, "through"sv, "thus"sv, "to"sv, "too"sv, "toward"sv,
    "towards"sv, "under"sv, "unless"sv, "until"sv, "up"sv, "upon"sv, "us"sv, "very"sv,
    "via"sv, "was"sv, "wasn't"sv, "we"sv, "we're"sv, "we've"sv, "were"sv, "weren't"sv,
    "what"sv, "what's"sv, "whatever"sv, "when"sv, "where"sv, "whether"sv, "which"sv,
    "while"sv, "who"sv, "who's"sv, "whoever"sv, "whom"sv, "whose"sv, "why"sv, "will"sv,
    "with"sv, "within"sv, "without"sv, "won't"sv, "would"sv, "wouldn't"sv, "yet"sv, "you"sv,
    "you're"sv, "you've"sv, "your"sv, "yours"sv, "yourself"sv, "yourselves"sv,
};

constexpr std::array kIndonesian = {
    "ada"sv, "adalah"sv, "agar"sv, "akan"sv, "akankah"sv, "amat"sv, "anda"sv, "antara"sv,
    "apa"sv, "apabila"sv, "apakah"sv, "atas"sv, "atau"sv, "bagaimana"sv, "bagaimanakah"sv,
    "bagi"sv, "bahkan"sv, "bahwa"sv, "banyak"sv, "beberapa"sv, "begitu"sv, "beliau"sv,
    "belum"sv, "berapa"sv, "bila"sv, "bisa"sv, "boleh"sv, "bukan"sv, "bukankah"sv,
    "dalam"sv, "dan"sv, "dapat"sv, "dari"sv, "daripada"sv, "demi"sv, "demikian"sv,
    "dengan"sv, "di"sv, "dia"sv, "dimana"sv, "engkau"sv, "hanya"sv, "harus"sv, "hingga"sv,
    "ia"sv, "ialah"sv, "ini"sv, "inilah"sv, "itu"sv, "itulah"sv, "jadi"sv, "jika"sv,
    "juga"sv, "kalau"sv, "kami"sv, "kamu"sv, "kapan"sv, "karena"sv, "ke"sv, "kenapa"sv,
    "kepada"sv, "ketika"sv, "kini"sv, "kita"sv, "lagi"sv, "lah"sv, "lalu"sv, "maka"sv,
    "mana"sv, "manakah"sv, "masih"sv, "maupun"sv, "melainkan"sv, "melalui"sv, "mengapa"sv,
    "menurut"sv, "mereka"sv, "merupakan"sv, "mungkin"sv, "namun"sv, "nya"sv, "oleh"sv,
    "pada"sv, "padahal"sv, "para"sv, "per"sv, "pula"sv, "pun"sv, "saat"sv, "saja"sv,
    "sambil"sv, "sampai"sv, "sang"sv, "sangat"sv, "saya"sv, "sebab"sv, "sebagai"sv,
    "sebagaimana"sv, "sebelum"sv, "sebuah"sv, "sedang"sv, "sedangkan"sv, "sehingga"sv,
    "sejak"sv, "sekali"sv, "selama"sv, "semua"sv, "seorang"sv, "seperti"sv, "serta"sv,
    "sesudah"sv, "setelah"sv, "setiap"sv, "si"sv, "siapa"sv, "siapakah"sv, "sini"sv,
    "suatu"sv, "sudah"sv, "supaya"sv, "tak"sv, "tanpa"sv, "tapi"sv, "telah"sv, "tentang"sv,
    "terhadap"sv, "tersebut"sv, "tetapi"sv, "tiap"sv, "tidak"sv, "untuk"sv, "walaupun"sv,
    "yaitu"sv, "yakni"sv, "yang"sv,
};

static_assert(std::ranges::is_sorted(kEnglish), "kEnglish must stay sorted");
static_assert(std::ranges::is_sorted(kIndonesian), "kIndonesian must stay sorted");

constexpr size_t kLongestStopWord = 12;  // "bagaimanakah"

constexpr bool NoWordLongerThan(size_t limit) {
  for (std::string_view w : kEnglish) {
    if (w.size() > limit) return false;
  }
  for (std::string_view w : kIndonesian) {
    if (w.size() > limit) return false;
  }
  return true;
}
static_assert(NoWordLongerThan(kLongestStopWord), "raise kLongestStopWord");

uint32_t Fnv1a(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// Open addressing over both lists at once: one probe answers "stop word in
// which languages", and the stored hash avoids most string compares.
class StopWordTable {
 public:
  StopWordTable() {
    for (std::string_view w : kEnglish) Insert(w, kStopEnglish);
    for (std::string_view w : kIndonesian) Insert(w, kStopIndonesian);
  }

  uint8_t Find(std::string_view w) const {
    const uint32_t h = Fnv1a(w);
    for (uint32_t i = h & kMask;; i = (i + 1) & kMask) {
      const Slot& slot = slots_[i];
      if (slot.languages == 0) return 0;
      if (slot.hash == h && slot.word == w) return slot.languages;
    }
  }

 private:
  static constexpr uint32_t kSize = 1024;  // > 3x the number of words: short probes
  static constexpr uint32_t kMask = kSize - 1;
  static_assert(kEnglish.size() + kIndonesian.size() < kSize / 2);

  struct Slot {
    std::string_view word;
    uint32_t hash = 0;
    uint8_t languages = 0;
  };

  void Insert(std::string_view w, uint8_t language) {
    const uint32_t h = Fnv1a(w);
    for (uint32_t i = h & kMask;; i = (i + 1) & kMask) {
      Slot& slot = slots_[i];
      if (slot.languages == 0 || (slot.hash == h && slot.word == w)) {
        slot.word = w;
        slot.hash = h;
        slot.languages |= language;
        return;
      }
    }
  }

  std::array<Slot, kSize> slots_{};
};

}  // namespace

uint8_t StopWordLanguages(std::string_view norm_word) {
  if (norm_word.empty() || norm_word.size() > kLongestStopWord) return 0;
  // Immutable after construction; C++ guarantees thread-safe initialisation.
  static const StopWordTable table;
  return table.Find(norm_word);
}

bool IsEnglishStopWord(std::string_view norm_word) {
  return (StopWordLanguages(norm_word) & kStopEnglish) != 0;
}

bool IsIndonesianStopWord(std::string_view norm_word) {
  return (StopWordLanguages(norm_word) & kStopIndonesian) != 0;
}

bool IsStopWordIn(std::string_view norm_word, index::Lang lang) {
  const uint8_t languages = StopWordLanguages(norm_word);
  switch (lang) {
    case index::Lang::kEn:
      return (languages & kStopEnglish) != 0;
    case index::Lang::kId:
      return (languages & kStopIndonesian) != 0;
    case index::Lang::kUnknown:
      break;
  }
  return languages != 0;
}

}  // namespace rolegraph::ingest
