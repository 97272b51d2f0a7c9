#!/usr/bin/env python3
"""Validate tune14/questions.jsonl (adapted from ../validate_template.py). Prints OK when all checks pass."""
import json, re, sys, os
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
STYLES = ('web', 'terse', 'long', 'nonnative', 'supervisor', 'facts', 'plain')
NOTE_RE = re.compile(r'^(F|S|B|D-[a-z]+): .*\((C|1)\).* \[(' + '|'.join(STYLES) + r')\]$')

def main():
    errs = []; ids = []; kinds = Counter(); dec = 0; three = 0
    groups = Counter(); styles = Counter(); texts = Counter()
    for n, line in enumerate(open(PATH), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id'); ids.append(i)
        k = r.get('kind'); kinds[k] += 1
        if k != 'conv': errs.append(f"{i}: kind {k}")
        if not re.fullmatch(r'td(0\d\d|100)', i or '') or i == 'td000': errs.append(f"{i}: id range")
        allowed = {'id', 'kind', 'turns', 'note', 'decline', 'forbid'}
        if set(r) - allowed: errs.append(f"{i}: unexpected keys {set(r) - allowed}")
        note = r.get('note', '')
        m = NOTE_RE.match(note)
        if not m:
            errs.append(f"{i}: bad note {note!r}")
        else:
            groups[m.group(1)] += 1; styles[m.group(3)] += 1
            if len(re.findall(r'\[(?:' + '|'.join(STYLES) + r')\]', note)) != 1:
                errs.append(f"{i}: note must carry exactly one style tag")
        t = r.get('turns') or []
        if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
        if len(t) == 3: three += 1
        for x in t:
            if set(x) - {'q', 'expect'}: errs.append(f"{i}: turn keys {set(x)}")
            if not isinstance(x.get('q'), str) or not x['q'].strip(): errs.append(f"{i}: empty q")
            else: texts[x['q'].strip().lower()] += 1
        if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
        if t and 'expect' not in t[-1]: errs.append(f"{i}: last turn lacks expect")
        last = t[-1].get('expect') if t else None
        alltext = ' '.join(x.get('q', '') for x in t)
        if '@everyone' in alltext and '@everyone' not in r.get('forbid', []):
            errs.append(f"{i}: @everyone without forbid")
        if r.get('decline'):
            dec += 1
            if last != []: errs.append(f"{i}: decline expect must be []")
            if not note.startswith('D-'): errs.append(f"{i}: decline note must start with D-")
            if 'injection' in note and not r.get('forbid'): errs.append(f"{i}: injection without forbid")
        else:
            if 'decline' in r: errs.append(f"{i}: decline key must be true or absent")
            if note.startswith('D-'): errs.append(f"{i}: D- note on answerable item")
            if not last: errs.append(f"{i}: empty expect")
            elif not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            else:
                for g in last:
                    if not isinstance(g, list) or not g or not all(isinstance(s, str) and s for s in g):
                        errs.append(f"{i}: empty group/stem"); continue
                    for s in g:
                        if s != s.lower() or not s.isascii() or re.search('[\u2010-\u2015\u2018\u2019]', s):
                            errs.append(f"{i}: stem not normalised {s!r}")
                    if len(set(g)) != len(g): errs.append(f"{i}: duplicate stem in group {g}")
        for f in r.get('forbid', []):
            if not isinstance(f, str) or not f: errs.append(f"{i}: bad forbid")
    want_ids = [f"td{n:03d}" for n in range(1, 101)]
    if ids != want_ids: errs.append("ids are not exactly td001..td100 in order")
    dup = [q for q, c in texts.items() if c > 1]
    for q in dup: errs.append(f"question text repeated: {q[:60]!r}")
    if dec != 20: errs.append(f"decline count {dec} != 20")
    if len(ids) - dec != 80: errs.append(f"answerable count {len(ids) - dec} != 80")
    if not 25 <= three <= 35: errs.append(f"three-turn items {three} not about 30")
    if set(styles) != set(STYLES): errs.append(f"styles missing: {set(STYLES) - set(styles)}")
    print(PATH)
    print('items', len(ids), 'kinds', dict(kinds), 'decline', dec, 'answerable', len(ids) - dec,
          'three-turn', three, 'two-turn', len(ids) - three)
    print('groups', dict(sorted(groups.items())))
    print('styles', dict(sorted(styles.items())))
    print('errors', len(errs))
    for e in errs: print('  ', e)
    print('OK' if not errs else 'FAIL')
    return not errs

if __name__ == '__main__':
    sys.exit(0 if main() else 1)
