#!/usr/bin/env python3
"""Check questions.jsonl of holdout18 against the set's rules; print OK or the list of problems."""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")

STYLES = {"web", "terse", "long", "nonnative", "supervisor", "facts", "plain"}
# short abbreviations that occur inside other words: a bare alternative would match by accident
SHORT = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "him", "hit", "phi", "ctr", "dme", "hcc"}
BAD_CHARS = re.compile("[\u2010-\u2015\u2018\u2019\u201c\u201d]")  # the reply is normalised; these never match
ALLOWED_KEYS = {
    "in": {"id", "kind", "q", "expect", "forbid", "note"},
    "oos": {"id", "kind", "q", "expect", "forbid", "note"},
    "conv": {"id", "kind", "decline", "turns", "forbid", "note"},
}

errors = []


def err(msg):
    errors.append(msg)


def check_groups(id_, groups):
    if not isinstance(groups, list) or not (1 <= len(groups) <= 3):
        err(f"{id_}: answerable item needs 1-3 expect groups, has {groups!r}")
        return
    for g in groups:
        if not isinstance(g, list) or not g:
            err(f"{id_}: empty or non-list expect group {g!r}")
            continue
        for alt in g:
            if not isinstance(alt, str) or not alt.strip():
                err(f"{id_}: empty/non-string alternative {alt!r}")
                continue
            if alt != alt.lower():
                err(f"{id_}: alternative not lowercase {alt!r}")
            if BAD_CHARS.search(alt):
                err(f"{id_}: alternative has a curly quote or unicode dash {alt!r}")
            if alt.strip() in SHORT and not alt.startswith((" ", "(")):
                err(f"{id_}: short abbreviation {alt!r} needs a leading space or '('")


def check_forbid(id_, rec):
    if "forbid" in rec:
        f = rec["forbid"]
        if not isinstance(f, list) or not f or not all(isinstance(x, str) and x.strip() for x in f):
            err(f"{id_}: forbid must be a non-empty list of non-empty strings")


def check_note(id_, note, answerable):
    if not isinstance(note, str):
        err(f"{id_}: note missing")
        return
    m = re.search(r"\[(\w+)\]\s*$", note)
    if not m or m.group(1) not in STYLES:
        err(f"{id_}: note must end with a style tag {sorted(STYLES)}: {note!r}")
    if answerable:
        if not note.startswith("F: "):
            err(f"{id_}: answerable item note must start with 'F: '")
        elif not re.search(r"\((?:[^)]*\b)?(C|1|seed)\b", note):
            err(f"{id_}: F note must name its source mark (C), (1) or (seed)")
    else:
        if not re.match(r"D-[a-z-]+: ", note):
            err(f"{id_}: decline note must start with 'D-<category>: '")


records = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            err(f"line {n}: blank line")
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: invalid JSON ({e})")

ids = [r.get("id") for r in records]
if len(ids) != len(set(ids)):
    err("duplicate ids")

want_in = [f"k{i:03d}" for i in range(1, 41)]
want_oos = [f"k{i:03d}" for i in range(41, 71)]
want_conv = [f"kc{i:02d}" for i in range(1, 61)]
want_decl = [f"kc{i:02d}" for i in range(46, 61)]
by_kind = {"in": [], "oos": [], "conv": []}
for r in records:
    k = r.get("kind")
    if k not in by_kind:
        err(f"{r.get('id')}: unknown kind {k!r}")
        continue
    by_kind[k].append(r["id"])
    extra = set(r) - ALLOWED_KEYS[k]
    if extra:
        err(f"{r['id']}: unexpected keys {sorted(extra)}")
if by_kind["in"] != want_in:
    err(f"in ids/count wrong: {len(by_kind['in'])} items")
if by_kind["oos"] != want_oos:
    err(f"oos ids/count wrong: {len(by_kind['oos'])} items")
if by_kind["conv"] != want_conv:
    err(f"conv ids/count wrong: {len(by_kind['conv'])} items")
if ids != want_in + want_oos + want_conv:
    err("ids are not in file order k001..k070, kc01..kc60")

all_q = []
three = 0
declines = []
for r in records:
    id_ = r.get("id")
    k = r.get("kind")
    check_forbid(id_, r)
    if k in ("in", "oos"):
        q = r.get("q")
        if not isinstance(q, str) or not q.strip():
            err(f"{id_}: missing q")
        all_q.append(q)
        if k == "in":
            check_groups(id_, r.get("expect"))
            check_note(id_, r.get("note"), True)
        else:
            if r.get("expect") != []:
                err(f"{id_}: oos must have expect []")
            check_note(id_, r.get("note"), False)
    elif k == "conv":
        turns = r.get("turns")
        if not isinstance(turns, list) or not (2 <= len(turns) <= 3):
            err(f"{id_}: conv needs 2 or 3 turns")
            continue
        if len(turns) == 3:
            three += 1
        for i, t in enumerate(turns):
            if not isinstance(t.get("q"), str) or not t["q"].strip():
                err(f"{id_}: turn {i + 1} missing q")
            all_q.append(t.get("q"))
            if i < len(turns) - 1:
                if set(t) != {"q"}:
                    err(f"{id_}: earlier turn {i + 1} must have only 'q'")
            elif set(t) != {"q", "expect"}:
                err(f"{id_}: last turn must have exactly 'q' and 'expect'")
        dec = r.get("decline", False)
        if "decline" in r and r["decline"] is not True:
            err(f"{id_}: decline must be true when present")
        last = turns[-1].get("expect")
        if dec:
            declines.append(id_)
            if last != []:
                err(f"{id_}: decline conv must end with expect []")
            check_note(id_, r.get("note"), False)
        else:
            check_groups(id_, last)
            check_note(id_, r.get("note"), True)

if declines != want_decl:
    err(f"declines must be exactly kc46-kc60, got {declines}")
if not 10 <= three <= 14:
    err(f"three-turn conversations: {three}, want about 12 (10-14)")

norm = [re.sub(r"\s+", " ", (q or "").strip().lower()) for q in all_q]
dups = {q for q in norm if norm.count(q) > 1}
if dups:
    err(f"identical turns/questions: {sorted(dups)}")

if errors:
    print("\n".join(errors))
    sys.exit(1)

styles = {}
for r in records:
    s = re.search(r"\[(\w+)\]\s*$", r["note"]).group(1)
    styles[s] = styles.get(s, 0) + 1
print(f"items {len(records)}: in {len(by_kind['in'])}, oos {len(by_kind['oos'])}, conv {len(by_kind['conv'])} "
      f"(declines {len(declines)}, three-turn {three}); styles {dict(sorted(styles.items()))}")
print("OK")
