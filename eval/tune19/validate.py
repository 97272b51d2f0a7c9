#!/usr/bin/env python3
"""Validate tune19 (adapted from /work/sets19/validate_template.py for this set only).

Checks: 100 `conv` items, ids tj001-tj100 (prefix tj, three digits, no gaps or duplicates), 2-3 turns,
`expect` only on the last turn, note ending with a style tag, exactly 15 `"decline": true` items with an
empty expect, answerable items with 1-3 non-empty groups of lowercase ASCII stems, @everyone forbidden
whenever a turn contains it, short alphabetic abbreviations guarded by a leading space or bracket.
"""
import json, sys, re, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'questions.jsonl')
# short abbreviations that do not occur inside ordinary English words, so need no leading space
SAFE_SHORT = {'cpt', 'bls', 'cms'}
STYLE = re.compile(r'\[(web|terse|long|nonnative|supervisor|facts|plain)\]\s*$')


def check(path, pre):
    errs = []; ids = set(); kinds = Counter(); dec = 0; styles = Counter(); nturns = Counter()
    for n, line in enumerate(open(path), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id')
        if i in ids: errs.append(f"dup id {i}")
        ids.add(i); k = r.get('kind'); kinds[k] += 1
        if not isinstance(i, str) or not re.fullmatch(pre + r'\d{3}', i) or not 1 <= int(i[len(pre):]) <= 100:
            errs.append(f"{i}: id range")
        note = r.get('note')
        if not note: errs.append(f"{i}: no note")
        else:
            m = STYLE.search(note)
            if not m: errs.append(f"{i}: note lacks style tag")
            else: styles[m.group(1)] += 1
        if k != 'conv':
            errs.append(f"{i}: kind {k}"); continue
        t = r.get('turns') or []
        nturns[len(t)] += 1
        if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
        if any(not isinstance(x.get('q'), str) or not x['q'].strip() for x in t): errs.append(f"{i}: empty q")
        if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
        if t and 'expect' not in t[-1]: errs.append(f"{i}: last turn has no expect")
        if any('@everyone' in x['q'] for x in t) and '@everyone' not in r.get('forbid', []):
            errs.append(f"{i}: @everyone without forbid")
        last = t[-1].get('expect') if t else None
        if r.get('decline'):
            dec += 1
            if last: errs.append(f"{i}: decline expect not empty")
            if not r.get('forbid'): errs.append(f"{i}: decline without forbid")
        else:
            if not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for g in last:
                if not g or not all(isinstance(s, str) and s for s in g): errs.append(f"{i}: empty group/stem"); continue
                for s in g:
                    if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019]', s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
                    core = s.strip()
                    if core.isalpha() and len(core) <= 3 and s[0] not in ' ([' and core not in SAFE_SHORT:
                        errs.append(f"{i}: short abbreviation without leading space {s!r}")
    want_ids = {f"{pre}{n:03d}" for n in range(1, 101)}
    if ids != want_ids: errs.append(f"ids differ from {pre}001-{pre}100: missing {sorted(want_ids - ids)[:5]} extra {sorted(ids - want_ids)[:5]}")
    ok = kinds == Counter({'conv': 100}) and dec == 15 and not errs
    print(path, dict(kinds), 'decline', dec, 'turns', dict(sorted(nturns.items())),
          'styles', dict(sorted(styles.items())), 'errors', len(errs))
    for e in errs: print('  ', e)
    return ok


ok = check(PATH, 'tj')
print('OK' if ok else 'FAIL')
sys.exit(0 if ok else 1)
