#!/usr/bin/env python3
"""Check questions.jsonl of set tune26 against the brief's rules and this set's counts; prints OK."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
STYLES = {"terse", "plain", "web", "supervisor", "nonnative", "long", "facts"}
D_CATS = {"medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
          "employer-internal"}
# short abbreviations that also occur inside other words: alternatives equal to (or starting with) them
# must begin with a space or "("
RISKY = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "dme", "hcc", "aha", "cms", "phi",
         "him", "hit", "roi", "ctr", "cdi", "crc", "cpc", "pcs", "lpn", "cna", "ma"}
BAD_CHARS = re.compile("[\u2010-\u2015\u2018\u2019\u201c\u201d]")

errors = []


def err(msg):
    errors.append(msg)


def check_groups(iid, groups, answerable):
    if not isinstance(groups, list):
        err(f"{iid}: expect is not a list")
        return
    if not answerable:
        if groups != []:
            err(f"{iid}: decline/oos item must have expect []")
        return
    if not 1 <= len(groups) <= 3:
        err(f"{iid}: answerable item needs 1-3 expect groups, has {len(groups)}")
    for g in groups:
        if not isinstance(g, list) or not g:
            err(f"{iid}: empty or non-list group {g!r}")
            continue
        for alt in g:
            if not isinstance(alt, str) or not alt.strip():
                err(f"{iid}: bad alternative {alt!r}")
                continue
            if alt != alt.lower():
                err(f"{iid}: alternative not lowercase {alt!r}")
            if BAD_CHARS.search(alt):
                err(f"{iid}: curly quote or unicode dash in {alt!r}")
            core = alt.strip().lstrip("(")
            head = re.match(r"[a-z]+", core)
            if head and head.group(0) in RISKY and not (alt.startswith(" ") or alt.startswith("(")):
                err(f"{iid}: short abbreviation alternative must start with space or '(': {alt!r}")


def check_note(iid, note, decline, conv):
    if not isinstance(note, str) or not note:
        err(f"{iid}: missing note")
        return None
    style = note.rsplit(";", 1)[-1].strip()
    if style not in STYLES:
        err(f"{iid}: note does not end with a style tag: {note!r}")
    if "career=" not in note:
        err(f"{iid}: note does not name the career")
    if conv and "follow-up=" not in note:
        err(f"{iid}: conversation note lacks follow-up=")
    if decline:
        m = re.match(r"D-([a-z-]+): ", note)
        if not m or m.group(1) not in D_CATS:
            err(f"{iid}: decline note must start with D-<category>: {note!r}")
        elif m.group(1) != "other-career":
            err(f"{iid}: this set's declines are all D-other-career")
        return style, None
    m = re.match(r"F: (.+?) \((C|1|seed)\); ", note)
    if not m:
        err(f"{iid}: answerable note must start with 'F: <fact> (C|1|seed); ': {note!r}")
        return style, None
    return style, m.group(1)


path = os.path.join(HERE, "questions.jsonl")
items = []
with open(path, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}: bad JSON ({e})")

ids = [it.get("id") for it in items]
dup = [i for i, c in Counter(ids).items() if c > 1]
if dup:
    err(f"duplicate ids {dup}")
want_ids = [f"fk{i:03d}" for i in range(1, 71)] + [f"fkc{i:03d}" for i in range(1, 41)]
if sorted(ids) != sorted(want_ids):
    err("ids are not exactly fk001-fk070 and fkc001-fkc040")

counts = Counter()
styles = Counter()
facts = Counter()
texts = Counter()
for it in items:
    iid = it.get("id", "?")
    kind = it.get("kind")
    if kind in ("in", "oos"):
        num = int(iid[2:])
        want_kind = "in" if num <= 40 else "oos"
        if kind != want_kind:
            err(f"{iid}: kind {kind}, expected {want_kind}")
        if not isinstance(it.get("q"), str) or not it["q"].strip():
            err(f"{iid}: missing q")
        texts[it.get("q", "").strip().lower()] += 1
        if not isinstance(it.get("forbid"), list):
            err(f"{iid}: forbid must be a list")
        if "decline" in it:
            err(f"{iid}: single items carry no decline flag")
        check_groups(iid, it.get("expect"), kind == "in")
        r = check_note(iid, it.get("note"), kind == "oos", False)
        counts[kind] += 1
    elif kind == "conv":
        num = int(iid[3:])
        decline = it.get("decline") is True
        if decline != (num > 25):
            err(f"{iid}: decline flag wrong (fkc001-025 answerable, fkc026-040 decline)")
        if "decline" in it and it["decline"] is not True:
            err(f"{iid}: decline must be true or absent")
        turns = it.get("turns")
        if not isinstance(turns, list) or len(turns) != 2:
            err(f"{iid}: conversations in this set have exactly two turns")
            continue
        for t in turns:
            if not isinstance(t.get("q"), str) or not t["q"].strip():
                err(f"{iid}: turn without q")
            texts[t.get("q", "").strip().lower()] += 0  # openers may repeat topics, not checked
        if set(turns[0]) != {"q"}:
            err(f"{iid}: earlier turns carry only q")
        texts[turns[-1]["q"].strip().lower()] += 1
        check_groups(iid, turns[-1].get("expect"), not decline)
        r = check_note(iid, it.get("note"), decline, True)
        counts["conv-decline" if decline else "conv-answer"] += 1
    else:
        err(f"{iid}: unknown kind {kind!r}")
        continue
    if r:
        styles[r[0]] += 1
        if r[1]:
            facts[r[1]] += 1

want = {"in": 40, "oos": 30, "conv-answer": 25, "conv-decline": 15}
if dict(counts) != want:
    err(f"counts {dict(counts)} != {want}")
for f, c in facts.items():
    if c > 2:
        err(f"fact tested {c} times (max 2): {f}")
for t, c in texts.items():
    if c > 1:
        err(f"duplicate question text: {t[:60]!r}")
for s in STYLES:
    if styles[s] < 8:
        err(f"style {s} used only {styles[s]} times")

if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
