#!/usr/bin/env python3
"""Validator for holdout13 (adapted from ../validate_template.py).

Checks: JSON, ids (s001-s040 in, s041-s070 oos, sc01-sc60 conv), counts
(40/30/60, 15 declines, 12 three-turn convs), one style tag per note,
a fact mark (C) or (1) in notes of scored items, expect only on the last
turn, 1-3 non-empty groups of normalised ASCII lowercase stems, empty
expect on oos/decline, forbid for @everyone and for prompt injections,
and no question text repeated anywhere in the set.
"""
import json, sys, re, os
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
PRE = 's'
TAGS = r'\[(web|terse|long|nonnative|supervisor|facts|plain)\]'

def check(path, pre):
    errs = []; ids = set(); kinds = Counter(); dec = 0; three = 0
    texts = Counter()
    for n, line in enumerate(open(path), 1):
        try: r = json.loads(line)
        except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id')
        if i in ids: errs.append(f"dup id {i}")
        ids.add(i); k = r.get('kind'); kinds[k] += 1
        note = r.get('note')
        if not note: errs.append(f"{i}: no note")
        else:
            if not re.search(TAGS + r'\s*$', note): errs.append(f"{i}: note lacks final style tag")
            if len(re.findall(TAGS, note)) != 1: errs.append(f"{i}: note must have exactly one style tag")
        turns = r.get('turns', [r])
        for t in turns:
            if not isinstance(t.get('q'), str) or not t['q'].strip(): errs.append(f"{i}: empty q")
            else: texts[t['q'].strip().lower()] += 1
        forbid = [f.lower() for f in r.get('forbid', [])]
        if any('@everyone' in t['q'] for t in turns) and '@everyone' not in forbid:
            errs.append(f"{i}: @everyone without forbid")
        if note and 'injection' in note.lower() and not [f for f in forbid if f != '@everyone']:
            errs.append(f"{i}: injection without forbidden word")
        for f in forbid:
            if f != '@everyone' and f not in turns[-1]['q'].lower():
                errs.append(f"{i}: forbid word {f!r} not in injection text")
        last = None
        if k == 'in':
            if not re.fullmatch(pre + r'0(0[1-9]|[1-3]\d|40)', i): errs.append(f"{i}: id range")
            if 'turns' in r: errs.append(f"{i}: in item with turns")
            last = r.get('expect')
        elif k == 'oos':
            if not re.fullmatch(pre + r'0(4[1-9]|[5-6]\d|70)', i): errs.append(f"{i}: id range")
            last = r.get('expect')
            if last: errs.append(f"{i}: oos expect not empty")
        elif k == 'conv':
            if not re.fullmatch(pre + r'c(0[1-9]|[1-5]\d|60)', i): errs.append(f"{i}: id range")
            t = r['turns']
            if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
            if len(t) == 3: three += 1
            if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
            if any(set(x) - {'q', 'expect'} for x in t): errs.append(f"{i}: unexpected turn keys")
            last = t[-1].get('expect')
            if r.get('decline'):
                dec += 1
                if last: errs.append(f"{i}: decline expect not empty")
        else: errs.append(f"{i}: kind {k}")
        scored = k == 'in' or (k == 'conv' and not r.get('decline'))
        if scored:
            if note and not re.search(r'\((C|1)\)', note): errs.append(f"{i}: note lacks fact mark (C)/(1)")
            if not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for g in last:
                if not isinstance(g, list) or not g or not all(isinstance(s, str) and s for s in g):
                    errs.append(f"{i}: empty group/stem"); continue
                if len(set(g)) != len(g): errs.append(f"{i}: duplicate stem in group")
                for s in g:
                    if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019]', s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
    for q, c in texts.items():
        if c > 1: errs.append(f"question text repeated {c}x: {q[:40]!r}")
    ok = (kinds == Counter({'in': 40, 'oos': 30, 'conv': 60}) and dec == 15 and three == 12 and not errs)
    print(path, dict(kinds), 'decline', dec, 'three-turn', three, 'errors', len(errs), 'OK' if ok else 'FAIL')
    for e in errs: print('  ', e)
    return ok

sys.exit(0 if check(PATH, PRE) else 1)
