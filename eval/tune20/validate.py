#!/usr/bin/env python3
"""Checks questions.jsonl of set tune20 against the brief's rules; prints OK or the errors."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

REF_FILES = ["/work/shared/reference/career-facts.md", "/work/shared/reference/seed-facts.md"]
MIX_TARGET = {"indirect": 25, "shift": 15, "three": 15, "story": 15, "correction": 10, "decline": 20}
STYLES = {"web", "terse", "long", "nonnative", "supervisor", "facts", "plain"}
DECLINE_CATS = {"medical", "emergency", "legal", "record", "career", "unrelated", "injection"}
# short abbreviations that occur inside other words: need a leading space or "(" in expect strings
RISKY = ["ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "ctr", "aha", "cdi", "dx"]
# figures marked [U] / not confirmed in career-facts.md: never expected
U_FIGURES = ["219", "229", "299", "399", "425", "499", "117", "390", "53,690", "53690", "62,846", "54,401",
             "218", "quarterly", "angoff", "job zone", "180", "150", "130", "107", "97 ", "2005", "2006",
             "11 years", "17 members", "21 members", "18 members", "68.81", "62%", "$50 "]
# topics of the fact sheet that the notes must cover (regex on the F-notes, case-insensitive)
COVERAGE = {
    "RHIT": r"\brhit\b", "RHIA": r"\brhia\b", "CCA": r"\bcca\b", "CCS": r"\bccs\b", "CHDA": r"chda|health data analyst",
    "CHPS": r"\bchps\b", "CPC/CPC-A": r"\bcpc", "COC/CRC": r"\bcoc\b|\bcrc\b", "CTR": r"\bctr\b",
    "exam format": r"hours|questions|70%|pearson", "CEUs": r"ceu|continuing education",
    "AHIMA": r"ahima", "AAPC": r"aapc", "NHA": r"\bnha\b", "CAHIIM": r"cahiim",
    "ICD-10-CM": r"icd-10-cm", "ICD-10-PCS": r"icd-10-pcs", "CPT": r"\bcpt\b", "HCPCS": r"hcpcs", "ICD-11": r"icd-11",
    "HIPAA privacy/OCR": r"privacy|office for civil rights", "Security Rule": r"security rule",
    "breach": r"breach", "right of access": r"right of access|access fees", "minimum necessary": r"minimum necessary",
    "PHI identifiers": r"identifiers", "pay": r"\$\d", "outlook": r"growth|projected", "pay year": r"2024",
    "education": r"diploma|associate|certificate", "skills": r"integrity|qualities",
    "on-the-job training": r"on the job", "retention": r"retention|kept|retain", "work settings": r"hospitals",
    "schedule": r"full time", "remote": r"remote",
}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


path = os.path.join(HERE, "questions.jsonl")
with open(path, encoding="utf-8") as f:
    lines = [ln for ln in f.read().split("\n") if ln.strip()]

recs = []
for i, ln in enumerate(lines, 1):
    try:
        recs.append(json.loads(ln))
    except json.JSONDecodeError as e:
        err("line %d: bad JSON: %s" % (i, e))

if len(recs) != 100:
    err("expected 100 items, found %d" % len(recs))
if recs != gen.records():
    err("questions.jsonl is out of date with gen.py: run python3 gen.py")

ref_text = " ".join(norm(open(p, encoding="utf-8").read()) for p in REF_FILES)
seen_turns = {}
style_count = collections.Counter()
decline_cats = collections.Counter()
note_text = []

for n, rec in enumerate(recs, 1):
    rid = rec.get("id")
    want = "tk%03d" % n
    if rid != want:
        err("%s: id should be %s" % (rid, want))
    extra = set(rec) - {"id", "kind", "decline", "turns", "forbid", "note"}
    if extra:
        err("%s: unexpected keys %s" % (rid, sorted(extra)))
    if rec.get("kind") != "conv":
        err("%s: kind must be conv" % rid)
    turns = rec.get("turns")
    if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
        err("%s: needs 2 or 3 turns" % rid)
        continue
    for t in turns[:-1]:
        if set(t) != {"q"}:
            err("%s: earlier turns may only have q" % rid)
    last = turns[-1]
    if set(last) != {"q", "expect"}:
        err("%s: last turn must have exactly q and expect" % rid)
    for t in turns:
        q = t.get("q", "")
        if not isinstance(q, str) or len(q.strip()) < 5:
            err("%s: empty or too short question" % rid)
            continue
        k = norm(q)
        if k in seen_turns:
            err("%s: turn identical to one in %s: %r" % (rid, seen_turns[k], q))
        seen_turns[k] = rid
        words = k.split()
        for j in range(len(words) - 7):
            shingle = " ".join(words[j:j + 8])
            if " " + shingle + " " in " " + ref_text + " ":
                err("%s: turn copies reference wording: %r" % (rid, shingle))
                break
        if re.search("[\u2018\u2019\u201c\u201d\u2010-\u2015]", q):
            err("%s: use ASCII quotes and dashes in questions" % rid)

    expect = last.get("expect")
    decline = rec.get("decline", False)
    if "decline" in rec and rec["decline"] is not True:
        err("%s: decline must be true when present" % rid)
    if decline:
        if expect != []:
            err("%s: decline items need expect []" % rid)
    else:
        if not isinstance(expect, list) or not 1 <= len(expect) <= 3:
            err("%s: expect needs 1-3 groups" % rid)
            expect = []
        for g in expect:
            if not isinstance(g, list) or not g:
                err("%s: empty or malformed expect group" % rid)
                continue
            if len(set(g)) != len(g):
                err("%s: duplicate alternative in group %s" % (rid, g))
            for a in g:
                if not isinstance(a, str) or not a.strip():
                    err("%s: empty expect string" % rid)
                    continue
                if a != a.lower():
                    err("%s: expect string not lowercase: %r" % (rid, a))
                if re.search("[\u2018\u2019\u201c\u201d\u2010-\u2015]", a):
                    err("%s: expect string has curly quote or unicode dash: %r" % (rid, a))
                for ab in RISKY:
                    if re.match(r"%s(?![a-z])" % re.escape(ab), a):
                        err("%s: short abbreviation %r needs a leading space or '(': %r" % (rid, ab, a))
                for u in U_FIGURES:
                    if u in a:
                        err("%s: expect string %r contains an unconfirmed [U] figure %r" % (rid, a, u))
    forbid = rec.get("forbid")
    if forbid is not None:
        if not isinstance(forbid, list) or not forbid or not all(isinstance(s, str) and s for s in forbid):
            err("%s: forbid must be a non-empty list of strings" % rid)

    note = rec.get("note", "")
    m = re.search(r"\[([a-z]+)\]$", note)
    if not m or m.group(1) not in STYLES:
        err("%s: note must end with a style tag %s" % (rid, sorted(STYLES)))
    else:
        style_count[m.group(1)] += 1
    if decline:
        md = re.match(r"D-([a-z]+): \S", note)
        if not md or md.group(1) not in DECLINE_CATS:
            err("%s: decline note must start with D-<category>: (%s)" % (rid, sorted(DECLINE_CATS)))
        else:
            decline_cats[md.group(1)] += 1
            if md.group(1) == "injection" and not forbid:
                err("%s: prompt injection needs forbid strings" % rid)
    else:
        if not re.match(r"F: .+ \((C|1|seed)\) .*\[[a-z]+\]$", note):
            err("%s: note must be 'F: <fact> (C|1|seed) [style]'" % rid)
        note_text.append(note.lower())

# mix
mix = collections.Counter(it["mix"] for it in gen.ITEMS)
if dict(mix) != MIX_TARGET:
    err("mix is %s, want %s" % (dict(mix), MIX_TARGET))
for n, it in enumerate(gen.ITEMS, 1):
    rid = "tk%03d" % n
    nt = len(it["turns"])
    if it["mix"] == "three" and nt != 3:
        err("%s: three-turn item needs 3 turns" % rid)
    if it["mix"] != "three" and nt != 2:
        err("%s: %s item needs 2 turns" % (rid, it["mix"]))
    if it["mix"] == "story":
        if len(it["turns"][0]) < 400:
            err("%s: story opener too short (%d chars)" % (rid, len(it["turns"][0])))
        if len(it["turns"][-1]) > 80:
            err("%s: story follow-up should be short" % rid)
    if (it["mix"] == "decline") != bool(recs and n <= len(recs) and recs[n - 1].get("decline")):
        err("%s: decline flag does not match mix" % rid)

# decline categories and styles
missing = DECLINE_CATS - set(decline_cats)
if missing:
    err("decline categories missing: %s" % sorted(missing))
if set(style_count) != STYLES:
    err("styles missing: %s" % sorted(STYLES - set(style_count)))
for s, c in style_count.items():
    if c > 35:
        err("style %s over-used (%d)" % (s, c))

# coverage of the fact sheet
joined = "\n".join(note_text)
for topic, rx in COVERAGE.items():
    if not re.search(rx, joined):
        err("fact sheet topic not covered by any note: %s" % topic)

if errors:
    for e in errors:
        print("ERROR", e)
    print("%d error(s)" % len(errors))
    sys.exit(1)
print("mix:", dict(mix))
print("styles:", dict(sorted(style_count.items())))
print("decline categories:", dict(sorted(decline_cats.items())))
print("turns:", dict(collections.Counter(len(r["turns"]) for r in recs)))
print("OK")
