#!/usr/bin/env python3
"""Validator for holdout14 (adapted from /work/sets16/validate_template.py).
Checks ids, kinds, counts, turn structure, expect/forbid shape, notes, uniqueness. Prints OK or FAIL."""
import json, sys, re, os
from collections import Counter

PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'questions.jsonl')
PRE = 'g'
STYLE = r'\[(web|terse|long|nonnative|supervisor|facts|plain)\]\s*$'
# bare stems known to match inside unrelated words
TRAPS = {'oct', 'ctr', 'nha', 'ama', 'ocr', 'coc', 'aha', 'cms ', 'ce'}

def check(path, pre):
    errs = []; ids = []; kinds = Counter(); dec = 0; three = 0; texts = Counter(); styles = Counter()
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        try: r = json.loads(line)
        except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id')
        if i in ids: errs.append(f"dup id {i}")
        ids.append(i); k = r.get('kind'); kinds[k] += 1
        note = r.get('note')
        if not note: errs.append(f"{i}: no note")
        else:
            m = re.search(STYLE, note)
            if not m: errs.append(f"{i}: note lacks style tag")
            else: styles[m.group(1)] += 1
            if len(re.findall(r'\[(?:web|terse|long|nonnative|supervisor|facts|plain)\]', note)) != 1:
                errs.append(f"{i}: note must carry exactly one style tag")
        turns = r.get('turns', [r])
        for t in turns:
            q = t.get('q')
            if not isinstance(q, str) or not q.strip(): errs.append(f"{i}: empty q")
            else: texts[q.strip().lower()] += 1
        if any('@everyone' in t['q'] for t in turns) and '@everyone' not in r.get('forbid', []):
            errs.append(f"{i}: @everyone without forbid")
        for f in r.get('forbid', []):
            if not isinstance(f, str) or not f: errs.append(f"{i}: bad forbid")
        last = None
        if k == 'in':
            if not re.fullmatch(pre + r'0(0[1-9]|[1-3]\d|40)', i): errs.append(f"{i}: id range")
            if 'turns' in r: errs.append(f"{i}: in item with turns")
            last = r.get('expect')
        elif k == 'oos':
            if not re.fullmatch(pre + r'0(4[1-9]|[5-6]\d|70)', i): errs.append(f"{i}: id range")
            last = r.get('expect')
            if last != []: errs.append(f"{i}: oos expect not empty list")
        elif k == 'conv':
            if not re.fullmatch(pre + r'c(0[1-9]|[1-5]\d|60)', i): errs.append(f"{i}: id range")
            t = r['turns']
            if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
            if len(t) == 3: three += 1
            if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
            if any(set(x) - {'q', 'expect'} for x in t): errs.append(f"{i}: unexpected turn keys")
            if 'expect' not in t[-1]: errs.append(f"{i}: last turn lacks expect")
            last = t[-1].get('expect')
            if r.get('decline'):
                dec += 1
                if last != []: errs.append(f"{i}: decline expect not empty")
        else: errs.append(f"{i}: kind {k}")
        scored = k == 'in' or (k == 'conv' and not r.get('decline'))
        if scored:
            if note and not re.search(r'\((C|1)\)', note): errs.append(f"{i}: note lacks (C)/(1) mark")
            if not last: errs.append(f"{i}: empty expect"); continue
            if not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for g in last:
                if not isinstance(g, list) or not g or not all(isinstance(s, str) and s for s in g):
                    errs.append(f"{i}: empty group/stem"); continue
                for s in g:
                    if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019]', s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
                    if s.strip() in TRAPS and s == s.strip():
                        errs.append(f"{i}: trap stem {s!r} (matches inside other words)")
    # id sequence
    want = [f"{pre}{n:03d}" for n in range(1, 71)] + [f"{pre}c{n:02d}" for n in range(1, 61)]
    if sorted(ids) != sorted(want): errs.append("ids are not exactly g001..g070 + gc01..gc60")
    dups = [q for q, c in texts.items() if c > 1]
    for q in dups: errs.append(f"duplicate question text: {q[:60]!r}")
    ok = (kinds == Counter({'in': 40, 'oos': 30, 'conv': 60}) and dec == 15 and three == 12 and not errs)
    print(path, dict(kinds), 'decline', dec, 'three-turn', three, 'styles', dict(styles),
          'errors', len(errs), 'OK' if ok else 'FAIL')
    for e in errs: print('  ', e)
    return ok

if __name__ == '__main__':
    sys.exit(0 if check(PATH, PRE) else 1)
