#!/usr/bin/env python3
"""Derives job-title head nouns from WordNet and FreeDict into generated pack tables.

usage: derive_role_heads.py [--wordnet DIR] [--freedict-eng-ind PREFIX] [--lang DIR]

English: nouns of WordNet's noun.person lexicographer file that are hyponyms
(transitively) of the anchor synsets named in data/lang/en/role_head_anchors.txt
(worker, leader, official, ...), single words whose most frequent common-noun
sense is a person and whose first or second sense is that occupation (precision
first: "hand" is first a body part, "woman" first no trade); a sense that is
one named person ("Margaret Thatcher") is no sense of the noun "thatcher". Words the
hand tables list as heads or as deputy ranks ("deputy") are left out; words WordNet
also knows as a person's name ("Smith") get the flag 'lower'. Indonesian: FreeDict eng-ind
translations of those nouns that are one word with an agent-noun affix of
data/lang/id/agent_noun_affixes.tsv (pe(N)-, -wan, -wati, juru ...).
Words the hand tables (role_heads.tsv) already list are left out.
Writes <lang>/en/role_heads_derived.tsv and <lang>/id/role_heads_derived.tsv:
WORD<TAB>ENGLISH_HEAD<TAB>- (a head that names a role only with a modifier).
Standard library only; the inputs are Debian's wordnet-base and
dict-freedict-eng-ind (scripts/setup.sh).
"""
import argparse, gzip, os, re, sys

PERSON_LEXFILE = 18  # noun.person


def read_list(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def read_table(path):
    return [l.split("\t") for l in read_list(path)]


def wordnet_synsets(wn):
    """offset -> (lexfile, [lemmas], [hyponym offsets], is_instance)"""
    syn = {}
    for line in open(os.path.join(wn, "data.noun"), encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split(" | ")[0].split()
        off, lexfile, wcnt = f[0], int(f[1]), int(f[3], 16)
        lemmas = [f[4 + 2 * i].lower() for i in range(wcnt)]
        p = 4 + 2 * wcnt
        pcnt = int(f[p])
        hypos = [f[p + 1 + 4 * i + 1] for i in range(pcnt) if f[p + 1 + 4 * i] == "~" and f[p + 1 + 4 * i + 2] == "n"]
        # An instance ("@i": one named person, "Margaret Thatcher") is no sense of
        # the common noun spelled alike ("thatcher").
        instance = any(f[p + 1 + 4 * i] == "@i" for i in range(pcnt))
        syn[off] = (lexfile, lemmas, hypos, instance)
    return syn


def noun_senses(wn, syn):
    """lemma -> offsets of its common-noun senses, most frequent first (instances left out)"""
    senses = {}
    for line in open(os.path.join(wn, "index.noun"), encoding="latin-1"):
        if line.startswith("  "):
            continue
        f = line.split()
        lemma, synset_cnt, p_cnt = f[0], int(f[2]), int(f[3])
        offsets = [o for o in f[4 + p_cnt + 2:] if o in syn and not syn[o][3]]
        if offsets:
            senses[lemma] = offsets
    return senses


# How far down a word's senses (most frequent first) its occupation sense may
# stand: the second sense still ("gatekeeper": first one who controls access, then
# a doorman; "examiner": first one who inquires, then an inspector);
# further down the word is first something else ("woman", "father", "host").
MAX_OCCUPATION_SENSE_RANK = 1


def is_head(lemma, senses, syn, seen):
    """Precision first: the word's most frequent sense is a person ("hand" is
    first a body part) and its first or second sense is in the occupation
    classes."""
    offsets = senses.get(lemma, [])
    if not offsets or syn[offsets[0]][0] != PERSON_LEXFILE:
        return False
    return any(o in seen for o in offsets[:MAX_OCCUPATION_SENSE_RANK + 1])


def instance_lemmas(syn):
    """Words WordNet also knows as the name of one person or place ("Smith",
    "Cooper", "Thatcher"): capitalised, such a word is more likely a name."""
    return {lemma for lexfile, lemmas, hypos, instance in syn.values() if instance for lemma in lemmas}


def english_heads(wn, anchors, known):
    syn = wordnet_synsets(wn)
    senses = noun_senses(wn, syn)
    first = {lemma: offsets[0] for lemma, offsets in senses.items()}
    todo = [first[a] for a in anchors if a in first]
    seen = set()
    while todo:
        off = todo.pop()
        if off in seen or off not in syn or syn[off][0] != PERSON_LEXFILE:
            continue
        seen.add(off)
        todo.extend(syn[off][2])
    heads = set()
    # The anchors name the class, not a role ("the employees", "every worker").
    anchor_offsets = {first[a] for a in anchors if a in first}
    for off in seen:
        if off in anchor_offsets:
            continue
        for lemma in syn[off][1]:
            lemma = re.sub(r"\(.*\)$", "", lemma)
            if not re.fullmatch(r"[a-z]{4,}", lemma) or lemma in known:
                continue
            if is_head(lemma, senses, syn, seen):
                heads.add(lemma)
    names = instance_lemmas(syn)

    def flags(w):
        out = ["lower"] if w in names else []
        # Every common-noun sense a person ("physiotherapist", "taster"; not
        # "coach", also a vehicle, or "guide", also a book): a role even
        # where nouns qualify it in lower case ("the ward physiotherapist").
        if all(syn[o][0] == PERSON_LEXFILE for o in senses.get(w, [])):
            out.append("person")
        return ",".join(out) or "-"

    return [(w, flags(w)) for w in sorted(heads)]


def freedict_entries(prefix):
    """English headword -> list of translation lines (dictd .index + .dict.dz)"""
    data = gzip.open(prefix + ".dict.dz").read().decode("utf-8", "replace")
    b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    def num(s):
        n = 0
        for c in s:
            n = n * 64 + b64.index(c)
        return n

    out = {}
    raw = open(prefix + ".index", "rb").read()
    for line in raw.decode("utf-8", "replace").splitlines():
        f = line.split("\t")
        if len(f) < 3 or f[0].startswith("00database"):
            continue
        body = data.encode("utf-8")[num(f[1]):num(f[1]) + num(f[2])].decode("utf-8", "replace")
        out.setdefault(f[0].lower(), []).append(body)
    return out


def has_agent_affix(word, affixes):
    for row in affixes:
        affix, where, min_len = row[0], row[1], int(row[2]) if len(row) > 2 else 0
        if len(word) < min_len:
            continue
        if where == "prefix" and word.startswith(affix):
            return True
        if where == "suffix" and word.endswith(affix):
            return True
    return False


def indonesian_heads(prefix, english, affixes, known):
    entries = freedict_entries(prefix)
    rows = {}
    for en in english:
        for body in entries.get(en, []):
            lines = body.splitlines()[1:]  # the first line repeats the headword
            for line in lines:
                for w in re.split(r"[,;]", line):
                    w = w.strip().lower()
                    if re.fullmatch(r"[a-z]{5,}", w) and w not in known and has_agent_affix(w, affixes):
                        rows.setdefault(w, en)
    return sorted(rows.items())


def known_heads(path):
    return {r[0].lower() for r in read_table(path)} if os.path.exists(path) else set()


def deputy_ranks(path):
    return {r[0].lower() for r in read_table(path) if len(r) > 2 and "deputy" in r[2].split(",")}


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for word, english, flags in rows:
            f.write(f"{word}\t{english}\t{flags}\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--freedict-eng-ind", default="/usr/share/dictd/freedict-eng-ind")
    ap.add_argument("--lang", default=os.path.join(here, "..", "data", "lang"))
    a = ap.parse_args()
    en_dir, id_dir = os.path.join(a.lang, "en"), os.path.join(a.lang, "id")
    anchors = read_list(os.path.join(en_dir, "role_head_anchors.txt"))
    # A second-in-command rank of the modifier table ("deputy") names the
    # post it stands in for, never one of its own ("the Plant Chief" is one).
    en_known = known_heads(os.path.join(en_dir, "role_heads.tsv")) | deputy_ranks(os.path.join(en_dir, "role_modifiers.tsv"))
    english = english_heads(a.wordnet, anchors, en_known)
    header = ("# GENERATED by scripts/derive_role_heads.py from {}; do not edit (see data/lang/README.md).\n"
              "# WORD<TAB>ENGLISH_HEAD<TAB>FLAGS, as role_heads.tsv; '-': a role only in a title context;\n"
              "# 'lower': there only in lower case (WordNet also names a person so: \"Smith\", \"Cooper\");\n"
              "# 'person': every common-noun sense is a person (no object or place shares the word).\n")
    write(os.path.join(en_dir, "role_heads_derived.tsv"), header.format("WordNet noun.person"),
          [(w, w, flags) for w, flags in english])
    affixes = read_table(os.path.join(id_dir, "agent_noun_affixes.tsv"))
    id_known = known_heads(os.path.join(id_dir, "role_heads.tsv"))
    indonesian = indonesian_heads(a.freedict_eng_ind, [w for w, _ in english], affixes, id_known)
    write(os.path.join(id_dir, "role_heads_derived.tsv"), header.format("FreeDict eng-ind over the English heads"),
          [(w, en, "-") for w, en in indonesian])
    print(f"derived {len(english)} English and {len(indonesian)} Indonesian head nouns", file=sys.stderr)


if __name__ == "__main__":
    main()
