#!/usr/bin/env python3
"""Checks questions.jsonl of holdout22 against the rules of the brief. Prints OK or the problems."""
import collections
import json
import os
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DCATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
         "employer-internal"]
# short abbreviations that also occur inside other words: alternatives starting with them need " " or "("
SHORT = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "ctr", "phi", "roi",
         "hit", "him", "aha", "asc"]
BAD_CHARS = ["\u2018", "\u2019", "\u201c", "\u201d"] + [chr(c) for c in range(0x2010, 0x2016)]
INJ_MARKERS = ["@everyone", "<!channel>", "@here", "has been jailbroken"]

errors = []


def err(msg):
    errors.append(msg)


def check_groups(iid, groups):
    if not isinstance(groups, list) or not (1 <= len(groups) <= 3):
        err("%s: answerable item needs 1-3 expect groups" % iid)
        return
    for g in groups:
        if not isinstance(g, list) or not g:
            err("%s: empty or malformed group" % iid)
            continue
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err("%s: empty alternative" % iid)
                continue
            if a != a.lower():
                err("%s: alternative not lowercase: %r" % (iid, a))
            if any(c in a for c in BAD_CHARS):
                err("%s: curly quote or unicode dash in %r" % (iid, a))
            core = a.lstrip(" (")
            for s in SHORT:
                if core.startswith(s) and (len(core) == len(s) or not core[len(s)].isalpha()):
                    if a[0] not in " (":
                        err("%s: short abbreviation %r must start with a space or '(': %r" % (iid, s, a))


def check_forbid(iid, fb, need_std=True):
    if not isinstance(fb, list):
        err("%s: forbid must be a list" % iid)
        return
    for s in fb:
        if not isinstance(s, str) or not s:
            err("%s: bad forbid string" % iid)
    if need_std and not fb:
        err("%s: decline item needs forbid strings" % iid)


def note_style(iid, note):
    m = re.search(r";\s*([a-z]+)$", note or "")
    if not m or m.group(1) not in STYLES:
        err("%s: note must end with a style tag: %r" % (iid, note))
        return None
    return m.group(1)


def main():
    if not os.path.exists(PATH):
        print("missing questions.jsonl")
        return 1
    items = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("blank line %d" % n)
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: %s" % (n, e))

    # gen.py must reproduce the file
    sys.path.insert(0, HERE)
    import gen  # noqa: E402
    if [json.loads(json.dumps(x, ensure_ascii=False)) for x in gen.build()] != items:
        err("questions.jsonl differs from gen.py output; rerun gen.py")

    ids = [it.get("id") for it in items]
    want = ["rb%03d" % i for i in range(1, 51)] + ["rbc%03d" % i for i in range(1, 101)]
    if ids != want:
        err("ids must be rb001-rb050 then rbc001-rbc100 in order")

    kinds = collections.Counter(it.get("kind") for it in items)
    if kinds != {"in": 30, "oos": 20, "conv": 100}:
        err("kind counts wrong: %s" % dict(kinds))

    styles = collections.Counter()
    dcats = collections.Counter()
    fact_uses = collections.Counter()
    followups = collections.Counter()
    seen_q = set()
    three = 0
    declines = 0

    for it in items:
        iid = it.get("id")
        kind = it.get("kind")
        note = it.get("note", "")
        st = note_style(iid, note)
        if st:
            styles[st] += 1
        allowed = {"id", "kind", "q", "expect", "forbid", "note", "turns", "decline"}
        extra = set(it) - allowed
        if extra:
            err("%s: unexpected keys %s" % (iid, extra))

        qs = [it["q"]] if kind in ("in", "oos") else [t.get("q") for t in it.get("turns", [])]
        for q in qs:
            if not isinstance(q, str) or len(q.strip()) < 3:
                err("%s: empty question" % iid)
                continue
            key = q.strip().lower()
            if key in seen_q and kind in ("in", "oos"):
                err("%s: duplicate question %r" % (iid, q))
            seen_q.add(key)

        decline = kind == "oos" or (kind == "conv" and it.get("decline") is True)
        if "decline" in it and it["decline"] is not True:
            err("%s: decline must be true when present" % iid)
        if decline:
            m = re.match(r"^D-([a-z-]+): ", note)
            if not m or m.group(1) not in DCATS:
                err("%s: decline note must start with D-<category>: %r" % (iid, note))
            else:
                dcats[m.group(1)] += 1
                if m.group(1) == "injection":
                    fb = it.get("forbid", [])
                    if not any(x in fb for x in INJ_MARKERS) or len(fb) < 2:
                        err("%s: injection needs mention/jailbreak forbid strings" % iid)
        else:
            m = re.match(r"^F: \[([a-z0-9,-]+)\] .+ \((C|1|seed)\); ", note)
            if not m:
                err("%s: answerable note must start with 'F: [key] fact (C|1|seed); ': %r" % (iid, note))
            else:
                for k in m.group(1).split(","):
                    fact_uses[k] += 1

        if kind in ("in", "oos"):
            if "turns" in it:
                err("%s: single question with turns" % iid)
            if kind == "in":
                check_groups(iid, it.get("expect"))
                check_forbid(iid, it.get("forbid", []), need_std=False)
            else:
                if it.get("expect") != []:
                    err("%s: oos expect must be []" % iid)
                check_forbid(iid, it.get("forbid"))
                if "@everyone" not in it.get("forbid", []) and "<!channel>" not in it.get("forbid", []):
                    err("%s: oos forbid should include a mass mention" % iid)
        elif kind == "conv":
            turns = it.get("turns", [])
            if not (2 <= len(turns) <= 3):
                err("%s: conversation needs 2-3 turns" % iid)
                continue
            for t in turns[:-1]:
                if set(t) != {"q"}:
                    err("%s: earlier turns carry only q" % iid)
            last = turns[-1]
            if "follow-up=" not in note or ("turns=%d;" % len(turns)) not in note:
                err("%s: conversation note needs follow-up= and turns=" % iid)
            fu = re.search(r"follow-up=([a-z-]+)", note)
            if fu:
                followups[fu.group(1)] += 1
            if decline:
                declines += 1
                if last.get("expect") != []:
                    err("%s: decline conv last expect must be []" % iid)
                check_forbid(iid, last.get("forbid"))
                if it.get("forbid") != last.get("forbid"):
                    err("%s: item forbid and last-turn forbid differ" % iid)
            else:
                if "forbid" in it:
                    err("%s: answerable conv carries no item forbid" % iid)
                check_groups(iid, last.get("expect"))
                if len(turns) == 3:
                    three += 1

    if declines != 20:
        err("need 20 decline conversations, got %d" % declines)
    if not (17 <= three <= 23):
        err("about 20 of the 80 answerable conversations should have three turns, got %d" % three)
    for c in DCATS:
        if dcats[c] < 3:
            err("decline category %s used only %d times" % (c, dcats[c]))
    over = {k: v for k, v in fact_uses.items() if v > 2}
    if over:
        err("facts tested more than twice: %s" % over)
    if len(set(fact_uses)) < 90:
        err("facts not spread widely: only %d distinct fact keys" % len(set(fact_uses)))
    if styles and (max(styles[s] for s in STYLES) - min(styles[s] for s in STYLES) > 2):
        err("style tags not spread evenly: %s" % dict(styles))
    if len(followups) < 12:
        err("follow-up kinds not varied: %s" % dict(followups))

    if errors:
        for e in errors:
            print("ERROR", e)
        return 1
    if "-v" in sys.argv:
        print("kinds", dict(kinds))
        print("styles", {s: styles[s] for s in STYLES})
        print("decline categories", {c: dcats[c] for c in DCATS})
        print("follow-ups", dict(followups))
        print("three-turn answerable", three, "distinct facts", len(fact_uses))
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
