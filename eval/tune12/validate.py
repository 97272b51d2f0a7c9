"""Validate tune12/questions.jsonl (adapted from /work/sets11/validate_template.py).

Checks: ids ta001..ta100 in order, all kind "conv", 2-3 turns (about 70 two-turn / 30 three-turn),
`expect` only on the last turn, 80 answered items with 1-3 non-empty groups of lowercase ASCII stems,
20 `"decline": true` items with an empty expect, forbid for @everyone and for injection items,
one style tag at the end of each note, a group label at the start of the note
(lean 55 / switch 15 / back 10 / decline 20), and a (C)/(1) fact reference on answered items.
Prints OK when everything holds.
"""
import json, sys, re, os
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
STYLES = ('web', 'terse', 'long', 'nonnative', 'supervisor', 'facts', 'plain')
WANT_GROUPS = Counter({'lean': 55, 'switch': 15, 'back': 10, 'decline': 20})

def check(path):
    errs, warns = [], []
    ids = []; kinds = Counter(); groups = Counter(); styles = Counter(); nturns = Counter()
    dec = 0; last_texts = Counter()
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id'); ids.append(i)
        k = r.get('kind'); kinds[k] += 1
        allowed = {'id', 'kind', 'turns', 'note', 'decline', 'forbid'}
        if set(r) - allowed: errs.append(f"{i}: unexpected fields {set(r) - allowed}")
        if i != f"ta{n:03d}": errs.append(f"{i}: expected id ta{n:03d}")
        if k != 'conv': errs.append(f"{i}: kind {k}")
        note = r.get('note') or ''
        if not note: errs.append(f"{i}: no note")
        m = re.search(r'\[(' + '|'.join(STYLES) + r')\]\s*$', note)
        if not m: errs.append(f"{i}: note lacks style tag")
        else:
            styles[m.group(1)] += 1
            if len(re.findall(r'\[(?:' + '|'.join(STYLES) + r')\]', note)) != 1:
                errs.append(f"{i}: more than one style tag")
        g = re.match(r'(lean|switch|back|decline) \| ', note)
        if not g: errs.append(f"{i}: note lacks group label")
        else: groups[g.group(1)] += 1
        t = r.get('turns') or []
        nturns[len(t)] += 1
        if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
        if any(not isinstance(x.get('q'), str) or not x['q'].strip() for x in t): errs.append(f"{i}: empty q")
        if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
        if t and 'expect' not in t[-1]: errs.append(f"{i}: last turn lacks expect")
        last = t[-1].get('expect') if t else None
        if t: last_texts[t[-1]['q'].strip().lower()] += 1
        forbid = r.get('forbid', [])
        if any('@everyone' in x['q'] for x in t) and '@everyone' not in forbid:
            errs.append(f"{i}: @everyone without forbid")
        if 'injection' in note and not forbid: errs.append(f"{i}: injection without forbid")
        for s in forbid:
            if s != s.lower() or not s.isascii(): errs.append(f"{i}: forbid not lowercase ascii {s!r}")
        if r.get('decline'):
            dec += 1
            if last: errs.append(f"{i}: decline expect not empty")
            if not (g and g.group(1) == 'decline'): errs.append(f"{i}: decline item not labelled decline")
        else:
            if g and g.group(1) == 'decline': errs.append(f"{i}: labelled decline without decline:true")
            if 'decline' in r: errs.append(f"{i}: decline present but not true")
            if not re.search(r'\((C|1)\)', note): errs.append(f"{i}: note lacks (C)/(1) fact reference")
            if not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            q = t[-1]['q'].lower()
            for grp in last:
                if not isinstance(grp, list) or not grp or not all(isinstance(s, str) and s for s in grp):
                    errs.append(f"{i}: empty group/stem"); continue
                for s in grp:
                    if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019]', s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
                if all(s.strip() in q for s in grp):
                    warns.append(f"{i}: every stem of group {grp} is already in the question (echo)")
    for txt, c in last_texts.items():
        if c > 1: errs.append(f"scored turn text repeated {c}x: {txt!r}")
    if len(ids) != 100: errs.append(f"{len(ids)} items, want 100")
    if groups != WANT_GROUPS: errs.append(f"groups {dict(groups)} want {dict(WANT_GROUPS)}")
    if dec != 20: errs.append(f"declines {dec}, want 20")
    if not (65 <= nturns[2] <= 75 and 25 <= nturns[3] <= 35): errs.append(f"turn mix {dict(nturns)}")
    if set(styles) != set(STYLES): errs.append(f"missing styles {set(STYLES) - set(styles)}")
    others = [styles[s] for s in STYLES if s not in ('terse', 'nonnative')]
    if others and (min(styles['terse'], styles['nonnative']) < max(others) or max(styles.values()) - min(styles.values()) > 6):
        errs.append(f"style mix not roughly even with terse/nonnative most common: {dict(styles)}")
    ok = not errs
    print(path, dict(kinds), 'groups', dict(groups), 'turns', dict(sorted(nturns.items())),
          'decline', dec, 'styles', dict(sorted(styles.items())), 'errors', len(errs))
    for e in errs: print('  ERROR', e)
    for w in warns: print('  warn', w)
    print('OK' if ok else 'FAIL')
    return ok

sys.exit(0 if check(PATH) else 1)
