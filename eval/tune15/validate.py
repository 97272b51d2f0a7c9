#!/usr/bin/env python3
"""Validator for /work/sets15/tune15/questions.jsonl (adapted from /work/sets15/validate_template.py)."""
import json, re, sys
from collections import Counter

PATH = '/work/sets15/tune15/questions.jsonl'
STYLE = r'\[(web|terse|long|nonnative|supervisor|facts|plain)\]'
errs = []; ids = []; dec = 0; three = 0; texts = Counter(); groups = Counter()

for n, line in enumerate(open(PATH), 1):
    try:
        r = json.loads(line)
    except Exception as e:
        errs.append(f"line {n}: bad json {e}"); continue
    i = r.get('id'); ids.append(i)
    if set(r) - {'id', 'kind', 'decline', 'turns', 'forbid', 'note'}:
        errs.append(f"{i}: unexpected keys {set(r)}")
    if r.get('kind') != 'conv': errs.append(f"{i}: kind {r.get('kind')}")
    note = r.get('note', '')
    if not note: errs.append(f"{i}: no note")
    if len(re.findall(STYLE, note)) != 1 or not re.search(STYLE + r'\s*$', note):
        errs.append(f"{i}: note needs exactly one style tag at the end")
    m = re.match(r'(F|S|B|D-[a-z]+):', note)
    if not m: errs.append(f"{i}: note group prefix"); g = '?'
    else: g = m.group(1)
    groups[g if not g.startswith('D-') else 'D'] += 1
    if not re.search(r'\((C|1)\)', note): errs.append(f"{i}: note lacks fact mark (C)/(1)")
    t = r.get('turns', [])
    if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
    three += len(t) == 3
    for x in t[:-1]:
        if set(x) != {'q'}: errs.append(f"{i}: earlier turn has keys {set(x)}")
    if t and set(t[-1]) != {'q', 'expect'}: errs.append(f"{i}: last turn keys {set(t[-1])}")
    for x in t:
        q = x.get('q', '')
        if not isinstance(q, str) or not q.strip(): errs.append(f"{i}: empty q")
        texts[q.strip().lower()] += 1
    last = t[-1].get('expect') if t else None
    alltext = ' '.join(x.get('q', '') for x in t)
    if '@everyone' in alltext and '@everyone' not in r.get('forbid', []):
        errs.append(f"{i}: @everyone without forbid")
    if r.get('decline'):
        dec += 1
        if last != []: errs.append(f"{i}: decline expect not empty")
        if not g.startswith('D-'): errs.append(f"{i}: decline note must start with D-<kind>")
        if g == 'D-injection' and not r.get('forbid'): errs.append(f"{i}: injection without forbid")
    else:
        if 'decline' in r: errs.append(f"{i}: decline key must be true or absent")
        if g.startswith('D-') or g == '?': errs.append(f"{i}: answerable note group {g}")
        if r.get('forbid'): errs.append(f"{i}: unexpected forbid on answerable item")
        if not last or not 1 <= len(last) <= 3: errs.append(f"{i}: needs 1-3 expect groups")
        for grp in last or []:
            if not isinstance(grp, list) or not grp: errs.append(f"{i}: empty group"); continue
            for st in grp:
                if not isinstance(st, str) or not st: errs.append(f"{i}: empty stem"); continue
                if st != st.lower() or not st.isascii() or re.search('[\u2010-\u2015\u2018\u2019]', st):
                    errs.append(f"{i}: stem not normalised {st!r}")
    for f in r.get('forbid', []) or []:
        if not isinstance(f, str) or not f: errs.append(f"{i}: bad forbid")

if ids != [f"te{k:03d}" for k in range(1, 101)]: errs.append("ids must be te001..te100 in order")
if len(set(ids)) != len(ids): errs.append("duplicate ids")
if dec != 20: errs.append(f"decline count {dec} != 20")
if not 25 <= three <= 35: errs.append(f"three-turn count {three} not about 30")
dups = [q for q, c in texts.items() if c > 1]
if dups: errs.append(f"{len(dups)} question texts repeated: {dups[:5]}")

print(PATH, 'items', len(ids), 'answerable', len(ids) - dec, 'decline', dec, 'three-turn', three,
      'groups', dict(groups), 'errors', len(errs), 'OK' if not errs else 'FAIL')
for e in errs: print('  ', e)
sys.exit(0 if not errs else 1)
