#include "facts.h"
#include "sentence_shape.h"

#include <algorithm>
#include <array>
#include <string>

namespace rolegraph::ingest {
namespace {

struct Cue {
  std::string_view predicate;
  std::array<std::string_view, 4> words;  // folded word forms, "" = unused
  bool relation;                          // the object is another role
};

// Bilingual cues, most specific first. Word forms are listed rather than
// stemmed so a cue never depends on stemmer quirks.
constexpr Cue kCues[] = {
    {"reports_to", {"reports", "directly", "to", ""}, true},
    {"reports_to", {"bertanggung", "jawab", "langsung", "kepada"}, true},
    {"reports_to", {"melapor", "langsung", "kepada", ""}, true},
    {"reports_to", {"reports", "to", ""}, true},
    {"reports_to", {"report", "to", ""}, true},
    {"reports_to", {"accountable", "to", ""}, true},
    {"reports_to", {"account", "for", ""}, true},
    {"reports_to", {"melapor", "kepada", ""}, true},
    {"reports_to", {"melaporkan", "kepada", ""}, true},
    {"reports_to", {"bertanggung", "jawab", "kepada"}, true},
    {"held_by", {"held", "by", ""}, true},
    {"held_by", {"dipegang", "oleh", ""}, true},
    {"held_by", {"dijabat", "oleh", ""}, true},
    {"coordinates_with", {"coordinate", "with", ""}, true},
    {"coordinates_with", {"coordinates", "with", ""}, true},
    {"coordinates_with", {"berkoordinasi", "dengan", ""}, true},
    {"collaborates_with", {"collaborate", "with", ""}, true},
    {"collaborates_with", {"collaborates", "with", ""}, true},
    {"collaborates_with", {"work", "together", ""}, true},
    {"collaborates_with", {"works", "with", ""}, true},
    {"collaborates_with", {"berkolaborasi", "", ""}, true},
    {"collaborates_with", {"bersinergi", "", ""}, true},
    {"collaborates_with", {"bekerja", "sama", ""}, true},
    {"similar_to", {"similar", "to", ""}, true},
    {"similar_to", {"mirip", "dengan", ""}, true},
    {"similar_to", {"serupa", "dengan", ""}, true},
    {"responsible_for", {"responsible", "for", ""}, false},
    {"responsible_for", {"in", "charge", "of"}, false},
    {"responsible_for", {"bertanggung", "jawab", ""}, false},
    {"responsible_for", {"tanggung", "jawab", ""}, false},
    {"responsible_for", {"responsibilities", "", ""}, false},
    {"responsible_for", {"termasuk", "", ""}, false},
    {"responsible_for", {"meliputi", "", ""}, false},
    {"responsible_for", {"include", "", ""}, false},
    {"responsible_for", {"includes", "", ""}, false},
    {"responsible_for", {"responsible", "", ""}, false},
    {"focuses_on", {"focuses", "on", ""}, false},
    {"focuses_on", {"focus", "on", ""}, false},
    {"focuses_on", {"berfokus", "pada", ""}, false},
    {"focuses_on", {"fokus", "", ""}, false},
    {"supervises", {"supervises", "", ""}, false},
    {"supervises", {"supervise", "", ""}, false},
    {"supervises", {"oversees", "", ""}, false},
    {"supervises", {"oversee", "", ""}, false},
    {"supervises", {"monitors", "", ""}, false},
    {"supervises", {"mengawasi", "", ""}, false},
    {"supervises", {"memantau", "", ""}, false},
    {"supervises", {"membawahi", "", ""}, false},
    {"leads", {"leads", "", ""}, false},
    {"leads", {"lead", "", ""}, false},
    {"leads", {"heads", "", ""}, false},
    {"leads", {"memimpin", "", ""}, false},
    {"manages", {"manages", "", ""}, false},
    {"manages", {"manage", "", ""}, false},
    {"manages", {"runs", "", ""}, false},
    {"manages", {"handles", "", ""}, false},
    {"manages", {"deals", "with", ""}, false},
    {"manages", {"take", "care", "of"}, false},
    {"manages", {"mengelola", "", ""}, false},
    {"manages", {"mengurus", "", ""}, false},
    {"manages", {"menangani", "", ""}, false},
    {"manages", {"menjalankan", "", ""}, false},
    {"manages", {"berurusan", "dengan", ""}, false},
    {"manages", {"mengontrol", "", ""}, false},
    {"decides", {"making", "decisions", ""}, false},
    {"decides", {"make", "decisions", ""}, false},
    {"decides", {"makes", "decisions", ""}, false},
    {"decides", {"takes", "decisions", ""}, false},
    {"decides", {"decides", "", ""}, false},
    {"decides", {"membuat", "keputusan", ""}, false},
    {"decides", {"memutuskan", "", ""}, false},
    {"ensures", {"ensures", "", ""}, false},
    {"ensures", {"ensure", "", ""}, false},
    {"ensures", {"memastikan", "", ""}, false},
    {"creates", {"creates", "", ""}, false},
    {"creates", {"develops", "", ""}, false},
    {"creates", {"menciptakan", "", ""}, false},
    {"creates", {"membuat", "", ""}, false},
    {"creates", {"mengembangkan", "", ""}, false},
    {"requires", {"minimal", "", ""}, false},
    {"requires", {"at", "least", ""}, false},
    {"requires", {"requires", "", ""}, false},
    {"requires", {"diperlukan", "", ""}, false},
    {"is", {"is", "the", ""}, false},
    {"is", {"is", "a", ""}, false},
    {"is", {"adalah", "", ""}, false},
    {"is", {"merupakan", "", ""}, false},
};

size_t CueLength(const Cue& c) {
  size_t n = 0;
  while (n < c.words.size() && !c.words[n].empty()) ++n;
  return n;
}

bool IsAdverb(std::string_view w);

// End (exclusive) of the cue starting at i, or 0. Adverbs may sit between
// its words ("works closely with", "melapor langsung kepada").
size_t CueEnd(const std::vector<Token>& t, size_t i, const Cue& c) {
  size_t n = CueLength(c), at = i;
  for (size_t k = 0; k < n; ++k) {
    if (k > 0)
      while (at < t.size() && IsAdverb(t[at].norm) && t[at].norm != c.words[k]) ++at;
    if (at >= t.size() || t[at].norm != c.words[k]) return 0;
    ++at;
  }
  return at;
}

bool IsReportVerb(std::string_view w) {
  return w == "melaporkan" || w == "melapor" || w == "reports" || w == "report" || w == "reporting";
}

bool IsAdverb(std::string_view w) {
  static constexpr std::string_view kAdverbs[] = {"juga", "also", "biasanya", "usually", "sering", "often",
                                                  "selalu", "always", "kemudian", "then", "pun", "typically",
                                                  "closely", "directly", "langsung", "erat", "secara", "regularly"};
  return std::find(std::begin(kAdverbs), std::end(kAdverbs), w) != std::end(kAdverbs);
}

// A verb in subject position: an Indonesian active or intransitive form
// (me-, ber-) or an English present-tense verb ("writes", "leads").
bool LooksLikeVerb(const Token& t, Lang lang) {
  if (t.stop || t.numeric || t.norm.size() < 4) return false;
  std::string_view w = t.norm;
  if (lang == Lang::kId) return w.starts_with("me") || w.starts_with("ber");
  return w.size() > 4 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("ous");
}

// Start of the words that hand a duty to the role named at `name`: "are held
// by", "ditangani oleh", "adalah bagian dari tanggung jawab", "is part of the
// responsibilities of". Returns the token where the duty itself ends.
size_t FindDutyLead(const std::vector<Token>& t, size_t name) {
  static constexpr std::string_view kLead[] = {"are", "is", "held", "handled", "managed", "owned", "by", "oleh",
                                               "led", "dipimpin", "supervised", "overseen", "diawasi", "run",
                                               "dijalankan", "directed", "coordinated", "dikoordinasikan",
                                               "dipegang", "ditangani", "dikelola", "dijalankan", "adalah",
                                               "merupakan", "bagian", "dari", "part", "of", "the", "tanggung",
                                               "jawab", "responsibility", "responsibilities", "duties", "tugas"};
  size_t k = name;
  while (k > 0 && std::find(std::begin(kLead), std::end(kLead), t[k - 1].norm) != std::end(kLead)) --k;
  return k;
}

// The predicate a passive verb hands to its agent ("is led by" -> leads).
std::string_view PassivePredicate(const std::vector<Token>& t, size_t from, size_t to) {
  for (size_t k = from; k < to; ++k) {
    const std::string& w = t[k].norm;
    if (w == "led" || w == "dipimpin" || w == "directed") return "leads";
    if (w == "managed" || w == "dikelola" || w == "run" || w == "dijalankan" || w == "handled" || w == "ditangani")
      return "manages";
    if (w == "supervised" || w == "overseen" || w == "diawasi") return "supervises";
  }
  return "responsible_for";
}

bool IsRoleSpan(const RecognizedRoles& roles, const RoleSpan& s) {
  const RoleEntity* e = roles.Find(s.role_id);
  return e && e->kind == "role";
}

// "... responsibilities of the CPO are as follows." / "... meliputi:" opens a list.
bool OpensList(std::string_view text, const AnalyzedSentence& s) {
  std::string_view body = text.substr(s.begin, s.end - s.begin);
  bool colon = !body.empty() && body.back() == ':';
  bool follows = body.find("as follows") != std::string_view::npos ||
                 body.find("berikut") != std::string_view::npos;
  bool duty = std::any_of(s.tokens.begin(), s.tokens.end(), [](const Token& t) {
    return t.norm == "responsibilities" || t.norm == "duties" || t.norm == "tasks" || t.norm == "tugas" ||
           t.norm == "jawab";
  });
  return duty && (colon || follows);
}

bool IsDangling(std::string_view w) {
  static constexpr std::string_view kWords[] = {"the", "a", "an", "of", "to", "for", "with", "and", "or", "dan",
                                                "atau", "yang", "di", "ke", "dari", "untuk", "dengan", "pada"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

index::FactRecord MakeFact(std::string_view text, const AnalyzedSentence& s, uint32_t index, std::string role,
                           std::string_view predicate, size_t obj_first, size_t obj_last, float confidence) {
  index::FactRecord f;
  f.role_id = std::move(role);
  f.predicate = std::string(predicate);
  f.sentence = index;
  f.begin = s.begin;
  f.end = s.end;
  while (obj_last > obj_first && IsDangling(s.tokens[obj_last].norm)) --obj_last;  // no trailing "the", "dengan"
  f.object_begin = s.tokens[obj_first].begin;
  f.object_end = s.tokens[obj_last].end;
  f.object = std::string(text.substr(f.object_begin, f.object_end - f.object_begin));
  f.confidence = confidence;
  return f;
}

}  // namespace

std::vector<index::FactRecord> ExtractFacts(std::string_view text, const std::vector<AnalyzedSentence>& sentences,
                                            const RecognizedRoles& roles, const std::vector<SentenceFocus>& focus,
                                            const std::vector<bool>& boilerplate) {
  std::vector<index::FactRecord> facts;
  std::string list_role;
  for (uint32_t si = 0; si < sentences.size(); ++si) {
    const AnalyzedSentence& s = sentences[si];
    if (boilerplate[si] || s.tokens.empty()) continue;
    if (!list_role.empty() && IsListItem(text, s)) {
      // "  1. Manage product team" under a list of responsibilities.
      size_t first = 0;
      while (first < s.tokens.size() && s.tokens[first].numeric) ++first;
      if (first < s.tokens.size())
        facts.push_back(MakeFact(text, s, si, list_role, "responsible_for", first, s.tokens.size() - 1, 0.8f));
      continue;
    }
    list_role = OpensList(text, s) ? focus[si].role_id : std::string();
    if (s.heading) continue;

    std::vector<RoleSpan> spans;
    for (const auto& sp : roles.spans[si])
      if (IsRoleSpan(roles, sp)) spans.push_back(sp);
    // Clauses: each role span governs the tokens up to the next span; with
    // no span the sentence's focus role governs the whole sentence.
    struct Clause {
      std::string role;
      size_t from, to;  // token range [from, to)
      float confidence;
    };
    std::vector<Clause> clauses;
    if (spans.empty()) {
      if (!focus[si].role_id.empty()) clauses.push_back({focus[si].role_id, 0, s.tokens.size(), focus[si].confidence * 0.8f});
    } else {
      // Words before the first name belong to it when it is the agent or
      // the owner of the duty ("... are held by the CFO", "X adalah bagian
      // dari tanggung jawab posisi ini"), else to the role in focus.
      if (spans[0].first > 0) {
        std::string owner = !focus[si].role_id.empty() ? focus[si].role_id : spans[0].role_id;
        size_t before = spans[0].first;
        while (before > 0 && s.tokens[before - 1].stop) --before;
        bool owned = before > 0 && (s.tokens[before - 1].norm == "jawab" || s.tokens[before - 1].norm == "responsibility" ||
                                    s.tokens[before - 1].norm == "responsibilities" || s.tokens[before - 1].norm == "duties" ||
                                    s.tokens[before - 1].norm == "tugas");
        bool agent = spans[0].first > 0 && (s.tokens[spans[0].first - 1].norm == "by" ||
                                            s.tokens[spans[0].first - 1].norm == "oleh" ||
                                            (spans[0].first > 1 && (s.tokens[spans[0].first - 2].norm == "by" ||
                                                                    s.tokens[spans[0].first - 2].norm == "oleh")));
        if (owned || agent) {
          size_t cue = FindDutyLead(s.tokens, spans[0].first);
          if (cue > 0) {
            facts.push_back(MakeFact(text, s, si, spans[0].role_id, PassivePredicate(s.tokens, cue, spans[0].first),
                                     0, cue - 1, spans[0].pronoun ? 0.75f : 0.85f));
          }
        } else {
          clauses.push_back({owner, 0, spans[0].first, focus[si].confidence * 0.8f});
        }
      }
      for (size_t k = 0; k < spans.size(); ++k) {
        size_t to = k + 1 < spans.size() ? spans[k + 1].first : s.tokens.size();
        clauses.push_back({spans[k].role_id, spans[k].last + 1, to, spans[k].pronoun ? 0.8f : 0.9f});
      }
    }
    for (const auto& clause : clauses) {
      bool found = false;
      // "melaporkan selisih stok kepada supply chain manager", "reports
      // weekly figures to the CFO": a reporting verb, then "kepada"/"to" and
      // a role within a few words.
      for (size_t i = clause.from; i < clause.to && !found; ++i) {
        if (!IsReportVerb(s.tokens[i].norm)) continue;
        for (size_t j = i + 1; j < s.tokens.size() && j <= i + 8 && !found; ++j) {
          if (s.tokens[j].norm != "kepada" && s.tokens[j].norm != "to") continue;
          for (const auto& sp : spans) {
            if (sp.first <= j || sp.first > j + 2 || sp.role_id == clause.role) continue;
            index::FactRecord f = MakeFact(text, s, si, clause.role, "reports_to", j + 1, sp.last, clause.confidence);
            f.object_role_id = sp.role_id;
            facts.push_back(std::move(f));
            found = true;
            break;
          }
        }
      }
      for (size_t i = clause.from; i < clause.to && !found; ++i) {
        const Cue* cue = nullptr;
        size_t end = 0;
        for (const auto& c : kCues)
          if ((end = CueEnd(s.tokens, i, c)) != 0) {
            cue = &c;
            break;
          }
        if (!cue) continue;
        size_t obj_first = end;
        size_t obj_last = clause.to - 1;
        if (cue->relation) {
          // The relation's object: up to the role it names, else to the
          // next comma ("who reports to the board, is responsible ...").
          obj_last = s.tokens.size() - 1;
          for (size_t k = obj_first; k + 1 < s.tokens.size(); ++k)
            if (text.substr(s.tokens[k].end, s.tokens[k + 1].begin - s.tokens[k].end).find(',') != std::string_view::npos) {
              obj_last = k;
              break;
            }
          for (size_t k = 0; k < spans.size(); ++k) {
            if (spans[k].first < obj_first || spans[k].role_id == clause.role) continue;
            obj_last = std::max<size_t>(spans[k].last, obj_first);
            // "the chief marketing officer (CMO)": the name and its acronym.
            while (k + 1 < spans.size() && spans[k + 1].role_id == spans[k].role_id &&
                   spans[k + 1].first <= obj_last + 1)
              obj_last = spans[++k].last;
            break;
          }
        }
        if (obj_first > obj_last || obj_first >= s.tokens.size()) break;
        index::FactRecord f =
            MakeFact(text, s, si, clause.role, cue->predicate, obj_first, obj_last, clause.confidence);
        if (cue->relation) {
          for (const auto& sp : spans)
            if (sp.first >= obj_first && sp.last <= obj_last && sp.role_id != clause.role) {
              f.object_role_id = sp.role_id;
              break;
            }
          i = obj_last;  // a relation may be a side remark: keep reading the clause
        } else {
          found = true;  // the first duty cue is the clause's main predicate
        }
        facts.push_back(std::move(f));
      }
      // No cue: "Posisi ini menyusun kalender ...", "The CISO writes the
      // policy": the verb right after the subject is what the role does.
      if (!found && clause.from < clause.to) {
        size_t v = clause.from;
        while (v < clause.to && IsAdverb(s.tokens[v].norm)) ++v;
        if (v + 1 < clause.to && LooksLikeVerb(s.tokens[v], s.lang))
          facts.push_back(MakeFact(text, s, si, clause.role, "performs", v, clause.to - 1, clause.confidence * 0.9f));
      }
    }
  }
  return facts;
}

}  // namespace rolegraph::ingest
