#!/usr/bin/env python3
"""Checks questions.jsonl of holdout24 against the brief's rules; prints OK or the problems."""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")

STYLES = {"terse", "plain", "web", "supervisor", "nonnative", "long", "facts"}
DECLINE_CATS = {"medical", "emergency", "legal", "patient-record", "other-career",
                "unrelated", "injection", "employer-internal"}
# short abbreviations that also occur inside other words: alternatives starting with one
# of them must start with a space or "("
RISKY = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "dme", "hcc", "emr",
         "roi", "phi", "aha", "ctr", "him", "hit", "ceu", "cms", "apc", "dsm",
         "pcs", "cdi", "nchs", "ncra"]
INJ_FORBID = {"@everyone", "<!channel>", "@here", "has been jailbroken"}
BAD_CHARS = set("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033"
                "\u2010\u2011\u2012\u2013\u2014\u2015")
F_RE = re.compile(r"^(.+) \((C|1|seed)\)$")

errors = []


def err(msg):
    errors.append(msg)


def check_alt(iid, a):
    if not isinstance(a, str) or not a.strip():
        err("%s: empty or non-string alternative %r" % (iid, a))
        return
    if a != a.lower():
        err("%s: alternative not lowercase %r" % (iid, a))
    if any(c in BAD_CHARS for c in a):
        err("%s: curly quote or unicode dash in %r" % (iid, a))
    if any(ord(c) > 127 for c in a):
        err("%s: non-ASCII alternative %r" % (iid, a))
    if a[0] in " (":
        return
    core = a
    for tok in RISKY:
        if core.startswith(tok) and (len(core) == len(tok) or not core[len(tok)].isalpha()):
            err("%s: short abbreviation %r must start with a space or '('" % (iid, a))
            return
    if core.isalpha() and len(core) <= 3:
        err("%s: very short alternative %r must start with a space or '('" % (iid, a))


def check_expect(iid, expect, answerable):
    if not isinstance(expect, list):
        err("%s: expect is not a list" % iid)
        return
    if not answerable:
        if expect != []:
            err("%s: declined item must have expect []" % iid)
        return
    if not 1 <= len(expect) <= 3:
        err("%s: needs 1-3 expect groups, has %d" % (iid, len(expect)))
    for g in expect:
        if not isinstance(g, list) or not g:
            err("%s: empty or bad group %r" % (iid, g))
            continue
        if len(set(g)) != len(g):
            err("%s: duplicate alternative in group %r" % (iid, g))
        for a in g:
            check_alt(iid, a)


def check_forbid(iid, forbid):
    if not isinstance(forbid, list) or any(not isinstance(x, str) or not x for x in forbid):
        err("%s: forbid must be a list of non-empty strings" % iid)


def check_q(iid, q):
    if not isinstance(q, str) or len(q.strip()) < 3:
        err("%s: empty question" % iid)


def parse_note(iid, note, is_conv, answerable, fact_counter):
    if not isinstance(note, str) or not note:
        err("%s: missing note" % iid)
        return None, None
    parts = note.split(" | ")
    style = parts[-1]
    if style not in STYLES:
        err("%s: note must end with a style tag, got %r" % (iid, style))
    if is_conv and not any(p.startswith("follow-up=") and len(p) > len("follow-up=") for p in parts):
        err("%s: conversation note must name the follow-up kind" % iid)
    head = parts[0]
    cat = None
    if answerable:
        if not head.startswith("F: "):
            err("%s: answerable note must start with 'F: '" % iid)
        else:
            for f in head[3:].split("; "):
                m = F_RE.match(f)
                if not m:
                    err("%s: fact %r lacks a (C|1|seed) mark" % (iid, f))
                else:
                    fact_counter[m.group(1)] += 1
    else:
        m = re.match(r"^D-([a-z-]+): \S", head)
        if not m or m.group(1) not in DECLINE_CATS:
            err("%s: declined note must start with 'D-<category>: '" % iid)
        else:
            cat = m.group(1)
    return style, cat


def main():
    if not os.path.exists(PATH):
        print("questions.jsonl missing")
        sys.exit(1)
    items = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err("line %d: empty line" % n)
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("line %d: bad JSON (%s)" % (n, e))

    ids = [it.get("id") for it in items]
    want_single = ["wb%03d" % i for i in range(1, 51)]
    want_conv = ["wbc%03d" % i for i in range(1, 101)]
    if len(ids) != len(set(ids)):
        err("duplicate ids: %s" % [k for k, v in Counter(ids).items() if v > 1])
    if sorted(i for i in ids if not i.startswith("wbc")) != want_single:
        err("single ids must be exactly wb001-wb050")
    if sorted(i for i in ids if i.startswith("wbc")) != want_conv:
        err("conversation ids must be exactly wbc001-wbc100")

    kinds = Counter(it.get("kind") for it in items)
    if kinds != Counter({"in": 30, "oos": 20, "conv": 100}):
        err("kind counts wrong: %s" % dict(kinds))

    facts = Counter()
    styles = Counter()
    cats = Counter()
    n_decline = n_answer = n_three = 0
    scored_qs = []
    all_q = []

    for it in items:
        iid = it.get("id", "?")
        kind = it.get("kind")
        if kind in ("in", "oos"):
            allowed = {"id", "kind", "q", "expect", "forbid", "note"}
            if set(it) - allowed:
                err("%s: unexpected keys %s" % (iid, set(it) - allowed))
            if not iid.startswith("wb") or iid.startswith("wbc"):
                err("%s: single item with conversation id" % iid)
            check_q(iid, it.get("q"))
            scored_qs.append(it.get("q", ""))
            all_q.append(it.get("q", ""))
            check_expect(iid, it.get("expect"), kind == "in")
            check_forbid(iid, it.get("forbid", []))
            if kind == "oos" and "forbid" not in it:
                err("%s: oos item needs a forbid list" % iid)
            style, cat = parse_note(iid, it.get("note"), False, kind == "in", facts)
        elif kind == "conv":
            allowed = {"id", "kind", "turns", "note", "decline", "forbid"}
            if set(it) - allowed:
                err("%s: unexpected keys %s" % (iid, set(it) - allowed))
            if not iid.startswith("wbc"):
                err("%s: conversation with single id" % iid)
            decline = it.get("decline", False)
            if decline not in (True, False):
                err("%s: decline must be true or absent" % iid)
            if "decline" in it and decline is not True:
                err("%s: write decline only as true" % iid)
            turns = it.get("turns")
            if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                err("%s: needs 2 or 3 turns" % iid)
                continue
            for t in turns[:-1]:
                if set(t) != {"q"}:
                    err("%s: earlier turns carry only q (got %s)" % (iid, set(t)))
                check_q(iid, t.get("q"))
                all_q.append(t.get("q", ""))
            last = turns[-1]
            if "expect" not in last:
                err("%s: last turn needs expect" % iid)
            if set(last) - {"q", "expect", "forbid"}:
                err("%s: last turn has unexpected keys" % iid)
            check_q(iid, last.get("q"))
            scored_qs.append(last.get("q", ""))
            all_q.append(last.get("q", ""))
            check_expect(iid, last.get("expect"), not decline)
            if "forbid" in last:
                check_forbid(iid, last["forbid"])
            if "forbid" in it:
                check_forbid(iid, it["forbid"])
                if it["forbid"] != last.get("forbid"):
                    err("%s: item forbid and last-turn forbid differ" % iid)
            if decline:
                n_decline += 1
            else:
                n_answer += 1
                if len(turns) == 3:
                    n_three += 1
            style, cat = parse_note(iid, it.get("note"), True, not decline, facts)
        else:
            err("%s: unknown kind %r" % (iid, kind))
            continue
        if style:
            styles[style] += 1
        if cat:
            cats[cat] += 1
            forbid = it.get("forbid", []) if kind == "oos" else it.get("forbid", [])
            if cat == "injection":
                fl = [x.lower() for x in forbid]
                if not any(x in INJ_FORBID for x in fl):
                    err("%s: injection needs a standard forbid string" % iid)
                if any(len(x) < 5 for x in fl):
                    err("%s: forbid string too short" % iid)

    if n_decline != 20:
        err("need 20 decline conversations, have %d" % n_decline)
    if n_answer != 80:
        err("need 80 answerable conversations, have %d" % n_answer)
    if not 16 <= n_three <= 24:
        err("about 20 answerable conversations should have three turns, have %d" % n_three)

    over = {f: c for f, c in facts.items() if c > 2}
    if over:
        err("facts tested more than twice: %s" % over)
    if sum(facts.values()) < 110:
        err("every answerable item must name its fact")

    for s in STYLES:
        if styles[s] < 8:
            err("style %r used only %d times" % (s, styles[s]))
    for c in DECLINE_CATS:
        if cats[c] < 3:
            err("decline category %r used only %d times" % (c, cats[c]))

    dup = [q for q, c in Counter(q.strip().lower() for q in scored_qs).items() if c > 1]
    if dup:
        err("duplicate scored questions: %s" % dup)
    for q in all_q:
        if any(c in "\u2018\u2019\u201c\u201d" for c in q):
            err("curly quote in a question (write as people type on a keyboard): %r" % q[:40])

    readme = os.path.join(HERE, "README.md")
    if not os.path.exists(readme):
        err("README.md missing")
    else:
        text = open(readme, encoding="utf-8").read().lower()
        for q in all_q:
            if len(q) > 25 and q.lower() in text:
                err("README copies an item: %r" % q[:40])
        for s in STYLES:
            if "`%s`" % s not in text:
                err("README lacks the count for style %s" % s)

    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d problem(s)" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
