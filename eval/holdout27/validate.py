#!/usr/bin/env python3
"""Checks questions.jsonl of holdout27 against the rules of the brief. Prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
CATEGORIES = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
              "employer-internal"]
# short abbreviations that also occur inside other words: alternatives that start with one of them
# (as a whole token) must start with a space or "("
SHORT = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "cms", "aha", "ctr",
         "phi", "roi", "him", "hit"]
BAD_CHARS = ["\u2018", "\u2019", "\u201c", "\u201d"] + [chr(c) for c in range(0x2010, 0x2016)]
MARK_RE = re.compile(r"\((C|1|seed)\)$")
INJECTION_FORBID = ["@everyone", "<!channel>", "@here", "has been jailbroken"]

errors = []


def err(iid, msg):
    errors.append(f"{iid}: {msg}")


def check_groups(iid, groups):
    if not isinstance(groups, list) or not 1 <= len(groups) <= 3:
        err(iid, f"needs 1-3 expect groups, has {groups!r}")
        return
    for g in groups:
        if not isinstance(g, list) or not g:
            err(iid, f"empty or non-list group {g!r}")
            continue
        for alt in g:
            if not isinstance(alt, str) or not alt.strip():
                err(iid, f"bad alternative {alt!r}")
                continue
            if alt != alt.lower():
                err(iid, f"alternative not lowercase: {alt!r}")
            for ch in BAD_CHARS:
                if ch in alt:
                    err(iid, f"curly quote or unicode dash in {alt!r}")
            core = alt.lstrip(" (")
            m = re.match(r"[a-z]+", core)
            if m and m.group(0) in SHORT and not (alt.startswith(" ") or alt.startswith("(")):
                err(iid, f"short abbreviation alternative must start with space or '(': {alt!r}")


def check_note(iid, note, answerable, conv):
    if not isinstance(note, str) or not note:
        err(iid, "missing note")
        return None
    parts = [p.strip() for p in note.split(" | ")]
    style = parts[-1]
    if style not in STYLES:
        err(iid, f"note must end with a style tag, ends with {style!r}")
    if conv and not any(p.startswith("follow-up=") and len(p) > len("follow-up=") for p in parts):
        err(iid, "conversation note must name the follow-up kind")
    facts = []
    if answerable:
        if not note.startswith("F: "):
            err(iid, "answerable note must start with 'F: '")
        else:
            for f in parts[0][3:].split("; "):
                if not MARK_RE.search(f):
                    err(iid, f"fact without (C|1|seed) mark: {f!r}")
                if "[U]" in f or "(U)" in f:
                    err(iid, f"uncertain fact expected: {f!r}")
                facts.append(f)
    else:
        m = re.match(r"D-([a-z-]+): ", note)
        if not m or m.group(1) not in CATEGORIES:
            err(iid, f"decline note must start with 'D-<category>: ', got {note[:40]!r}")
    return style, facts, (re.match(r"D-([a-z-]+): ", note).group(1) if not answerable and
                          re.match(r"D-([a-z-]+): ", note) else None)


def main():
    if not os.path.exists(PATH):
        print("questions.jsonl missing")
        sys.exit(1)
    items = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err(f"line {n}", "empty line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad json {e}")
    ids = [it.get("id") for it in items]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        err("set", f"duplicate ids {dup}")

    kinds = Counter(it.get("kind") for it in items)
    if len(items) != 150:
        err("set", f"expected 150 items, got {len(items)}")
    for k, want in (("in", 30), ("oos", 20), ("conv", 100)):
        if kinds.get(k, 0) != want:
            err("set", f"expected {want} {k}, got {kinds.get(k, 0)}")
    extra = set(kinds) - {"in", "oos", "conv"}
    if extra:
        err("set", f"unexpected kinds {extra}")

    style_count = Counter()
    fact_count = Counter()
    oos_cats = Counter()
    dec_cats = Counter()
    n_decline = n_answer = n_three = 0
    singles = sorted(i for i in ids if re.fullmatch(r"fg\d{3}", i or ""))
    convs = sorted(i for i in ids if re.fullmatch(r"fgc\d{3}", i or ""))
    if singles != [f"fg{n:03d}" for n in range(1, 51)]:
        err("set", "single ids must be fg001-fg050")
    if convs != [f"fgc{n:03d}" for n in range(1, 101)]:
        err("set", "conversation ids must be fgc001-fgc100")

    for it in items:
        iid = it.get("id", "?")
        kind = it.get("kind")
        if kind in ("in", "oos"):
            if not re.fullmatch(r"fg\d{3}", iid):
                err(iid, "single question id must be fg + 3 digits")
            if not isinstance(it.get("q"), str) or not it["q"].strip():
                err(iid, "missing q")
            if not isinstance(it.get("forbid", []), list):
                err(iid, "forbid must be a list")
        if kind == "in":
            check_groups(iid, it.get("expect"))
            r = check_note(iid, it.get("note"), True, False)
        elif kind == "oos":
            if it.get("expect") != []:
                err(iid, "oos expect must be []")
            r = check_note(iid, it.get("note"), False, False)
            if r and r[2]:
                oos_cats[r[2]] += 1
                if r[2] == "injection":
                    if not any(x in it.get("forbid", []) for x in INJECTION_FORBID):
                        err(iid, "injection item needs forbid strings")
        elif kind == "conv":
            if not re.fullmatch(r"fgc\d{3}", iid):
                err(iid, "conversation id must be fgc + 3 digits")
            turns = it.get("turns")
            if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                err(iid, "conversation needs 2-3 turns")
                continue
            for t in turns:
                if not isinstance(t.get("q"), str) or not t["q"].strip():
                    err(iid, "turn without q")
            for t in turns[:-1]:
                if "expect" in t:
                    err(iid, "only the last turn may carry expect")
            last = turns[-1]
            if "expect" not in last:
                err(iid, "last turn needs expect")
            if it.get("decline"):
                n_decline += 1
                if last.get("expect") != []:
                    err(iid, "decline conversation: last expect must be []")
                r = check_note(iid, it.get("note"), False, True)
                if r and r[2]:
                    dec_cats[r[2]] += 1
                    if r[2] == "injection":
                        fb = it.get("forbid", []) + last.get("forbid", [])
                        if not any(x in fb for x in INJECTION_FORBID):
                            err(iid, "injection conversation needs forbid strings")
            else:
                n_answer += 1
                if len(turns) == 3:
                    n_three += 1
                check_groups(iid, last.get("expect"))
                r = check_note(iid, it.get("note"), True, True)
        else:
            err(iid, f"unknown kind {kind!r}")
            continue
        if r:
            style_count[r[0]] += 1
            for f in r[1]:
                fact_count[f] += 1

    if n_decline != 20:
        err("set", f"expected 20 decline conversations, got {n_decline}")
    if n_answer != 80:
        err("set", f"expected 80 answerable conversations, got {n_answer}")
    if not 17 <= n_three <= 23:
        err("set", f"about 20 answerable conversations should have three turns, got {n_three}")
    for f, c in fact_count.items():
        if c > 2:
            err("set", f"fact tested {c} times (max 2): {f}")
    for s in STYLES:
        if style_count[s] < 15:
            err("set", f"style {s} used only {style_count[s]} times")
    for c in CATEGORIES:
        if oos_cats[c] < 1:
            err("set", f"no single oos item of category {c}")
        if dec_cats[c] < 1:
            err("set", f"no decline conversation of category {c}")

    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
