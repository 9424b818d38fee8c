// Loads language packs: plain UTF-8 files, one entry or row per line, '#'
// comment lines. Every problem names its file and line, so a typo in a pack
// stops the service at start with a sentence, not a wrong answer later.
#include "rolegraph/ingest/language_pack.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/ingest/install_layout.h"

namespace rolegraph::ingest {
namespace fs = std::filesystem;
namespace {

// NFKC + case fold, runs of spaces collapsed, ends trimmed.
std::string Fold(std::string_view raw) {
  std::string folded = Normalize(raw).text;
  std::string out;
  for (char c : folded) {
    const bool space = c == ' ' || c == '\t' || c == '\r';
    if (space) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  for (std::string& f : fields) {
    while (!f.empty() && (f.back() == ' ' || f.back() == '\r')) f.pop_back();
    f.erase(0, std::min(f.size(), f.find_first_not_of(' ')));
  }
  return fields;
}

// Calls `each(line_number, line)` for every line that is not blank or a comment.
template <typename Fn>
Status ReadLines(const fs::path& path, Fn&& each) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read language file " + path.string());
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    if (!IsValidUtf8(line)) {
      return Status::InvalidArgument(path.string() + ":" + std::to_string(number) + ": not UTF-8");
    }
    if (Status s = each(number, line); !s.ok()) return s;
  }
  return Status::Ok();
}

std::string Where(const fs::path& path, size_t line) { return path.string() + ":" + std::to_string(line); }

}  // namespace

void WordList::Add(std::string entry) {
  if (set_.insert(entry).second) entries_.push_back(std::move(entry));
}

const WordTable::Row* WordTable::Find(std::string_view folded) const {
  auto it = first_row_.find(folded);
  return it == first_row_.end() ? nullptr : &rows_[it->second];
}

void WordTable::Add(Row row) {
  first_row_.emplace(row[0], rows_.size());
  rows_.push_back(std::move(row));
}

const WordList& LanguagePack::List(std::string_view name) const {
  static const WordList kEmpty;
  auto it = lists_.find(name);
  return it == lists_.end() ? kEmpty : it->second;
}

const WordTable& LanguagePack::Table(std::string_view name) const {
  static const WordTable kEmpty;
  auto it = tables_.find(name);
  return it == tables_.end() ? kEmpty : it->second;
}

Result<LanguagePack> LanguagePack::Load(const std::string& folder) {
  LanguagePack pack;
  const fs::path dir(folder);
  const fs::path header = dir / "pack.tsv";
  std::error_code ec;
  if (!fs::is_regular_file(header, ec)) return Status::NotFound("language pack without pack.tsv: " + folder);
  Status s = ReadLines(header, [&](size_t n, const std::string& line) {
    const std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 2) return Status::InvalidArgument(Where(header, n) + ": expected KEY<TAB>VALUE");
    if (f[0] == "code") pack.code_ = f[1];
    else if (f[0] == "name") pack.name_ = f[1];
    else if (f[0] == "stemmer") pack.stemmer_ = f[1];
    else if (f[0] == "index_lang") pack.index_lang_ = f[1];
    else if (f[0] == "noun_phrase_order") {
      if (f[1] != "head_first" && f[1] != "head_last") {
        return Status::InvalidArgument(Where(header, n) + ": noun_phrase_order is head_first or head_last");
      }
      pack.head_first_ = f[1] == "head_first";
    } else {
      return Status::InvalidArgument(Where(header, n) + ": unknown key '" + f[0] + "'");
    }
    return Status::Ok();
  });
  if (!s.ok()) return s;
  if (pack.code_.empty() || pack.stemmer_.empty()) {
    return Status::InvalidArgument(header.string() + ": needs 'code' and 'stemmer'");
  }
  if (pack.code_ != dir.filename().string()) {
    return Status::InvalidArgument(header.string() + ": code '" + pack.code_ + "' differs from its folder name");
  }
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().filename() != "pack.tsv") files.push_back(e.path());
  }
  if (ec) return Status::IOError("cannot list language pack " + folder + ": " + ec.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& path : files) {
    const std::string name = path.stem().string();
    if (path.extension() == ".txt") {
      WordList& list = pack.lists_[name];
      s = ReadLines(path, [&](size_t, const std::string& line) {
        list.Add(Fold(line));
        return Status::Ok();
      });
    } else if (path.extension() == ".tsv") {
      WordTable& table = pack.tables_[name];
      s = ReadLines(path, [&](size_t n, const std::string& line) {
        WordTable::Row row = SplitTabs(line);
        row[0] = Fold(row[0]);
        if (row[0].empty()) return Status::InvalidArgument(Where(path, n) + ": empty key");
        table.Add(std::move(row));
        return Status::Ok();
      });
    }
    if (!s.ok()) return s;
  }
  return pack;
}

std::shared_ptr<const void> LanguagePacks::DerivedErased(
    std::string_view name, const std::function<std::shared_ptr<const void>()>& build) const {
  std::lock_guard<std::mutex> lock(derived_->mu);
  auto it = derived_->by_name.find(name);
  if (it == derived_->by_name.end()) it = derived_->by_name.emplace(std::string(name), build()).first;
  return it->second;
}

Result<LanguagePacks> LanguagePacks::Load(const std::string& dir) {
  LanguagePacks packs;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound("language pack folder not found: " + dir);
  std::vector<fs::path> folders;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_directory()) folders.push_back(e.path());
  }
  if (ec) return Status::IOError("cannot list " + dir + ": " + ec.message());
  std::sort(folders.begin(), folders.end());
  for (const fs::path& folder : folders) {
    Result<LanguagePack> pack = LanguagePack::Load(folder.string());
    if (!pack.ok()) return pack.status();
    packs.packs_.push_back(std::move(pack).value());
  }
  if (packs.packs_.empty()) return Status::NotFound("no language packs in " + dir);
  for (const LanguagePack& p : packs.packs_)
    for (const auto& [name, list] : p.lists())
      packs.any_lists_[name].insert(list.entries().begin(), list.entries().end());
  return packs;
}

const LanguagePack* LanguagePacks::Find(std::string_view code) const {
  for (const LanguagePack& p : packs_) {
    if (p.code() == code) return &p;
  }
  return nullptr;
}

bool LanguagePacks::AnyHas(std::string_view list, std::string_view folded) const {
  auto it = any_lists_.find(list);
  return it != any_lists_.end() && it->second.find(folded) != it->second.end();
}

const WordTable::Row* LanguagePacks::AnyRow(std::string_view table, std::string_view folded) const {
  for (const LanguagePack& p : packs_)
    if (const WordTable::Row* row = p.Table(table).Find(folded)) return row;
  return nullptr;
}

bool LanguagePacks::AnySuffix(std::string_view list, std::string_view folded, size_t min_stem) const {
  for (const LanguagePack& p : packs_) {
    for (const std::string& e : p.List(list).entries()) {
      if (folded.size() > e.size() + min_stem && folded.ends_with(e)) return true;
    }
  }
  return false;
}

std::string DefaultLanguageDir() {
  const char* env = std::getenv("ROLEGRAPH_LANG_DIR");
  if (env != nullptr && *env != '\0') return env;
  // share/rolegraph/lang next to the binary (installed, or the build tree's
  // link to data/lang); when none exists, the name the error message shows.
  std::string found = FindSharedFile("lang");
  return found.empty() ? std::string("share/rolegraph/lang") : found;
}

}  // namespace rolegraph::ingest
