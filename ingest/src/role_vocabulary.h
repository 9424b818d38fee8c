// General job-title vocabulary, read from the language packs
// (data/lang/<code>/role_heads.tsv, role_modifiers.tsv, ...; see
// data/lang/README.md): the head nouns that make a phrase a role ("manager",
// "direktur"), the organisation-unit nouns ("department", "divisi") and the
// functional modifiers that qualify them ("marketing" = "pemasaran"). Role
// names in documents are found by pattern over these words, never by a list
// of particular roles. Every look-up searches all packs in code order, so a
// document mixing languages finds both languages' titles.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rolegraph/ingest/language_pack.h"

namespace rolegraph::ingest {

struct HeadNoun {
  std::string_view english;  // canonical English head ("manager"); points into the pack
  bool org_unit = false;     // "department", "team": an organisation unit, not a role
  bool prefix_modifiers = false;  // the pack's noun phrases are head-last ("marketing manager")
  bool standalone = false;   // names a role on its own ("chef", "perawat"), unlike "manager"
  bool titled = false;       // names one role alone where written as a title ("the Treasurer")
  bool leads = false;        // heads a group of another role ("koordinator perawat"): a role head after it is its field
  bool place = false;        // a unit that also names a room or building ("office"): after a place preposition it is the place
  bool cased = false;        // a head only where capitalised ("Bidang Pelayanan"); in lower case an everyday word ("di bidang hukum")
  bool untranslated = false; // `english` is the word itself (an agent noun by word formation): the title keeps its wording
  bool members = false;      // a member of a body ("anggota"): a role only with a unit right after it ("anggota divisi X")
  bool known_field = false;  // a unit only with a field the vocabulary names ("kantor pusat"; "kantor notaris" is someone's office)
  bool owns = false;         // an owner: with a field, a post only where it names a business ("pemilik usaha", not "pemilik rumah")
  bool lower_only = false;   // a head only in lower case: capitalised it is more likely a surname ("Smith", "Cooper")
  bool person_only = false;  // every sense of the word is a person ("taster"; not "coach", also a vehicle)
  bool ranks_after = false;  // after another head it ranks that title ("apoteker kepala": the head pharmacist)
};

// Looks up a folded word (or its plural, by the pack's plural suffixes).
std::optional<HeadNoun> FindHeadNoun(const LanguagePacks& packs, std::string_view norm);

// The singular of a head written in the plural ("technicians" ->
// "technician", a view into `norm`); empty when `norm` is no plural head.
std::string_view PluralHeadSingular(const LanguagePacks& packs, std::string_view norm);

// A head derived from a lexical resource (role_heads_derived.tsv): a role
// only where the text writes it as a title (the caller checks), standalone
// there ("the Projectionist").
std::optional<HeadNoun> FindContextHead(const LanguagePacks& packs, std::string_view norm);

// A generic word that heads a title only as the last word of a Title Case
// run with a modifier ("Depot Head", "Export Documentation Staff"): the caller
// checks the casing and that a modifier was taken.
std::optional<HeadNoun> FindCasedHead(const LanguagePacks& packs, std::string_view norm);

// A head that is a role only before "of" + field ("head of sales"); its
// modifiers follow it.
std::optional<HeadNoun> FindHeadOfNoun(const LanguagePacks& packs, std::string_view norm);

// A head whose English key is that of a head-of noun ("kepala" = head):
// an organisation unit after it names its field ("kepala divisi").
bool HeadsUnits(const LanguagePacks& packs, std::string_view english);

// Canonical English key of a functional modifier ("pemasaran" ->
// "marketing", "ti" -> "it", "senior" -> "senior"), or empty.
std::string_view ModifierConcept(const LanguagePacks& packs, std::string_view norm);

// Seniority modifiers come first in canonical names ("Senior IT Manager").
bool IsSeniority(const LanguagePacks& packs, std::string_view key);
// Second-in-command ranks ("deputy", "wakil", "assistant").
bool IsDeputyRank(const LanguagePacks& packs, std::string_view key);

// English display form of a key ("it" -> "IT", "marketing" -> "Marketing").
std::string DisplayConcept(const LanguagePacks& packs, std::string_view key);

// Replaces concepts that together are one ("information" + "technology" ->
// "it"), by concept_compounds.tsv.
void FoldConcepts(const LanguagePacks& packs, std::vector<std::string>* concepts);

// The word without a plural suffix of any pack when that leaves a word of at
// least 4 bytes; empty when it has none.
std::string_view Singular(const LanguagePacks& packs, std::string_view norm);
// Every such singular, one per plural suffix the word ends with, in the
// packs' order ("coaches": "coache", "coach").
std::vector<std::string_view> Singulars(const LanguagePacks& packs, std::string_view norm);

// Words that refer back to the role in focus: "ia", "dia", "he", "they", ...
bool IsRolePronoun(const LanguagePacks& packs, std::string_view norm);
// Nouns that with a demonstrative refer to the role ("this role", "jabatan tersebut").
bool IsRoleReferenceNoun(const LanguagePacks& packs, std::string_view norm);
bool IsDemonstrative(const LanguagePacks& packs, std::string_view norm);

}  // namespace rolegraph::ingest
