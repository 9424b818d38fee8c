// From one document's text to the records the index stores.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

#include "block_attribution.h"
#include "rolegraph/ingest/blocks.h"
#include "boilerplate.h"
#include "content_hash.h"
#include "coreference.h"
#include "requirement_sections.h"
#include "fact_cues.h"
#include "facts.h"
#include "person_names.h"
#include "rolegraph/ingest/ingester.h"
#include "role_vocabulary.h"
#include "roles.h"
#include "sentence_facts.h"

namespace rolegraph::ingest {
namespace {

constexpr size_t kMaxTitleBytes = 200;

std::string FirstLine(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  std::string_view line = text.substr(start, text.find('\n', start) - start);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  if (line.size() > kMaxTitleBytes) {
    size_t cut = kMaxTitleBytes;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    line = line.substr(0, cut);
  }
  return std::string(line);
}

std::string DominantLanguage(const std::vector<AnalyzedSentence>& sentences) {
  uint64_t en = 0, id = 0;
  for (const auto& s : sentences) {
    if (s.lang == Lang::kEn) en += s.end - s.begin;
    if (s.lang == Lang::kId) id += s.end - s.begin;
  }
  return id > en ? "id" : "en";
}

// A passive verb form right before a role's name, with no agent marker
// ("untuk disetujui Manajer X"): a word with a passive prefix
// (passive_prefixes.txt) that the stemmer takes apart, in lower case and no
// title word itself.
bool PassiveFormBefore(const LanguagePacks& packs, const std::vector<Token>& t, size_t first) {
  constexpr size_t kMinBaseBytes = 4;  // "dinas", "diri": too short a base for a prefix
  size_t k = first;
  while (k > 0 && packs.AnyHas("articles", t[k - 1].norm)) --k;
  if (k == 0) return false;
  const Token& v = t[k - 1];
  if (v.stop || v.capital || v.upper || v.numeric || v.stem == v.norm || FindHeadNoun(packs, v.norm)) return false;
  for (const LanguagePack& pack : packs.all())
    for (const std::string& prefix : pack.List("passive_prefixes").entries())
      if (v.norm.size() >= prefix.size() + kMinBaseBytes && v.norm.starts_with(prefix)) return true;
  return false;
}

// The new holder right after "dialihkan kepada", "has moved to" (a
// time_markers.tsv `moved` phrase, articles aside): what the sentence names
// is this role's now, as a passive verb's agent does it.
bool MovedTo(const LanguagePacks& packs, const SentenceMarks& marks, const std::vector<Token>& t, size_t first) {
  size_t k = first;
  while (k > 0 && packs.AnyHas("articles", t[k - 1].norm)) --k;
  return std::find(marks.moved.begin(), marks.moved.end(), k) != marks.moved.end();
}

// A role after a duty owner noun ("menjadi wewenang X", "the
// responsibility of the X", function words aside): the duty the sentence
// names is this role's, as a passive verb's agent does it.
bool OwnedBy(const FactCues& cues, const std::vector<Token>& t, size_t first) {
  size_t k = first;
  while (k > 0 && t[k - 1].stop) --k;
  return k > 0 && cues.IsDutyOwnerNoun(t[k - 1].norm);
}

bool IsRoleKind(const RecognizedRoles& roles, const RoleSpan& sp) {
  const RoleEntity* e = roles.Find(sp.role_id);
  return e && e->kind == "role";
}

}  // namespace

std::string ContentHash(const DocumentInput& input) {
  // FNV-1a 64 over the text and the metadata, so a changed title re-ingests.
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0xff;
    h *= 1099511628211ull;
  };
  mix(input.text);
  mix(input.title);
  mix(input.lang);
  mix(input.source);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Status ValidateDocumentId(std::string_view id) {
  if (id.empty() || id.size() > 128) return Status::InvalidArgument("document id must be 1 to 128 characters");
  if (id.front() == '.') return Status::InvalidArgument("document id must not start with '.'");
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
              c == '-';
    if (!ok) return Status::InvalidArgument("document id may only contain letters, digits, '.', '_' and '-'");
  }
  return Status::Ok();
}

Result<index::IndexedDocument> BuildDocument(const Analyzer& analyzer, const DocumentInput& input) {
  if (Status s = ValidateDocumentId(input.id); !s.ok()) return s;
  if (!IsValidUtf8(input.text)) return Status::InvalidArgument("document text is not valid UTF-8");
  if (input.text.find('\0') != std::string::npos) return Status::InvalidArgument("document text contains NUL bytes");
  if (input.text.find_first_not_of(" \t\r\n") == std::string::npos)
    return Status::InvalidArgument("document text is empty");
  if (!input.lang.empty() && input.lang != "en" && input.lang != "id")
    return Status::InvalidArgument("lang must be \"en\" or \"id\"");

  const std::string& text = input.text;
  std::vector<AnalyzedSentence> sentences = analyzer.Analyze(text);
  const std::vector<Block> blocks = ParseBlocks(text, analyzer.packs());
  MergeQuestionAnswers(blocks, &sentences);
  std::vector<bool> boilerplate = DetectBoilerplate(analyzer.packs(), text, sentences);
  RecognizedRoles roles = RecognizeRoles(analyzer.packs(), text, sentences);
  // Furniture never names a role (an advert praising "our Data Analyst team").
  for (size_t i = 0; i < sentences.size(); ++i)
    if (boilerplate[i]) roles.spans[i].clear();
  AddNameReferences(text, sentences, analyzer.packs(), &roles);
  std::vector<SentenceFocus> focus = ResolveFocus(analyzer.packs(), text, sentences, boilerplate, &roles);
  const FactCues cues(analyzer.packs());
  std::vector<std::vector<bool>> denied;
  std::vector<index::FactRecord> block_facts =
      AttributeBlocks(text, blocks, analyzer.packs(), roles, &sentences, &focus);
  std::vector<index::FactRecord> facts = ExtractFacts(cues, text, sentences, roles, focus, boilerplate, &denied);
  // A job advert's requirements tell of a candidate's past, not of this
  // organisation: no facts from them.
  const std::vector<bool> requirements = RequirementSections(analyzer.packs(), text, blocks, sentences);
  std::erase_if(facts, [&](const index::FactRecord& f) { return f.sentence < requirements.size() && requirements[f.sentence]; });
  facts.insert(facts.end(), block_facts.begin(), block_facts.end());

  index::IndexedDocument out;
  index::DocumentMeta& meta = out.doc.meta;
  meta.id = input.id;
  meta.title = input.title.empty() ? FirstLine(text) : input.title;
  meta.lang = input.lang.empty() ? DominantLanguage(sentences) : input.lang;
  meta.source = input.source;
  meta.hash = ContentHash(input);
  meta.updated_at = std::chrono::duration_cast<std::chrono::seconds>(
                        std::chrono::system_clock::now().time_since_epoch()).count();
  out.doc.text = text;

  std::map<std::string, uint32_t> mentions, fact_counts;
  std::set<std::pair<std::string, std::string>> cognates;
  for (uint32_t i = 0; i < sentences.size(); ++i) {
    const AnalyzedSentence& s = sentences[i];
    index::SentenceRecord r;
    r.index = i;
    r.begin = s.begin;
    r.end = s.end;
    r.lang = s.lang;
    r.heading = s.heading;
    r.boilerplate = boilerplate[i];
    r.terms.reserve(s.tokens.size());
    const SentenceMarks marks = MarkTime(cues, s.tokens);
    for (const Token& t : s.tokens) {
      r.terms.push_back({t.stem, t.begin, t.end, t.stop});
      if (!t.stop && !r.boilerplate) {
        // Keyed by the word and by its stem, so affixed Indonesian forms
        // ("berfokus") meet English words through the bare stem ("fokus").
        for (const std::string& form : {t.norm, t.stem}) {
          std::string key = CognateKey(form);
          if (!key.empty()) cognates.emplace(std::move(key), t.stem);
        }
      }
    }
    for (size_t k = 0; k < roles.spans[i].size(); ++k) {
      const RoleSpan& sp = roles.spans[i][k];
      // Only role spans reach fact extraction; others keep denied = false.
      bool off = false;
      if (!denied[i].empty()) {
        size_t at = 0;
        for (size_t j = 0; j < k; ++j) at += IsRoleKind(roles, roles.spans[i][j]) ? 1 : 0;
        off = IsRoleKind(roles, sp) && at < denied[i].size() && denied[i][at];
      }
      // A name standing for a role is the new holder after a move too
      // ("... has passed to Dedi").
      const bool agent = MovedTo(analyzer.packs(), marks, s.tokens, sp.first) ||
                         (!sp.pronoun && (PassiveFormBefore(analyzer.packs(), s.tokens, sp.first) ||
                                          OwnedBy(cues, s.tokens, sp.first)));
      r.mentions.push_back({sp.role_id, sp.first, sp.last, sp.pronoun, off, agent});
      if (!sp.pronoun) ++mentions[sp.role_id];
    }
    r.focus_role = focus[i].role_id;
    r.focus_confidence = focus[i].confidence;
    out.sentences.push_back(std::move(r));
  }
  for (const auto& f : facts) ++fact_counts[f.role_id];
  for (const RoleEntity& e : roles.entities) {
    if (mentions[e.id] == 0) continue;
    out.roles.push_back({e.id, e.name, e.kind, e.aliases, mentions[e.id], fact_counts[e.id]});
  }
  out.facts = std::move(facts);
  out.cognates.assign(cognates.begin(), cognates.end());
  return out;
}

}  // namespace rolegraph::ingest
