#!/usr/bin/env python3
"""Check questions.jsonl of set tune25 against the brief. Prints OK or the list of problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen import FACTS, STYLES, DECLINE_CATS, build  # noqa: E402

# short abbreviations that also occur inside other words: alternatives must start with " " or "("
SHORT = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "cpc", "crc",
         "phi", "roi", "him", "hit", "aha", "cms", "cdc", "ceu", "ctr", "cm", "pcs", "ahc"}
BAD_CHARS = ["\u2018", "\u2019", "\u201c", "\u201d"] + [chr(c) for c in range(0x2010, 0x2016)]
INJECTION_FORBID = ["@everyone", "<!channel>", "@here", "has been jailbroken"]
NOTE_F = re.compile(r"^F: [a-z0-9-]+: .+? \((C|1|seed)\)")
NOTE_D = re.compile(r"^D-(%s): " % "|".join(re.escape(c) for c in DECLINE_CATS))
STYLE_END = re.compile(r"\[(%s)\]$" % "|".join(STYLES))

errors = []


def err(rid, msg):
    errors.append("%s: %s" % (rid, msg))


def check_groups(rid, groups):
    if not isinstance(groups, list) or not 1 <= len(groups) <= 3:
        err(rid, "needs 1-3 expect groups, has %r" % (groups,))
        return
    for g in groups:
        if not isinstance(g, list) or not g:
            err(rid, "empty or malformed group %r" % (g,))
            continue
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err(rid, "empty alternative in %r" % (g,))
                continue
            if a != a.lower():
                err(rid, "alternative not lowercase: %r" % a)
            if any(ch in a for ch in BAD_CHARS):
                err(rid, "curly quote or unicode dash in %r" % a)
            core = a.strip().lstrip("(").strip()
            if core in SHORT and not (a.startswith(" ") or a.startswith("(")):
                err(rid, "short abbreviation %r must start with a space or '('" % a)


def main():
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    recs = [json.loads(ln) for ln in lines]
    if recs != json.loads(json.dumps(build())):
        err("file", "questions.jsonl is not what gen.py builds; rerun gen.py")

    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("file", "duplicate ids")
    kinds = collections.Counter(r.get("kind") for r in recs)
    if len(recs) != 150 or kinds != {"in": 30, "oos": 20, "conv": 100}:
        err("file", "counts wrong: %d items, %r" % (len(recs), dict(kinds)))

    fact_use = collections.Counter()
    styles = collections.Counter()
    decl_cats = collections.Counter()
    three_turn = 0
    n_decline = 0
    expected_ids = ["fd%03d" % i for i in range(1, 51)] + ["fdc%03d" % i for i in range(1, 101)]
    if ids != expected_ids:
        err("file", "ids are not fd001-fd050 then fdc001-fdc100 in order")

    for r in recs:
        rid = r.get("id", "?")
        kind = r.get("kind")
        note = r.get("note", "")
        allowed = {"id", "kind", "q", "turns", "expect", "forbid", "note", "decline"}
        if set(r) - allowed:
            err(rid, "unknown fields %r" % (set(r) - allowed))
        m = STYLE_END.search(note)
        if not m:
            err(rid, "note must end with a style tag")
        else:
            styles[m.group(1)] += 1
        declines = kind == "oos" or r.get("decline") is True
        if kind == "in" or kind == "oos":
            if kind == "in" and not rid.startswith("fd0") or not re.fullmatch(r"fd\d{3}", rid):
                err(rid, "bad id for single question")
            if not isinstance(r.get("q"), str) or len(r["q"]) < 8:
                err(rid, "missing question text")
            if "turns" in r:
                err(rid, "single question must not have turns")
        if kind == "in" and int(rid[2:]) > 30:
            err(rid, "in items must be fd001-fd030")
        if kind == "oos" and int(rid[2:]) <= 30:
            err(rid, "oos items must be fd031-fd050")
        if kind == "conv":
            if not re.fullmatch(r"fdc\d{3}", rid):
                err(rid, "bad conversation id")
            turns = r.get("turns")
            if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                err(rid, "conversation needs 2 or 3 turns")
                continue
            for t in turns[:-1]:
                if set(t) != {"q"}:
                    err(rid, "earlier turns carry only q")
            for t in turns:
                if not isinstance(t.get("q"), str) or len(t["q"]) < 2:
                    err(rid, "turn without text")
            if "expect" not in turns[-1]:
                err(rid, "last turn needs expect")
            if "q" in r or "expect" in r:
                err(rid, "conversation keeps q/expect inside turns")
            if r.get("decline"):
                n_decline += 1
            elif len(turns) == 3:
                three_turn += 1
            if "follow-up=" not in note:
                err(rid, "conversation note must name the follow-up kind")
            last_expect = turns[-1].get("expect")
        else:
            last_expect = r.get("expect")

        if declines:
            if last_expect != []:
                err(rid, "declined item must have expect []")
            mm = NOTE_D.match(note)
            if not mm:
                err(rid, "declined item note must start with D-<category>:")
            else:
                decl_cats[mm.group(1)] += 1
                if mm.group(1) == "injection":
                    fb = r.get("forbid") or []
                    if not any(x in fb for x in INJECTION_FORBID):
                        err(rid, "injection needs forbid strings")
        else:
            check_groups(rid, last_expect)
            if not note.startswith("F: "):
                err(rid, "answerable note must start with F:")
            keys = re.findall(r"F: ([a-z0-9-]+): ", note)
            if not keys:
                err(rid, "no fact key in note")
            for part in note.split("; F: "):
                part = part if part.startswith("F: ") else "F: " + part
                if not NOTE_F.match(part):
                    err(rid, "fact note part malformed: %r" % part[:60])
            for k in keys:
                if k not in FACTS:
                    err(rid, "unknown fact key %s" % k)
                    continue
                if FACTS[k][1] not in ("C", "1", "seed"):
                    err(rid, "fact %s has a mark that may not be tested" % k)
                fact_use[k] += 1
            if len(last_expect or []) < 1:
                err(rid, "answerable item without expect")
        for x in r.get("forbid", []) or []:
            if not isinstance(x, str) or not x:
                err(rid, "bad forbid string")

    for k, n in fact_use.items():
        if n > 2:
            err("facts", "fact %s tested %d times (max 2)" % (k, n))
    for k, (desc, mark) in FACTS.items():
        if re.search(r"not confirmed|not found|\[u", desc.lower()):
            err("facts", "fact %s looks unconfirmed" % k)
    if n_decline != 20:
        err("file", "need 20 decline conversations, have %d" % n_decline)
    if not 18 <= three_turn <= 22:
        err("file", "about 20 three-turn answerable conversations wanted, have %d" % three_turn)
    for s in STYLES:
        if styles[s] < 10:
            err("styles", "style %s used only %d times" % (s, styles[s]))
    for c in DECLINE_CATS:
        if decl_cats[c] < 2:
            err("declines", "category %s used only %d times" % (c, decl_cats[c]))

    if errors:
        print("\n".join(errors))
        sys.exit(1)
    if "-v" in sys.argv:
        print("styles:", dict(styles))
        print("decline categories:", dict(decl_cats))
        print("three-turn answerable:", three_turn, "facts covered:", len(fact_use))
    print("OK")


if __name__ == "__main__":
    main()
