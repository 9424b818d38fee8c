#include "coreference.h"

#include <algorithm>
#include <map>

#include "layout_titles.h"
#include "role_vocabulary.h"
#include "sentence_shape.h"

namespace rolegraph::ingest {
namespace {

constexpr float kExplicit = 1.0f;
constexpr float kPronoun = 0.85f;
constexpr float kPrevious = 0.6f;
constexpr float kSection = 0.55f;
constexpr float kTopic = 0.45f;
constexpr uint32_t kSubjectWindow = 6;  // tokens from the sentence start

bool IsRole(const RecognizedRoles& roles, const std::string& id) {
  const RoleEntity* e = roles.Find(id);
  return e && e->kind == "role";
}

// The role mentioned most, earliest on ties; `dominant` when it is named at
// least kTopicDominance times as often as any other.
struct MostNamed {
  std::string id;
  bool dominant = false;
};

// A document is about one role (a job advert, a role profile) when that
// role is named at least this many times as often as any other; a
// responsibility matrix or a structure note names many roles about equally,
// and its most-named role is no better a guess for a sentence that names
// none than any other. Measured on twenty-six sets (2026-12-03): 23 first
// answers rested on such a topic-only sentence and none was right.
constexpr double kTopicDominance = 1.5;

MostNamed MostNamedRole(const RecognizedRoles& roles) {
  const RoleEntity* best = nullptr;
  uint32_t runner_up = 0;
  for (const auto& e : roles.entities) {
    if (e.kind != "role") continue;
    if (!best || e.mentions > best->mentions ||
        (e.mentions == best->mentions && e.first_sentence < best->first_sentence)) {
      if (best) runner_up = std::max<uint32_t>(runner_up, best->mentions);
      best = &e;
    } else {
      runner_up = std::max<uint32_t>(runner_up, e.mentions);
    }
  }
  if (!best) return {};
  return {best->id, best->mentions >= kTopicDominance * static_cast<double>(runner_up)};
}

// Token indexes that refer back to a role: personal pronouns, "this
// role" / "jabatan tersebut", and a sentence-initial demonstrative
// ("Ini artinya ...", "This means ...").
std::vector<std::pair<uint32_t, uint32_t>> References(const LanguagePacks& packs, const AnalyzedSentence& s) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  const auto& t = s.tokens;
  for (uint32_t i = 0; i < t.size(); ++i) {
    if (IsRolePronoun(packs, t[i].norm)) {
      out.emplace_back(i, i);
    } else if (IsRoleReferenceNoun(packs, t[i].norm)) {
      // A sentence opening "The role is ..." / "The job includes ...": the
      // role in focus; "the role of X" names X instead.
      const bool opens_with_article = i == 1 && packs.AnyHas("definite_articles", t[0].norm) &&
                                      !(i + 1 < t.size() && packs.AnyHas("of_words", t[i + 1].norm));
      if (i > 0 && (IsDemonstrative(packs, t[i - 1].norm) || opens_with_article)) out.emplace_back(i - 1, i);
      else if (i + 1 < t.size() && IsDemonstrative(packs, t[i + 1].norm)) out.emplace_back(i, i + 1);
    } else if (i == 0 && packs.AnyHas("standalone_demonstratives", t[i].norm) && t.size() > 2) {
      out.emplace_back(i, i);
    }
  }
  return out;
}

bool NewParagraph(std::string_view text, const AnalyzedSentence& prev, const AnalyzedSentence& cur) {
  if (cur.begin < prev.end) return false;
  return text.substr(prev.end, cur.begin - prev.end).find('\n') != std::string_view::npos;
}

const std::vector<std::pair<uint32_t, uint32_t>> NoReferences;

// A sentence's subject is what a later reference means when a clause break
// (";" or ",") stands between them and the sentence ends as one does.
bool SubjectCarriesOver(std::string_view text, const AnalyzedSentence& s, const RoleSpan& subject, uint32_t ref) {
  if (s.end == 0 || s.end > text.size() || ref >= s.tokens.size()) return false;
  const char last = text[s.end - 1];
  if (last != '.' && last != '!' && last != '?') return false;
  const size_t from = s.tokens[subject.last].end, to = s.tokens[ref].begin;
  return to > from && text.substr(from, to - from).find_first_of(";,") != std::string_view::npos;
}

// A list item opening with an emphasised label ("- **Potters** ...") in
// which no role is named: its subject is something we do not know as a role.
bool OpensWithUnknownSubject(std::string_view text, const AnalyzedSentence& s, const std::vector<RoleSpan>& spans,
                             const RecognizedRoles& roles) {
  const size_t label_end = EmphasisedSubjectEnd(text, s);
  if (label_end == 0) return false;
  return std::none_of(spans.begin(), spans.end(), [&](const RoleSpan& sp) {
    return sp.first < s.tokens.size() && s.tokens[sp.first].begin < label_end && IsRole(roles, sp.role_id);
  });
}

// A role named in the plural: "the cleaners" (a plural suffix the stemmer
// takes off), "para kuli angkut" (a plural marker before the name).
bool PluralMention(const LanguagePacks& packs, const AnalyzedSentence& s, const RoleSpan& sp) {
  const Token& last = s.tokens[sp.last];
  if (last.stem != last.norm && packs.AnySuffix("plural_suffixes", last.norm, 3)) return true;
  return sp.first > 0 && packs.AnyHas("plural_markers", s.tokens[sp.first - 1].norm);
}

bool SpeaksToReader(const LanguagePacks& packs, const AnalyzedSentence& s) {
  return std::any_of(s.tokens.begin(), s.tokens.end(),
                     [&](const Token& t) { return packs.AnyHas("reader_words", t.norm); });
}

}  // namespace

std::vector<SentenceFocus> ResolveFocus(const LanguagePacks& packs, std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                                        const std::vector<bool>& boilerplate, RecognizedRoles* roles) {
  std::vector<SentenceFocus> focus(sentences.size());
  const MostNamed most_named = MostNamedRole(*roles);
  // The document's topic, given to a sentence that names no role, only
  // where one role dominates the document.
  const std::string topic = most_named.dominant ? most_named.id : std::string();
  std::string section, previous;
  // In an item whose emphasised label names no role ("- **Potters** shape
  // ... They report to ..."), neither pronouns nor the unnamed subject reach
  // back to a role of an earlier item or the section: the label is the topic.
  bool unknown_subject = false;
  std::string title_role;  // the one role the document's first heading names
  bool title_seen = false;
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (boilerplate[i]) continue;
    const AnalyzedSentence& s = sentences[i];
    auto& spans = roles->spans[i];
    std::vector<std::string> named;
    for (const auto& sp : spans)
      if (IsRole(*roles, sp.role_id) && std::find(named.begin(), named.end(), sp.role_id) == named.end())
        named.push_back(sp.role_id);
    if (s.heading && IsFieldLine(text, s) && !IsPositionLine(packs, text, s)) {
      // "Atasan: Kepala Unit", "Duties:": a field of the
      // current position; a role it names is not the section's.
      const std::string& owner = !section.empty() ? section : previous;
      focus[i] = {owner, kSection};
      continue;
    }
    if (s.heading || IsQuestionLine(text, s)) {
      unknown_subject = false;
      // "1. CEO" opens a section about one role; a heading naming several
      // ("How the COO and the CHRO differ") closes the current one. One
      // that speaks to the reader ("What you will do") is about the title
      // the document's first heading advertises.
      if (!title_seen && s.heading) title_role = named.size() == 1 ? named[0] : std::string();
      title_seen = title_seen || s.heading;
      section = named.size() == 1 ? named[0]
                : named.empty() && s.heading && SpeaksToReader(packs, s) ? title_role
                                                                          : std::string();
      if (!section.empty()) previous = section;
      focus[i] = {named.empty() ? section : named[0], named.empty() ? kSection : kExplicit};
      continue;
    }
    // Pronouns reach back across a line break; a sentence with neither a name
    // nor a pronoun at the start of a new paragraph belongs to the section.
    bool new_paragraph = i > 0 && NewParagraph(text, sentences[i - 1], s) && !IsListItem(text, s);
    if (IsListItem(text, s) || new_paragraph) unknown_subject = OpensWithUnknownSubject(text, s, spans, *roles);
    if (unknown_subject) previous.clear();
    std::string antecedent = !previous.empty() ? previous : !section.empty() ? section : most_named.id;
    for (auto [first, last] : unknown_subject ? NoReferences : References(packs, s)) {
      // Copies: clang 14 cannot capture structured bindings in a lambda.
      const auto ref_first = first, ref_last = last;
      bool overlaps = std::any_of(spans.begin(), spans.end(), [&](const RoleSpan& sp) {
        return sp.first <= ref_last && ref_first <= sp.last;
      });
      if (overlaps || antecedent.empty()) continue;
      // A reference after a name in the same sentence means that name; the
      // sentence's subject (a name at its start) before a later object:
      // "Until 2020 A reported to B; she now reports to C" speaks of A.
      // The same pronoun, earlier, as the sentence's subject is one too:
      // "Since May she no longer reports to A; she now reports to B" (not
      // "When A is away, he covers for her").
      std::string target = antecedent;
      const RoleSpan* subject_before = nullptr;
      const RoleSpan* last_named = nullptr;
      for (const auto& sp : spans) {
        if (sp.last >= first || !IsRole(*roles, sp.role_id)) continue;
        if (!sp.pronoun) target = sp.role_id, last_named = &sp;
        const bool same_word = sp.first == sp.last && s.tokens[sp.first].norm == s.tokens[first].norm;
        if (sp.first <= kSubjectWindow && (!sp.pronoun || same_word) &&
            (!subject_before || sp.first < subject_before->first))
          subject_before = &sp;
      }
      // Only across a clause break of a full sentence: in a title ("A vs B:
      // How They Work Together") the reference means both.
      // Unless the number disagrees: "X does not manage the cleaners; they
      // report to Y" speaks of the cleaners.
      const bool plural_object = subject_before && last_named && last_named != subject_before &&
                                 packs.AnyHas("plural_pronouns", s.tokens[first].norm) &&
                                 PluralMention(packs, s, *last_named) && !PluralMention(packs, s, *subject_before);
      if (subject_before && SubjectCarriesOver(text, s, *subject_before, first) && !plural_object)
        target = subject_before->role_id;
      spans.push_back({target, first, last, true});
    }
    std::sort(spans.begin(), spans.end(), [](const RoleSpan& a, const RoleSpan& b) { return a.first < b.first; });
    // The subject is a role named early in the sentence; a role met only
    // late ("... lalu menghubungi auditor eksternal") is an object and does not
    // take over the discourse.
    // In a list item the subject opens the item ("- CFO: ...", "1. Ia
    // ..."); one that starts with a verb has the section's role as its
    // subject and names others as objects ("- Assign sections to room
    // attendants").
    const bool item = IsListItem(text, s);
    const uint32_t window = item ? (!s.tokens.empty() && s.tokens[0].numeric ? 1 : 0) : kSubjectWindow;
    const RoleSpan* subject = nullptr;
    for (const auto& sp : spans)
      if (IsRole(*roles, sp.role_id)) {
        if (sp.first <= window) subject = &sp;
        break;
      }
    if (subject) {
      focus[i] = {subject->role_id, subject->pronoun ? kPronoun : kExplicit};
      previous = subject->role_id;
    } else if (unknown_subject) {
      // The item is about its label, which is no role we know.
    } else if (!previous.empty() && (!new_paragraph || (section.empty() && most_named.id == previous))) {
      focus[i] = {previous, kPrevious};
    } else if (!section.empty()) {
      focus[i] = {section, kSection};
    } else if (!topic.empty()) {
      focus[i] = {topic, kTopic};
    }
  }
  return focus;
}

}  // namespace rolegraph::ingest
