#!/usr/bin/env python3
"""Check tune21/questions.jsonl against the rules of /work/sets21/BRIEF.md. Prints OK or the problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402  (for the fact keys, which are not written to the jsonl)

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DCATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
         "employer-internal"]
INJ_TOKENS = ["@everyone", "<!channel>", "@here", "has been jailbroken", "http", "bit.ly"]
# Short abbreviations that also occur inside other words: an alternative that is (or starts with) one of
# these as a word must begin with a space or "(".
RISKY = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "him", "hit",
         "phi", "roi", "ctr", "ceu", "apc", "cms", "aha", "pcs", "cpt", "crc", "cpc", "oig", "va"]
BAD_CHARS = ["\u2018", "\u2019", "\u201c", "\u201d"] + [chr(c) for c in range(0x2010, 0x2016)]

errors = []
warnings = []


def err(i, msg):
    errors.append(f"{i}: {msg}")


def check_groups(iid, groups, scored_q):
    if not isinstance(groups, list) or not 1 <= len(groups) <= 3:
        err(iid, f"needs 1-3 expect groups, has {groups!r}")
        return
    for g in groups:
        if not isinstance(g, list) or not g:
            err(iid, f"empty or non-list group {g!r}")
            continue
        if len(set(g)) != len(g):
            err(iid, f"duplicate alternative in group {g!r}")
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err(iid, f"bad alternative {a!r}")
                continue
            if a != a.lower():
                err(iid, f"alternative not lowercase: {a!r}")
            if any(ch in a for ch in BAD_CHARS):
                err(iid, f"curly quote or unicode dash in {a!r}")
            if not a.isascii():
                err(iid, f"non-ascii alternative {a!r}")
            if a != a.rstrip():
                err(iid, f"trailing whitespace in {a!r}")
            core = a.lstrip(" (")
            for ab in RISKY:
                if core == ab or core.startswith(ab + " "):
                    if not (a.startswith(" ") or a.startswith("(")):
                        err(iid, f"short abbreviation {a!r} must start with a space or '('")
        ql = scored_q.lower()
        if all(a.strip() in ql for a in g):
            warnings.append(f"{iid}: every alternative of {g!r} already appears in the question")


def note_style(iid, note):
    m = re.search(r"\|\s*([a-z]+)\s*$", note or "")
    if not m or m.group(1) not in STYLES:
        err(iid, f"note must end with a style tag: {note!r}")
        return None
    return m.group(1)


def main():
    path = os.path.join(HERE, "questions.jsonl")
    items = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                err(f"line {n}", "blank line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad json: {e}")

    ids = [it.get("id") for it in items]
    if len(ids) != len(set(ids)):
        err("set", "duplicate ids")
    want_ids = [f"m{i:03d}" for i in range(1, 51)] + [f"mc{i:03d}" for i in range(1, 101)]
    if ids != want_ids:
        err("set", "ids must be m001-m050 then mc001-mc100 in order")

    kinds = collections.Counter(it.get("kind") for it in items)
    if kinds != {"in": 30, "oos": 20, "conv": 100}:
        err("set", f"kind counts {dict(kinds)} != in 30 / oos 20 / conv 100")

    styles = collections.Counter()
    dcats_oos, dcats_conv = collections.Counter(), collections.Counter()
    followups = collections.Counter()
    three_turn = 0
    answerable_conv = decline_conv = 0
    all_questions = []

    for it in items:
        iid = it.get("id")
        kind = it.get("kind")
        note = it.get("note", "")
        style = note_style(iid, note)
        if style:
            styles[style] += 1
        forbid = it.get("forbid", [])
        if not isinstance(forbid, list) or any(not isinstance(x, str) or not x for x in forbid):
            err(iid, "forbid must be a list of non-empty strings")
        for x in forbid:
            if any(ch in x for ch in BAD_CHARS):
                err(iid, f"curly quote or unicode dash in forbid {x!r}")

        if kind in ("in", "oos"):
            q = it.get("q", "")
            if not q.strip():
                err(iid, "empty question")
            all_questions.append(q)
            if "turns" in it:
                err(iid, "single question must not have turns")
            if kind == "in":
                if not note.startswith("F: ") or not re.search(r"\((C|1|seed)[,)/ ]", note):
                    err(iid, f"note must start 'F: ' and carry (C|1|seed): {note!r}")
                check_groups(iid, it.get("expect"), q)
            else:
                if it.get("expect") != []:
                    err(iid, "oos item must have expect []")
                m = re.match(r"D-([a-z-]+): ", note)
                if not m or m.group(1) not in DCATS:
                    err(iid, f"oos note must start with D-<category>: {note!r}")
                else:
                    dcats_oos[m.group(1)] += 1
                    if m.group(1) == "injection" and not any(t in x for x in forbid for t in INJ_TOKENS):
                        err(iid, "injection item needs an injection forbid string")
                if not forbid:
                    err(iid, "oos item needs a forbid list")
        elif kind == "conv":
            turns = it.get("turns")
            if not isinstance(turns, list) or len(turns) < 2:
                err(iid, "conversation needs at least 2 turns")
                continue
            for t in turns[:-1]:
                if set(t) != {"q"} or not t["q"].strip():
                    err(iid, f"earlier turns carry only a question: {t!r}")
            for t in turns:
                all_questions.append(t.get("q", ""))
            last = turns[-1]
            if "expect" not in last:
                err(iid, "last turn needs expect")
            mf = re.search(r"follow-up=([a-z-]+)", note)
            if not mf:
                err(iid, f"conversation note must name follow-up=: {note!r}")
            if it.get("decline"):
                decline_conv += 1
                if last.get("expect") != []:
                    err(iid, "decline conversation must have expect [] on its last turn")
                m = re.match(r"D-([a-z-]+): ", note)
                if not m or m.group(1) not in DCATS:
                    err(iid, f"decline note must start with D-<category>: {note!r}")
                else:
                    dcats_conv[m.group(1)] += 1
                    if m.group(1) == "injection" and not any(t in x for x in forbid for t in INJ_TOKENS):
                        err(iid, "injection item needs an injection forbid string")
                if not forbid:
                    err(iid, "decline conversation needs a forbid list")
                if len(turns) > 3:
                    err(iid, "decline conversations open with one or two in-scope turns")
            else:
                answerable_conv += 1
                if "decline" in it:
                    err(iid, "decline key only on decline conversations")
                if len(turns) == 3:
                    three_turn += 1
                elif len(turns) != 2:
                    err(iid, "answerable conversations have two or three turns")
                if mf:
                    followups[mf.group(1)] += 1
                if not note.startswith("F: ") or not re.search(r"\((C|1|seed)[,)/ ]", note):
                    err(iid, f"note must start 'F: ' and carry (C|1|seed): {note!r}")
                check_groups(iid, last.get("expect"), last.get("q", ""))
            if forbid and last.get("forbid", forbid) != forbid:
                err(iid, "item-level and last-turn forbid differ")
        else:
            err(iid, f"unknown kind {kind!r}")

    for q in all_questions:
        if any(ch in q for ch in BAD_CHARS):
            warnings.append(f"curly quote or unicode dash in question: {q[:50]!r}")
    singles = [q for q in all_questions]
    dup = [q for q, c in collections.Counter(singles).items() if c > 1]
    for q in dup:
        err("set", f"duplicate question text: {q[:60]!r}")

    if answerable_conv != 80 or decline_conv != 20:
        err("set", f"conversations: {answerable_conv} answerable / {decline_conv} decline, want 80 / 20")
    if not 17 <= three_turn <= 23:
        err("set", f"{three_turn} three-turn answerable conversations, want about 20")
    for c in DCATS:
        if dcats_oos[c] < 1:
            err("set", f"no oos item of category {c}")
        if dcats_conv[c] < 1:
            err("set", f"no decline conversation of category {c}")
    for s in STYLES:
        if styles[s] < 15:
            err("set", f"style {s} used only {styles[s]} times; spread them")
    for fu, need in (("topic-switch", 5), ("challenge", 3), ("long-story", 4), ("supervisor-staff", 3)):
        if followups[fu] < need:
            err("set", f"only {followups[fu]} answerable follow-ups of kind {fu}, want {need}+")

    # Same fact at most twice (keys live in gen.py).
    uses = collections.Counter()
    for group in (gen.IN, gen.CONV):
        for it in group:
            for k in it["key"].split("+"):
                uses[k] += 1
    for k, c in uses.items():
        if c > 2:
            err("set", f"fact {k!r} tested {c} times (max 2)")
    if len(gen.IN) != 30 or len(gen.OOS) != 20 or len(gen.CONV) != 80 or len(gen.DECLINE) != 20:
        err("set", "gen.py sections have the wrong sizes")

    # questions.jsonl must be exactly what gen.py writes.
    if [json.dumps(x, ensure_ascii=False) for x in gen.build()] != [json.dumps(x, ensure_ascii=False) for x in items]:
        err("set", "questions.jsonl is stale: run gen.py")

    for w in warnings:
        print("warning:", w)
    if errors:
        for e in errors:
            print("ERROR:", e)
        print(f"{len(errors)} problem(s)")
        sys.exit(1)
    print(f"styles: {dict(sorted(styles.items()))}")
    print(f"follow-ups: {dict(sorted(followups.items()))}")
    print(f"three-turn answerable: {three_turn}; decline categories oos {dict(dcats_oos)} conv {dict(dcats_conv)}")
    print("OK")


if __name__ == "__main__":
    main()
