#include "word_classes.h"

#include "rolegraph/index/records.h"

namespace rolegraph::query {
namespace {

// Every single-word entry of `list` in every pack, as typed and as its
// pack's stem (multi-word entries such as "rather than" are phrases the
// index does not hold as one term).
void Gather(const ingest::Analyzer& analyzer, std::string_view list, WordClasses::Class* out) {
  for (const ingest::LanguagePack& pack : analyzer.packs().all()) {
    const index::Lang lang = index::LangFromCode(pack.index_lang().empty() ? pack.code() : pack.index_lang());
    for (const std::string& word : pack.List(list).entries()) {
      if (word.find(' ') != std::string::npos) continue;
      out->Insert(word);
      out->Insert(analyzer.Stem(word, lang));
    }
  }
}

}  // namespace

WordClasses::WordClasses(const ingest::Analyzer& analyzer) {
  Gather(analyzer, "articles", &determiners_);
  Gather(analyzer, "plural_markers", &determiners_);
  Gather(analyzer, "role_prepositions", &prepositions_);
  Gather(analyzer, "contrast_words", &contrasts_);
  Gather(analyzer, "negators", &negations_);
  Gather(analyzer, "agent_markers", &agents_);
  Gather(analyzer, "report_prepositions", &recipients_);
  Gather(analyzer, "transfer_targets", &recipients_);
  Gather(analyzer, "focus_particles", &focus_particles_);
  Gather(analyzer, "contrast_cues", &contrast_cues_);
  Gather(analyzer, "and_words", &ands_);
  for (const ingest::LanguagePack& pack : analyzer.packs().all()) {
    const index::Lang lang = index::LangFromCode(pack.index_lang().empty() ? pack.code() : pack.index_lang());
    for (const std::string& phrase : pack.List("duty_holder_phrases").entries()) {
      std::vector<std::string> stems;
      for (const ingest::Token& t : analyzer.Tokenize(phrase, lang)) stems.push_back(t.stem);
      if (stems.empty()) continue;
      holder_phrase_ends_.Insert(stems.back());
      holder_phrases_.push_back(std::move(stems));
    }
  }
}

bool WordClasses::HolderPhraseEndsAt(const index::SentenceRecord& s, uint32_t end) const {
  if (end == 0 || !holder_phrase_ends_.Has(s.terms[end - 1].term)) return false;
  for (const auto& phrase : holder_phrases_) {
    if (phrase.size() > end) continue;
    bool match = true;
    for (size_t k = 0; k < phrase.size() && match; ++k) {
      const uint32_t at = end - static_cast<uint32_t>(phrase.size()) + static_cast<uint32_t>(k);
      match = s.terms[at].term == phrase[k] && (k == 0 || s.terms[at].begin <= s.terms[at - 1].end + 1);
    }
    if (match) return true;
  }
  return false;
}

}  // namespace rolegraph::query
