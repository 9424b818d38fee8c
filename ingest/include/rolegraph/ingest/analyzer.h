// Text analysis for role documents and questions: ICU normalisation,
// sentence and word segmentation, per-sentence language identification
// (Indonesian / English), Snowball stemming and stop words.
// ICU and libstemmer stay behind this header (see Xapian's TermGenerator).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/index/records.h"
#include "rolegraph/index/status.h"
#include "rolegraph/ingest/language_pack.h"

namespace rolegraph::ingest {

using index::Lang;

struct Token {
  std::string norm;  // NFKC + case-folded surface, curly apostrophes folded to '
  std::string stem;  // Snowball stem in the token's language
  uint32_t begin = 0;  // byte offsets into the analysed text
  uint32_t end = 0;
  bool stop = false;     // a stop word in its language
  bool upper = false;    // every letter upper-case in the source ("CTO", "TI")
  bool capital = false;  // first letter upper-case in the source
  bool numeric = false;  // digits ("10", "2017", "1")
};

struct AnalyzedSentence {
  uint32_t begin = 0;  // byte offsets into the analysed text, trimmed of spaces
  uint32_t end = 0;
  Lang lang = Lang::kUnknown;
  bool heading = false;  // a short line without final punctuation ("1. CEO")
  std::vector<Token> tokens;
};

// NFKC + case folding with a map back to the original bytes:
// to_original[i] is the original offset of normalised byte i; one extra
// entry maps the end.
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> to_original;
};
NormalizedText Normalize(std::string_view original);

bool IsValidUtf8(std::string_view text);

// Orthographic key shared by English words and their Indonesian loanwords
// (technology / teknologi -> same key). Empty for short words.
std::string CognateKey(std::string_view norm_word);

// All methods are const and thread-safe.
class Analyzer {
 public:
  // Language packs from DefaultLanguageDir() (data/lang unless
  // ROLEGRAPH_LANG_DIR says otherwise), or from `lang_dir`.
  static Result<std::unique_ptr<Analyzer>> Create();
  static Result<std::unique_ptr<Analyzer>> Create(const std::string& lang_dir);
  virtual ~Analyzer() = default;

  // Whole document: sentences with tokens; each sentence has its own language,
  // short or ambiguous sentences take the document's dominant language.
  virtual std::vector<AnalyzedSentence> Analyze(std::string_view text) const = 0;
  // One span (a question): tokens only; kUnknown detects the language.
  virtual std::vector<Token> Tokenize(std::string_view text, Lang lang) const = 0;
  virtual Lang DetectLanguage(std::string_view text) const = 0;
  // Tokenize in the language DetectLanguage gives (`fallback` where it
  // gives kUnknown), stored in `*detected`: one tokenisation, not two
  // (issue 18).
  virtual std::vector<Token> TokenizeDetecting(std::string_view text, Lang fallback, Lang* detected) const {
    *detected = DetectLanguage(text);
    if (*detected == Lang::kUnknown) *detected = fallback;
    return Tokenize(text, *detected);
  }
  virtual std::string Stem(std::string_view norm_word, Lang lang) const = 0;
  virtual bool IsStopWord(std::string_view norm_word, Lang lang) const = 0;
  // The language knowledge every rule reads (docs/language-packs.md).
  virtual const LanguagePacks& packs() const = 0;
};

}  // namespace rolegraph::ingest
