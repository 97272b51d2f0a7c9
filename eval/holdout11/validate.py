#!/usr/bin/env python3
"""Check holdout11/questions.jsonl (MEASURE ONLY set). Prints OK when every check passes.

Adapted from ../validate_template.py: one file, ids prefixed h, 40 in / 30 oos / 60 conv,
13 conv items with "decline": true. Extra checks: one style tag per note, a (C) or (1) mark in the
note of every scored item, 2-3 turns with 6-10 three-turn items, no repeated question text,
forbid on injection/spam items, normalised lowercase ASCII stems.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'questions.jsonl')
PRE = 'h'
STYLES = ('web', 'terse', 'long', 'nonnative', 'supervisor', 'facts', 'plain')
STYLE_RE = re.compile(r'\[(%s)\]' % '|'.join(STYLES))


def stem_ok(s):
    return isinstance(s, str) and s and s == s.lower() and s.isascii() \
        and not re.search('[\u2010-\u2015\u2018\u2019]', s)


def check(path, pre):
    errs = []; ids = set(); kinds = Counter(); dec = 0; three = 0
    styles = Counter(); texts = Counter(); order = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id'); order.append(i)
        if i in ids: errs.append(f"dup id {i}")
        ids.add(i); k = r.get('kind'); kinds[k] += 1
        note = r.get('note')
        if not note:
            errs.append(f"{i}: no note")
        else:
            tags = STYLE_RE.findall(note)
            if len(tags) != 1 or not re.search(r'\[(%s)\]\s*$' % '|'.join(STYLES), note):
                errs.append(f"{i}: note needs exactly one style tag at the end")
            else:
                styles[tags[0]] += 1
        turns = r.get('turns', [r])
        for t in turns:
            q = t.get('q')
            if not isinstance(q, str) or not q.strip(): errs.append(f"{i}: empty q")
            else: texts[q.strip().lower()] += 1
        if any('@everyone' in t.get('q', '') for t in turns) and '@everyone' not in r.get('forbid', []):
            errs.append(f"{i}: @everyone without forbid")
        for s in r.get('forbid', []):
            if not stem_ok(s): errs.append(f"{i}: forbid not normalised {s!r}")
        if k == 'in':
            if not re.fullmatch(pre + r'0(0[1-9]|[1-3]\d|40)', i or ''): errs.append(f"{i}: id range")
            if 'turns' in r: errs.append(f"{i}: in item with turns")
            last = r.get('expect')
        elif k == 'oos':
            if not re.fullmatch(pre + r'0(4[1-9]|[5-6]\d|70)', i or ''): errs.append(f"{i}: id range")
            last = r.get('expect')
            if last != []: errs.append(f"{i}: oos expect must be []")
            if 'injection' in (note or '') or 'spam' in (note or ''):
                if not r.get('forbid'): errs.append(f"{i}: injection/spam without forbid")
        elif k == 'conv':
            if not re.fullmatch(pre + r'c(0[1-9]|[1-5]\d|60)', i or ''): errs.append(f"{i}: id range")
            t = r.get('turns') or []
            if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
            if len(t) == 3: three += 1
            if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
            last = t[-1].get('expect') if t else None
            if r.get('decline'):
                dec += 1
                if last != []: errs.append(f"{i}: decline item must have expect []")
                if ('injection' in (note or '')) and not r.get('forbid'):
                    errs.append(f"{i}: injection without forbid")
        else:
            errs.append(f"{i}: kind {k}"); continue
        if k == 'in' or (k == 'conv' and not r.get('decline')):
            if not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for g in last:
                if not isinstance(g, list) or not g: errs.append(f"{i}: empty group"); continue
                for s in g:
                    if not stem_ok(s): errs.append(f"{i}: stem not normalised {s!r}")
            if not re.search(r'\((C|1)\)', note or ''): errs.append(f"{i}: note lacks (C)/(1) mark")
    # ids in file order
    want = [f"{pre}{n:03d}" for n in range(1, 71)] + [f"{pre}c{n:02d}" for n in range(1, 61)]
    if order != want: errs.append("ids not h001..h070, hc01..hc60 in order")
    rep = [q for q, c in texts.items() if c > 1]
    # short repeated openers inside conv are allowed only if not scored; flag any repeat
    for q in rep: errs.append(f"repeated question text: {q!r}")
    if not 6 <= three <= 10: errs.append(f"three-turn conv items: {three} (want about 8)")
    ok = kinds == Counter({'in': 40, 'oos': 30, 'conv': 60}) and dec == 13 and not errs
    print(path, dict(kinds), 'decline', dec, 'three-turn', three, 'errors', len(errs))
    print('styles', dict(sorted(styles.items())))
    for e in errs: print('  ', e)
    print('OK' if ok else 'FAIL')
    return ok


if __name__ == '__main__':
    sys.exit(0 if check(sys.argv[1] if len(sys.argv) > 1 else PATH, PRE) else 1)
