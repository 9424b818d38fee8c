// Question analysis: language, question type, the roles a question names and
// its content concepts, each expanded into weighted index terms (exact stem,
// loanword, lexicon translations and synonyms, cognates).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/index/database.h"
#include "rolegraph/ingest/analyzer.h"
#include "rolegraph/query/lexicon.h"
#include "concept_terms.h"
#include "question_cache.h"

namespace rolegraph::query {

// The predicate of a question asking who stands in for a role (docs/predicates.md).
inline constexpr std::string_view kDeputyPredicate = "deputises_for";
// The predicate of a reporting line.
inline constexpr std::string_view kReportsPredicate = "reports_to";

enum class QuestionType { kWho, kWhat, kCompare, kRelation, kFact };
const char* QuestionTypeName(QuestionType t);

// One content idea of the question ("vendors", "in charge of").
struct Concept {
  std::string word;                          // as typed, folded
  ConceptTerms terms;  // concept_terms.h
  double idf = 0;                            // importance, set by the engine
  double share = 1.0;                        // 1/n for each word of an n-word phrase
  // A proper name inside the question ("at the *Sumber Jaya* bottling plant"):
  // it sets the scene; the answer's clause need not hold it.
  bool setting = false;
  // A word of a role the (who-)question names as context ("overtime for
  // the *night porters*"): it never shows that role does the asked work.
  bool role_word = false;
  // A word of the condition the question opens with ("while the librarian
  // is *on holiday*, who ..."): it says when, and the evidence words it its own way,
  // so one the corpus never names weighs nothing (ask_retrieval.cc, WeighConcepts).
  bool condition = false;
  // A word of the absence a deputy question is asked under ("who signs the
  // forms *while the registrar is on holiday*?"): it says whose stand-in is
  // asked; the stand-in's evidence need not repeat it (coverage.cc).
  bool absence = false;
  // No relation cue, condition, setting or role name: a word of the work
  // the question asks about ("who *signs* the *loan forms* while X is
  // away?"); "who stands in for X?" names none.
  bool work = false;
  // The question's action: its first content word after the who-word
  // ("who *repaints* the trucks", "siapa yang *mencatat* ..."). Evidence
  // that holds only the question's objects and setting does not say who
  // does it.
  bool action = false;
};

struct ParsedQuestion {
  Lang lang = Lang::kEn;
  QuestionType type = QuestionType::kWho;
  std::vector<std::string> roles;  // ids of roles the question names, in order
  // The question asks about a role (by its type) that the corpus never names:
  // nothing in it can answer ("How much does the chief audit officer earn?").
  bool about_unknown_role = false;
  // A relation question's predicate ("reports_to", "collaborates_with",
  // "held_by" ...) and its direction: inverse asks who stands in the
  // relation to the named role ("Who reports to the CFO?").
  std::string relation;
  bool inverse = false;
  std::vector<Concept> concepts;
  // The question offers alternatives ("... staf gudang atau Store
  // Manager?"): a role it names may be the answer.
  bool offers_choice = false;
  // The roles it offers ("the Head Chef or the Sous Chef"): the
  // answer is one of them.
  std::vector<std::string> choices;
  // Roles the question sets aside ("Apart from the treasurer, who ...?"):
  // never an answer.
  std::vector<std::string> excluded;
  // "To whom are defects reported?", "Kepada siapa keluhan diteruskan?": the
  // answer is the role the evidence sends something to, not its doer.
  bool asks_recipient = false;
  // "Who receives the cash count from the clerk?", "Siapa yang menerima ...?":
  // evidence without the receiving verb hands the thing on, and the role it
  // goes to answers; evidence with the verb answers with its subject.
  bool asks_receiver = false;
  // "Who is accountable for ...?", "Siapa yang dikonsultasikan ...?": the
  // responsibility-matrix predicate asked for (accountable_for, consulted_on,
  // informed_of); a matrix row answers with the role holding that cell, not
  // its doer. Empty for relation questions and when no word asks for one.
  std::string grade;
  // "Which department handles ...?", "Ke bagian mana ...?": the answer is an
  // organisation unit; units answer first, wherever a sentence names them.
  bool asks_unit = false;
  // "Who previously ...?", "Siapa yang dulu ...?" (question_past_cues.txt):
  // it asks how things were, so a duty handed on since is its old holder's
  // (new_holder.h).
  bool asks_past = false;
};

// `roles` is the corpus' roles (names and aliases are matched); `cache` holds
// the cue lists and title words of `analyzer`'s packs.
ParsedQuestion ParseQuestion(const std::string& question, Lang lang, const ingest::Analyzer& analyzer,
                             const Lexicon& lexicon, index::Reader& reader, const RoleIndex& roles,
                             const QuestionCache& cache);

}  // namespace rolegraph::query
