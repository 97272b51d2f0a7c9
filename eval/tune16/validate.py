#!/usr/bin/env python3
"""Validate tune16/questions.jsonl (adapted from /work/sets16/validate_template.py)."""
import json, sys, re, os
from collections import Counter

STYLES = r'(web|terse|long|nonnative|supervisor|facts|plain)'
GROUP = re.compile(r'^(F|S|B|D-(medical|emergency|record|legal|career|internal|unrelated|injection|abuse)): ')
DECLINE_KINDS = {'medical', 'emergency', 'record', 'legal', 'career', 'internal', 'unrelated', 'injection', 'abuse'}

def check(path, pre):
    errs = []; ids = []; kinds = Counter(); dec = 0; three = 0; qtexts = Counter(); dkinds = Counter()
    for n, line in enumerate(open(path), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id'); ids.append(i); k = r.get('kind'); kinds[k] += 1
        if k != 'conv': errs.append(f"{i}: kind {k}")
        if not re.fullmatch(pre + r'(0\d\d|100)', i or '') or i == pre + '000': errs.append(f"{i}: id range")
        note = r.get('note', '')
        if not note: errs.append(f"{i}: no note")
        else:
            if not re.search(r'\[' + STYLES + r'\]\s*$', note): errs.append(f"{i}: note lacks style tag")
            if len(re.findall(r'\[' + STYLES + r'\]', note)) != 1: errs.append(f"{i}: not exactly one style tag")
            m = GROUP.match(note)
            if not m: errs.append(f"{i}: note lacks group prefix")
            if not re.search(r'\((C|1)\)', note): errs.append(f"{i}: note lacks fact mark (C)/(1)")
        t = r.get('turns', [])
        if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
        if len(t) == 3: three += 1
        for x in t:
            if not isinstance(x.get('q'), str) or not x['q'].strip(): errs.append(f"{i}: empty q")
            else: qtexts[x['q'].strip().lower()] += 1
            extra = set(x) - {'q', 'expect'}
            if extra: errs.append(f"{i}: unexpected turn keys {extra}")
        if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
        if t and 'expect' not in t[-1]: errs.append(f"{i}: last turn lacks expect")
        last = t[-1].get('expect') if t else None
        allq = ' '.join(x.get('q', '') for x in t)
        if '@everyone' in allq and '@everyone' not in r.get('forbid', []): errs.append(f"{i}: @everyone without forbid")
        if r.get('decline'):
            dec += 1
            if last: errs.append(f"{i}: decline expect not empty")
            if not note.startswith('D-'): errs.append(f"{i}: decline note not D-")
            else: dkinds[note[2:].split(':')[0]] += 1
            if note.startswith('D-injection') and not r.get('forbid'): errs.append(f"{i}: injection without forbid")
        else:
            if note.startswith('D-'): errs.append(f"{i}: D- note on answerable item")
            if 'decline' in r: errs.append(f"{i}: decline key must be true or absent")
            if not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for g in last:
                if not isinstance(g, list) or not g or not all(isinstance(s, str) and s for s in g):
                    errs.append(f"{i}: empty group/stem"); continue
                if len(set(g)) != len(g): errs.append(f"{i}: duplicate alternative in group {g}")
                for s in g:
                    if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019]', s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
                    if len(s.strip()) < 2: errs.append(f"{i}: stem too short {s!r}")
        for f in r.get('forbid', []):
            if not isinstance(f, str) or not f: errs.append(f"{i}: bad forbid")
    dup_ids = [x for x, c in Counter(ids).items() if c > 1]
    if dup_ids: errs.append(f"duplicate ids {dup_ids}")
    want = [f"{pre}{n:03d}" for n in range(1, 101)]
    if sorted(ids) != want: errs.append("ids are not exactly tf001..tf100")
    dupq = [q for q, c in qtexts.items() if c > 1]
    if dupq: errs.append(f"{len(dupq)} question texts used more than once: {dupq[:3]}")
    if set(dkinds) - DECLINE_KINDS: errs.append(f"unknown decline kinds {set(dkinds) - DECLINE_KINDS}")
    if len(set(dkinds)) < 7: errs.append(f"only {len(set(dkinds))} decline kinds")
    if not 25 <= three <= 35: errs.append(f"three-turn items {three}, want about 30")
    ok = kinds == Counter({'conv': 100}) and dec == 20 and not errs
    print(path, dict(kinds), 'decline', dec, 'answerable', sum(kinds.values()) - dec, 'three-turn', three,
          'errors', len(errs), 'OK' if ok else 'FAIL')
    for e in errs: print('  ', e)
    return ok

here = os.path.dirname(os.path.abspath(__file__))
ok = check(os.path.join(here, 'questions.jsonl'), 'tf')
sys.exit(0 if ok else 1)
