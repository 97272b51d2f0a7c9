#!/usr/bin/env python3
"""Validate tune17/questions.jsonl (adapted from /work/sets17/validate_template.py for this set only).

100 `conv` items, ids tg001-tg100, 2-3 turns, only the last turn has `expect`, note ends with a
style tag, 15 items `"decline": true` with empty expect; type prefixes in the note
(N 35, R 15, X 10, B 10, O 15, D-* 15). Prints OK or FAIL and the errors.
"""
import json, sys, re, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'questions.jsonl')
STYLE = re.compile(r'\[(web|terse|long|nonnative|supervisor|facts|plain)\]\s*$')
TYPES = {'N': 35, 'R': 15, 'X': 10, 'B': 10, 'O': 15, 'D': 15}
# short letter-only stems allowed without a leading space/bracket (they do not occur inside common words)
SHORT_OK = {'cms', 'pcs', 'cpc', 'hhs', 'ehr', 'emr', 'phi', 'him'}

def check(path, pre='tg'):
    errs = []; ids = []; kinds = Counter(); types = Counter(); styles = Counter(); dec = 0
    lasts = Counter(); convs = Counter()
    for n, line in enumerate(open(path), 1):
        try: r = json.loads(line)
        except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id'); ids.append(i); k = r.get('kind'); kinds[k] += 1
        if not re.fullmatch(pre + r'\d{3}', str(i)): errs.append(f"{i}: id format")
        note = r.get('note')
        if not note: errs.append(f"{i}: no note"); note = ''
        m = STYLE.search(note)
        if not m: errs.append(f"{i}: note lacks style tag")
        else: styles[m.group(1)] += 1
        tm = re.match(r'(N|R|X|B|O|D-[a-z]+):', note)
        if not tm: errs.append(f"{i}: note lacks type prefix"); typ = None
        else: typ = tm.group(1)[0]; types[typ] += 1
        if k != 'conv': errs.append(f"{i}: kind {k}"); continue
        t = r.get('turns') or []
        if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
        if typ == 'B' and len(t) != 3: errs.append(f"{i}: B item needs 3 turns")
        if any(not isinstance(x.get('q'), str) or not x['q'].strip() for x in t): errs.append(f"{i}: empty q")
        if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
        if t and 'expect' not in t[-1]: errs.append(f"{i}: last turn lacks expect")
        if any('@everyone' in x['q'] for x in t) and '@everyone' not in r.get('forbid', []): errs.append(f"{i}: @everyone without forbid")
        for f in r.get('forbid', []):
            if not isinstance(f, str) or not f: errs.append(f"{i}: bad forbid")
        last = t[-1].get('expect') if t else None
        lasts[t[-1]['q'].strip().lower() if t else ''] += 1
        convs[tuple(x['q'].strip().lower() for x in t)] += 1
        if r.get('decline'):
            dec += 1
            if typ != 'D': errs.append(f"{i}: decline item without D- note")
            if last: errs.append(f"{i}: decline expect not empty")
            continue
        if typ == 'D': errs.append(f"{i}: D- note without decline")
        if not last: errs.append(f"{i}: empty expect"); continue
        if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
        for g in last:
            if not g or not all(isinstance(s, str) and s for s in g): errs.append(f"{i}: empty group/stem"); continue
            for s in g:
                if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019\u201c\u201d]', s) or not s.isascii():
                    errs.append(f"{i}: stem not normalised {s!r}")
                if re.fullmatch(r'[a-z]{2,4}', s) and s not in SHORT_OK and len(s) <= 3:
                    errs.append(f"{i}: bare short abbreviation {s!r} may match inside words")
    exp_ids = [f"{pre}{n:03d}" for n in range(1, 101)]
    if sorted(ids) != exp_ids: errs.append("ids are not exactly tg001..tg100")
    if len(set(ids)) != len(ids): errs.append("duplicate ids")
    for q, c in lasts.items():
        if c > 1: errs.append(f"identical last turn used {c} times: {q!r}")
    for q, c in convs.items():
        if c > 1: errs.append(f"identical conversation used {c} times")
    if types != Counter(TYPES): errs.append(f"type mix {dict(types)} != {TYPES}")
    ok = kinds == Counter({'conv': 100}) and dec == 15 and not errs
    print(path, dict(kinds), 'decline', dec, 'types', dict(types), 'styles', dict(styles),
          'errors', len(errs), 'OK' if ok else 'FAIL')
    for e in errs: print('  ', e)
    return ok

sys.exit(0 if check(PATH) else 1)
