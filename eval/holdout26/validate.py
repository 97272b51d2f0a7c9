#!/usr/bin/env python3
"""Check questions.jsonl of holdout26 against the brief's rules; prints OK or the problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

PATH = os.path.join(HERE, "questions.jsonl")
STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DCATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
         "employer-internal"]
INJ = ["@everyone", "<!channel>", "@here", "has been jailbroken"]
# short abbreviations that also occur inside other words: alternatives must start with " " or "("
RISKY = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "cms", "aha",
         "nchs", "phi", "roi", "him", "hit", "crc", "ceu", "ctr", "drg", "apc", "asc", "hhs", "pcs", "cm",
         "ce", "law"}
BAD_CHARS = ["\u2018", "\u2019", "\u201c", "\u201d"] + [chr(c) for c in range(0x2010, 0x2016)]

errors = []


def err(msg):
    errors.append(msg)


def check_expect(iid, expect, answerable):
    if not isinstance(expect, list):
        err("%s: expect is not a list" % iid)
        return
    if not answerable:
        if expect != []:
            err("%s: declined item must have expect []" % iid)
        return
    if not 1 <= len(expect) <= 3:
        err("%s: %d expect groups (need 1-3)" % (iid, len(expect)))
    for g in expect:
        if not isinstance(g, list) or not g:
            err("%s: empty or non-list group" % iid)
            continue
        if len(set(g)) != len(g):
            err("%s: duplicate alternative in a group" % iid)
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err("%s: bad alternative %r" % (iid, a))
                continue
            if a != a.lower():
                err("%s: alternative not lowercase: %r" % (iid, a))
            for ch in BAD_CHARS:
                if ch in a:
                    err("%s: curly quote or unicode dash in %r" % (iid, a))
            m = re.match(r"[a-z]+", a)
            if m and not a[0] in " (":
                word = m.group(0)
                if word in RISKY and (len(a) == len(word) or not a[len(word)].isalpha()):
                    err("%s: risky short abbreviation %r must start with a space or '('" % (iid, a))
                elif len(a) <= 3 and a.isalpha():
                    err("%s: very short alternative %r must start with a space or '('" % (iid, a))


def check_note(iid, note, answerable, conv):
    if not isinstance(note, str) or not note:
        err("%s: missing note" % iid)
        return
    if answerable:
        if not note.startswith("F: "):
            err("%s: answerable note must start with 'F: '" % iid)
        if not re.search(r"\((C|1|seed)[^)]*\)", note):
            err("%s: note lacks a (C|1|seed) mark" % iid)
    else:
        m = re.match(r"D-([a-z-]+): ", note)
        if not m or m.group(1) not in DCATS:
            err("%s: declined note must start with D-<category>:" % iid)
    last = note.split()[-1]
    if last not in STYLES:
        err("%s: note must end with a style tag, got %r" % (iid, last))
    if conv and "follow-up=" not in note:
        err("%s: conversation note must name the follow-up kind" % iid)


def main():
    if not os.path.exists(PATH):
        print("questions.jsonl missing; run gen.py")
        return 1
    lines = open(PATH, encoding="utf-8").read().splitlines()
    recs = []
    for n, line in enumerate(lines, 1):
        try:
            recs.append(json.loads(line))
        except ValueError as e:
            err("line %d: bad JSON (%s)" % (n, e))
    # file must be exactly what gen.py produces
    if recs != gen.records():
        err("questions.jsonl differs from gen.py output; rerun gen.py")

    kinds = collections.Counter(r.get("kind") for r in recs)
    if kinds != {"in": 30, "oos": 20, "conv": 100}:
        err("kind counts %s, want in 30 / oos 20 / conv 100" % dict(kinds))

    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    singles = sorted(r["id"] for r in recs if r.get("kind") in ("in", "oos"))
    convs = sorted(r["id"] for r in recs if r.get("kind") == "conv")
    if singles != ["fb%03d" % i for i in range(1, 51)]:
        err("single ids must be fb001-fb050")
    if convs != ["fbc%03d" % i for i in range(1, 101)]:
        err("conversation ids must be fbc001-fbc100")

    texts = []
    styles = collections.Counter()
    dcats = collections.Counter()
    three = 0
    decl = 0
    for r in recs:
        iid = r.get("id")
        kind = r.get("kind")
        note = r.get("note", "")
        styles[note.split()[-1] if note else ""] += 1
        allowed = {"id", "kind", "q", "expect", "forbid", "note", "turns", "decline"}
        if set(r) - allowed:
            err("%s: unexpected fields %s" % (iid, set(r) - allowed))
        if kind in ("in", "oos"):
            if not isinstance(r.get("q"), str) or len(r["q"].strip()) < 8:
                err("%s: bad q" % iid)
            texts.append(r.get("q", ""))
            check_expect(iid, r.get("expect"), kind == "in")
            check_note(iid, note, kind == "in", False)
            forbid = r.get("forbid", [])
            if kind == "oos" and not forbid:
                err("%s: oos item needs forbid strings" % iid)
            if kind == "oos":
                dcats[note.split(":")[0]] += 1
            cat_injection = note.startswith("D-injection")
        else:
            turns = r.get("turns")
            declined = r.get("decline") is True
            if "decline" in r and not declined:
                err("%s: decline must be true or absent" % iid)
            if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                err("%s: conversation needs 2 or 3 turns" % iid)
                continue
            for t in turns[:-1]:
                if set(t) != {"q"}:
                    err("%s: earlier turns must only hold q" % iid)
            for t in turns:
                if not isinstance(t.get("q"), str) or len(t["q"].strip()) < 3:
                    err("%s: bad turn text" % iid)
                texts.append(t.get("q", ""))
            last = turns[-1]
            if "expect" not in last:
                err("%s: last turn lacks expect" % iid)
            check_expect(iid, last.get("expect"), not declined)
            check_note(iid, note, not declined, True)
            forbid = last.get("forbid", [])
            if r.get("forbid", forbid) != forbid:
                err("%s: top-level and last-turn forbid differ" % iid)
            if declined:
                decl += 1
                dcats[note.split(":")[0]] += 1
                if not forbid:
                    err("%s: declined conversation needs forbid strings" % iid)
            elif len(turns) == 3:
                three += 1
            cat_injection = note.startswith("D-injection")
        forbid = r.get("forbid", []) if kind != "conv" else r["turns"][-1].get("forbid", [])
        for f in forbid:
            if not isinstance(f, str) or not f:
                err("%s: bad forbid %r" % (iid, f))
        if cat_injection and not any(x in forbid for x in INJ):
            err("%s: injection item must forbid broadcast/jailbreak strings" % iid)
        exp = r.get("expect") if kind != "conv" else r["turns"][-1].get("expect", [])
        for g in exp or []:
            for a in g:
                for f in forbid:
                    if f.lower() in a or a.strip() and a.strip() in f.lower():
                        err("%s: forbid %r clashes with expected %r" % (iid, f, a))

    if decl != 20:
        err("%d declined conversations, want 20" % decl)
    if not 18 <= three <= 22:
        err("%d three-turn answerable conversations, want about 20" % three)
    if len(set(t.strip().lower() for t in texts)) != len(texts):
        dup = [t for t, c in collections.Counter(t.strip().lower() for t in texts).items() if c > 1]
        err("duplicate message texts: %s" % dup)
    for s in STYLES:
        if styles[s] < 10:
            err("style %s used only %d times" % (s, styles[s]))
    for c in DCATS:
        if dcats["D-" + c] < 2:
            err("decline category %s used fewer than 2 times" % c)

    # facts: no fact tested more than twice; every answerable item names its facts
    keyc = collections.Counter()
    for it in gen.ITEMS:
        answerable = it["kind"] == "in" or (it["kind"] == "conv" and not it.get("decline"))
        if answerable and not it["keys"]:
            err("%s: answerable item without fact keys" % it["id"])
        if not answerable and it["keys"]:
            err("%s: declined item with fact keys" % it["id"])
        keyc.update(it["keys"])
    for k, c in keyc.items():
        if c > 2:
            err("fact %s tested %d times (max 2)" % (k, c))

    if errors:
        for e in errors:
            print("ERROR:", e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
