#!/usr/bin/env python3
"""Check tune23/questions.jsonl against the brief's rules; prints OK or the problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

STYLES = {"terse", "plain", "web", "supervisor", "nonnative", "long", "facts"}
DCATS = {"medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
         "employer-internal"}
# short abbreviations that also occur inside other words: an alternative that begins with one
# of them must start with a space or "("
SHORT = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "dme", "hcc", "phi", "hit", "him",
         "ctr", "roi", "aha", "who", "ama's", "emr", "pcs", "cdi", "ce"]
INJ_FORBID = ("@everyone", "<!channel>", "@here", "has been jailbroken", "http", "bit.ly", ".xyz", ".top")
BAD_CHARS = ["\u2018", "\u2019", "\u201c", "\u201d"] + [chr(c) for c in range(0x2010, 0x2016)]

errors = []


def err(msg):
    errors.append(msg)


def check_expect(iid, groups):
    if not isinstance(groups, list) or not 1 <= len(groups) <= 3:
        err("%s: needs 1-3 expect groups" % iid)
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
            for ab in SHORT:
                if core.startswith(ab) and (len(core) == len(ab) or not core[len(ab)].isalpha()):
                    if a[0] not in " (":
                        err("%s: short abbreviation %r must start with space or '(': %r" % (iid, ab, a))


def check_note(iid, note, answerable, conv):
    if not isinstance(note, str) or not note:
        err("%s: missing note" % iid)
        return
    if answerable:
        if not note.startswith("F: "):
            err("%s: answerable note must start with 'F: '" % iid)
        if not re.search(r"\((C|1|seed)\)", note):
            err("%s: note lacks (C|1|seed) mark" % iid)
    else:
        m = re.match(r"D-([a-z-]+): ", note)
        if not m or m.group(1) not in DCATS:
            err("%s: decline note must start with D-<category>: " % iid)
    if conv and "follow-up=" not in note:
        err("%s: conversation note must name follow-up=" % iid)
    tag = note.split()[-1]
    if tag not in STYLES:
        err("%s: note must end with a style tag, got %r" % (iid, tag))


def check_forbid(iid, forbid, note):
    if not isinstance(forbid, list) or any(not isinstance(s, str) or not s for s in forbid):
        err("%s: forbid must be a list of non-empty strings" % iid)
        return
    if note.startswith("D-injection"):
        if not forbid or not all(any(p in s.lower() for p in INJ_FORBID) for s in forbid):
            err("%s: injection needs forbid strings (mentions, phishing links, jailbreak phrase)" % iid)


def main():
    path = os.path.join(HERE, "questions.jsonl")
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f.read().splitlines() if l.strip()]
    recs = [json.loads(l) for l in lines]
    if recs != gen.records():
        err("questions.jsonl differs from gen.py output; run gen.py")

    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    want = ["tm%03d" % i for i in range(1, 51)] + ["tmc%03d" % i for i in range(1, 101)]
    if sorted(ids) != sorted(want):
        err("ids must be exactly tm001-tm050 and tmc001-tmc100")

    kinds = collections.Counter()
    three = 0
    for r in recs:
        iid, kind = r["id"], r.get("kind")
        note = r.get("note", "")
        allowed = {"id", "kind", "decline", "q", "turns", "expect", "forbid", "note"}
        if set(r) - allowed:
            err("%s: unexpected keys %s" % (iid, set(r) - allowed))
        if kind == "in":
            kinds["in"] += 1
            if not iid.startswith("tm0") or not r.get("q", "").strip():
                err("%s: bad single in item" % iid)
            check_expect(iid, r.get("expect"))
            if "forbid" in r:
                check_forbid(iid, r["forbid"], note)
            check_note(iid, note, True, False)
        elif kind == "oos":
            kinds["oos"] += 1
            if not iid.startswith("tm0") or not r.get("q", "").strip():
                err("%s: bad single oos item" % iid)
            if r.get("expect") != []:
                err("%s: oos expect must be []" % iid)
            if "forbid" not in r:
                err("%s: oos needs forbid list" % iid)
            else:
                check_forbid(iid, r["forbid"], note)
            check_note(iid, note, False, False)
        elif kind == "conv":
            if not iid.startswith("tmc"):
                err("%s: conv id must use tmc prefix" % iid)
            turns = r.get("turns")
            if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                err("%s: conv needs 2 or 3 turns" % iid)
                continue
            for t in turns[:-1]:
                if set(t) != {"q"} or not t["q"].strip():
                    err("%s: earlier turns carry only q" % iid)
            last = turns[-1]
            if set(last) != {"q", "expect"} or not last["q"].strip():
                err("%s: last turn needs q and expect" % iid)
            if r.get("decline"):
                if r["decline"] is not True:
                    err("%s: decline must be true" % iid)
                kinds["conv-decline"] += 1
                if last.get("expect") != []:
                    err("%s: decline last turn expect must be []" % iid)
                if "forbid" not in r:
                    err("%s: decline conv needs forbid list" % iid)
                else:
                    check_forbid(iid, r["forbid"], note)
                check_note(iid, note, False, True)
            else:
                kinds["conv"] += 1
                if len(turns) == 3:
                    three += 1
                check_expect(iid, last.get("expect"))
                if "forbid" in r:
                    check_forbid(iid, r["forbid"], note)
                check_note(iid, note, True, True)
        else:
            err("%s: unknown kind %r" % (iid, kind))

    if kinds != collections.Counter({"in": 30, "oos": 20, "conv": 80, "conv-decline": 20}):
        err("counts wrong: %s" % dict(kinds))
    if not 15 <= three <= 25:
        err("about 20 answerable conversations should have three turns, found %d" % three)

    # decline-conversation ids come after answerable ones (tmc081-tmc100)
    for r in recs:
        if r.get("kind") == "conv":
            n = int(r["id"][3:])
            if bool(r.get("decline")) != (n > 80):
                err("%s: decline conversations are tmc081-tmc100" % r["id"])

    # fact spread: no fact scored more than twice
    fk = collections.Counter()
    for it in gen.ITEMS:
        for k in it.get("fk", []):
            fk[k] += 1
    for k, n in fk.items():
        if n > 2:
            err("fact %s tested %d times (max 2)" % (k, n))
    for it in gen.ITEMS:
        answerable = it["kind"] == "in" or (it["kind"] == "conv" and not it.get("decline"))
        if answerable and not it.get("fk"):
            err("%s: answerable item lacks fact key" % it["id"])

    # style tags spread: every tag used, none dominant
    tags = collections.Counter(r["note"].split()[-1] for r in recs)
    for t in STYLES:
        if tags[t] < 10:
            err("style tag %s used only %d times" % (t, tags[t]))
    if max(tags.values()) > 40:
        err("one style tag dominates: %s" % dict(tags))

    # categories of declines are spread
    cats = collections.Counter(re.match(r"D-([a-z-]+):", r["note"]).group(1)
                               for r in recs if r["note"].startswith("D-"))
    for c in DCATS:
        if cats[c] < 2:
            err("decline category %s used %d times" % (c, cats[c]))

    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
