// Bilingual (English / Indonesian) lexicon in stem space, built from real
// resources: FreeDict eng-ind (dictd files, both directions), WordNet
// synonyms, the Indonesian thesaurus (mythes-id) and a small documented
// glossary of management vocabulary (query/data/glossary.tsv).
// Everything is keyed and returned as Snowball stems of the Analyzer, so a
// question stem can be looked up directly and results go straight to postings.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/index/records.h"
#include "rolegraph/index/status.h"
#include "rolegraph/ingest/analyzer.h"

namespace rolegraph::query {

using index::Lang;

struct Expansion {
  std::vector<std::string> stems;  // target: one stem, or the content stems of a phrase
  Lang lang = Lang::kUnknown;      // language of the target
  float weight = 0.0f;             // (0, 1]; exact terms weigh 1, expansions less
  std::string source;              // "freedict", "wordnet", "mythes", "glossary"
};

// A multi-word source phrase found in a question ("in charge of",
// "bertanggung jawab"): the token range it covers and what it means.
struct PhraseMatch {
  size_t first = 0, last = 0;  // inclusive indexes into the stems passed in
  std::vector<Expansion> expansions;
};

struct LexiconSources {
  std::string freedict_index = "/usr/share/dictd/freedict-eng-ind.index";
  std::string freedict_dict = "/usr/share/dictd/freedict-eng-ind.dict.dz";
  std::string wordnet_dir = "/usr/share/wordnet";
  std::string mythes_dat = "/usr/share/mythes/th_id_ID_v2.dat";
  std::string glossary;  // path to glossary.tsv
  // FreeDict X-Indonesian and X-English pairs used as bridges where the
  // English-Indonesian dictionary has no entry (see docs/lexicon.md).
  std::string dictd_dir = "/usr/share/dictd";
  std::vector<std::string> pivot_languages = {"deu", "nld", "pol", "fin"};
};

// Immutable after construction; thread-safe.
class Lexicon {
 public:
  // Reads the raw resources (missing optional ones are skipped, with a note in
  // Stats()); the glossary is required.
  static Result<std::unique_ptr<Lexicon>> Build(const LexiconSources& sources,
                                                const ingest::Analyzer& analyzer);
  // Compact binary form, built once (at build time) and loaded fast.
  static Result<std::unique_ptr<Lexicon>> Load(const std::string& path);
  virtual Status Save(const std::string& path) const = 0;
  virtual ~Lexicon() = default;

  // Related stems of one stem (a Snowball stem in `lang`): translations into
  // the other language and synonyms in both, best first, without the stem itself.
  virtual std::vector<Expansion> Expand(std::string_view stem, Lang lang) const = 0;
  // The same, without a copy: a view of the lexicon's own entry (empty when
  // it has none), valid as long as the Lexicon.
  virtual const std::vector<Expansion>& ExpandView(std::string_view stem, Lang lang) const = 0;
  // Multi-word source phrases inside a stem sequence, longest first.
  virtual std::vector<PhraseMatch> MatchPhrases(const std::vector<std::string>& stems,
                                                Lang lang) const = 0;
  // "entries=... freedict=... wordnet=... glossary=..." for logs and /readyz.
  virtual std::string Stats() const = 0;
};

}  // namespace rolegraph::query
