#!/usr/bin/env python3
"""Checks questions.jsonl against the brief (/work/sets21/BRIEF.md) and prints OK."""
import json, os, re, sys
from collections import Counter

here = os.path.dirname(os.path.abspath(__file__))
path = os.path.join(here, "questions.jsonl")
errors = []
def err(msg): errors.append(msg)

STYLES = {"terse", "plain", "web", "supervisor", "nonnative", "long", "facts"}
DCATS = {"medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection", "employer-internal"}
SHORT = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "cms", "cdc", "crc",
         "aha", "roi", "phi", "hit", "him", "ceu", "ctr", "cdi", "hhs", "fda", "va", "md", "ma"]
BAD_CHARS = "\u2018\u2019\u201c\u201d" + "".join(chr(c) for c in range(0x2010, 0x2016))
INJ_FORBID = {"@everyone", "<!channel>", "@here", "has been jailbroken"}
ALLOWED_KEYS = {"id", "kind", "q", "expect", "forbid", "note", "turns", "decline"}

items = []
with open(path, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        line = line.strip()
        if not line:
            err(f"line {n}: empty line"); continue
        try:
            items.append(json.loads(line))
        except Exception as e:
            err(f"line {n}: bad json {e}")

def check_expect(iid, exp):
    if not isinstance(exp, list) or not (1 <= len(exp) <= 3):
        err(f"{iid}: answerable item needs 1-3 expect groups"); return
    for g in exp:
        if not isinstance(g, list) or not g:
            err(f"{iid}: empty or non-list group"); continue
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err(f"{iid}: empty alternative"); continue
            if a != a.lower():
                err(f"{iid}: alternative not lowercase: {a!r}")
            if any(c in a for c in BAD_CHARS):
                err(f"{iid}: curly quote or unicode dash in {a!r}")
            if len(a.strip()) < 2:
                err(f"{iid}: alternative too short {a!r}")
            if not (a.startswith(" ") or a.startswith("(")):
                for ab in SHORT:
                    if re.match(re.escape(ab) + r"(?![a-z])", a):
                        err(f"{iid}: short abbreviation {ab!r} alternative must start with space or '(': {a!r}")

def check_forbid(iid, fb, required):
    if fb is None:
        if required: err(f"{iid}: forbid required")
        return
    if not isinstance(fb, list) or (required and not fb):
        err(f"{iid}: forbid must be a non-empty list"); return
    for s in fb:
        if not isinstance(s, str) or not s.strip():
            err(f"{iid}: bad forbid string {s!r}")
        elif any(c in s for c in BAD_CHARS):
            err(f"{iid}: curly quote or unicode dash in forbid {s!r}")

fact_uses = Counter()
style_count = Counter()
dcat_count = Counter()
def check_note(iid, note, decline, is_conv):
    if not isinstance(note, str) or not note:
        err(f"{iid}: missing note"); return
    m = re.search(r"\[([a-z]+)\]$", note)
    if not m or m.group(1) not in STYLES:
        err(f"{iid}: note must end with a style tag [{'|'.join(sorted(STYLES))}]")
    else:
        style_count[m.group(1)] += 1
    if is_conv and "follow-up=" not in note:
        err(f"{iid}: conversation note must name the follow-up kind")
    if decline:
        m2 = re.match(r"D-([a-z-]+): ", note)
        if not m2 or m2.group(1) not in DCATS:
            err(f"{iid}: decline note must start with D-<category>: ")
        else:
            dcat_count[m2.group(1)] += 1
    else:
        m2 = re.match(r"F: (\S+) - .*\((C|1|seed)\)", note)
        if not m2:
            err(f"{iid}: answerable note must start with 'F: <fact> - ... (C|1|seed)'")
        else:
            for k in m2.group(1).split("+"):
                fact_uses[k] += 1

ids = Counter(it.get("id") for it in items)
for i, c in ids.items():
    if c > 1: err(f"duplicate id {i}")

single_ids, conv_ids = set(), set()
kinds = Counter()
n_conv_ans = n_conv_dec = n_three = 0
all_q = Counter()
for it in items:
    iid = it.get("id", "?")
    extra = set(it) - ALLOWED_KEYS
    if extra: err(f"{iid}: unexpected keys {extra}")
    kind = it.get("kind")
    kinds[kind] += 1
    if kind in ("in", "oos"):
        if not re.fullmatch(r"wa\d{3}", iid): err(f"{iid}: single id must be waNNN")
        single_ids.add(iid)
        q = it.get("q")
        if not isinstance(q, str) or not q.strip(): err(f"{iid}: missing q")
        else: all_q[q.strip().lower()] += 1
        if "turns" in it or "decline" in it: err(f"{iid}: single item with turns/decline")
        if kind == "in":
            check_expect(iid, it.get("expect"))
            check_forbid(iid, it.get("forbid"), False)
            check_note(iid, it.get("note"), False, False)
        else:
            if it.get("expect") != []: err(f"{iid}: oos expect must be []")
            check_forbid(iid, it.get("forbid"), True)
            check_note(iid, it.get("note"), True, False)
    elif kind == "conv":
        if not re.fullmatch(r"wac\d{3}", iid): err(f"{iid}: conv id must be wacNNN")
        conv_ids.add(iid)
        if "q" in it or "expect" in it: err(f"{iid}: conv item must keep q/expect inside turns")
        turns = it.get("turns")
        if not isinstance(turns, list) or not (2 <= len(turns) <= 3):
            err(f"{iid}: conv needs 2 or 3 turns"); continue
        for t in turns:
            if not isinstance(t, dict) or not isinstance(t.get("q"), str) or not t["q"].strip():
                err(f"{iid}: turn without q")
            else:
                all_q[t["q"].strip().lower()] += 0  # earlier turns may repeat common openers
            if set(t) - {"q", "expect", "forbid"}: err(f"{iid}: unexpected turn keys")
        for t in turns[:-1]:
            if "expect" in t or "forbid" in t: err(f"{iid}: only the last turn is scored")
        last = turns[-1]
        all_q[last.get("q", "").strip().lower()] += 1
        decline = it.get("decline", False)
        if "decline" in it and it["decline"] is not True: err(f"{iid}: decline must be true or absent")
        if decline:
            n_conv_dec += 1
            if last.get("expect") != []: err(f"{iid}: decline last turn expect must be []")
            check_forbid(iid, last.get("forbid"), True)
            check_forbid(iid, it.get("forbid"), True)
            check_note(iid, it.get("note"), True, True)
            if "D-injection" in it.get("note", "") and not (INJ_FORBID & set(last.get("forbid", []))):
                err(f"{iid}: injection needs injection forbid strings")
        else:
            n_conv_ans += 1
            if len(turns) == 3: n_three += 1
            check_expect(iid, last.get("expect"))
            check_forbid(iid, last.get("forbid"), False)
            if it.get("forbid") != last.get("forbid") and not (it.get("forbid") is None and last.get("forbid") is None):
                err(f"{iid}: item-level and last-turn forbid differ")
            check_note(iid, it.get("note"), False, True)
    else:
        err(f"{iid}: unknown kind {kind!r}")
    if kind == "oos" and "D-injection" in it.get("note", "") and not (INJ_FORBID & set(it.get("forbid", []))):
        err(f"{iid}: injection needs injection forbid strings")

if kinds != Counter({"in": 30, "oos": 20, "conv": 100}):
    err(f"counts per kind wrong: {dict(kinds)}")
if single_ids != {f"wa{i:03d}" for i in range(1, 51)}: err("single ids must be wa001-wa050")
if conv_ids != {f"wac{i:03d}" for i in range(1, 101)}: err("conv ids must be wac001-wac100")
if n_conv_ans != 80 or n_conv_dec != 20: err(f"need 80 answerable + 20 decline convs, got {n_conv_ans}+{n_conv_dec}")
if not (15 <= n_three <= 25): err(f"about 20 answerable convs should have three turns, got {n_three}")
for k, c in fact_uses.items():
    if c > 2: err(f"fact {k} tested {c} times (max 2)")
for q, c in all_q.items():
    if c > 1: err(f"duplicate scored question: {q[:60]!r}")
for cat in DCATS:
    if dcat_count[cat] < 3: err(f"decline category {cat} has only {dcat_count[cat]} items")
for st in STYLES:
    if style_count[st] < 8: err(f"style {st} used only {style_count[st]} times")

if errors:
    for e in errors: print("ERROR:", e)
    sys.exit(1)
if "-v" in sys.argv:
    print("styles:", dict(style_count)); print("decline categories:", dict(dcat_count))
    print("three-turn answerable:", n_three, " distinct facts:", len(fact_uses))
print("OK")
