// Adding a language is a folder and a stemmer: a small Malay pack written to
// a temporary folder makes the unchanged rule code recognise Malay titles,
// with the Indonesian stemmer and index language it declares.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/ingester.h"
#include "rolegraph/ingest/role_names.h"

namespace fs = std::filesystem;
using namespace rolegraph::ingest;

namespace {

struct MalayPackDir {
  fs::path root;
  MalayPackDir() {
    root = fs::temp_directory_path() / ("rolegraph_ms_pack_" + std::to_string(::getpid()));
    fs::remove_all(root);
    Write("pack.tsv", "code\tms\nname\tMalay\nstemmer\tindonesian\nindex_lang\tid\nnoun_phrase_order\thead_first\n");
    Write("stop_words.txt", "yang\ndan\ndi\nuntuk\nkepada\nialah\nadalah\ndengan\nsiapa\nini\n");
    Write("language_affixes.tsv", "mem\tprefix\t6\nber\tprefix\t6\nkan\tsuffix\t6\n");
    Write("role_heads.tsv",
          "pengurus\tmanager\t-\njurutera\tengineer\t-\nketua\tchair\t-\njururawat\tnurse\tstandalone\n"
          "jabatan\tdepartment\tunit\n");
    Write("role_modifiers.tsv", "kewangan\tfinance\t-\nperisian\tsoftware\t-\nkanan\tsenior\tseniority\n");
    Write("pronouns.txt", "beliau\ndia\n");
    // Without it "menjaga" (a verb) would qualify the title as a free modifier.
    Write("verb_prefixes.tsv", "me\tall\ndi\tall\nber\tall\nter\tall\n");
  }
  ~MalayPackDir() { fs::remove_all(root); }
  void Write(const std::string& file, const std::string& text) const {
    fs::create_directories(root / "ms");
    std::ofstream(root / "ms" / file, std::ios::binary) << text;
  }
};

const rolegraph::index::RoleRecord* FindRole(const rolegraph::index::IndexedDocument& doc, const std::string& id) {
  for (const auto& r : doc.roles)
    if (r.id == id) return &r;
  return nullptr;
}

}  // namespace

TEST_CASE("a Malay pack in a folder: Malay titles are recognised with no rule-code change") {
  MalayPackDir dir;
  auto created = Analyzer::Create(dir.root.string());
  REQUIRE(created.ok());
  const Analyzer& analyzer = **created;
  REQUIRE(analyzer.packs().Find("ms") != nullptr);

  DocumentInput input;
  input.id = "malay-note";
  input.text =
      "Pengurus Kewangan menyediakan belanjawan tahunan dan melaporkan kepada lembaga.\n"
      "Jurutera Perisian Kanan membina sistem dalaman untuk jabatan.\n"
      "Jururawat menjaga pesakit di wad.\n";
  auto doc = BuildDocument(analyzer, input);
  REQUIRE(doc.ok());
  CHECK(doc->doc.meta.lang == "id");  // the index language the pack declares

  struct Case {
    const char* id;
    const char* name;
    const char* alias;  // the document's own words
  };
  const Case cases[] = {
      {"finance-manager", "Finance Manager", "pengurus kewangan"},
      {"senior-software-engineer", "Senior Software Engineer", "jurutera perisian kanan"},
      {"nurse", "Nurse", "jururawat"},
  };
  for (const Case& c : cases) {
    const std::string id = c.id;
    CAPTURE(id);
    std::string found;
    for (const auto& r : doc->roles) found += r.id + " ";
    CAPTURE(found);
    const auto* role = FindRole(*doc, c.id);
    REQUIRE(role != nullptr);
    CHECK(role->name == c.name);
    CHECK(std::find(role->aliases.begin(), role->aliases.end(), c.alias) != role->aliases.end());
  }
  // A bare head without a modifier names no particular role.
  CHECK(FindRole(*doc, "manager") == nullptr);
}

TEST_CASE("a Malay question names the role through the same pack") {
  MalayPackDir dir;
  auto created = Analyzer::Create(dir.root.string());
  REQUIRE(created.ok());
  const Analyzer& analyzer = **created;
  CHECK(analyzer.DetectLanguage("Siapa yang menyediakan belanjawan untuk syarikat ini?") == Lang::kId);
  const auto names = FindRoleNames(analyzer, "Siapa Pengurus Kewangan?", Lang::kId);
  REQUIRE(names.size() == 1);
  CHECK(names[0].role_id == "finance-manager");
  CHECK(names[0].first_token == 1);
  CHECK(names[0].last_token == 2);
}
