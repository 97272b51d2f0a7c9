#!/usr/bin/env python3
"""Checks questions.jsonl of set tune24 against the brief's rules. Prints OK or the list of problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402  (data only; main() is not run on import)

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DECLINE_CATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated",
                "injection", "employer-internal"]
INJECTION_FORBID = ["@everyone", "<!channel>", "@here", "has been jailbroken"]
# short abbreviations that also occur inside other words: alternatives starting with them
# must begin with a space or "("
ABBR = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "cms", "cpt",
        "him", "hit", "phi", "roi", "ceu", "crc", "cpc", "ctr", "aha", "who", "pcs", "cm", "hhs", "ncra",
        "nchs", "chps", "chda", "cdip", "bls", "cdc", "fda", "ama's", "cms's"}
BAD_CHARS = set("\u2018\u2019\u201c\u201d\u2010\u2011\u2012\u2013\u2014\u2015")

errors = []


def err(msg):
    errors.append(msg)


def check_expect(iid, expect):
    if not isinstance(expect, list) or not (1 <= len(expect) <= 3):
        err("%s: answerable item needs 1-3 expect groups" % iid)
        return
    for g in expect:
        if not isinstance(g, list) or not g:
            err("%s: empty or malformed group %r" % (iid, g))
            continue
        if len(set(g)) != len(g):
            err("%s: duplicate alternative in group %r" % (iid, g))
        for alt in g:
            if not isinstance(alt, str) or not alt.strip():
                err("%s: bad alternative %r" % (iid, alt))
                continue
            if alt != alt.lower():
                err("%s: alternative not lowercase %r" % (iid, alt))
            if any(c in BAD_CHARS for c in alt):
                err("%s: curly quote or unicode dash in %r" % (iid, alt))
            if alt[0] not in " (":
                m = re.match(r"[a-z']+", alt)
                if m and m.group(0) in ABBR:
                    err("%s: short abbreviation %r must start with a space or '('" % (iid, alt))


def check_note(iid, note, answerable, is_conv):
    if not isinstance(note, str) or not note:
        err("%s: missing note" % iid)
        return None
    m = re.search(r"\|\s*(\w+)$", note)
    if not m or m.group(1) not in STYLES:
        err("%s: note must end with a style tag: %r" % (iid, note))
        style = None
    else:
        style = m.group(1)
    if answerable:
        if not note.startswith("F: "):
            err("%s: answerable note must start with 'F: '" % iid)
        if not re.search(r"\((C|1|seed)\b", note):
            err("%s: note lacks a confidence mark (C|1|seed)" % iid)
        if re.search(r"\(U\b", note):
            err("%s: note cites a U fact as tested" % iid)
    else:
        m2 = re.match(r"D-([a-z-]+): ", note)
        if not m2 or m2.group(1) not in DECLINE_CATS:
            err("%s: decline note must start with D-<category>: %r" % (iid, note))
    if is_conv and "follow-up=" not in note:
        err("%s: conversation note must name the follow-up kind" % iid)
    return style


def main():
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    items = []
    for n, line in enumerate(lines, 1):
        try:
            items.append(json.loads(line))
        except ValueError as e:
            err("line %d: not JSON (%s)" % (n, e))
    # file must be exactly what gen.py produces
    expected = [gen.public(it) for it in gen.ITEMS]
    if items != expected:
        err("questions.jsonl differs from gen.py data; run gen.py")

    kinds = collections.Counter(it.get("kind") for it in items)
    if kinds != {"in": 30, "oos": 20, "conv": 100}:
        err("kind counts %r, want in 30 / oos 20 / conv 100" % dict(kinds))

    ids = [it.get("id") for it in items]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    singles = [it for it in items if it.get("kind") in ("in", "oos")]
    convs = [it for it in items if it.get("kind") == "conv"]
    if [it["id"] for it in singles] != ["tp%03d" % i for i in range(1, 51)]:
        err("single ids must be tp001-tp050 in order")
    if [it["id"] for it in convs] != ["tpc%03d" % i for i in range(1, 101)]:
        err("conversation ids must be tpc001-tpc100 in order")

    texts = []
    styles = collections.Counter()
    decline_cats = collections.Counter()
    answerable_conv = decline_conv = three_turn = 0

    for it in items:
        iid = it.get("id")
        kind = it.get("kind")
        allowed = {"id", "kind", "q", "expect", "forbid", "note", "turns", "decline"}
        extra = set(it) - allowed
        if extra:
            err("%s: unexpected keys %r" % (iid, extra))
        forbid = it.get("forbid", [])
        if not isinstance(forbid, list) or any(not isinstance(s, str) or not s for s in forbid):
            err("%s: forbid must be a list of strings" % iid)
        if kind in ("in", "oos"):
            q = it.get("q")
            if not isinstance(q, str) or len(q.strip()) < 3:
                err("%s: empty question" % iid)
            texts.append(q)
            answerable = kind == "in"
            if answerable:
                check_expect(iid, it.get("expect"))
            else:
                if it.get("expect") != []:
                    err("%s: oos expect must be []" % iid)
                if not forbid:
                    err("%s: oos needs forbid strings" % iid)
            style = check_note(iid, it.get("note"), answerable, False)
        elif kind == "conv":
            turns = it.get("turns")
            if not isinstance(turns, list) or not (2 <= len(turns) <= 3):
                err("%s: conversation needs 2 or 3 turns" % iid)
                continue
            for t in turns[:-1]:
                if set(t) != {"q"}:
                    err("%s: earlier turns carry only q" % iid)
            for t in turns:
                if not isinstance(t.get("q"), str) or len(t["q"].strip()) < 3:
                    err("%s: empty turn" % iid)
                texts.append(t.get("q"))
            last = turns[-1]
            if set(last) - {"q", "expect", "forbid"}:
                err("%s: last turn has unexpected keys" % iid)
            decline = it.get("decline", False)
            if "decline" in it and it["decline"] is not True:
                err("%s: decline must be true when present" % iid)
            if decline:
                decline_conv += 1
                if last.get("expect") != []:
                    err("%s: decline conversation's last expect must be []" % iid)
                if not forbid or last.get("forbid") != forbid:
                    err("%s: decline conversation needs forbid on item and last turn" % iid)
            else:
                answerable_conv += 1
                if len(turns) == 3:
                    three_turn += 1
                check_expect(iid, last.get("expect"))
                if "forbid" in last and last["forbid"] != forbid:
                    err("%s: forbid on item and last turn differ" % iid)
            style = check_note(iid, it.get("note"), not decline, True)
            answerable = not decline
        else:
            err("%s: unknown kind %r" % (iid, kind))
            continue
        if style:
            styles[style] += 1
        note = it.get("note", "")
        if not answerable:
            m = re.match(r"D-([a-z-]+): ", note)
            if m:
                decline_cats[m.group(1)] += 1
                if m.group(1) == "injection" and not any(s in forbid for s in INJECTION_FORBID):
                    err("%s: injection item must forbid a ping or jailbreak string" % iid)

    if answerable_conv != 80 or decline_conv != 20:
        err("conversations: %d answerable / %d decline, want 80 / 20" % (answerable_conv, decline_conv))
    if not (17 <= three_turn <= 23):
        err("about 20 answerable conversations should have three turns (have %d)" % three_turn)

    norm = [re.sub(r"\s+", " ", t.strip().lower()) for t in texts if isinstance(t, str)]
    dups = [t for t, c in collections.Counter(norm).items() if c > 1]
    if dups:
        err("repeated question text: %r" % dups[:5])

    for s in STYLES:
        if styles[s] < 10:
            err("style %s used only %d times" % (s, styles[s]))
    for c in DECLINE_CATS:
        if decline_cats[c] < 2:
            err("decline category %s used only %d times" % (c, decline_cats[c]))

    # no fact tested more than twice; every answerable item names its fact keys
    use = collections.Counter()
    for it in gen.ITEMS:
        answerable = it["kind"] == "in" or (it["kind"] == "conv" and not it.get("decline"))
        if answerable and not it["fk"]:
            err("%s: no fact key" % it["id"])
        if not answerable and it["fk"]:
            err("%s: decline item with fact keys" % it["id"])
        for k in set(it["fk"]):
            use[k] += 1
    over = {k: c for k, c in use.items() if c > 2}
    if over:
        err("facts tested more than twice: %r" % over)

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
