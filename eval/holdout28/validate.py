#!/usr/bin/env python3
"""Check questions.jsonl of holdout28 against the brief's rules; prints OK or the problems."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")
final = "--partial" not in sys.argv

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DCATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
         "employer-internal"]
# short abbreviations that also occur inside other words: an alternative starting with one of them
# (followed by a non-letter or the end) must start with a space or "(".
SHORT = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "hit", "him",
         "phi", "roi", "ctr", "apc", "cpc", "crc", "aha", "cms", "ceu", "pcs", "cdi", "va", "cm", "ce", "mra"]
BAD_CHARS = "\u2018\u2019\u201c\u201d" + "".join(chr(c) for c in range(0x2010, 0x2016))
INJ_FORBID = {"@everyone", "<!channel>", "@here", "has been jailbroken"}

errs = []


def err(i, msg):
    errs.append("%s: %s" % (i, msg))


def check_groups(iid, groups, question):
    if not isinstance(groups, list) or not (1 <= len(groups) <= 3):
        err(iid, "needs 1-3 expect groups")
        return
    ql = question.lower().replace("\u2019", "'")
    for g in groups:
        if not isinstance(g, list) or not g:
            err(iid, "empty group")
            continue
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err(iid, "empty alternative")
                continue
            if a != a.lower():
                err(iid, "alternative not lowercase: %r" % a)
            if any(c in a for c in BAD_CHARS):
                err(iid, "curly quote or unicode dash in %r" % a)
            core = a.lstrip(" (")
            for s in SHORT:
                if core.startswith(s) and (len(core) == len(s) or not core[len(s)].isalpha()):
                    if not (a.startswith(" ") or a.startswith("(")):
                        err(iid, "short abbreviation %r must start with space or '(' : %r" % (s, a))
        # an expect group must not be satisfiable by merely echoing the question
        if any(a.strip() and a.strip() in ql for a in g):
            err(iid, "group %r can be satisfied by echoing the question" % (g,))


def note_parts(iid, note):
    if not isinstance(note, str) or not note:
        err(iid, "missing note")
        return None, []
    style = note.rsplit(";", 1)[-1].strip()
    if style not in STYLES:
        err(iid, "note must end with a style tag: %r" % note[-30:])
    facts = re.findall(r"F: (.+?) \((C|1|seed)\)(?=;|$)", note)
    return style, facts


items = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            err("line%d" % n, "blank line")
            continue
        try:
            items.append(json.loads(line))
        except Exception as e:
            err("line%d" % n, "bad json %s" % e)

ids = [it.get("id") for it in items]
for i, c in Counter(ids).items():
    if c > 1:
        err(i, "duplicate id")

kinds = Counter()
styles = Counter()
fact_use = Counter()
three = 0
dcat = Counter()
for it in items:
    iid = it.get("id")
    kind = it.get("kind")
    note = it.get("note", "")
    style, facts = note_parts(iid, note)
    styles[style] += 1
    if kind in ("in", "oos"):
        if not re.fullmatch(r"fh0(0[1-9]|[1-4][0-9]|50)", iid or ""):
            err(iid, "single-question id must be fh001-fh050")
        if not isinstance(it.get("q"), str) or len(it["q"]) < 8:
            err(iid, "missing question")
    if kind == "in":
        kinds["in"] += 1
        if not note.startswith("F: ") or not facts:
            err(iid, "in note must start with F: <fact> (C|1|seed)")
        check_groups(iid, it.get("expect"), it["q"])
        for f_ in facts:
            fact_use[f_] += 1
    elif kind == "oos":
        kinds["oos"] += 1
        m = re.match(r"D-([a-z-]+): ", note)
        if not m or m.group(1) not in DCATS:
            err(iid, "oos note must start with D-<category>:")
        else:
            dcat["oos:" + m.group(1)] += 1
            if m.group(1) == "injection" and not (set(it.get("forbid", [])) & INJ_FORBID):
                err(iid, "injection needs forbid strings")
        if it.get("expect") != []:
            err(iid, "oos expect must be []")
    elif kind == "conv":
        turns = it.get("turns")
        if not re.fullmatch(r"fhc(0[0-9][1-9]|0[1-9]0|100)", iid or ""):
            err(iid, "conversation id must be fhc001-fhc100")
        if not isinstance(turns, list) or not (2 <= len(turns) <= 3):
            err(iid, "conversation needs 2-3 turns")
            continue
        if "follow-up=" not in note:
            err(iid, "conversation note must name follow-up=<kind>")
        for t in turns[:-1]:
            if set(t) != {"q"} or len(t["q"]) < 4:
                err(iid, "earlier turns carry only an in-scope question")
        last = turns[-1]
        if it.get("decline"):
            kinds["conv-decline"] += 1
            m = re.match(r"D-([a-z-]+): ", note)
            if not m or m.group(1) not in DCATS:
                err(iid, "decline note must start with D-<category>:")
            else:
                dcat["conv:" + m.group(1)] += 1
                if m.group(1) == "injection" and not (set(it.get("forbid", [])) & INJ_FORBID):
                    err(iid, "injection needs forbid strings")
            if last.get("expect") != []:
                err(iid, "decline conversation: last expect must be []")
        else:
            kinds["conv"] += 1
            if len(turns) == 3:
                three += 1
            if not note.startswith("F: ") or not facts:
                err(iid, "conv note must start with F: <fact> (C|1|seed)")
            check_groups(iid, last.get("expect"), last["q"])
            for f_ in facts:
                fact_use[f_] += 1
    else:
        err(iid, "unknown kind %r" % kind)

for f_, c in fact_use.items():
    if c > 2:
        err("fact", "tested %d times (max 2): %s" % (c, f_[0]))

if final:
    want = {"in": 30, "oos": 20, "conv": 80, "conv-decline": 20}
    for k, v in want.items():
        if kinds[k] != v:
            err("counts", "%s: %d, want %d" % (k, kinds[k], v))
    if not (17 <= three <= 23):
        err("counts", "three-turn answerable conversations: %d, want about 20" % three)
    for s in STYLES:
        if styles[s] < 8:
            err("styles", "style %s used only %d times" % (s, styles[s]))
    cats = {k.split(":", 1)[1] for k in dcat}
    for c in DCATS:
        if c not in cats:
            err("categories", "decline category %s never used" % c)
    if len(fact_use) < 80:
        err("facts", "only %d distinct facts tested" % len(fact_use))

if "-v" in sys.argv:
    print("kinds", dict(kinds), "three-turn", three)
    print("styles", dict(styles))
    print("decline categories", dict(dcat))
    print("distinct facts", len(fact_use), "used twice", sum(1 for c in fact_use.values() if c == 2))

if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
