// The role recognizer behind RecognizeRoles (roles.h): one object per
// document. roles.cc finds role names (acronyms, "Chief X Officer", layout
// titles, bare heads) and drives the rest; title_scanner.cc reads a title
// around a head noun (its parts: title_scan.h); role_aliases.cc finds a
// title's other names;
// role_merges.cc decides which names are one role.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "agent_nouns.h"
#include "layout_titles.h"
#include "role_text.h"
#include "roles.h"

namespace rolegraph::ingest::internal {

class Recognizer {
 public:
  Recognizer(const LanguagePacks& packs, std::string_view text, const std::vector<AnalyzedSentence>& sentences)
      : packs_(packs), text_(text), sentences_(sentences) {}
  RecognizedRoles Run();

 private:
  struct Entity {
    RoleEntity role;
    std::set<std::string> alias_set;
  };

  // Finding names (roles.cc).
  void FindAcronymDefinitions(const AnalyzedSentence& s);
  bool TryDefine(const std::string& acronym, const std::vector<Token>& toks, size_t at, bool forward);
  bool DefineFromLegend(const std::string& acronym, const std::vector<Token>& toks, size_t at);
  bool TwoCellRowKey(const AnalyzedSentence& s, size_t i) const;
  bool IsRoleAcronym(const std::string& acronym) const;
  Entity& EntityFor(const std::string& id, const std::string& name, const std::string& kind, uint32_t sentence);
  void AddAlias(Entity& e, const std::string& alias);
  void AddMention(uint32_t sentence, Entity& e, uint32_t first, uint32_t last);
  Entity& AcronymEntity(const std::string& acronym, uint32_t sentence);
  void FindMentions(uint32_t si);
  bool GradeLegend(const AnalyzedSentence& s) const;
  // Reading one title around a head noun (title_scanner.cc; one scan's
  // parts in title_scan.h).
  struct TitleScan;
  std::string ModifierOf(const Token& t) const;
  void TryTitle(uint32_t si, size_t i, std::vector<bool>& used);
  void AddLayoutTitles();
  void DefineStaffList(std::vector<LayoutTitle>& layout) const;
  void JoinStaffTitle(const LayoutTitle& lt);
  void ExtendToLine(uint32_t si, RoleSpan* span, uint32_t first, uint32_t last);
  void ResolveBareHeads();
  // A title's other names (role_aliases.cc).
  void FindShortNames();
  void FindDefinedShortNames();
  void FindParentheticalAliases();
  void AddPluralAliases();
  void AddKnownNameMentions();
  bool NamesARole(const std::vector<Token>& toks, uint32_t first, uint32_t last, std::string_view title) const;
  void AddNameMentions(uint32_t si, const std::vector<std::string>& words, const std::string& id);
  // Every use of each (words, role) name in the document is a mention.
  void AddNameMentionsEverywhere(const std::vector<std::pair<std::vector<std::string>, std::string>>& names);

  // Deciding which names are one role (role_merges.cc).
  void MergeAcronymsIntoTitles();
  bool IsAcronymEntity(const std::string& id) const;
  bool IsAnchorEntity(const std::string& id) const;
  bool AcronymSpan(const std::vector<Token>& toks, const RoleSpan& span) const;
  void LinkAlternativeNames();
  void MergeEntity(const std::string& from, const std::string& to);
  // Forgets a role and every mention of it (the Drop* passes below).
  void DropRole(const std::string& id);
  void MergeCopulaNames();
  void MergeSharedAliases();
  bool SeniorityOnly(const std::vector<std::string>& concepts) const;
  void MergeSubsumedTitles();
  // "the dough mixing technician ... the mixing technician": a later title
  // that is the last words of one longer title is that title written short.
  void MergeShortenedTitles();

  // Roles named only in sentence-case feature headings (heading_labels.cc).
  bool IsSentenceCaseHeading(uint32_t si) const;
  void DropHeadingLabels();
  // Roles named only as the key of a field whose value is another role
  // ("Owner: Quality Manager"; field_labels.cc).
  bool IsFieldLabel(uint32_t si, const RoleSpan& span, const std::map<size_t, std::string>& starts) const;
  bool IsColumnLabel(uint32_t si, const RoleSpan& span, const std::map<size_t, std::string>& starts) const;
  void DropFieldLabels();

  // Bare heads named only as people in general or outsiders (outside_people.cc).
  const Token* WordBefore(uint32_t si, uint32_t at) const;
  bool NamedDefinitely(std::string_view head) const;
  bool OutsideMention(uint32_t si, uint32_t at, bool named_definitely) const;
  void DropOutsidePeople();

  const LanguagePacks& packs_;
  std::string_view text_;
  const std::vector<AnalyzedSentence>& sentences_;
  std::map<std::string, AcronymDef> defs_;
  std::map<std::string, Entity> entities_;
  std::map<std::string, std::pair<std::string, std::vector<std::string>>> signatures_;
  struct BareHead {
    uint32_t sentence, token;
    std::string head;
    bool opens = false;   // opens the sentence or a clause, or is definite
    bool titled = false;  // a `titled` head capitalised inside a running sentence
    bool plural_subject = false;  // "the technicians service ...": the trade's people as a subject
    bool subject = false;  // "the consultant visits ...": one holder as a clause's subject
    bool unit = false;     // a `titled` unit head ("reports to the Board"): a body, not a role
  };
  std::string BareTitleEntity(const BareHead& bare);
  std::vector<BareHead> bare_heads_;
  std::set<std::string> layout_ids_;
  // Per borrowing pack code, as the packs hold it (agent_nouns.h).
  std::map<std::string, std::shared_ptr<const LoanHeads>, std::less<>> loan_heads_;
  const LoanHeads& LoanHeadsFor(const LanguagePack& borrower);
  RecognizedRoles result_;
};

}  // namespace rolegraph::ingest::internal
