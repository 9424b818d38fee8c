// The title scanner's driver: from a head noun in a sentence, the whole title
// around it, its canonical English name, its id and the document's own
// wording as an alias. Part of the Recognizer (role_recognizer.h); roles.cc
// drives it; the parts of one scan are in title_scan.h.
#include <algorithm>
#include <cctype>
#include <optional>

#include "agent_nouns.h"
#include "fact_cues.h"
#include "rolegraph/index/records.h"
#include "role_recognizer.h"
#include "role_text.h"
#include "role_vocabulary.h"
#include "title_rules.h"
#include "title_scan.h"

namespace rolegraph::ingest::internal {

// Concept of a modifier token, including non-role acronyms defined in the
// text ("TI" = "teknologi informasi") and multi-word concepts.
std::string Recognizer::ModifierOf(const Token& t) const {
  std::string_view c = ModifierConcept(packs_, t.norm);
  if (!c.empty()) return std::string(c);
  std::string acronym = AcronymOf(Original(text_, t));
  if (!acronym.empty() && !IsRoleAcronym(acronym)) return Lower(acronym);
  // "Petugas K3", "P3K Officer": a code of capitals and digits names a field
  // the way an acronym does.
  if (IsCodeWord(Original(text_, t))) return Lower(Original(text_, t));
  return {};
}

const LoanHeads& Recognizer::LoanHeadsFor(const LanguagePack& borrower) {
  auto it = loan_heads_.find(borrower.code());
  if (it == loan_heads_.end()) {
    // Built once per pack set, not per document or question.
    auto heads = packs_.Derived<LoanHeads>("loan_heads:" + borrower.code(), [&] {
      return std::make_shared<const LoanHeads>(packs_, borrower);
    });
    it = loan_heads_.emplace(borrower.code(), std::move(heads)).first;
  }
  return *it->second;
}

void Recognizer::TryTitle(uint32_t si, size_t i, std::vector<bool>& used) {
  const auto& toks = sentences_[si].tokens;
  // Whether the capitalised run from `from` names a person's post: a head
  // that is no unit ("Director", "Head", "Curator"); a unit head ends an
  // organisation's name ("Bureau").
  auto RunHoldsRoleHead = [&](size_t from) {
    for (size_t k = from; k < toks.size() && toks[k].capital && (k == from || Adjacent(text_, toks[k - 1], toks[k], false));
         ++k) {
      const std::string_view w = toks[k].norm;
      if (const auto h = FindHeadNoun(packs_, w); h && !h->org_unit) return true;
      if (FindHeadOfNoun(packs_, w) || FindContextHead(packs_, w)) return true;
      if (const auto h = FindCasedHead(packs_, w); h && !h->org_unit) return true;
    }
    return false;
  };
  std::optional<HeadNoun> head = FindHeadNoun(packs_, toks[i].norm);
  bool head_of = false;
  if (!head && i + 2 < toks.size() && packs_.AnyHas("of_words", toks[i + 1].norm)) {
    head = FindHeadOfNoun(packs_, toks[i].norm);
    head_of = head.has_value();
  }
  // A head derived from a lexical resource names a role only where the
  // text writes it as a title or a trade's people. The word's lookup comes
  // first: most words are in no such table, and the context rules are scans
  // of the words around run for every word of every sentence and question
  // (issue 18). The rules read nothing but their arguments, so the heads
  // found are those of asking them first.
  if (!head)
    if (std::optional<HeadNoun> derived = FindContextHead(packs_, toks[i].norm);
        derived && (InTitleContext(packs_, text_, sentences_[si], i) || NamesPeopleOfTrade(packs_, text_, toks, i)))
      head = std::move(derived);
  // "bekerja sebagai penyunting", "diperiksa Penaksir Pendamping": an agent
  // noun the language forms from a verb, written as a title.
  if (!head) {
    const LanguagePack* pack = packs_.Find(index::LangCode(sentences_[si].lang));
    if (pack && pack->head_first() && InHeadFirstTitleContext(packs_, text_, sentences_[si], i)) {
      head = FindAgentNoun(*pack, toks[i]);
      // "diajar oleh Instruktur Senior": a loanword of another pack's head.
      if (!head) head = LoanHeadsFor(*pack).Find(*pack, toks[i]);
    } else if (pack && pack->head_first() && InAgentSubjectContext(packs_, text_, sentences_[si], i)) {
      head = FindAgentNoun(*pack, toks[i]);
      // "Asesor mengamati ...": a loanword of another pack's head, likewise.
      if (!head) head = LoanHeadsFor(*pack).Find(*pack, toks[i]);
    }
  }
  // "the Depot Head", "Export Documentation Staff": a generic word closing a
  // Title Case run (not "Head of ...", whose field follows, nor "Liaison
  // Officer", where the run goes on to a real head).
  bool cased_head = false;
  if (!head && !head_of && i > 0 && toks[i].capital && !toks[i].upper && toks[i - 1].capital && !toks[i - 1].stop &&
      Adjacent(text_, toks[i - 1], toks[i], false) &&
      (i + 1 == toks.size() || !Adjacent(text_, toks[i], toks[i + 1], false) ||
       (!toks[i + 1].capital && !toks[i + 1].upper && !packs_.AnyHas("of_words", toks[i + 1].norm)))) {
    head = FindCasedHead(packs_, toks[i].norm);
    cased_head = head.has_value();
  }
  // "the Chief Jointer": an agent noun our vocabulary lacks, after a rank.
  if (!head && !head_of && sentences_[si].lang != Lang::kId && RankedAgentNoun(packs_, text_, toks, i)) {
    HeadNoun agent;
    agent.english = toks[i].norm;
    agent.standalone = true;
    agent.untranslated = true;
    agent.prefix_modifiers = true;
    head = agent;
  }
  // "the Payroll Admin files ...", "ke Finance Admin": a head-first
  // language's head closing a Title Case run after a modifier of an
  // English-order pack (and of no head-first one) is the English-order head
  // of that run (cased_heads.tsv), not the first word of a head-first title
  // taking the verb as its field.
  auto english_order_modifier = [&](const Token& t) {
    bool prefix = false;
    for (const LanguagePack& pack : packs_.all()) {
      if (!pack.Table("role_modifiers").Find(t.norm)) continue;
      if (pack.head_first()) return false;
      prefix = true;
    }
    return prefix;
  };
  if (head && !head->prefix_modifiers && !head_of && i > 0 && toks[i].capital && !toks[i].upper &&
      toks[i - 1].capital && !toks[i - 1].stop && Adjacent(text_, toks[i - 1], toks[i], false) &&
      english_order_modifier(toks[i - 1]) &&
      (i + 1 == toks.size() || !toks[i + 1].capital || !Adjacent(text_, toks[i], toks[i + 1], false))) {
    if (auto english = FindCasedHead(packs_, toks[i].norm)) {
      head = english;
      cased_head = true;
    }
  }
  if (!head) return;
  if (head->cased && !toks[i].capital && !toks[i].upper) return;
  if (head->lower_only && (toks[i].capital || toks[i].upper)) return;
  // "Farmer Relations Officer", "Driver Trainer": an English-order role head
  // that opens a Title Case run reaching another such head is the first word
  // of that title, not a role of its own; the later head takes the run.
  if (!head_of && head->prefix_modifiers && !head->org_unit && sentences_[si].lang != Lang::kId &&
      RunReachesHead(packs_, text_, toks, i))
    return;
  // "the associate curators": likewise in lower case after a determiner.
  if (!head_of && !cased_head && sentences_[si].lang != Lang::kId && OpensRoleCompound(packs_, text_, toks, i)) return;
  // "the Director of the Marine Institute", "Head of the Ports
  // Authority": a role head, "of the" and a Title Case name is one title,
  // named in the document's words (the name is an organisation, not a field
  // our concepts could translate).
  if (!head->org_unit && i + 3 < toks.size() && packs_.AnyHas("of_words", toks[i + 1].norm) &&
      packs_.AnyHas("definite_articles", toks[i + 2].norm) && Adjacent(text_, toks[i], toks[i + 1], false) &&
      Adjacent(text_, toks[i + 1], toks[i + 2], false) && Adjacent(text_, toks[i + 2], toks[i + 3], false) &&
      toks[i + 3].capital && !used[i + 3] && IsTitleRunWord(packs_, toks[i + 3])) {
    constexpr size_t kMaxOrganisationWords = 7;
    size_t end = i + 3;
    auto name_word = [&](size_t k) {
      return k < toks.size() && !used[k] && Adjacent(text_, toks[k - 1], toks[k], false) && toks[k].capital &&
             IsTitleRunWord(packs_, toks[k]);
    };
    while (end + 1 < toks.size() && end + 1 - (i + 3) < kMaxOrganisationWords) {
      if (name_word(end + 1)) {
        ++end;
      } else if (packs_.AnyHas("and_words", toks[end + 1].norm) && !used[end + 1] &&
                 Adjacent(text_, toks[end], toks[end + 1], false) && name_word(end + 2) &&
                 !RunHoldsRoleHead(end + 2)) {
        // "Head of the Planning and Budget Bureau": a conjunction between
        // capitalised words stays inside the name, unless the words after
        // it hold a role's head ("... and Head Curator Budi" is a second
        // title).
        end += 2;
      } else {
        break;
      }
    }
    std::vector<std::string> words, organisation;
    for (size_t k = i; k <= end; ++k) words.push_back(toks[k].norm);
    for (size_t k = i + 3; k <= end; ++k) organisation.push_back(toks[k].norm);
    std::string id;
    for (const auto& w : words) id += (id.empty() ? "" : "-") + w;
    // The document's own wording, first letter capitalised.
    std::string name(text_.substr(toks[i].begin, toks[end].end - toks[i].begin));
    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    Entity& e = EntityFor(id, name, "role", si);
    std::sort(organisation.begin(), organisation.end());
    signatures_[id] = {std::string(head->english), organisation};
    AddAlias(e, Lower(name));
    AddMention(si, e, static_cast<uint32_t>(i), static_cast<uint32_t>(end));
    for (size_t k = i; k <= end; ++k) used[k] = true;
    return;
  }
  // "Front Office Manager": a unit right before a title qualifies it.
  if (head->org_unit && i + 1 < toks.size() && Adjacent(text_, toks[i], toks[i + 1], false)) {
    const auto next = FindHeadNoun(packs_, toks[i + 1].norm);
    if (next && !next->org_unit && next->prefix_modifiers) return;
    // In Title Case so does a generic head closing the run ("the Deputy
    // Branch Head", cased_heads.tsv; a rank before the unit included) or, in
    // English text, a head only persons bear ("the Rescue Team Commander": a
    // WordNet-derived one, person_only).
    if (toks[i].capital && !toks[i].upper && toks[i + 1].capital && !toks[i + 1].upper) {
      if (const auto cased = FindCasedHead(packs_, toks[i + 1].norm); cased && !cased->org_unit) return;
      if (sentences_[si].lang != Lang::kId)
        if (const auto person = FindContextHead(packs_, toks[i + 1].norm); person && person->person_only) return;
    }
  }
  // A board, council or committee: its members' role noun or its "of X"
  // names the body ("Dewan Pengawas", "Board of Trustees").
  const bool governing_body = head->org_unit && packs_.AnyHas("governing_bodies", toks[i].norm);
  // "director of engineering", "vice president of sales": an English head
  // followed by "of" and its field reads like "head of X".
  // So does a unit written as a name: "the Department of Agriculture",
  // "the Ministry of Trade" (in lower case "the department of the store"
  // says where, not which).
  size_t of_at = i + 1;
  const bool named_unit = head->org_unit && toks[i].capital && of_at + 1 < toks.size() && toks[of_at + 1].capital;
  if (!head_of && head->prefix_modifiers && (!head->org_unit || governing_body || named_unit) &&
      of_at + 1 < toks.size() &&
      packs_.AnyHas("of_words", toks[of_at].norm) && Adjacent(text_, toks[i], toks[of_at], false)) {
    size_t field = of_at + 1;
    if (field + 1 < toks.size() && packs_.AnyHas("definite_articles", toks[field].norm)) ++field;
    const bool verb_forms = sentences_[si].lang == Lang::kId && !toks[field].capital;
    if (!ModifierOf(toks[field]).empty() ||
        (IsFreeModifier(packs_, toks[field], verb_forms) && !LooksAdjectival(packs_, toks[field].norm)))
      head_of = field == of_at + 1;  // "of the X" names an organisation, not a field
  }
  TitleScan(*this, si, i, used, *head, head_of, cased_head, governing_body).Run();
}

Recognizer::TitleScan::TitleScan(Recognizer& recognizer, uint32_t sentence, size_t head_at, std::vector<bool>& used_tokens,
                                 const HeadNoun& head_noun, bool head_of_field, bool cased, bool body)
    : r(recognizer),
      packs_(recognizer.packs_),
      text_(recognizer.text_),
      toks(recognizer.sentences_[sentence].tokens),
      used(used_tokens),
      si(sentence),
      i(head_at),
      head(&head_noun),
      head_of(head_of_field),
      cased_head(cased),
      governing_body(body),
      caps_line(toks[i].upper),
      head_first_order(!head_noun.prefix_modifiers),
      indonesian(recognizer.sentences_[sentence].lang == Lang::kId),
      first(head_at),
      last(head_at) {}

bool Recognizer::TitleScan::OwnsBusiness() const {
  bool field = false;
  for (size_t k = first; k <= last; ++k) {
    if (k == i || toks[k].stop || !IsWord(toks[k])) continue;
    field = true;
    if (toks[k].upper || packs_.AnyHas("owned_businesses", toks[k].norm)) return true;
    const std::string_view singular = PluralHeadSingular(packs_, toks[k].norm);
    if (!singular.empty() && packs_.AnyHas("owned_businesses", singular)) return true;
    if (auto unit = FindHeadNoun(packs_, toks[k].norm); unit && unit->org_unit) return true;
  }
  return !field;
}

void Recognizer::TitleScan::Run() {
  // "seksi-seksi di kantor camat": a reduplicated head is a plural, the
  // sections in general, not one role.
  if (Reduplicated(text_, toks, i)) return;
  if (head->prefix_modifiers && !head_of) {
    if (!ScanModifiers()) return;
  } else {
    ScanHeadFirst();
    if (person) return;
    // "anggota baru", "Rapat Anggota Tahunan": a member is a post only of
    // the body named right after it ("Anggota Divisi Hukum", "anggota tim").
    if (head->members && !unit_field) return;
  }
  // "in the yard office", "outside office hours": a unit head that also
  // names a room or building, in lower case after a place preposition, is
  // the place; capitalised ("the Yard Office") it stays a unit.
  // An office named by its function ("in the finance office") is a unit
  // wherever it stands.
  if (head->place && !toks[i].capital && !toks[i].upper && (free_modifier || concepts.empty()) && !owned) {
    size_t b = first;
    while (b > 0 && OpensNounPhrase(packs_, toks[b - 1].norm)) --b;
    if (b > 0 && packs_.AnyHas("place_prepositions", toks[b - 1].norm)) return;
  }
  if (cased_head && concepts.empty()) return;
  // "kantor pusat", "kantor cabang": an everyday unit word is the
  // organisation's unit only with a field our vocabulary names; with a
  // word outside it, a code or a place ("kantor notaris", "Kantor BPBD",
  // "kantor buka") it is someone else's office or no unit at all.
  if (head->known_field && (free_modifier || !acronym_concepts.empty())) return;
  // "pemilik usaha", "the Plantation Owner": an owner of the business is
  // its post; "pemilik rumah", "the document owner" own a thing and are
  // outsiders or a line of a form.
  if (head->owns && !OwnsBusiness()) return;
  // "two technical divisions", "the work units rotate": a unit head in the
  // plural, in lower case, names a kind of unit, never one unit of the
  // organisation, which is written as a name ("the Operations Divisions") or
  // in the singular. A group of workers is the exception: "the patching
  // crews" are the crews that patch, one unit of work; "the senior crews",
  // qualified by rank alone, are not.
  if (head->org_unit && !toks[i].capital && !toks[i].upper) {
    const std::string_view singular = PluralHeadSingular(packs_, toks[i].norm);
    if (!singular.empty() &&
        (!packs_.AnyHas("group_nouns", singular) ||
         std::all_of(concepts.begin(), concepts.end(), [&](const std::string& c) { return IsSeniority(packs_, c); })))
      return;
  }
  FoldConcepts(packs_, &concepts);
  // "the night crews", "shift teams": a unit qualified only by a shift or a
  // time of day is a shift of people, not a unit of the organisation.
  if (head->org_unit && !concepts.empty() &&
      std::all_of(concepts.begin(), concepts.end(), [&](const std::string& c) { return packs_.AnyHas("alias_qualifiers", c); }))
    return;
  if (concepts.empty() && !head->standalone) {
    // A bare "manager" is no particular role, unless it opens the sentence
    // or a clause or is definite ("Controller menyusun ...", "..., sedangkan
    // controller ...", "the controller") and the document has one title
    // with that head: then it is that title, shortened.
    bool clause_start = i > 0 && text_.substr(toks[i - 1].end, toks[i].begin - toks[i - 1].end).find(',') !=
                                     std::string_view::npos;
    bool opens = i == 0 || clause_start || packs_.AnyHas("clause_openers", toks[i - 1].norm);
    // "... reports to the Treasurer", "diserahkan kepada Bendahara": the
    // document writes the bare head as a title, so it names one role.
    // A capitalised word right after it means a longer title we did not
    // read ("Koordinator Gudang Barat"): not this bare head.
    const bool longer = i + 1 < toks.size() && Adjacent(text_, toks[i], toks[i + 1], false) &&
                        (toks[i + 1].capital || toks[i + 1].upper);
    // "dipegang oleh Trainer", "handed to the Foreman": any head
    // capitalised right after the word naming who does or receives the work
    // (a definite article between) is written as a title there; "by an
    // Officer" is anyone holding such a post.
    size_t marker = i;
    if (marker > 0 && packs_.AnyHas("definite_articles", toks[marker - 1].norm)) --marker;
    const bool after_marker = marker > 0 && (packs_.AnyHas("agent_markers", toks[marker - 1].norm) ||
                                             packs_.AnyHas("transfer_targets", toks[marker - 1].norm));
    bool titled = (head->titled || after_marker) && i > 0 && toks[i].capital && !toks[i].upper && !longer &&
                  !r.sentences_[si].heading;
    // "Bendahara menyetorkan ...", "Treasurer signs ...": a capitalised
    // title word opening a sentence, right before a verb of the sentence's
    // language, is the subject doing it: written as a title.
    const LanguagePack* pack = packs_.Find(index::LangCode(r.sentences_[si].lang));
    titled = titled || (head->titled && i == 0 && toks[i].capital && !toks[i].upper && !longer &&
                        !r.sentences_[si].heading && pack && i + 1 < toks.size() &&
                        HasFiniteVerbShape(*pack, toks[i + 1]));
    // "Four instructors teach ...", "the eleven packers start ...": a count
    // between the clause's opening and the plural still leaves it the subject.
    const bool counted = i > 0 && (toks[i - 1].numeric || packs_.AnyHas("number_words", toks[i - 1].norm)) &&
                         Adjacent(text_, toks[i - 1], toks[i], false) &&
                         (i == 1 || packs_.AnyHas("clause_openers", toks[i - 2].norm) ||
                          text_.substr(toks[i - 2].end, toks[i - 1].begin - toks[i - 2].end).find(',') !=
                              std::string_view::npos);
    const bool plural_subject = ((opens || counted) && PluralSubject()) || NamesPeopleOfTrade(packs_, text_, toks, i);
    const bool subject = SingularSubject(opens);
    if ((opens || titled || plural_subject || subject) && !head->org_unit)
      r.bare_heads_.push_back(
          {si, static_cast<uint32_t>(i), std::string(head->english), opens, titled, plural_subject, subject});
    // "does not report to the plant manager but to the Board": a titled
    // unit head written as a title right after "the" or a possessive names
    // the organisation's one body ("the Owners' Committee" is a longer name).
    else if (titled && head->org_unit && head->titled &&
             (packs_.AnyHas("definite_articles", toks[i - 1].norm) || packs_.AnyHas("possessives", toks[i - 1].norm)) &&
             Adjacent(text_, toks[i - 1], toks[i], false))
      r.bare_heads_.push_back({si, static_cast<uint32_t>(i), std::string(head->english), false, true, false, false, true});
    return;
  }
  Record();
}

// "The technicians service the kiln", "Instructors check ...": a head in
// the plural opening an English clause, right before a lower-case word that
// can be its verb (no function word, no head, no modifier, no plural), is
// the subject: the document's people of that trade, a role of their own.
bool Recognizer::TitleScan::PluralSubject() const {
  if (indonesian || toks[i].upper || r.sentences_[si].heading || PluralHeadSingular(packs_, toks[i].norm).empty())
    return false;
  // Capitalised inside a sentence it is part of a name ("the Masters squad").
  if (toks[i].capital && i != 0) return false;
  if (i + 1 >= toks.size() || !Adjacent(text_, toks[i], toks[i + 1], false)) return false;
  const Token& next = toks[i + 1];
  if (next.capital || next.upper || next.numeric || !IsWord(next)) return false;
  if (packs_.AnyHas("auxiliaries", next.norm) || packs_.AnyHas("modals", next.norm)) return true;
  return !next.stop && !packs_.AnyHas("stop_words", next.norm) && Singular(packs_, next.norm).empty() &&
         !FindHeadNoun(packs_, next.norm) && ModifierConcept(packs_, next.norm).empty();
}

// "The consultant visits ...", "A technician is ...", "Peneliti menyusun
// ...": one holder of a trade opening a clause, right before a verb of the
// sentence's language, is the subject doing the work, so the document
// writes it as a post. Only the verb tells it apart from a word of a longer
// phrase ("the technician rota"), so nothing may stand between them.
bool Recognizer::TitleScan::SingularSubject(bool opens) const {
  if (toks[i].upper || r.sentences_[si].heading || !PluralHeadSingular(packs_, toks[i].norm).empty()) return false;
  // "A technician ...", ", each supervisor ...": an article or a determiner
  // opening the clause counts as its opening.
  const bool determined = i > 0 && OpensNounPhrase(packs_, toks[i - 1].norm) &&
                          Adjacent(text_, toks[i - 1], toks[i], false) &&
                          (i == 1 || packs_.AnyHas("clause_openers", toks[i - 2].norm) ||
                           text_.substr(toks[i - 2].end, toks[i - 1].begin - toks[i - 2].end).find(',') !=
                               std::string_view::npos);
  if (!(opens || determined) || i + 1 >= toks.size() || !Adjacent(text_, toks[i], toks[i + 1], false)) return false;
  const Token& next = toks[i + 1];
  if (next.capital || next.upper || !IsWord(next)) return false;
  const LanguagePack* pack = packs_.Find(index::LangCode(r.sentences_[si].lang));
  if (pack == nullptr) return false;
  if (HasFiniteVerbShape(*pack, next)) return true;
  // "The analyst may refuse ...": a modal, like a finite verb, follows
  // the clause's subject.
  if (pack->Has("modals", next.norm)) return true;
  // "The analyst is away" names the post; "A manager is someone who ..."
  // defines the word: a copula after an indefinite article names no one.
  const bool indefinite =
      i > 0 && packs_.AnyHas("articles", toks[i - 1].norm) && !packs_.AnyHas("definite_articles", toks[i - 1].norm);
  return !indefinite && (pack->Has("copulas", next.norm) || pack->Has("auxiliaries", next.norm));
}

bool Recognizer::TitleScan::OpensTitle(const std::vector<Token>& ts, size_t at) const {
  if (FindHeadNoun(packs_, ts[at].norm)) return true;
  // "... and Head of Legal": a head that takes its field after "of".
  if (at + 1 < ts.size() && packs_.AnyHas("of_words", ts[at + 1].norm) && FindHeadOfNoun(packs_, ts[at].norm)) return true;
  const std::string_view rank = ModifierConcept(packs_, ts[at].norm);
  if (!rank.empty() && (IsSeniority(packs_, rank) || IsDeputyRank(packs_, rank))) return true;
  return at + 1 < ts.size() && FindHeadNoun(packs_, ts[at + 1].norm).has_value() && at + 1 != i;
}

std::string Recognizer::TitleScan::Concept(const Token& t) {
  std::string c = caps_line ? std::string(ModifierConcept(packs_, t.norm)) : r.ModifierOf(t);
  if (!c.empty() && ModifierConcept(packs_, t.norm).empty()) acronym_concepts.insert(c);
  return c;
}

bool Recognizer::TitleScan::AmpersandGap(size_t a) const {
  return a + 1 < toks.size() && text_.substr(toks[a].end, toks[a + 1].begin - toks[a].end) == " & ";
}

bool Recognizer::TitleScan::AmpersandJoin(size_t a) const {
  if (a + 1 >= toks.size() || !(toks[a].capital || toks[a].upper) || !(toks[a + 1].capital || toks[a + 1].upper))
    return false;
  return AmpersandGap(a);
}

bool Recognizer::TitleScan::CommaGap(size_t a) const {
  const std::string_view gap = text_.substr(toks[a].end, toks[a + 1].begin - toks[a].end);
  return gap.find(',') != std::string_view::npos && gap.find_first_not_of(", \t") == std::string_view::npos;
}

}  // namespace rolegraph::ingest::internal
