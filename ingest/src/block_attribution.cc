#include "block_attribution.h"

#include <algorithm>
#include <string>

#include "block_sentences.h"
#include "layout_titles.h"

namespace rolegraph::ingest {
namespace {

constexpr float kMatrixConfidence = 0.85f;  // a marked cell states the duty outright
constexpr float kAnswerConfidence = 0.8f;   // the answer names the role, the question the duty

bool IsRole(const RecognizedRoles& roles, const std::string& id) {
  const RoleEntity* e = roles.Find(id);
  return e && e->kind == "role";
}

// The role named inside [begin, end), "" if none; with `units_too` a unit
// counts as well (a reporting line may run to one: "| Risk Unit | Board |").
std::string RoleIn(const std::vector<AnalyzedSentence>& s, const RecognizedRoles& roles, uint32_t begin,
                   uint32_t end, bool units_too = false) {
  auto [first, last] = SentencesIn(s, begin, end);
  for (size_t i = first; i < last && i < roles.spans.size(); ++i)
    for (const RoleSpan& sp : roles.spans[i]) {
      if (sp.pronoun) continue;
      if (units_too ? roles.Find(sp.role_id) == nullptr : !IsRole(roles, sp.role_id)) continue;
      if (s[i].tokens[sp.first].begin >= begin && s[i].tokens[sp.last].end <= end) return sp.role_id;
    }
  return "";
}

// A column headed by the initials of one of the document's roles or bodies
// ("DSO" over a "Dive Safety Officer" column, the abbreviations often defined
// in a legend the patterns do not read): that role; "" when none or two have
// them. Initials are those of the name's capitalised words.
std::string RoleByInitials(std::string_view cell, const RecognizedRoles& roles) {
  std::string abbr;
  for (char c : cell) {
    if (c == '*' || c == '_' || c == ' ' || c == '.') continue;
    if (c < 'A' || c > 'Z') return "";
    abbr += c;
  }
  if (abbr.size() < 2 || abbr.size() > 6) return "";
  std::string found;
  for (const RoleEntity& e : roles.entities) {
    std::string initials;
    bool word_start = true;
    for (char c : e.name) {
      if (word_start && c >= 'A' && c <= 'Z') initials += c;
      word_start = c == ' ' || c == '-';
    }
    if (initials != abbr) continue;
    if (!found.empty() && found != e.id) return "";
    found = e.id;
  }
  return found;
}

// The column of a header row labelled as a reporting line ("Reports to",
// "Atasan langsung"; reporting_labels.txt), 0 when none.
size_t ReportingColumn(std::string_view text, const Block& header, const LanguagePacks& packs) {
  for (size_t c = 1; c < header.cells.size(); ++c) {
    std::string label = Normalize(text.substr(header.cells[c].begin, header.cells[c].end - header.cells[c].begin)).text;
    while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.pop_back();
    for (const LanguagePack& p : packs.all())
      for (const auto& entry : p.List("reporting_labels").entries())
        if (label == entry) return c;
  }
  return 0;
}

struct Mark {
  std::string predicate;
  int rank = 0;
};

// The matrix marks in one cell ("R", "A/R", "✓"), best rank first.
std::vector<Mark> Marks(std::string_view cell, const LanguagePacks& packs) {
  std::vector<Mark> out;
  std::string folded = Normalize(cell).text;
  auto look = [&](const std::string& word) {
    const WordTable::Row* row = packs.AnyRow("raci", word);
    if (row == nullptr || row->size() < 3) return false;
    out.push_back({(*row)[1], std::atoi((*row)[2].c_str())});
    return true;
  };
  if (folded.empty() || look(folded)) return out;
  std::string word;
  for (char c : folded + " ") {
    if (c == '/' || c == ',' || c == ' ' || c == '+' || c == ';') {
      if (!word.empty() && !look(word)) return {};  // a cell of words, not marks
      word.clear();
    } else {
      word += c;
    }
  }
  std::sort(out.begin(), out.end(), [](const Mark& a, const Mark& b) { return a.rank < b.rank; });
  return out;
}

}  // namespace

bool IsMatrixMark(std::string_view cell, const LanguagePacks& packs) { return !Marks(cell, packs).empty(); }

namespace {

index::FactRecord CellFact(std::string_view text, const AnalyzedSentence& s, uint32_t index, const std::string& role,
                           const std::string& predicate, uint32_t begin, uint32_t end, float confidence) {
  index::FactRecord f;
  f.role_id = role;
  f.predicate = predicate;
  f.sentence = index;
  f.begin = s.begin;
  f.end = s.end;
  f.object_begin = std::max(begin, s.begin);
  f.object_end = std::min(end, s.end);
  f.object = std::string(text.substr(f.object_begin, f.object_end - f.object_begin));
  f.confidence = confidence;
  return f;
}

}  // namespace

void MergeQuestionAnswers(const std::vector<Block>& blocks, std::vector<AnalyzedSentence>* sentences) {
  auto& s = *sentences;
  for (size_t b = 1; b < blocks.size(); ++b) {
    const Block& answer = blocks[b];
    if (answer.kind != BlockKind::kAnswer || answer.parent != static_cast<int>(b) - 1) continue;
    const Block& question = blocks[b - 1];
    auto [qf, ql] = SentencesIn(s, question.begin, question.end);
    auto [af, al] = SentencesIn(s, answer.begin, answer.end);
    if (qf >= ql || af >= al || ql != af) continue;
    AnalyzedSentence& into = s[qf];
    for (size_t k = qf + 1; k <= af; ++k) into.tokens.insert(into.tokens.end(), s[k].tokens.begin(), s[k].tokens.end());
    into.end = s[af].end;
    into.heading = false;
    s.erase(s.begin() + static_cast<std::ptrdiff_t>(qf + 1), s.begin() + static_cast<std::ptrdiff_t>(af + 1));
  }
}

std::vector<index::FactRecord> AttributeBlocks(std::string_view text, const std::vector<Block>& blocks,
                                               const LanguagePacks& packs, const RecognizedRoles& roles,
                                               std::vector<AnalyzedSentence>* sentences,
                                               std::vector<SentenceFocus>* focus) {
  std::vector<index::FactRecord> facts;
  auto& s = *sentences;
  for (size_t b = 0; b < blocks.size(); ++b) {
    const Block& row = blocks[b];
    if (row.kind == BlockKind::kTableRow && row.parent >= 0 && !row.cells.empty()) {
      const Block& header = blocks[static_cast<size_t>(row.parent)];
      const Cell& activity = row.cells[0];
      if (activity.begin == activity.end) continue;
      auto [af, al] = SentencesIn(s, activity.begin, activity.end);
      if (af >= al) continue;
      // "| Role | Reports to |": the row's role reports to the one
      // in the reporting column.
      if (const size_t rc = ReportingColumn(text, header, packs); rc > 0) {
        if (rc >= row.cells.size()) continue;
        const Cell& to = row.cells[rc];
        const std::string subject = RoleIn(s, roles, activity.begin, activity.end, true);
        const std::string boss = RoleIn(s, roles, to.begin, to.end, true);
        if (subject.empty() || boss.empty() || subject == boss) continue;
        auto [tf, tl] = SentencesIn(s, to.begin, to.end);
        if (tf >= tl) continue;
        index::FactRecord f = CellFact(text, s[tf], static_cast<uint32_t>(tf), subject, "reports_to", to.begin, to.end,
                                       kMatrixConfidence);
        f.object_role_id = boss;
        facts.push_back(std::move(f));
        continue;
      }
      int best = 1 << 20;
      std::string doer;
      for (size_t c = 1; c < row.cells.size() && c < header.cells.size(); ++c) {
        // A body may hold a column as a role does ("| Credit Committee |": A).
        std::string role = RoleIn(s, roles, header.cells[c].begin, header.cells[c].end, true);
        const std::string_view code = text.substr(header.cells[c].begin, header.cells[c].end - header.cells[c].begin);
        // "WM = Winemaker": the title the legend spells out, else its initials.
        if (role.empty())
          if (const auto legend = LegendTitle(text, code)) role = RoleIn(s, roles, legend->first, legend->second, true);
        if (role.empty()) role = RoleByInitials(code, roles);
        if (role.empty()) continue;
        const Cell& cell = row.cells[c];
        for (const Mark& m : Marks(text.substr(cell.begin, cell.end - cell.begin), packs)) {
          facts.push_back(CellFact(text, s[af], static_cast<uint32_t>(af), role, m.predicate, activity.begin,
                                   activity.end, kMatrixConfidence));
          if (m.rank < best) best = m.rank, doer = role;
        }
      }
      if (doer.empty()) continue;
      auto [rf, rl] = SentencesIn(s, row.begin, row.end);
      for (size_t i = rf; i < rl; ++i) {
        (*focus)[i] = {doer, 1.0f};
        s[i].heading = false;
      }
    } else if (row.kind == BlockKind::kQuestion) {
      // After MergeQuestionAnswers the pair is one sentence: the first role
      // the answer names does what the question asks.
      if (b + 1 >= blocks.size() || blocks[b + 1].kind != BlockKind::kAnswer) continue;
      const Block& answer = blocks[b + 1];
      std::string role = RoleIn(s, roles, answer.content_begin, answer.end);
      if (role.empty()) continue;
      auto [qf, ql] = SentencesIn(s, row.begin, row.end);
      if (qf >= ql || s[qf].end < answer.begin) continue;  // not merged
      if (row.content_begin >= row.end) continue;          // "Q:" with no question
      (*focus)[qf] = {role, 1.0f};
      facts.push_back(CellFact(text, s[qf], static_cast<uint32_t>(qf), role, "responsible_for", row.content_begin,
                               row.end, kAnswerConfidence));
    }
  }
  return facts;
}

}  // namespace rolegraph::ingest
