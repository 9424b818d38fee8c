#include "question_cache.h"

#include "rolegraph/ingest/role_names.h"

namespace rolegraph::query {
namespace {

// Question words are user input: the title-word and cognate-key memos start
// over past this many words instead of growing without bound.
constexpr size_t kMaxTitleWords = 1u << 16;
// Likewise for the remembered expansions of question words (a few KB each).
constexpr size_t kMaxRememberedWords = 1u << 12;

// Every pack's entries of one list, with their stems in `lang`.
CueList Gather(const ingest::Analyzer& analyzer, std::string_view list, index::Lang lang, bool stem) {
  CueList out;
  for (const ingest::LanguagePack& pack : analyzer.packs().all())
    for (const std::string& e : pack.List(list).entries()) out.words.insert(e);
  if (stem)
    for (const auto& w : out.words) out.stems.insert(analyzer.Stem(w, lang));
  return out;
}

}  // namespace

QuestionCache::QuestionCache(const ingest::Analyzer& analyzer) : analyzer_(analyzer), words_(analyzer) {
  for (const index::Lang lang : {index::Lang::kEn, index::Lang::kId}) {
    QuestionCues& c = cues_[lang];
    c.compare = Gather(analyzer, "question_compare_cues", lang, true);
    c.duty = Gather(analyzer, "question_duty_cues", lang, true);
    // Quantity words match only as typed: stemming "berapa" gives "apa".
    c.quantity = Gather(analyzer, "question_quantity_cues", lang, false);
    c.frame = Gather(analyzer, "question_frame_words", lang, true);
    c.what = Gather(analyzer, "question_what_cues", lang, true);
    c.who = Gather(analyzer, "question_who_cues", lang, true);
    c.ors = Gather(analyzer, "or_words", lang, false);
    c.recipients = Gather(analyzer, "report_prepositions", lang, false);
    c.recipients.words.merge(Gather(analyzer, "transfer_targets", lang, false).words);
    c.receives = Gather(analyzer, "question_receive_verbs", lang, true);
    c.which = Gather(analyzer, "question_which_words", lang, false);
    c.past = Gather(analyzer, "question_past_cues", lang, true);
    c.excludes = Gather(analyzer, "question_exclusion_cues", lang, false);
  }
  for (const ingest::LanguagePack& pack : analyzer.packs().all())
    for (const auto& row : pack.Table("question_relations").rows())
      if (row.size() >= 3) relation_rows_[row[0]].push_back(&row);
  for (const ingest::LanguagePack& pack : analyzer.packs().all())
    for (const auto& row : pack.Table("question_grades").rows())
      if (row.size() >= 2) grades_.try_emplace(row[0], row[1]);
}

const QuestionCues& QuestionCache::Cues(index::Lang lang) const {
  auto it = cues_.find(lang);
  return it != cues_.end() ? it->second : cues_.at(index::Lang::kEn);
}

bool QuestionCache::IsTitleHeadWord(std::string_view word) const {
  {
    std::shared_lock lock(title_mu_);
    auto it = title_heads_.find(word);
    if (it != title_heads_.end()) return it->second;
  }
  const bool head = ingest::IsTitleHeadWord(analyzer_.packs(), word);
  std::unique_lock lock(title_mu_);
  if (title_heads_.size() >= kMaxTitleWords) title_heads_.clear();
  title_heads_.emplace(std::string(word), head);
  return head;
}

bool QuestionCache::HeadGlossedAs(std::string_view head, std::string_view english) const {
  return ingest::HeadGlossedAs(analyzer_.packs(), head, english);
}

std::shared_ptr<const std::vector<bool>> QuestionCache::TitleHeadFlags(const std::vector<Expansion>& lexicon_entry) const {
  {
    std::shared_lock lock(title_flags_mu_);
    auto it = title_flags_.find(&lexicon_entry);
    if (it != title_flags_.end()) return it->second;
  }
  auto flags = std::make_shared<std::vector<bool>>();
  for (const Expansion& e : lexicon_entry)
    for (const std::string& stem : e.stems) flags->push_back(IsTitleHeadWord(stem));
  std::unique_lock lock(title_flags_mu_);
  if (title_flags_.size() >= kMaxTitleWords) title_flags_.clear();
  title_flags_.emplace(&lexicon_entry, flags);
  return flags;
}

std::string QuestionCache::CognateKey(std::string_view word) const {
  {
    std::shared_lock lock(cognate_mu_);
    auto it = cognate_keys_.find(word);
    if (it != cognate_keys_.end()) return it->second;
  }
  std::string key = ingest::CognateKey(word);
  std::unique_lock lock(cognate_mu_);
  if (cognate_keys_.size() >= kMaxTitleWords) cognate_keys_.clear();
  cognate_keys_.emplace(std::string(word), key);
  return key;
}

std::shared_ptr<const TermList> QuestionCache::WordTerms(std::string_view key, uint64_t version) const {
  std::shared_lock lock(word_terms_mu_);
  if (version != word_terms_version_) return nullptr;
  auto it = word_terms_.find(key);
  return it == word_terms_.end() ? nullptr : it->second;
}

void QuestionCache::RememberWordTerms(std::string_view key, uint64_t version,
                                      std::shared_ptr<const TermList> terms) const {
  std::unique_lock lock(word_terms_mu_);
  // A reader of an older version, still finishing, keeps the newer memo.
  if (version < word_terms_version_) return;
  if (version > word_terms_version_ || word_terms_.size() >= kMaxRememberedWords) {
    word_terms_.clear();
    word_terms_version_ = version;
  }
  word_terms_.emplace(std::string(key), std::move(terms));
}

Result<std::shared_ptr<const RoleIndex>> QuestionCache::Roles(index::Reader& reader) const {
  const uint64_t version = reader.Version();
  {
    std::lock_guard<std::mutex> lock(roles_mu_);
    if (roles_ && roles_version_ == version) return roles_;
  }
  auto roles = reader.ListRoles();
  if (!roles.ok()) return roles.status();
  auto built = std::make_shared<RoleIndex>();
  built->list = std::move(*roles);
  for (const auto& r : built->list) {
    built->by_id.emplace(r.id, r);
    if (r.kind == "role") built->role_ids.insert(r.id);
    else if (r.kind != "org_unit") continue;
    RoleIndex::Names names;
    names.id = r.id;
    names.facts = r.facts;
    std::vector<std::string> all = r.aliases;
    all.push_back(r.name);
    for (const auto& name : all) {
      std::vector<std::string> tokens;
      std::vector<NameWord> words;
      const std::vector<ingest::Token> name_tokens = analyzer_.Tokenize(name, index::Lang::kUnknown);
      names.capitals.push_back(name_tokens.size() == 1 && name_tokens[0].upper);
      for (const auto& t : name_tokens) {
        tokens.push_back(t.norm);
        words.push_back({analyzer_.Stem(t.norm, index::Lang::kEn), analyzer_.Stem(t.norm, index::Lang::kId),
                         ingest::CognateKey(t.norm), !t.stop || t.upper});
      }
      if (!tokens.empty())
        built->alias_starts[tokens[0]].emplace_back(static_cast<uint32_t>(built->names.size()),
                                                    static_cast<uint32_t>(names.tokens.size()));
      names.tokens.push_back(std::move(tokens));
      names.words.push_back(std::move(words));
    }
    built->names.push_back(std::move(names));
  }
  std::shared_ptr<const RoleIndex> shared = std::move(built);
  std::lock_guard<std::mutex> lock(roles_mu_);
  if (!roles_ || version >= roles_version_) {
    roles_ = shared;
    roles_version_ = version;
  }
  return shared;
}

}  // namespace rolegraph::query
