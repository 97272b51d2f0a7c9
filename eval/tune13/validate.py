"""Validator for tune13 (adapted from /work/sets11/validate_template.py). Prints OK when the set is well formed."""
import json, sys, re, os
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
STYLES = ('web', 'terse', 'long', 'nonnative', 'supervisor', 'facts', 'plain')
STYLE_RE = re.compile(r'\[(%s)\]\s*$' % '|'.join(STYLES))

def check(path):
    errs = []; ids = []; kinds = Counter(); dec = 0
    styles = Counter(); groups = Counter(); nturns = Counter(); lastq = Counter()
    for n, line in enumerate(open(path), 1):
        try: r = json.loads(line)
        except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id'); ids.append(i)
        if i != 'tb%03d' % n: errs.append(f"line {n}: id {i!r}, expected tb{n:03d}")
        k = r.get('kind'); kinds[k] += 1
        if k != 'conv': errs.append(f"{i}: kind {k}")
        extra = set(r) - {'id', 'kind', 'turns', 'note', 'decline', 'forbid'}
        if extra: errs.append(f"{i}: unexpected keys {extra}")
        note = r.get('note', '')
        if not note: errs.append(f"{i}: no note")
        tags = re.findall(r'\[(%s)\]' % '|'.join(STYLES), note)
        m = STYLE_RE.search(note)
        if not m or len(tags) != 1: errs.append(f"{i}: note needs exactly one style tag at the end")
        else: styles[m.group(1)] += 1
        t = r.get('turns') or []
        nturns[len(t)] += 1
        if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
        for x in t:
            if not isinstance(x.get('q'), str) or not x['q'].strip(): errs.append(f"{i}: empty turn")
            if set(x) - {'q', 'expect'}: errs.append(f"{i}: turn keys {set(x)}")
        if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
        if t and 'expect' not in t[-1]: errs.append(f"{i}: last turn lacks expect")
        if t: lastq[t[-1]['q'].strip().lower()] += 1
        last = t[-1].get('expect') if t else None
        forbid = r.get('forbid', [])
        if any('@everyone' in x['q'] for x in t) and '@everyone' not in forbid:
            errs.append(f"{i}: @everyone without forbid")
        for s in forbid:
            if not isinstance(s, str) or not s or s != s.lower(): errs.append(f"{i}: forbid not lowercase {s!r}")
        if r.get('decline'):
            dec += 1
            if last != []: errs.append(f"{i}: decline expect not empty")
            if not note.startswith('D-'): errs.append(f"{i}: decline note should start with D-")
            groups['D'] += 1
            if 'injection' in note and not forbid: errs.append(f"{i}: injection without forbid")
        else:
            if 'decline' in r: errs.append(f"{i}: decline key must be true or absent")
            g = note.split(':')[0]
            if g not in ('F', 'S', 'B'): errs.append(f"{i}: answered note should start with F:/S:/B:")
            groups[g] += 1
            if not ('(C' in note or '(1' in note or '/1)' in note or ', 1)' in note):
                errs.append(f"{i}: note names no (C)/(1) fact")
            if not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for gr in last:
                if not isinstance(gr, list) or not gr or not all(isinstance(s, str) and s for s in gr):
                    errs.append(f"{i}: empty group/stem"); continue
                if len(set(gr)) != len(gr): errs.append(f"{i}: duplicate stem in group")
                for s in gr:
                    if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019]', s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
    dup = [q for q, c in lastq.items() if c > 1]
    if dup: errs.append(f"identical scored turns: {dup}")
    ok = (kinds == Counter({'conv': 100}) and dec == 20 and len(ids) == 100
          and 70 <= nturns[2] <= 80 and 20 <= nturns[3] <= 30 and not errs)
    print(os.path.relpath(path), dict(kinds), 'decline', dec, 'turns', dict(sorted(nturns.items())),
          'groups', dict(groups), 'styles', dict(styles.most_common()), 'errors', len(errs))
    for e in errs: print('  ', e)
    return ok

ok = check(PATH)
print('OK' if ok else 'FAIL')
sys.exit(0 if ok else 1)
