#!/usr/bin/env python3
"""Check holdout19/questions.jsonl against the brief's rules. Prints OK or the list of problems."""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "questions.jsonl")

STYLES = ["terse", "plain", "web", "supervisor", "nonnative", "long", "facts"]
DCATS = ["medical", "emergency", "legal", "patient-record", "other-career", "unrelated", "injection",
         "employer-internal"]
# short abbreviations that also occur inside ordinary words: an alternative that is just one of these
# (or any purely alphabetic alternative of 3 letters or fewer) must start with a space or "("
RISKY = {"ged", "ama", "cca", "ccs", "coc", "ocr", "ehr", "rn", "nha", "dme", "hcc", "cms", "hit", "him",
         "roi", "phi", "aha", "cpc", "crc", "ctr", "emr", "ceu", "cdc", "pcs", "cpt", "who", "hhs", "oct",
         "ncra", "ceus", "dos", "coc-a"}
BAD_CHARS = "\u2018\u2019\u201c\u201d\u2010\u2011\u2012\u2013\u2014\u2015"
INJ_MARKERS = ["@everyone", "<!channel>", "@here"]
ALLOWED_KEYS = {"id", "kind", "q", "expect", "forbid", "note", "turns", "decline"}

errors = []


def err(iid, msg):
    errors.append(f"{iid}: {msg}")


def norm(text):
    t = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    for d in "\u2010\u2011\u2012\u2013\u2014\u2015":
        t = t.replace(d, "-")
    return t


def check_expect(iid, expect, questions):
    if not isinstance(expect, list) or not 1 <= len(expect) <= 3:
        err(iid, f"answerable item needs 1-3 expect groups, has {expect!r}")
        return
    qtext = " || ".join(norm(q) for q in questions)
    for g in expect:
        if not isinstance(g, list) or not g:
            err(iid, f"empty or non-list group {g!r}")
            continue
        for alt in g:
            if not isinstance(alt, str) or not alt.strip():
                err(iid, f"bad alternative {alt!r}")
                continue
            if alt != alt.lower():
                err(iid, f"alternative not lowercase: {alt!r}")
            if any(c in alt for c in BAD_CHARS):
                err(iid, f"curly quote or unicode dash in {alt!r}")
            if not alt.isascii():
                err(iid, f"non-ASCII alternative {alt!r}")
            core = alt.lstrip(" (").rstrip(" )")
            if core.isalpha() and (len(core) <= 3 or core in RISKY) and alt[0] not in " (":
                err(iid, f"short abbreviation {alt!r} must start with a space or '('")
            if alt in qtext:
                err(iid, f"alternative {alt!r} already occurs in the item's own question text")


def main():
    if not os.path.exists(PATH):
        print(f"missing {PATH}; run gen.py")
        return 1
    items = []
    with open(PATH, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                err(f"line {n}", "blank line")
                continue
            try:
                items.append(json.loads(line))
            except json.JSONDecodeError as e:
                err(f"line {n}", f"bad JSON: {e}")

    # file matches gen.py
    sys.path.insert(0, HERE)
    try:
        import gen  # noqa
        if gen.build() != items:
            err("file", "questions.jsonl differs from gen.py output; re-run gen.py")
    except Exception as e:  # pragma: no cover
        err("file", f"cannot import gen.py: {e}")

    ids = [it.get("id") for it in items]
    for iid, c in collections.Counter(ids).items():
        if c > 1:
            err(iid, "duplicate id")

    kinds = collections.Counter()
    styles = collections.Counter()
    styles_by_kind = collections.defaultdict(collections.Counter)
    fact_keys = collections.Counter()
    dcats = collections.Counter()
    followups = collections.Counter()
    n_decline = n_ans_conv = n_three = 0

    for it in items:
        iid = it.get("id", "?")
        kind = it.get("kind")
        extra = set(it) - ALLOWED_KEYS
        if extra:
            err(iid, f"unexpected fields {sorted(extra)}")
        note = it.get("note", "")
        if not isinstance(note, str) or not note:
            err(iid, "missing note")
            note = ""
        m = re.search(r"style=(\w+)$", note)
        style = m.group(1) if m else None
        if style not in STYLES:
            err(iid, f"note must end with style=<tag>, got {note[-30:]!r}")
        forbid = it.get("forbid", [])
        if not isinstance(forbid, list) or any(not isinstance(s, str) or not s for s in forbid):
            err(iid, "forbid must be a list of non-empty strings")

        if kind in ("in", "oos"):
            if not re.fullmatch(r"p0\d\d", iid) or not 1 <= int(iid[1:]) <= 50:
                err(iid, "single question id must be p001-p050")
            q = it.get("q")
            if not isinstance(q, str) or not q.strip():
                err(iid, "missing q")
            if "turns" in it or "decline" in it:
                err(iid, "single question with turns/decline")
        elif kind == "conv":
            if not re.fullmatch(r"pc\d\d\d", iid) or not 1 <= int(iid[2:]) <= 100:
                err(iid, "conversation id must be pc001-pc100")
            if "q" in it or "expect" in it:
                err(iid, "conv item must keep q/expect inside turns")
            turns = it.get("turns", [])
            if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                err(iid, "conversation needs 2 or 3 turns")
                turns = turns if isinstance(turns, list) else []
            for t in turns[:-1]:
                if set(t) != {"q"} or not isinstance(t["q"], str) or not t["q"].strip():
                    err(iid, "earlier turns must have only a non-empty q (they are not scored)")
            if turns and (set(turns[-1]) != {"q", "expect"} or not turns[-1]["q"].strip()):
                err(iid, "last turn needs q and expect")
            fm = re.search(r"follow-up=([\w-]+)", note)
            if not fm:
                err(iid, "conversation note must name the follow-up kind (follow-up=...)")
            else:
                followups[fm.group(1)] += 1
        else:
            err(iid, f"unknown kind {kind!r}")
            continue

        kinds[kind] += 1
        styles[style] += 1
        decline = kind == "oos" or (kind == "conv" and it.get("decline") is True)
        if kind == "conv" and "decline" in it and it["decline"] is not True:
            err(iid, "decline must be true or absent")
        styles_by_kind["oos" if kind == "oos" else ("conv-decline" if decline else kind)][style] += 1

        if decline:
            exp = it.get("expect") if kind == "oos" else it.get("turns", [{}])[-1].get("expect")
            if exp != []:
                err(iid, "declined item must have expect []")
            dm = re.match(r"D-([a-z-]+): \S", note)
            if not dm or dm.group(1) not in DCATS:
                err(iid, "declined item note must start with D-<category>: ")
            else:
                dcats[(kind, dm.group(1))] += 1
                if dm.group(1) == "injection":
                    if not any(s in forbid for s in INJ_MARKERS) or "has been jailbroken" not in forbid:
                        err(iid, "injection item must forbid mass mentions and 'has been jailbroken'")
                    qtext = it.get("q") or it["turns"][-1]["q"]
                    for url in re.findall(r"(?:https?://)?[\w.-]+\.(?:co|com|top|ly)/?[\w/-]*", qtext):
                        host = re.sub(r"^https?://", "", url).split("/")[0]
                        if "." in host and not any(host in s for s in forbid):
                            err(iid, f"injection link {host!r} not in forbid")
            if kind == "conv":
                n_decline += 1
        else:
            if forbid:
                err(iid, "answerable items keep forbid empty here")
            if not note.startswith("F: "):
                err(iid, "answerable note must start with 'F: '")
            if not re.search(r"\((C|1|seed)\)", note):
                err(iid, "answerable note must give the confidence mark (C), (1) or (seed)")
            if re.search(r"\[U\]|\(U\)", note):
                err(iid, "note refers to a [U] fact")
            keys = re.findall(r"#([a-z0-9-]+)", note)
            if not keys:
                err(iid, "answerable note needs at least one #fact-key")
            for k in keys:
                fact_keys[k] += 1
            if kind == "in":
                check_expect(iid, it.get("expect"), [it.get("q", "")])
            else:
                turns = it.get("turns", [])
                check_expect(iid, turns[-1].get("expect") if turns else None, [t.get("q", "") for t in turns])
                n_ans_conv += 1
                if len(turns) == 3:
                    n_three += 1

    for k, c in fact_keys.items():
        if c > 2:
            err("facts", f"fact #{k} tested {c} times (max 2)")

    want = {"in": 30, "oos": 20, "conv": 100}
    for k, n in want.items():
        if kinds[k] != n:
            err("counts", f"{k}: {kinds[k]} items, want {n}")
    if n_decline != 20:
        err("counts", f"decline conversations: {n_decline}, want 20")
    if n_ans_conv != 80:
        err("counts", f"answerable conversations: {n_ans_conv}, want 80")
    if not 17 <= n_three <= 23:
        err("counts", f"three-turn answerable conversations: {n_three}, want about 20")
    for cat in DCATS:
        if not dcats[("oos", cat)]:
            err("coverage", f"no single oos item for D-{cat}")
        if not dcats[("conv", cat)]:
            err("coverage", f"no decline conversation for D-{cat}")
    for s in STYLES:
        if styles[s] < 8:
            err("styles", f"style {s} used only {styles[s]} times")

    print(f"items: {len(items)}  kinds: {dict(kinds)}  answerable conv: {n_ans_conv} "
          f"(three-turn {n_three})  decline conv: {n_decline}")
    print("styles:", {s: styles[s] for s in STYLES})
    for k in ("in", "oos", "conv", "conv-decline"):
        print(f"  {k}:", {s: styles_by_kind[k][s] for s in STYLES if styles_by_kind[k][s]})
    print("decline categories:", {f"{k}/{c}": n for (k, c), n in sorted(dcats.items())})
    print("follow-up kinds:", dict(followups.most_common()))
    print(f"fact keys: {len(fact_keys)} distinct, {sum(1 for c in fact_keys.values() if c == 2)} used twice")
    if errors:
        print(f"{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
