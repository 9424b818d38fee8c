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
// The arrays are sorted (checked at compile time) for binary search: no
// allocation, no static initialisation order issues.

#include "stopwords.h"

#include <algorithm>
#include <array>
#include <string_view>

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

}  // namespace

bool IsEnglishStopWord(std::string_view norm_word) {
  return std::ranges::binary_search(kEnglish, norm_word);
}

bool IsIndonesianStopWord(std::string_view norm_word) {
  return std::ranges::binary_search(kIndonesian, norm_word);
}

bool IsStopWordIn(std::string_view norm_word, index::Lang lang) {
  switch (lang) {
    case index::Lang::kEn:
      return IsEnglishStopWord(norm_word);
    case index::Lang::kId:
      return IsIndonesianStopWord(norm_word);
    case index::Lang::kUnknown:
      break;
  }
  return IsEnglishStopWord(norm_word) || IsIndonesianStopWord(norm_word);
}

}  // namespace rolegraph::ingest
