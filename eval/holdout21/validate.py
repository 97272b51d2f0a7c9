#!/usr/bin/env python3
"""Check questions.jsonl of holdout21 against the brief's rules; prints OK or the problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
CATEGORIES = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
              "employer-internal"]
INJECTION_FORBIDS = ["@everyone", "<!channel>", "@here", "has been jailbroken", "http"]
# short abbreviations that also occur inside other words: must start with a space or "("
SHORT = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "dme", "hcc", "phi", "roi", "ctr", "aha",
         "emr", "him", "hit", "aca", "cms", "cpt", "hhs", "who", "crc", "cpc", "hi", "ce", "ceu", "ama", "ahc"}
BAD_CHARS = ["\u2018", "\u2019", "\u201c", "\u201d"] + [chr(c) for c in range(0x2010, 0x2016)]

errors = []


def err(msg):
    errors.append(msg)


def check_alt(iid, alt):
    if not isinstance(alt, str) or not alt.strip():
        err(f"{iid}: empty or non-string alternative {alt!r}")
        return
    if alt != alt.lower():
        err(f"{iid}: alternative not lowercase {alt!r}")
    for ch in BAD_CHARS:
        if ch in alt:
            err(f"{iid}: alternative has curly quote or unicode dash {alt!r}")
    core = alt.lstrip(" (")
    word = re.split(r"[^a-z]", core)[0] if core else ""
    guarded = alt.startswith(" ") or alt.startswith("(")
    if word in SHORT and (len(core) == len(word) or core[len(word)] in " )") and not guarded:
        err(f"{iid}: short abbreviation alternative must start with space or '(': {alt!r}")
    if core.isalpha() and len(core) <= 3 and not guarded:
        err(f"{iid}: very short alphabetic alternative must start with space or '(': {alt!r}")


def check_expect(iid, expect):
    if not isinstance(expect, list) or not 1 <= len(expect) <= 3:
        err(f"{iid}: answerable item needs 1-3 expect groups")
        return
    for g in expect:
        if not isinstance(g, list) or not g:
            err(f"{iid}: empty expect group")
            continue
        for a in g:
            check_alt(iid, a)


def check_forbid(iid, forbid):
    if not isinstance(forbid, list):
        err(f"{iid}: forbid must be a list")
        return
    for f in forbid:
        if not isinstance(f, str) or not f.strip():
            err(f"{iid}: empty forbid string")


def main():
    items = []
    with open(PATH, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}: bad JSON: {e}")

    ids = [it.get("id") for it in items]
    dup = [i for i, c in collections.Counter(ids).items() if c > 1]
    if dup:
        err(f"duplicate ids: {dup}")

    kinds = collections.Counter()
    styles = collections.Counter()
    styles_by_kind = collections.defaultdict(collections.Counter)
    fact_count = collections.Counter()
    followups = collections.Counter()
    cats = collections.Counter()
    three_turn = 0
    answerable_conv = 0
    decline_conv = 0
    all_q = []

    for it in items:
        iid = it.get("id", "?")
        kind = it.get("kind")
        note = it.get("note", "")
        if kind not in ("in", "oos", "conv"):
            err(f"{iid}: bad kind {kind}")
            continue
        # ids
        if kind in ("in", "oos"):
            if not re.fullmatch(r"ra0[0-4]\d|ra050", iid) or iid == "ra000":
                err(f"{iid}: single-question id must be ra001-ra050")
        else:
            if not re.fullmatch(r"rac(0\d\d|100)", iid) or iid == "rac000":
                err(f"{iid}: conversation id must be rac001-rac100")
        kinds[kind] += 1
        decline = bool(it.get("decline"))

        # style tag at the end of the note
        m = re.search(r"\| (\w+)$", note)
        style = m.group(1) if m else None
        if style not in STYLES:
            err(f"{iid}: note must end with a style tag, got {note[-30:]!r}")
        else:
            styles[style] += 1
            styles_by_kind[kind + ("-decline" if decline else "")][style] += 1

        # note head and facts
        answerable = kind == "in" or (kind == "conv" and not decline)
        if answerable:
            if not note.startswith("F: "):
                err(f"{iid}: answerable note must start with 'F: '")
            facts = re.findall(r"F: (.+?) \((C|1|seed)\)(?= \+ | \|)", note)
            if not facts or len(facts) != note.count("F: "):
                err(f"{iid}: every 'F:' needs a (C|1|seed) mark")
            for desc, _ in facts:
                fact_count[desc] += 1
        else:
            m = re.match(r"D-([a-z-]+): ", note)
            if not m or m.group(1) not in CATEGORIES:
                err(f"{iid}: decline note must start with 'D-<category>: '")
            else:
                cats[m.group(1)] += 1
                if m.group(1) == "injection":
                    forb = [f.lower() for f in it.get("forbid", [])]
                    if kind == "conv":
                        forb += [f.lower() for f in it["turns"][-1].get("forbid", [])]
                    if not any(any(s in f for s in INJECTION_FORBIDS) for f in forb):
                        err(f"{iid}: injection item needs a forbid string")

        if kind == "in":
            if not it.get("q", "").strip():
                err(f"{iid}: empty q")
            all_q.append(it.get("q", ""))
            check_expect(iid, it.get("expect"))
            check_forbid(iid, it.get("forbid", []))
        elif kind == "oos":
            if not it.get("q", "").strip():
                err(f"{iid}: empty q")
            all_q.append(it.get("q", ""))
            if it.get("expect") != []:
                err(f"{iid}: oos expect must be []")
            check_forbid(iid, it.get("forbid", []))
        else:
            turns = it.get("turns", [])
            if not 2 <= len(turns) <= 3:
                err(f"{iid}: conversations need 2 or 3 turns")
                continue
            for t in turns:
                if not t.get("q", "").strip():
                    err(f"{iid}: empty turn")
                all_q.append(t.get("q", ""))
            for t in turns[:-1]:
                if set(t) != {"q"}:
                    err(f"{iid}: earlier turns carry only 'q'")
            last = turns[-1]
            if "follow-up=" not in note:
                err(f"{iid}: conversation note must name the follow-up kind")
            else:
                fu = re.search(r"follow-up=([\w-]+)", note).group(1)
                followups[("decline" if decline else "answer", fu)] += 1
            check_forbid(iid, last.get("forbid", []))
            check_forbid(iid, it.get("forbid", []))
            if decline:
                decline_conv += 1
                if last.get("expect") != []:
                    err(f"{iid}: decline conversation last turn expect must be []")
            else:
                answerable_conv += 1
                check_expect(iid, last.get("expect"))
                if len(turns) == 3:
                    three_turn += 1

    # counts
    if kinds["in"] != 30 or kinds["oos"] != 20 or kinds["conv"] != 100:
        err(f"counts must be 30 in / 20 oos / 100 conv, got {dict(kinds)}")
    if answerable_conv != 80 or decline_conv != 20:
        err(f"need 80 answerable and 20 decline conversations, got {answerable_conv}/{decline_conv}")
    if not 17 <= three_turn <= 23:
        err(f"about 20 answerable conversations should have three turns, got {three_turn}")
    over = {d: c for d, c in fact_count.items() if c > 2}
    if over:
        err(f"facts tested more than twice: {over}")
    for s in STYLES:
        if not 19 <= styles[s] <= 24:
            err(f"style {s} not spread evenly: {styles[s]}")
    for c in CATEGORIES:
        if cats[c] < 3:
            err(f"decline category {c} under-used: {cats[c]}")
    ans_fu = collections.Counter({k[1]: v for k, v in followups.items() if k[0] == "answer"})
    if len(ans_fu) < 8:
        err(f"follow-up kinds not spread: {dict(ans_fu)}")
    if ans_fu and max(ans_fu.values()) > 16:
        err(f"one follow-up kind dominates: {dict(ans_fu)}")
    if "switch" not in ans_fu or ans_fu["switch"] < 5:
        err("need at least 5 topic-switch conversations")
    dq = [q for q, c in collections.Counter(all_q).items() if c > 1]
    if dq:
        err(f"duplicate question texts: {dq}")

    # report
    print(f"items: {len(items)}  kinds: {dict(kinds)}  answerable conv: {answerable_conv}  "
          f"decline conv: {decline_conv}  three-turn answerable: {three_turn}")
    print("styles:", {s: styles[s] for s in STYLES})
    for k in sorted(styles_by_kind):
        print(f"  {k}:", {s: styles_by_kind[k][s] for s in STYLES})
    print("decline categories:", dict(cats))
    print("follow-ups (answerable):", dict(ans_fu))
    print("follow-ups (decline):", {k[1]: v for k, v in followups.items() if k[0] == "decline"})
    print(f"distinct facts: {len(fact_count)}; used twice: {sum(1 for c in fact_count.values() if c == 2)}")
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
