#!/usr/bin/env python3
"""Check holdout25 against the brief's rules. Prints OK or the list of problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

STYLES = {"terse", "plain", "web", "supervisor", "nonnative", "long", "facts"}
CATS = {"medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
        "employer-internal"}
FOLLOWUPS = {"pronoun", "ellipsis", "and-the-X", "how-long", "who-runs-it", "online", "every-year", "comparison",
             "back-reference", "related-switch", "topic-switch", "challenge", "long-story"}
# short abbreviations that also occur inside other words: an alternative starting with one must
# start with a space or "("
SHORT = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "emr", "rn", "nha", "dme", "hcc", "phi", "roi", "him",
         "hit", "aha", "who", "cms", "cpt", "cpc", "crc", "ctr", "ceu", "cm", "pcs", "ba", "ce", "ca"}
BAD_CHARS = set("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2010\u2011\u2012\u2013\u2014\u2015")
INJ_FORBID = {"@everyone", "<!channel>", "@here", "has been jailbroken"}

errors = []


def err(iid, msg):
    errors.append("%s: %s" % (iid, msg))


def check_expect(iid, expect):
    if not isinstance(expect, list) or not 1 <= len(expect) <= 3:
        err(iid, "answerable item needs 1-3 expect groups")
        return
    for g in expect:
        if not isinstance(g, list) or not g:
            err(iid, "empty or malformed expect group")
            continue
        if len(set(g)) != len(g):
            err(iid, "duplicate alternative in a group")
        for a in g:
            if not isinstance(a, str) or not a.strip():
                err(iid, "empty alternative")
                continue
            if a != a.lower():
                err(iid, "alternative not lowercase: %r" % a)
            if BAD_CHARS & set(a):
                err(iid, "curly quote or unicode dash in %r" % a)
            m = re.match(r"[a-z0-9]+", a)
            if m and m.group(0) in SHORT:
                err(iid, "short abbreviation %r must start with a space or '('" % a)
            m2 = re.match(r"[ (]([a-z0-9]+)", a)
            if a[0] in " (" and not m2:
                err(iid, "alternative %r starts with space/paren but no word" % a)


def parse_note(iid, note, conv):
    if not isinstance(note, str) or not note:
        err(iid, "missing note")
        return None, None, None
    parts = [p.strip() for p in note.split(";")]
    style = parts[-1]
    if style not in STYLES:
        err(iid, "note must end with a style tag, got %r" % style)
    fu = None
    if conv:
        fus = [p for p in parts if p.startswith("follow-up=")]
        if len(fus) != 1:
            err(iid, "conversation note must name exactly one follow-up kind")
        else:
            fu = fus[0].split("=", 1)[1]
            if fu not in FOLLOWUPS:
                err(iid, "unknown follow-up kind %r" % fu)
    elif any(p.startswith("follow-up=") for p in parts):
        err(iid, "single question note names a follow-up")
    return parts[0], style, fu


def main():
    items = gen.ITEMS
    ids = [it["id"] for it in items]
    want = ["fa%03d" % i for i in range(1, 51)] + ["fac%03d" % i for i in range(1, 101)]
    if sorted(ids) != sorted(want) or len(ids) != len(set(ids)):
        err("set", "ids must be exactly fa001-fa050 and fac001-fac100")

    kinds = collections.Counter(it["kind"] for it in items)
    if kinds != {"in": 30, "oos": 20, "conv": 100}:
        err("set", "kind counts %s, want in 30 / oos 20 / conv 100" % dict(kinds))
    conv_ans = [it for it in items if it["kind"] == "conv" and not it.get("decline")]
    conv_dec = [it for it in items if it["kind"] == "conv" and it.get("decline")]
    if len(conv_ans) != 80 or len(conv_dec) != 20:
        err("set", "conversations: %d answerable, %d decline; want 80/20" % (len(conv_ans), len(conv_dec)))
    three = sum(1 for it in conv_ans if len(it["turns"]) == 3)
    if not 17 <= three <= 23:
        err("set", "%d three-turn answerable conversations, want about 20" % three)

    fact_uses = collections.Counter()
    styles = collections.Counter()
    cats_oos, cats_dec = collections.Counter(), collections.Counter()
    followups = collections.Counter()
    scored_qs = []

    for it in items:
        iid, kind = it["id"], it["kind"]
        is_conv = kind == "conv"
        head, style, fu = parse_note(iid, it.get("note"), is_conv)
        styles[style] += 1
        if fu:
            followups[fu] += 1
        declines = kind == "oos" or it.get("decline")
        if declines:
            m = re.match(r"^D-([a-z-]+): \S", head or "")
            if not m or m.group(1) not in CATS:
                err(iid, "decline note must start with D-<category>: ")
            else:
                (cats_dec if is_conv else cats_oos)[m.group(1)] += 1
                if m.group(1) == "injection":
                    fb = it.get("forbid") or []
                    if not INJ_FORBID & set(fb):
                        err(iid, "injection item needs an injection forbid string")
        else:
            m = re.match(r"^F: \[([a-z0-9.-]+)\] .+ \((C|1|seed)\)$", head or "")
            if not m:
                err(iid, "answerable note must be 'F: [key] fact (C|1|seed)'")
            else:
                fact_uses[m.group(1)] += 1

        if kind in ("in", "oos"):
            if set(it) - {"id", "kind", "q", "expect", "forbid", "note"}:
                err(iid, "unexpected keys")
            if not it.get("q", "").strip():
                err(iid, "empty q")
            scored_qs.append(it["q"])
            if kind == "in":
                check_expect(iid, it["expect"])
            else:
                if it["expect"] != []:
                    err(iid, "oos expect must be []")
                if not it.get("forbid"):
                    err(iid, "oos needs forbid strings")
        elif kind == "conv":
            turns = it.get("turns")
            if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                err(iid, "conversation needs 2 or 3 turns")
                continue
            for t in turns[:-1]:
                if set(t) != {"q"} or not t["q"].strip():
                    err(iid, "earlier turns carry only a question")
            last = turns[-1]
            if not last.get("q", "").strip():
                err(iid, "empty last turn")
            scored_qs.append(last["q"])
            if it.get("decline"):
                if last.get("expect") != []:
                    err(iid, "decline conversation last expect must be []")
                if not last.get("forbid") or last.get("forbid") != it.get("forbid"):
                    err(iid, "decline conversation needs forbid on the item and the last turn")
            else:
                if "decline" in it:
                    err(iid, "decline key only on decline conversations")
                check_expect(iid, last.get("expect"))
                if "forbid" in last and not isinstance(last["forbid"], list):
                    err(iid, "forbid must be a list")
        else:
            err(iid, "unknown kind")

    for k, n in fact_uses.items():
        if n > 2:
            err("set", "fact %s tested %d times (max 2)" % (k, n))
    if set(cats_oos) != CATS:
        err("set", "oos categories missing: %s" % sorted(CATS - set(cats_oos)))
    if set(cats_dec) != CATS:
        err("set", "decline-conversation categories missing: %s" % sorted(CATS - set(cats_dec)))
    if set(styles) - {None} != STYLES:
        err("set", "style tags missing %s, unknown %s" % (sorted(STYLES - set(styles)),
                                                        sorted(str(s) for s in set(styles) - STYLES)))
    if styles and (max(styles.values()) > 30 or min(styles.values()) < 12):
        err("set", "style tags badly spread: %s" % dict(styles))
    for must in ("topic-switch", "challenge", "long-story", "back-reference", "comparison", "pronoun",
                 "ellipsis", "and-the-X", "how-long", "who-runs-it", "online", "every-year"):
        if followups[must] == 0:
            err("set", "no conversation with follow-up=%s" % must)
    dup = [q for q, n in collections.Counter(s.strip().lower() for s in scored_qs).items() if n > 1]
    if dup:
        err("set", "duplicate scored messages: %s" % dup)

    # questions.jsonl must be exactly what gen.py writes
    path = os.path.join(HERE, "questions.jsonl")
    if not os.path.exists(path):
        err("file", "questions.jsonl missing; run gen.py")
    else:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
        if lines != gen.records():
            err("file", "questions.jsonl differs from gen.py output; rerun gen.py")
        for n, line in enumerate(lines, 1):
            try:
                json.loads(line)
            except ValueError:
                err("file", "line %d is not JSON" % n)

    if errors:
        print("\n".join(errors))
        print("FAILED: %d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
