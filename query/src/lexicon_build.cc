// Lexicon::Build: maps the surface relations of the resource readers
// (lexicon_readers.cc) to Analyzer stems, adds one-hop translations and
// normalises every key's expansions.
#include <algorithm>
#include <map>
#include <set>

#include "lexicon_internal.h"

namespace rolegraph::query {
namespace internal {
namespace {

// Stems of one surface phrase in one language, with stop words marked.
struct StemmedPhrase {
  bool valid = false;
  std::vector<std::string> all;      // every token, stop words included (phrase keys)
  std::vector<std::string> content;  // without stop words (targets)
  bool stop_only = false;            // a single stop word
};

class PhraseStemmer {
 public:
  explicit PhraseStemmer(const ingest::Analyzer& analyzer) : analyzer_(analyzer) {}

  const StemmedPhrase& Stem(const std::string& phrase, Lang lang) {
    std::string key = WordKey(phrase, lang);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    return cache_.emplace(std::move(key), Compute(phrase, lang)).first->second;
  }

 private:
  StemmedPhrase Compute(const std::string& phrase, Lang lang) const {
    StemmedPhrase out;
    // Glosses, abbreviations with dots and bracketed notes are not words.
    if (phrase.empty() || phrase.size() > 64 ||
        phrase.find_first_of("()[]{}/;:.!?0123456789=\"") != std::string::npos) {
      return out;
    }
    for (const ingest::Token& t : analyzer_.Tokenize(phrase, lang)) {
      if (t.numeric || t.stem.empty()) return out;
      out.all.push_back(t.stem);
      if (!t.stop) out.content.push_back(t.stem);
    }
    // A lone function word is kept as its own content ("it" -> "ti"); only
    // the glossary is trusted with those (see Build).
    out.stop_only = out.all.size() == 1 && out.content.empty();
    if (out.stop_only) out.content = out.all;
    out.valid = !out.all.empty() && out.all.size() <= kMaxPhraseWords && !out.content.empty();
    return out;
  }

  const ingest::Analyzer& analyzer_;
  std::unordered_map<std::string, StemmedPhrase> cache_;
};

bool IsTranslation(const Expansion& e, Lang from) { return e.lang != from; }

// A one-word WordNet lemma with a stem of one or two letters ("ai", "go").
bool IsShortStem(const StemmedPhrase& p) {
  return p.all.size() == 1 && p.all[0].size() < kMinWordNetStemLength;
}

// Synonym, then its translation: "supervise" ~ "oversee" -> "mengawasi".
// Uses only direct relations, so hops never chain.
void AddOneHopTranslations(LexiconData* data) {
  std::vector<std::pair<std::string, Expansion>> hops;
  for (const auto& [key, expansions] : data->words) {
    Lang lang = static_cast<Lang>(key[0]);
    for (const Expansion& syn : expansions) {
      if (syn.lang != lang || syn.stems.size() != 1) continue;
      // A second-sense WordNet synonym is already a guess; no hop from it.
      if (syn.source == "wordnet" && syn.weight < kWordNetWeight) continue;
      auto it = data->words.find(WordKey(syn.stems[0], lang));
      if (it == data->words.end()) continue;
      for (const Expansion& tr : it->second) {
        // A pivot translation is itself two steps: no third.
        if (!IsTranslation(tr, lang) || tr.source.find('+') != std::string::npos || tr.source == "pivot") continue;
        hops.push_back({key, {tr.stems, tr.lang, kOneHopWeight, syn.source + "+" + tr.source}});
      }
    }
  }
  for (auto& [key, e] : hops) data->words[key].push_back(std::move(e));
}

}  // namespace
}  // namespace internal

Result<std::unique_ptr<Lexicon>> Lexicon::Build(const LexiconSources& sources,
                                                const ingest::Analyzer& analyzer) {
  using namespace internal;
  std::vector<RawRelation> raw;
  std::map<std::string, size_t> headwords;
  std::string notes;
  size_t n = 0;
  if (sources.glossary.empty()) return Status::InvalidArgument("lexicon: glossary path is required");
  if (Status s = ReadGlossary(sources.glossary, &raw, &n); !s.ok()) return s;
  headwords["glossary"] = n;
  // Optional resources: a missing package weakens the lexicon, it does not stop it.
  auto optional = [&](const char* name, Status s) {
    if (s.ok()) {
      headwords[name] = n;
    } else {
      notes += std::string(" missing_") + name;
    }
  };
  optional("freedict", ReadFreeDict(sources.freedict_index, sources.freedict_dict, &raw, &n));
  const ingest::LanguagePack* english = analyzer.packs().Find("en");
  static const ingest::WordList kNoLightWords;
  optional("wordnet", ReadWordNet(sources.wordnet_dir,
                                  english ? english->List("wordnet_light_words") : kNoLightWords, &raw, &n));
  optional("mythes", ReadMythes(sources.mythes_dat, &raw, &n));
  optional("pivot", ReadPivotTranslations(sources.dictd_dir, sources.pivot_languages, &raw, &n));

  // Pivot translations only fill gaps: a word the glossary or FreeDict
  // already translates keeps those translations alone.
  std::set<std::pair<std::string, Lang>> translated_directly;
  for (const RawRelation& r : raw)
    if (r.from_lang != r.to_lang && (r.source == "glossary" || r.source == "freedict"))
      translated_directly.insert({r.from, r.from_lang});
  std::erase_if(raw, [&](const RawRelation& r) {
    return r.source == "pivot" && translated_directly.count({r.from, r.from_lang});
  });

  LexiconData data;
  PhraseStemmer stemmer(analyzer);
  // Content stems of glossary phrases, and stems with a glossary translation
  // of their own (those never inherit a phrase's meaning).
  std::vector<std::pair<std::string, Expansion>> phrase_parts;
  std::set<std::string> translated;
  for (const RawRelation& r : raw) {
    const StemmedPhrase& from = stemmer.Stem(r.from, r.from_lang);
    const StemmedPhrase& to = stemmer.Stem(r.to, r.to_lang);
    if (!from.valid || !to.valid) continue;
    if ((from.stop_only || to.stop_only) && r.source != "glossary") continue;
    if (r.source == "wordnet" && (IsShortStem(from) || IsShortStem(to))) continue;
    Expansion e{to.content, r.to_lang, r.weight, r.source};
    if (from.all.size() == 1) {
      data.words[WordKey(from.all[0], r.from_lang)].push_back(e);
      if (r.source == "glossary" && r.from_lang != r.to_lang) {
        translated.insert(WordKey(from.all[0], r.from_lang));
      }
      continue;
    }
    data.phrases[PhraseKey(from.all, 0, from.all.size() - 1, r.from_lang)].push_back(e);
    data.max_phrase_len = std::max(data.max_phrase_len, from.all.size());
    // Indonesian compounds keep their meaning in the first parts ("tanggung
    // jawab", "kerja sama"); English phrasal verbs do not ("take care of").
    if (r.source == "glossary" && r.from_lang == Lang::kId && r.to_lang == Lang::kEn) {
      for (const std::string& part : from.content) {
        Expansion p = e;
        p.weight = kPhrasePartWeight;
        phrase_parts.push_back({WordKey(part, r.from_lang), std::move(p)});
      }
    }
  }
  for (auto& [key, e] : phrase_parts) {
    if (!translated.count(key)) data.words[key].push_back(std::move(e));
  }
  for (auto& [key, list] : data.words) {
    NormalizeExpansions(key.substr(1), static_cast<Lang>(key[0]), &list);
  }
  AddOneHopTranslations(&data);
  std::map<std::string, size_t> per_source;
  for (auto* map : {&data.words, &data.phrases}) {
    for (auto& [key, list] : *map) {
      bool phrase = map == &data.phrases;
      NormalizeExpansions(phrase ? std::string() : key.substr(1), static_cast<Lang>(key[0]), &list);
      for (const Expansion& e : list) ++per_source[e.source.find('+') == std::string::npos ? e.source : "hop"];
    }
  }
  std::string stats = "entries=" + std::to_string(data.words.size()) +
                      " phrases=" + std::to_string(data.phrases.size());
  for (const auto& [source, count] : per_source) stats += " " + source + "=" + std::to_string(count);
  for (const auto& [source, count] : headwords) stats += " " + source + "_headwords=" + std::to_string(count);
  data.stats = stats + notes;
  return MakeLexicon(std::move(data));
}

}  // namespace rolegraph::query
