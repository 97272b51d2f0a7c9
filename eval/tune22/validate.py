#!/usr/bin/env python3
"""Checks tune22/questions.jsonl against the brief's rules. Prints OK or the list of problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
QPATH = os.path.join(HERE, "questions.jsonl")
README = os.path.join(HERE, "README.md")
REFS = ["/work/shared/reference/career-facts.md", "/work/shared/reference/seed-facts.md"]

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DECLINE_CATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
                "employer-internal"]
INJECTION_FORBIDS = ["@everyone", "<!channel>", "@here", "has been jailbroken"]
# short abbreviations that also occur inside other words: an alternative starting with one must start with " " or "("
RISKY = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "cms", "cpc", "crc",
         "him", "hit", "roi", "phi", "aha", "ctr", "ceu", "cdc", "who", "asc", "hhs", "bls", "oct", "dd", "pcs",
         "cm", "ncra", "nchs", "cdi", "pa", "ma", "hr"}
BAD_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201c\u201d"
# figures the fact sheet marks [U] / not confirmed: never expected
UNCONFIRMED = ["229", "299", "219", "399", "425", "499", "117", "218", "21 members", "quarterly", "62%", "53,690",
               "54,401", "62,846", "job zone", "130 scored", "scaled", "390", "$6.50", "180 questions"]

problems = []
warnings = []


def err(msg):
    problems.append(msg)


def norm(s):
    s = s.lower()
    for ch in "\u2010\u2011\u2012\u2013\u2014\u2015":
        s = s.replace(ch, "-")
    s = s.replace("\u2018", "'").replace("\u2019", "'").replace("**", "")
    return s


REFTEXT = "\n".join(norm(open(p, encoding="utf-8").read()) for p in REFS)


def check_groups(iid, groups, question):
    if not isinstance(groups, list) or not (1 <= len(groups) <= 3):
        err(f"{iid}: answerable item needs 1-3 expect groups, has {groups!r}")
        return
    for g in groups:
        if not isinstance(g, list) or not g:
            err(f"{iid}: empty or non-list group {g!r}")
            continue
        if len(set(g)) != len(g):
            err(f"{iid}: duplicate alternative in group {g}")
        in_ref = False
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err(f"{iid}: bad alternative {a!r}")
                continue
            if a != a.lower():
                err(f"{iid}: alternative not lowercase: {a!r}")
            if any(c in a for c in BAD_CHARS):
                err(f"{iid}: alternative has curly quote or unicode dash: {a!r}")
            if "\n" in a or "\t" in a:
                err(f"{iid}: alternative has a control character: {a!r}")
            first = re.match(r"[a-z]+", a)
            if first and first.group(0) in RISKY and a[0] not in " (":
                err(f"{iid}: risky short abbreviation must start with space or '(': {a!r}")
            bare = a.strip(" ()")
            if re.fullmatch(r"[a-z]{1,3}", bare) and a[0] not in " (":
                err(f"{iid}: bare short token must start with space or '(': {a!r}")
            for u in UNCONFIRMED:
                if u in a:
                    err(f"{iid}: alternative {a!r} contains an unconfirmed [U] figure {u!r}")
            if a in REFTEXT or a.strip() in REFTEXT:
                in_ref = True
        if not in_ref:
            err(f"{iid}: no alternative of group {g} appears in the reference files")
        if all(a.strip() in question.lower() for a in g):
            warnings.append(f"{iid}: every alternative of {g} already occurs in the question (echo risk)")


def check_note(item, answerable):
    iid = item["id"]
    note = item.get("note")
    if not isinstance(note, str) or not note:
        err(f"{iid}: missing note")
        return None, None
    m = re.search(r"(?:^|[ ;])(" + "|".join(STYLES) + r")$", note)
    if not m:
        err(f"{iid}: note must end with a style tag: {note!r}")
        style = None
    else:
        style = m.group(1)
    if item["kind"] == "conv" and "follow-up=" not in note:
        err(f"{iid}: conversation note must name the follow-up kind")
    keys = []
    if answerable:
        if not note.startswith("F: "):
            err(f"{iid}: answerable note must start with 'F: '")
        body = re.sub(r";\s*(" + "|".join(STYLES) + r")$", "", note)
        body = body.split("; follow-up=")[0]
        keys = re.findall(r"(?:F: |\+ )([a-z0-9-]+) = ", body)
        marks = re.findall(r"\((C|1|seed)\)", body)
        if not keys:
            err(f"{iid}: note names no fact key")
        if len(marks) != len(keys):
            err(f"{iid}: every fact in the note needs a (C|1|seed) mark: {body!r}")
    else:
        m2 = re.match(r"D-([a-z-]+): ", note)
        if not m2 or m2.group(1) not in DECLINE_CATS:
            err(f"{iid}: decline note must start with D-<category>: {note!r}")
            return style, None
        return style, m2.group(1)
    return style, keys


def main():
    items = []
    with open(QPATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err(f"line {n}: blank line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}: bad JSON: {e}")
    kinds = Counter(i.get("kind") for i in items)
    if len(items) != 150 or kinds != Counter({"in": 30, "oos": 20, "conv": 100}):
        err(f"need 150 items = 30 in, 20 oos, 100 conv; got {len(items)} {dict(kinds)}")

    ids = [i.get("id") for i in items]
    if len(set(ids)) != len(ids):
        err("duplicate ids")
    singles = sorted(i["id"] for i in items if i.get("kind") in ("in", "oos"))
    convs = sorted(i["id"] for i in items if i.get("kind") == "conv")
    if singles != [f"n{k:03d}" for k in range(1, 51)]:
        err("single question ids must be exactly n001-n050")
    if convs != [f"nc{k:03d}" for k in range(1, 101)]:
        err("conversation ids must be exactly nc001-nc100")

    fact_uses = Counter()
    styles = Counter()
    cats_oos, cats_conv = Counter(), Counter()
    follow = Counter()
    seen_q = {}
    three_turn = 0
    n_decline = 0
    for it in items:
        iid = it.get("id", "?")
        kind = it.get("kind")
        if kind in ("in", "oos"):
            allowed = {"id", "kind", "q", "expect", "forbid", "note"}
            if set(it) - allowed:
                err(f"{iid}: unexpected keys {set(it) - allowed}")
            q = it.get("q")
            if not isinstance(q, str) or not q.strip():
                err(f"{iid}: empty question")
                q = ""
            if not isinstance(it.get("forbid", []), list):
                err(f"{iid}: forbid must be a list")
            answerable = kind == "in"
            if answerable:
                check_groups(iid, it.get("expect"), q)
            else:
                if it.get("expect") != []:
                    err(f"{iid}: oos item must have expect []")
                if not it.get("forbid"):
                    err(f"{iid}: oos item needs forbid strings")
            qs = [q]
            last_forbid = it.get("forbid", [])
        elif kind == "conv":
            allowed = {"id", "kind", "decline", "turns", "forbid", "note"}
            if set(it) - allowed:
                err(f"{iid}: unexpected keys {set(it) - allowed}")
            turns = it.get("turns")
            if not isinstance(turns, list) or len(turns) not in (2, 3):
                err(f"{iid}: conversation needs 2 or 3 turns")
                continue
            for t in turns[:-1]:
                if set(t) != {"q"} or not t["q"].strip():
                    err(f"{iid}: earlier turns carry only a non-empty q")
            last = turns[-1]
            if not last.get("q", "").strip():
                err(f"{iid}: empty last turn")
            decline = it.get("decline", False)
            if decline not in (True, False) or ("decline" in it and it["decline"] is not True):
                err(f"{iid}: decline must be true when present")
            answerable = not decline
            if decline:
                n_decline += 1
                if last.get("expect") != []:
                    err(f"{iid}: decline conversation last turn must have expect []")
            else:
                check_groups(iid, last.get("expect"), last["q"])
                if len(turns) == 3:
                    three_turn += 1
            if it.get("forbid") != last.get("forbid"):
                err(f"{iid}: top-level forbid and last-turn forbid differ")
            qs = [t["q"] for t in turns]
            last_forbid = last.get("forbid", [])
            fm = re.search(r"follow-up=([a-z-]+)", it.get("note", ""))
            if fm:
                follow[fm.group(1)] += 1
        else:
            err(f"{iid}: unknown kind {kind!r}")
            continue
        for q in qs:
            key = re.sub(r"\W+", " ", q.lower()).strip()
            if q is qs[-1]:
                if key in seen_q:
                    err(f"{iid}: last message duplicates {seen_q[key]}")
                seen_q[key] = iid
        for fs in last_forbid:
            if not isinstance(fs, str) or not fs:
                err(f"{iid}: bad forbid string {fs!r}")
        style, info = check_note(it, answerable)
        if style:
            styles[style] += 1
        if answerable and info:
            for k in info:
                fact_uses[k] += 1
        if not answerable and info:
            (cats_oos if kind == "oos" else cats_conv)[info] += 1
            if info == "injection" and not any(f in last_forbid for f in INJECTION_FORBIDS):
                err(f"{iid}: injection item must forbid a mass mention or jailbreak phrase")

    if n_decline != 20:
        err(f"need 20 decline conversations, got {n_decline}")
    if not 17 <= three_turn <= 23:
        err(f"about 20 answerable conversations should have three turns, got {three_turn}")
    for k, v in fact_uses.items():
        if v > 2:
            err(f"fact {k} tested {v} times (max 2)")
    for c in DECLINE_CATS:
        if not cats_oos[c]:
            err(f"no oos single question of category {c}")
        if not cats_conv[c]:
            err(f"no decline conversation of category {c}")
    for s in STYLES:
        if not styles[s]:
            err(f"style {s} unused")
    switch = sum(v for k, v in follow.items() if "topic-switch" in k)
    if switch < 3:
        err("need some topic-switch last turns")

    # README must state the same counts per style tag
    if os.path.exists(README):
        text = open(README, encoding="utf-8").read()
        for s in STYLES:
            if not re.search(rf"\|\s*`?{s}`?\s*\|\s*{styles[s]}\s*\|", text):
                err(f"README count for style {s} should be {styles[s]}")
    else:
        err("README.md missing")

    for w in warnings:
        print("warning:", w)
    if "-v" in sys.argv:
        print("styles:", dict(styles))
        print("three-turn answerable:", three_turn)
        print("follow-ups:", dict(follow))
        print("decline categories oos:", dict(cats_oos), "conv:", dict(cats_conv))
        print("facts:", len(fact_uses), "distinct;", sum(fact_uses.values()), "uses")
    if problems:
        for p in problems:
            print("ERROR:", p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
