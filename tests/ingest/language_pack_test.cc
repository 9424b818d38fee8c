// Language packs: the files load as documented, and a broken pack stops with
// a message naming the file and line.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/language_pack.h"

namespace fs = std::filesystem;
using rolegraph::ingest::Analyzer;
using rolegraph::ingest::LanguagePack;
using rolegraph::ingest::LanguagePacks;
using rolegraph::Result;

namespace {

struct TempPackDir {
  fs::path root;
  TempPackDir() {
    root = fs::temp_directory_path() / ("rolegraph_packs_" + std::to_string(::getpid()) + "_" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::remove_all(root);
    fs::create_directories(root);
  }
  ~TempPackDir() { fs::remove_all(root); }
  void Write(const std::string& rel, const std::string& text) const {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel, std::ios::binary) << text;
  }
};

const char* kToyHeader = "code\ttoy\nname\tToy\nstemmer\tenglish\nnoun_phrase_order\thead_first\n";

}  // namespace

TEST_CASE("a pack's lists are folded, its tables keyed by the folded first field") {
  TempPackDir dir;
  dir.Write("toy/pack.tsv", kToyHeader);
  dir.Write("toy/role_heads.txt", "# comment\nKetua\n\n  Wakil   Ketua \nketua\n");
  dir.Write("toy/modifiers.tsv", "# key, concept\nPemasaran\tmarketing\nKEUANGAN\tfinance\textra\n");
  Result<LanguagePack> pack = LanguagePack::Load((dir.root / "toy").string());
  REQUIRE(pack.ok());
  CHECK(pack->code() == "toy");
  CHECK(pack->stemmer() == "english");
  CHECK(pack->head_first());
  CHECK(pack->Has("role_heads", "ketua"));
  CHECK(pack->Has("role_heads", "wakil ketua"));
  CHECK(pack->List("role_heads").entries().size() == 2);  // the repeated entry once
  CHECK_FALSE(pack->Has("role_heads", "Ketua"));          // callers pass folded words
  CHECK(pack->List("no_such_list").empty());
  const auto* row = pack->Table("modifiers").Find("keuangan");
  REQUIRE(row != nullptr);
  CHECK((*row)[1] == "finance");
  CHECK(row->size() == 3);
  CHECK(pack->Table("modifiers").Find("sales") == nullptr);
}

// The lookup hash reads short keys in one or two loads and long ones eight
// bytes at a time: every length across those boundaries must find its entry
// and nothing that differs from it in one byte or one length.
TEST_CASE("list and table lookups hold for entries of every length") {
  TempPackDir dir;
  dir.Write("toy/pack.tsv", kToyHeader);
  std::string list, table, word;
  std::vector<std::string> words;
  for (size_t n = 1; n <= 40; ++n) {
    word.push_back(static_cast<char>('a' + (n * 7) % 26));
    words.push_back(word);
    list += word + "\n";
    table += word + "\t" + std::to_string(n) + "\n";
  }
  dir.Write("toy/lengths.txt", list);
  dir.Write("toy/lengths_table.tsv", table);
  Result<LanguagePacks> packs = LanguagePacks::Load(dir.root.string());
  REQUIRE(packs.ok());
  const LanguagePack& pack = packs->all().front();
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    CAPTURE(w);
    CHECK(pack.Has("lengths", w));
    CHECK(packs->AnyHas("lengths", w));
    const auto* row = pack.Table("lengths_table").Find(w);
    REQUIRE(row != nullptr);
    CHECK((*row)[1] == std::to_string(i + 1));
    for (size_t at : {size_t{0}, w.size() / 2, w.size() - 1}) {
      std::string changed = w;
      changed[at] = 'z' + 1;  // '{': no entry holds it
      CHECK_FALSE(packs->AnyHas("lengths", changed));
      CHECK(pack.Table("lengths_table").Find(changed) == nullptr);
    }
    CHECK_FALSE(packs->AnyHas("lengths", w + "{"));
  }
  CHECK_FALSE(packs->AnyHas("length", words[3]));  // a list name one byte short is another list
  CHECK_FALSE(packs->AnyHas("", ""));
}

TEST_CASE("broken packs fail with the file and line") {
  TempPackDir dir;
  dir.Write("toy/pack.tsv", "code\ttoy\nstemmer\tenglish\nword_order\tsov\n");
  Result<LanguagePack> bad_key = LanguagePack::Load((dir.root / "toy").string());
  REQUIRE_FALSE(bad_key.ok());
  CHECK(bad_key.status().message().find("pack.tsv:3") != std::string::npos);

  dir.Write("toy/pack.tsv", "code\tother\nstemmer\tenglish\n");
  CHECK_FALSE(LanguagePack::Load((dir.root / "toy").string()).ok());  // code differs from folder

  dir.Write("toy/pack.tsv", kToyHeader);
  dir.Write("toy/bad.txt", "ok\n\xff\xfe\n");
  Result<LanguagePack> bad_utf8 = LanguagePack::Load((dir.root / "toy").string());
  REQUIRE_FALSE(bad_utf8.ok());
  CHECK(bad_utf8.status().message().find("bad.txt:2") != std::string::npos);

  CHECK_FALSE(LanguagePacks::Load((dir.root / "missing").string()).ok());
}

TEST_CASE("an Analyzer refuses a pack whose stemmer libstemmer lacks") {
  TempPackDir dir;
  dir.Write("toy/pack.tsv", "code\ttoy\nstemmer\tklingon\n");
  auto analyzer = Analyzer::Create(dir.root.string());
  REQUIRE_FALSE(analyzer.ok());
  CHECK(analyzer.status().message().find("klingon") != std::string::npos);
}

TEST_CASE("the shipped packs load: English and Indonesian") {
  auto analyzer = Analyzer::Create();
  REQUIRE(analyzer.ok());
  const LanguagePacks& packs = (*analyzer)->packs();
  REQUIRE(packs.Find("en") != nullptr);
  REQUIRE(packs.Find("id") != nullptr);
  CHECK_FALSE(packs.Find("en")->head_first());
  CHECK(packs.Find("id")->head_first());
}
