// A sentence cut into clauses for fact extraction, each governed by one role,
// and the facts read inside a clause. Private to ingest (facts.cc).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "coreference.h"
#include "fact_cues.h"
#include "sentence_facts.h"

namespace rolegraph::ingest {

struct Clause {
  std::string role;
  size_t from, to;  // token range [from, to)
  float confidence;
  // First token of the words before the subject that set its time ("Until
  // 2021 the X reported to Y"): from, except for the sentence's first subject.
  size_t lead = SIZE_MAX;
  // The role is the sentence's focus, not named in it: a relation read here
  // needs its verb to open the clause ("- Forwards the log to X"); after a
  // subject of its own ("Complaints are forwarded to X", "Three clerks
  // report to X: ...") the relation is not the focus role's.
  bool borrowed = false;
  // A past marker right before the subject ("Previously the X reported to
  // Y", "...; formerly the clerks reported to Z"): the clause's relations are past.
  bool past_subject = false;
  // The role is the object of a cue before it: a relation further on is its
  // own only when no conjunction or contrast comes first ("... with the A,
  // who then answers to B", not "... to A for budgets, and the clerks report to B").
  bool object = false;
};

// One sentence being read for facts: what every step of its reading needs.
struct FactSentence {
  const FactCues& cues;
  std::string_view text;
  const AnalyzedSentence& s;
  uint32_t si;
  const std::vector<RoleSpan>& spans;    // the roles it names (a unit subject first)
  const std::vector<RoleSpan>& targets;  // what its relations may run to (RelationTargets)
  SentenceFacts& out;
};

// Clauses: each role span governs the tokens up to the next span; with no
// span the sentence's focus role (`focus_role`, at `focus_confidence`)
// governs the whole sentence, and none when it speaks to the reader
// (`to_reader`). A relation's object followed by a contrast or an
// alternative ("... to the CEO, although some ...") leaves the clause to its
// subject. Words before the first name that hand it a duty are read into
// `fs.out` here.
std::vector<Clause> SplitClauses(const FactSentence& fs, const std::string& focus_role, float focus_confidence,
                                 bool to_reader);

// The facts clause `clause` states, into `fs.out`: its reporting lines, the
// cues read around them, else the verb right after its subject.
void ReadClause(const FactSentence& fs, const Clause& clause);

}  // namespace rolegraph::ingest
