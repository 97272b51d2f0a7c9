"""Check tune11/questions.jsonl: 100 conv items tc001..tc100, prints OK when everything holds."""
import json, sys, re, os
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
STYLES = ('terse', 'plain', 'nonnative', 'supervisor', 'long', 'web', 'facts')
STYLE_RE = re.compile(r'\[(%s)\]\s*$' % '|'.join(STYLES))

def check(path):
    errs = []; ids = []; kinds = Counter(); styles = Counter(); nturns = Counter(); dec = 0
    texts = Counter()
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip():
            errs.append(f"line {n}: blank line"); continue
        try:
            r = json.loads(line)
        except Exception as e:
            errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id'); ids.append(i)
        if not isinstance(i, str) or not re.fullmatch(r'tc(0\d\d|100)', i) or i == 'tc000':
            errs.append(f"line {n}: bad id {i!r}")
        k = r.get('kind'); kinds[k] += 1
        if k != 'conv': errs.append(f"{i}: kind {k!r}, want conv")
        extra = set(r) - {'id', 'kind', 'turns', 'note', 'decline', 'forbid'}
        if extra: errs.append(f"{i}: unexpected keys {sorted(extra)}")
        note = r.get('note')
        if not note:
            errs.append(f"{i}: no note")
        else:
            m = STYLE_RE.search(note)
            if not m: errs.append(f"{i}: note lacks style tag")
            else: styles[m.group(1)] += 1
            if len(re.findall(r'\[(%s)\]' % '|'.join(STYLES), note)) != 1:
                errs.append(f"{i}: note must have exactly one style tag")
            if not re.search(r'\((C|1)\)', note): errs.append(f"{i}: note lacks (C)/(1) fact mark")
            if '[U]' in note: errs.append(f"{i}: note cites an [U] fact")
        t = r.get('turns')
        if not isinstance(t, list) or not 2 <= len(t) <= 3:
            errs.append(f"{i}: turns {t if not isinstance(t, list) else len(t)}"); continue
        nturns[len(t)] += 1
        for x in t:
            if not isinstance(x.get('q'), str) or not x['q'].strip(): errs.append(f"{i}: empty q")
            if set(x) - {'q', 'expect'}: errs.append(f"{i}: unexpected turn keys {sorted(set(x) - {'q', 'expect'})}")
        if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
        if 'expect' not in t[-1]: errs.append(f"{i}: last turn has no expect key"); continue
        last = t[-1]['expect']
        texts[t[-1]['q'].strip().lower()] += 1
        allq = ' '.join(x.get('q', '') for x in t)
        forbid = r.get('forbid', [])
        if forbid and (not isinstance(forbid, list) or not all(isinstance(s, str) and s and s == s.lower() for s in forbid)):
            errs.append(f"{i}: forbid must be a list of lowercase strings")
        if '@everyone' in allq.lower() and '@everyone' not in forbid: errs.append(f"{i}: @everyone without forbid")
        if r.get('decline'):
            if r['decline'] is not True: errs.append(f"{i}: decline must be true")
            dec += 1
            if last != []: errs.append(f"{i}: decline expect not empty")
        else:
            if 'decline' in r: errs.append(f"{i}: decline key must be absent or true")
            if not isinstance(last, list) or not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for g in last:
                if not isinstance(g, list) or not g or not all(isinstance(s, str) and s.strip() for s in g):
                    errs.append(f"{i}: empty group/stem"); continue
                for s in g:
                    if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019]', s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
                if len(set(g)) != len(g): errs.append(f"{i}: duplicate stem in group")
    want_ids = [f"tc{n:03d}" for n in range(1, 101)]
    if ids != want_ids: errs.append("ids are not exactly tc001..tc100 in order")
    dup_last = [q for q, c in texts.items() if c > 1]
    if dup_last: errs.append(f"identical last turns: {dup_last}")
    if kinds != Counter({'conv': 100}): errs.append(f"kinds {dict(kinds)}")
    if dec != 20: errs.append(f"declines {dec}, want 20")
    if not (70 <= nturns[2] <= 80 and 20 <= nturns[3] <= 30): errs.append(f"turn counts {dict(nturns)}")
    if set(styles) != set(STYLES): errs.append(f"styles missing: {set(STYLES) - set(styles)}")
    elif max(styles.values()) > 2 * min(styles.values()): errs.append(f"style spread too uneven {dict(styles)}")
    ok = not errs
    print(path, dict(kinds), 'decline', dec, 'turns', dict(sorted(nturns.items())), 'styles', dict(sorted(styles.items())))
    for e in errs: print('  ', e)
    print('OK' if ok else f'FAIL ({len(errs)} errors)')
    return ok

if __name__ == '__main__':
    sys.exit(0 if check(sys.argv[1] if len(sys.argv) > 1 else PATH) else 1)
