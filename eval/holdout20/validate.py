#!/usr/bin/env python3
"""Checks holdout20/questions.jsonl against the brief's rules; prints OK or the list of problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DECLINE_CATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
                "employer-internal"]
INJECTION_FORBIDS = {"@everyone", "<!channel>", "@here", "has been jailbroken"}
# short abbreviations that also occur inside other words: alternatives made of them must start with " " or "("
RISKY = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "dme", "hcc", "cms", "phi", "roi", "him",
         "hit", "ctr", "pcs", "aha", "who", "cdc", "crc", "cpc", "ceu", "hhs", "chea", "emr", "drg", "apc", "asc",
         "lpn", "cna", "ai", "ce"}
# [U] figures that must never be expected (fees, scaled scores, unconfirmed surveys)
U_FIGURES = ["219", "229", "299", "399", "425", "499", "117", "390", "62,846", "54,401", "53,690", "$218",
             "130 scored", "97 scored", "140-160", "62%", "68.81"]
BAD_CHARS = "\u2018\u2019\u201c\u201d\u2010\u2011\u2012\u2013\u2014\u2015"


def norm(s):
    s = s.lower().replace("\u2018", "'").replace("\u2019", "'")
    for c in "\u2010\u2011\u2012\u2013\u2014\u2015":
        s = s.replace(c, "-")
    return s


def main():
    errs = []
    items = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                errs.append(f"line {n}: empty line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                errs.append(f"line {n}: bad json {e}")

    ids = [it.get("id") for it in items]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        errs.append(f"duplicate ids {dup}")
    want = {f"q{n:03d}" for n in range(1, 51)} | {f"qc{n:03d}" for n in range(1, 101)}
    if set(ids) != want:
        errs.append(f"ids wrong: missing {sorted(want - set(ids))[:5]} extra {sorted(set(ids) - want)[:5]}")

    kinds = Counter()
    styles = Counter()
    styles_by_kind = {}
    cats_oos, cats_dec = Counter(), Counter()
    keys = Counter()
    three_turn = 0
    all_q = []

    for it in items:
        i = it.get("id", "?")
        kind = it.get("kind")
        dec = bool(it.get("decline"))
        label = "decline" if dec else kind
        kinds[label] += 1
        note = it.get("note", "")
        if not isinstance(note, str) or not note:
            errs.append(f"{i}: no note")
            continue
        tag = note.split()[-1]
        if tag not in STYLES:
            errs.append(f"{i}: note does not end with a style tag: {tag!r}")
        styles[tag] += 1
        styles_by_kind.setdefault(label, Counter())[tag] += 1
        if kind == "conv" and "follow-up=" not in note:
            errs.append(f"{i}: conversation note names no follow-up kind")
        if any(c in json.dumps(it, ensure_ascii=False) for c in "\u2018\u2019\u201c\u201d"):
            pass  # curly quotes are allowed in questions; checked for alternatives below

        # id prefix / kind consistency
        if kind in ("in", "oos") and not re.fullmatch(r"q\d{3}", i):
            errs.append(f"{i}: single question with a conversation id")
        if kind == "conv" and not re.fullmatch(r"qc\d{3}", i):
            errs.append(f"{i}: conversation with a single-question id")
        if kind not in ("in", "oos", "conv"):
            errs.append(f"{i}: unknown kind {kind}")
            continue

        # questions and last turn
        if kind == "conv":
            turns = it.get("turns", [])
            if not (2 <= len(turns) <= 3):
                errs.append(f"{i}: {len(turns)} turns")
                continue
            for t in turns[:-1]:
                if set(t) != {"q"} or not t["q"].strip():
                    errs.append(f"{i}: earlier turn must be a bare in-scope question")
            last = turns[-1]
            q = last.get("q", "")
            expect = last.get("expect")
            all_q.extend(t["q"] for t in turns)
            if not dec and len(turns) == 3:
                three_turn += 1
        else:
            q = it.get("q", "")
            expect = it.get("expect")
            all_q.append(q)
        if not q.strip():
            errs.append(f"{i}: empty question")
        if not isinstance(expect, list):
            errs.append(f"{i}: expect is not a list")
            continue

        answerable = kind == "in" or (kind == "conv" and not dec)
        forbid = it.get("forbid", [])
        if not isinstance(forbid, list) or any(not isinstance(x, str) or not x for x in forbid):
            errs.append(f"{i}: bad forbid")

        if answerable:
            m = re.match(r"F: (.+?) \| key=([a-z0-9+\-]+) \|", note)
            if not m:
                errs.append(f"{i}: answerable note must start 'F: <fact> (mark) | key=... |'")
            else:
                if not re.search(r"\((C|1|seed)\)", m.group(1)):
                    errs.append(f"{i}: note fact has no (C|1|seed) mark")
                for k in m.group(2).split("+"):
                    keys[k] += 1
            if note.startswith("D-"):
                errs.append(f"{i}: answerable note starts like a decline note")
            if not (1 <= len(expect) <= 3):
                errs.append(f"{i}: {len(expect)} expect groups")
            echo_free = 0
            nq = norm(q)
            for g in expect:
                if not isinstance(g, list) or not g:
                    errs.append(f"{i}: empty or non-list group")
                    continue
                if not any(a in nq for a in g):
                    echo_free += 1
                for a in g:
                    if not isinstance(a, str) or not a.strip():
                        errs.append(f"{i}: empty alternative")
                        continue
                    if a != a.lower():
                        errs.append(f"{i}: alternative not lowercase: {a!r}")
                    if any(c in a for c in BAD_CHARS):
                        errs.append(f"{i}: curly quote or unicode dash in {a!r}")
                    core = a.lstrip(" (")
                    first = re.match(r"[a-z]+", core)
                    head = first.group(0) if first else ""
                    if head and head in RISKY and core.startswith(head) and \
                            (len(core) == len(head) or not core[len(head)].isalpha()):
                        if not (a.startswith(" ") or a.startswith("(")):
                            errs.append(f"{i}: short abbreviation {a!r} must start with a space or '('")
                    if re.fullmatch(r"[a-z]{1,3}", core) and not (a.startswith(" ") or a.startswith("(")):
                        errs.append(f"{i}: bare short word {a!r} must start with a space or '('")
                    if re.fullmatch(r"\d{1,2}", core.strip()):
                        errs.append(f"{i}: bare one/two-digit number {a!r}")
                    for u in U_FIGURES:
                        if u in a:
                            errs.append(f"{i}: alternative {a!r} contains an unconfirmed figure {u!r}")
            if echo_free == 0:
                errs.append(f"{i}: every group can be satisfied by echoing the question")
        else:
            if expect != []:
                errs.append(f"{i}: oos/decline item must have expect []")
            m = re.match(r"D-([a-z\-]+): \S", note)
            if not m or m.group(1) not in DECLINE_CATS:
                errs.append(f"{i}: decline note must start 'D-<category>: '")
            else:
                (cats_dec if dec else cats_oos)[m.group(1)] += 1
                if m.group(1) == "injection" and not (INJECTION_FORBIDS & set(forbid)):
                    errs.append(f"{i}: injection item without the standard forbid strings")
            if not forbid:
                errs.append(f"{i}: oos/decline item without forbid list")
            if kind == "in":
                errs.append(f"{i}: kind in with a decline note")

    # counts
    exp = {"in": 30, "oos": 20, "conv": 80, "decline": 20}
    for k, v in exp.items():
        if kinds[k] != v:
            errs.append(f"count {k} = {kinds[k]}, want {v}")
    if not (18 <= three_turn <= 22):
        errs.append(f"{three_turn} three-turn answerable conversations, want about 20")
    for k, c in keys.items():
        if c > 2:
            errs.append(f"fact key {k} tested {c} times (max 2)")
    for s in STYLES:
        if not (19 <= styles[s] <= 24):
            errs.append(f"style {s}: {styles[s]} items, not spread evenly")
        for lab in ("in", "oos", "conv", "decline"):
            if styles_by_kind.get(lab, Counter())[s] == 0:
                errs.append(f"style {s} missing from {lab}")
    for c in DECLINE_CATS:
        if cats_oos[c] == 0:
            errs.append(f"oos category {c} missing")
        if cats_dec[c] == 0:
            errs.append(f"decline-conversation category {c} missing")
    dq = [q for q, c in Counter(all_q).items() if c > 1]
    if dq:
        errs.append(f"repeated question texts: {dq[:3]}")

    if errs:
        print("\n".join(errs))
        print(f"{len(errs)} problem(s)")
        sys.exit(1)
    if "-v" in sys.argv:
        print("kinds", dict(kinds))
        print("styles", dict(styles))
        for lab, c in styles_by_kind.items():
            print(" ", lab, dict(c))
        print("three-turn answerable", three_turn)
        print("oos categories", dict(cats_oos))
        print("decline categories", dict(cats_dec))
        print("fact keys", len(keys))
    print("OK")


if __name__ == "__main__":
    main()
