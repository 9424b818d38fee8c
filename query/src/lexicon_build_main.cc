// rolegraph_lexicon_build: builds the compact lexicon from the Debian
// resources and the glossary; run by CMake at build time, so it fails loudly
// (one line on stderr, non-zero exit) rather than writing a partial file.
//
//   rolegraph_lexicon_build --glossary query/data/glossary.tsv --out data/lexicon.bin
//       [--freedict-index P] [--freedict-dict P] [--wordnet DIR] [--mythes P]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/lexicon.h"

namespace {

int Fail(const std::string& message) {
  std::fprintf(stderr, "rolegraph_lexicon_build: %s\n", message.c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  rolegraph::query::LexiconSources sources;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (i + 1 >= argc) return Fail("missing value for " + flag);
    std::string value = argv[++i];
    if (flag == "--glossary") sources.glossary = value;
    else if (flag == "--out") out = value;
    else if (flag == "--freedict-index") sources.freedict_index = value;
    else if (flag == "--freedict-dict") sources.freedict_dict = value;
    else if (flag == "--wordnet") sources.wordnet_dir = value;
    else if (flag == "--mythes") sources.mythes_dat = value;
    else if (flag == "--dictd-dir") sources.dictd_dir = value;
    else if (flag == "--pivots") {  // comma-separated FreeDict codes; empty: none
      sources.pivot_languages.clear();
      for (size_t start = 0; start < value.size();) {
        size_t end = std::min(value.find(',', start), value.size());
        if (end > start) sources.pivot_languages.push_back(value.substr(start, end - start));
        start = end + 1;
      }
    }
    else return Fail("unknown flag " + flag);
  }
  if (sources.glossary.empty() || out.empty()) {
    return Fail("usage: --glossary PATH --out PATH");
  }

  auto analyzer = rolegraph::ingest::Analyzer::Create();
  if (!analyzer.ok()) return Fail("analyzer: " + analyzer.status().ToString());
  auto start = std::chrono::steady_clock::now();
  auto lexicon = rolegraph::query::Lexicon::Build(sources, **analyzer);
  if (!lexicon.ok()) return Fail("build: " + lexicon.status().ToString());
  if (rolegraph::Status s = (*lexicon)->Save(out); !s.ok()) return Fail("save: " + s.ToString());
  double built = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  // Reload what was written: the build fails here, not at server start.
  start = std::chrono::steady_clock::now();
  auto loaded = rolegraph::query::Lexicon::Load(out);
  if (!loaded.ok()) return Fail("reload: " + loaded.status().ToString());
  double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("lexicon %s: %s build=%.2fs load=%.3fs\n", out.c_str(), (*loaded)->Stats().c_str(),
              built, load);
  return 0;
}
