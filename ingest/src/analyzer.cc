// Analyzer: wires normalisation, segmentation, tokenisation, language
// identification, stop words and stemming together.
//
// Thread safety: the object only holds ICU BreakIterator templates, built once
// in Create and never mutated. Each call clones what it needs (a clone shares
// the compiled rules, so it is cheap next to analysing a document) and
// stemmers are thread_local inside stemmer.cc, so every method is const and
// callable from many threads without locks.

#include <limits>
#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>

#include "irregular_forms.h"
#include "language.h"
#include "rolegraph/ingest/analyzer.h"
#include "segmenter.h"
#include "stemmer.h"
#include "stopwords.h"
#include "tokenizer.h"

namespace rolegraph::ingest {
namespace {

class AnalyzerImpl final : public Analyzer {
 public:
  AnalyzerImpl(std::unique_ptr<icu::BreakIterator> sentences, std::unique_ptr<icu::BreakIterator> words,
               LanguagePacks packs)
      : sentences_(std::move(sentences)),
        words_(std::move(words)),
        packs_(std::move(packs)),
        stop_words_(packs_),
        forms_(packs_),
        identifier_(packs_, stop_words_) {}

  std::vector<AnalyzedSentence> Analyze(std::string_view text) const override {
    std::vector<AnalyzedSentence> out;
    if (text.empty() || text.size() > std::numeric_limits<uint32_t>::max()) return out;
    std::unique_ptr<icu::BreakIterator> sentence_iter(sentences_->clone());
    std::unique_ptr<icu::BreakIterator> word_iter(words_->clone());
    if (sentence_iter == nullptr || word_iter == nullptr) return out;

    const std::vector<SentenceSpan> spans = SegmentSentences(text, sentence_iter.get(), packs_);
    WordTokenizer tokenizer(word_iter.get());
    // The document language comes from sentences that could decide on their
    // own; fragments like "Sign In" only count when nothing else does.
    LanguageEvidence decided;
    LanguageEvidence all;
    out.resize(spans.size());
    for (size_t i = 0; i < spans.size(); ++i) {
      AnalyzedSentence& sentence = out[i];
      sentence.begin = spans[i].begin;
      sentence.end = spans[i].end;
      sentence.heading = spans[i].heading;
      tokenizer.Tokenize(text, sentence.begin, sentence.end, &sentence.tokens);
      const LanguageEvidence evidence = identifier_.Score(sentence.tokens);
      sentence.lang = DecideSentenceLanguage(evidence);
      if (sentence.lang != Lang::kUnknown) decided.Add(evidence);
      all.Add(evidence);
    }
    const Lang dominant = DecideTextLanguage(decided.words > 0 ? decided : all);
    for (AnalyzedSentence& sentence : out) {
      if (sentence.lang == Lang::kUnknown) sentence.lang = dominant;
      FinishTokens(stop_words_, forms_, sentence.lang, &sentence.tokens);
    }
    return out;
  }

  std::vector<Token> Tokenize(std::string_view text, Lang lang) const override {
    std::vector<Token> tokens;
    if (text.empty() || text.size() > std::numeric_limits<uint32_t>::max()) return tokens;
    std::unique_ptr<icu::BreakIterator> word_iter(words_->clone());
    if (word_iter == nullptr) return tokens;
    WordTokenizer(word_iter.get()).Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
    if (lang == Lang::kUnknown) lang = DecideTextLanguage(identifier_.Score(tokens));
    FinishTokens(stop_words_, forms_, lang, &tokens);
    return tokens;
  }

  Lang DetectLanguage(std::string_view text) const override {
    Lang detected = Lang::kEn;
    RawTokens(text, &detected);
    return detected;
  }

  std::vector<Token> TokenizeDetecting(std::string_view text, Lang fallback, Lang* detected) const override {
    std::vector<Token> tokens = RawTokens(text, detected);
    if (*detected == Lang::kUnknown) *detected = fallback;
    // What Tokenize(text, *detected) finishes, on the same words.
    FinishTokens(stop_words_, forms_, *detected, &tokens);
    return tokens;
  }

  std::string Stem(std::string_view norm_word, Lang lang) const override {
    return StemThroughBase(forms_, norm_word, lang);
  }

  bool IsStopWord(std::string_view norm_word, Lang lang) const override {
    return stop_words_.In(norm_word, lang);
  }

  const LanguagePacks& packs() const override { return packs_; }

 private:
  // The words of `text` before FinishTokens, and in `*detected` the
  // language DetectLanguage gives (English for a text it cannot read).
  std::vector<Token> RawTokens(std::string_view text, Lang* detected) const {
    std::vector<Token> tokens;
    *detected = Lang::kEn;
    if (text.empty() || text.size() > std::numeric_limits<uint32_t>::max()) return tokens;
    std::unique_ptr<icu::BreakIterator> word_iter(words_->clone());
    if (word_iter == nullptr) return tokens;
    WordTokenizer(word_iter.get()).Tokenize(text, 0, static_cast<uint32_t>(text.size()), &tokens);
    *detected = DecideTextLanguage(identifier_.Score(tokens));
    return tokens;
  }

  const std::unique_ptr<icu::BreakIterator> sentences_;
  const std::unique_ptr<icu::BreakIterator> words_;
  const LanguagePacks packs_;
  const StopWords stop_words_;           // built from packs_: declared after it
  const IrregularForms forms_;           // built from packs_
  const LanguageIdentifier identifier_;  // reads stop_words_
};

}  // namespace

Result<std::unique_ptr<Analyzer>> Analyzer::Create() { return Create(DefaultLanguageDir()); }

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const std::string& lang_dir) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    return Status::Unavailable(std::string("ICU NFKC_Casefold data: ") + u_errorName(status));
  }
  // Root rules: UAX #29 without language tailoring, the same for id and en.
  std::unique_ptr<icu::BreakIterator> sentences(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || sentences == nullptr) {
    return Status::Unavailable(std::string("ICU sentence break iterator: ") + u_errorName(status));
  }
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || words == nullptr) {
    return Status::Unavailable(std::string("ICU word break iterator: ") + u_errorName(status));
  }
  if (Status stemmers = CheckStemmers(); !stemmers.ok()) return stemmers;
  Result<LanguagePacks> packs = LanguagePacks::Load(lang_dir);
  if (!packs.ok()) return packs.status();
  for (const LanguagePack& pack : packs->all()) {
    if (Status s = CheckStemmer(pack.stemmer()); !s.ok()) {
      return Status::InvalidArgument("language pack '" + pack.code() + "': " + s.message());
    }
  }
  return std::unique_ptr<Analyzer>(
      std::make_unique<AnalyzerImpl>(std::move(sentences), std::move(words), std::move(packs).value()));
}

}  // namespace rolegraph::ingest
