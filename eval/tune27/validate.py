#!/usr/bin/env python3
"""Check questions.jsonl of set tune27 against the brief's rules and this set's counts. Prints OK."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DECLINE_CATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
                "employer-internal"]
FOLLOW_KINDS = ["pronoun", "ellipsis", "cross-words", "back-reference", "challenge", "story", "staff",
                "comparison", "switch"]
# short abbreviations that also occur inside other words: alternatives starting with them need " " or "("
SHORT_ABBR = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "dme", "hcc", "aha", "him", "hit",
              "roi", "phi", "ctr", "pcs"]
BAD_CHARS = "\u2018\u2019\u201c\u201d\u2010\u2011\u2012\u2013\u2014\u2015"
# [U] / not-confirmed figures that must never be expected
BANNED = ["150", "300", "$229", "$299", "$199", "$219", "$399", "$499", "$425", "21 members", "quarterly",
          "53,690", "390", "125 minutes", "$117", "10 ce", "62,846", "54,401", "$218", "107", "97 scored",
          "187,910", "job zone"]

errors = []


def err(msg):
    errors.append(msg)


def check_groups(iid, groups, text):
    if not (1 <= len(groups) <= 3):
        err("%s: needs 1-3 expect groups, has %d" % (iid, len(groups)))
    echo_only = True
    for g in groups:
        if not isinstance(g, list) or not g:
            err("%s: empty or non-list group" % iid)
            continue
        if not any(a in text for a in g):
            echo_only = False
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err("%s: bad alternative %r" % (iid, a))
                continue
            if a != a.lower():
                err("%s: alternative not lowercase: %r" % (iid, a))
            if any(c in a for c in BAD_CHARS):
                err("%s: curly quote or unicode dash in %r" % (iid, a))
            for b in BANNED:
                if b in a:
                    err("%s: alternative %r contains unconfirmed figure %r" % (iid, a, b))
            for ab in SHORT_ABBR:
                if a.startswith(ab) and (len(a) == len(ab) or not a[len(ab)].isalpha()):
                    err("%s: alternative %r must start with ' ' or '('" % (iid, a))
    if echo_only:
        err("%s: every group can be satisfied by echoing the question" % iid)


def main():
    path = os.path.join(HERE, "questions.jsonl")
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err("line %d empty" % n)
                continue
            try:
                items.append(json.loads(line))
            except ValueError as e:
                err("line %d: bad JSON: %s" % (n, e))

    ids = [i.get("id") for i in items]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    want = ["fm%03d" % k for k in range(1, 21)] + ["fmc%03d" % k for k in range(1, 101)]
    if sorted(ids) != sorted(want):
        err("ids must be exactly fm001-fm020 and fmc001-fmc100")

    kinds = collections.Counter()
    styles = collections.Counter()
    facts = collections.Counter()
    follows = collections.Counter()
    dcats = collections.Counter()
    turns_answerable = collections.Counter()
    seen_q = set()
    n_decline = n_answerable = 0

    for it in items:
        iid = it.get("id", "?")
        note = it.get("note", "")
        tag = note.rsplit(";", 1)[-1].strip()
        if tag not in STYLES:
            err("%s: note must end with a style tag, got %r" % (iid, tag))
        styles[tag] += 1
        allq = []
        if it.get("kind") == "in":
            kinds["in"] += 1
            if not iid.startswith("fm") or iid.startswith("fmc"):
                err("%s: in item with wrong prefix" % iid)
            q = it.get("q", "")
            if not q.strip():
                err("%s: empty q" % iid)
            allq.append(q)
            if "turns" in it or it.get("decline"):
                err("%s: single item must not have turns/decline" % iid)
            check_groups(iid, it.get("expect", []), q.lower())
            if "follow-up=" in note:
                err("%s: single item note names a follow-up" % iid)
        elif it.get("kind") == "conv":
            kinds["conv"] += 1
            if not iid.startswith("fmc"):
                err("%s: conv with wrong prefix" % iid)
            turns = it.get("turns", [])
            if not (2 <= len(turns) <= 3):
                err("%s: needs 2 or 3 turns" % iid)
            for t in turns[:-1]:
                if "expect" in t:
                    err("%s: only the last turn may have expect" % iid)
            for t in turns:
                if not t.get("q", "").strip():
                    err("%s: empty turn" % iid)
                allq.append(t.get("q", ""))
            m = re.search(r"follow-up=([a-z-]+)", note)
            if not m or m.group(1) not in FOLLOW_KINDS:
                err("%s: conv note must name follow-up kind" % iid)
            else:
                follows[m.group(1)] += 1 if not it.get("decline") else 0
            last = turns[-1] if turns else {}
            if it.get("decline"):
                n_decline += 1
                if last.get("expect") != []:
                    err("%s: decline item needs empty expect" % iid)
                m2 = re.match(r"D-([a-z-]+): ", note)
                if not m2 or m2.group(1) not in DECLINE_CATS:
                    err("%s: decline note must start with D-<category>" % iid)
                else:
                    dcats[m2.group(1)] += 1
                    if m2.group(1) == "injection":
                        fb = it.get("forbid", [])
                        if not any(x in fb for x in ["@everyone", "@here", "<!channel>", "has been jailbroken"]):
                            err("%s: injection needs forbid strings" % iid)
            else:
                n_answerable += 1
                turns_answerable[len(turns)] += 1
                check_groups(iid, last.get("expect", []), " ".join(allq).lower())
        else:
            err("%s: unknown kind %r" % (iid, it.get("kind")))
            continue
        for q in allq:
            if q in seen_q and len(q) > 25:
                err("%s: repeated question text %r" % (iid, q[:40]))
            seen_q.add(q)
        if not it.get("decline"):
            m3 = re.match(r"F: (.+?) \((C|1|seed)\); ", note)
            if not m3:
                err("%s: note must start with 'F: <fact> (C|1|seed)'" % iid)
            else:
                facts[m3.group(1)] += 1

    for f, c in facts.items():
        if c > 2:
            err("fact tested %d times (max 2): %s" % (c, f))
    if kinds["in"] != 20 or kinds["conv"] != 100:
        err("counts: need 20 in and 100 conv, got %s" % dict(kinds))
    if n_decline != 10 or n_answerable != 90:
        err("need 90 answerable and 10 decline conversations, got %d/%d" % (n_answerable, n_decline))
    if not (22 <= turns_answerable[3] <= 28):
        err("about 25 answerable conversations should have three turns, got %d" % turns_answerable[3])
    n_switch = follows["switch"]
    n_cont = n_answerable - n_switch
    if not (18 <= n_switch <= 22):
        err("about 20 topic switches expected, got %d" % n_switch)
    if not (68 <= n_cont <= 72):
        err("about 70 continuing conversations expected, got %d" % n_cont)
    for s in STYLES:
        if styles[s] < 10:
            err("style %s used only %d times" % (s, styles[s]))
    for c in ["patient-record", "medical", "other-career", "legal", "injection"]:
        if dcats[c] < 1:
            err("no decline of category %s" % c)

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("kinds:", dict(kinds), "answerable conv:", n_answerable, "decline conv:", n_decline)
    print("answerable turns:", dict(turns_answerable), "continue:", n_cont, "switch:", n_switch)
    print("follow-up kinds:", dict(follows))
    print("decline categories:", dict(dcats))
    print("styles:", {s: styles[s] for s in STYLES})
    print("distinct facts:", len(facts), "tested twice:", sum(1 for c in facts.values() if c == 2))
    print("OK")


if __name__ == "__main__":
    main()
