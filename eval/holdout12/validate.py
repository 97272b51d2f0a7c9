#!/usr/bin/env python3
"""Validate holdout12/questions.jsonl (adapted from ../validate_template.py).

Usage: python3 validate.py [OTHER_SET.jsonl ...]
Extra paths, if given, are checked for identical question texts shared with this set.
Prints OK and exits 0 when every check passes.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")
PRE = "r"
STYLES = ("web", "terse", "long", "nonnative", "supervisor", "facts", "plain")
TAG_RE = re.compile(r"\[(%s)\]" % "|".join(STYLES))


def turns_of(r):
    return r.get("turns", [r])


def check(path, pre):
    errs = []; ids = set(); kinds = Counter(); dec = 0; three = 0; styles = Counter()
    texts = Counter()
    for n, line in enumerate(open(path), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        i = r.get("id")
        if i in ids: errs.append(f"dup id {i}")
        ids.add(i); k = r.get("kind"); kinds[k] += 1
        note = r.get("note")
        if not note:
            errs.append(f"{i}: no note")
        else:
            tags = TAG_RE.findall(note)
            if not re.search(r"\[(%s)\]\s*$" % "|".join(STYLES), note): errs.append(f"{i}: note lacks final style tag")
            elif len(tags) != 1: errs.append(f"{i}: note has {len(tags)} style tags")
            else: styles[tags[0]] += 1
        for t in turns_of(r):
            q = t.get("q")
            if not isinstance(q, str) or not q.strip(): errs.append(f"{i}: empty q")
            else: texts[q.strip().lower()] += 1
        if any("@everyone" in t["q"] for t in turns_of(r)) and "@everyone" not in r.get("forbid", []):
            errs.append(f"{i}: @everyone without forbid")
        for s in r.get("forbid", []):
            if not isinstance(s, str) or not s: errs.append(f"{i}: bad forbid {s!r}")
        last = None
        if k == "in":
            if not re.fullmatch(pre + r"0(0[1-9]|[1-3]\d|40)", i): errs.append(f"{i}: id range")
            if "turns" in r: errs.append(f"{i}: in item with turns")
            last = r.get("expect")
        elif k == "oos":
            if not re.fullmatch(pre + r"0(4[1-9]|[5-6]\d|70)", i): errs.append(f"{i}: id range")
            last = r.get("expect")
            if last != []: errs.append(f"{i}: oos expect must be []")
        elif k == "conv":
            if not re.fullmatch(pre + r"c(0[1-9]|[1-5]\d|60)", i): errs.append(f"{i}: id range")
            t = r.get("turns") or []
            if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
            if len(t) == 3: three += 1
            for x in t[:-1]:
                if set(x) != {"q"}: errs.append(f"{i}: earlier turn has keys {sorted(x)}")
            last = t[-1].get("expect") if t else None
            if r.get("decline"):
                dec += 1
                if last != []: errs.append(f"{i}: decline expect must be []")
            elif "decline" in r:
                errs.append(f"{i}: decline present but not true")
        else:
            errs.append(f"{i}: kind {k}")
        if k == "in" or (k == "conv" and not r.get("decline")):
            if not note or not re.search(r"\((C|1)\)", note): errs.append(f"{i}: note lacks (C)/(1) mark")
            if not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for g in last:
                if not isinstance(g, list) or not g or not all(isinstance(s, str) and s.strip() for s in g):
                    errs.append(f"{i}: empty group/stem"); continue
                for s in g:
                    if s != s.lower() or re.search("[\u2010-\u2015\u2018\u2019]", s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
                if len(set(g)) != len(g): errs.append(f"{i}: duplicate stem in group {g}")
    dup = [q for q, c in texts.items() if c > 1]
    for q in dup: errs.append(f"question text used {texts[q]} times: {q[:60]!r}")
    ok = (kinds == Counter({"in": 40, "oos": 30, "conv": 60}) and dec == 15 and three == 10 and not errs)
    print(path, dict(kinds), "decline", dec, "three-turn", three, "errors", len(errs))
    print("styles", dict(sorted(styles.items())))
    for e in errs: print("  ", e)
    return ok, set(texts)


def qs(p):
    s = set()
    for l in open(p):
        if l.strip():
            for t in turns_of(json.loads(l)): s.add(t["q"].strip().lower())
    return s


ok, mine = check(PATH, PRE)
shared_total = 0
for other in sys.argv[1:]:
    shared = mine & qs(other)
    shared_total += len(shared)
    print("identical turn texts shared with", other, ":", len(shared))
ok = ok and shared_total == 0
print("OK" if ok else "FAIL")
sys.exit(0 if ok else 1)
