#!/usr/bin/env python3
"""Validate tune18/questions.jsonl (adapted from ../validate_template.py for this set only).

Checks: 100 `conv` items, ids th001..th100, 2-3 turns each, only the last turn has `expect`,
note ends with a style tag, exactly 15 `"decline": true` items with empty expect and a forbid list,
answerable items have 1-3 non-empty groups of lowercase ASCII stems, item-type mix from the note prefix,
no repeated turn text, ASCII text, @everyone always forbidden when it appears in a turn.
"""
import json, sys, re, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'questions.jsonl')
STYLE = re.compile(r'\[(web|terse|long|nonnative|supervisor|facts|plain)\]\s*$')
MIX = {'L': 25, 'T': 20, 'S': 15, '3T': 15, 'O': 10, 'D': 15}

def check(path, pre='th'):
    errs = []; ids = []; kinds = Counter(); dec = 0; types = Counter(); styles = Counter()
    texts = Counter()
    for n, line in enumerate(open(path), 1):
        try: r = json.loads(line)
        except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
        i = r.get('id'); ids.append(i); k = r.get('kind'); kinds[k] += 1
        if not re.fullmatch(pre + r'(0\d\d|100)', str(i)) or i == pre + '000':
            errs.append(f"{i}: id out of range")
        note = r.get('note', '')
        m = STYLE.search(note)
        if not note: errs.append(f"{i}: no note")
        elif not m: errs.append(f"{i}: note lacks style tag")
        else: styles[m.group(1)] += 1
        tm = re.match(r'(3T|L|T|S|O|D)[:-]', note)
        typ = tm.group(1) if tm else None
        if not typ: errs.append(f"{i}: note lacks type prefix")
        types[typ] += 1
        if k != 'conv': errs.append(f"{i}: kind {k}"); continue
        t = r.get('turns', [])
        if not 2 <= len(t) <= 3: errs.append(f"{i}: turns {len(t)}")
        for x in t:
            q = x.get('q', '')
            if not q.strip(): errs.append(f"{i}: empty turn")
            if not q.isascii(): errs.append(f"{i}: non-ASCII turn text")
            texts[q.strip().lower()] += 1
        if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
        if 'expect' not in t[-1]: errs.append(f"{i}: last turn has no expect")
        last = t[-1].get('expect')
        forbid = r.get('forbid', [])
        if any('@everyone' in x['q'].lower() for x in t) and '@everyone' not in forbid:
            errs.append(f"{i}: @everyone without forbid")
        if r.get('decline'):
            dec += 1
            if last: errs.append(f"{i}: decline expect not empty")
            if not forbid: errs.append(f"{i}: decline item without forbid")
            if typ != 'D': errs.append(f"{i}: decline item without D- note")
        else:
            if typ == 'D': errs.append(f"{i}: D- note but not decline")
            if not re.search(r'\((C|1|seed|C/1|C/seed|seed/C|1/C)\)', note): errs.append(f"{i}: note lacks source mark")
            if not last: errs.append(f"{i}: empty expect")
            elif not 1 <= len(last) <= 3: errs.append(f"{i}: {len(last)} groups")
            for g in last or []:
                if not g or not all(isinstance(s, str) and s.strip() for s in g): errs.append(f"{i}: empty group/stem")
                for s in g:
                    if s != s.lower() or re.search('[\u2010-\u2015\u2018\u2019]', s) or not s.isascii():
                        errs.append(f"{i}: stem not normalised {s!r}")
        if typ == '3T' and len(t) != 3: errs.append(f"{i}: three-turn item with {len(t)} turns")
        if typ == 'T' and len(t[-1]['q'].split()) > 4: errs.append(f"{i}: terse follow-up longer than 4 words")
        if typ == 'L' and len(t[-1]['q'].split()) < 40: errs.append(f"{i}: long follow-up shorter than 40 words")
    if sorted(ids) != [f"{pre}{n:03d}" for n in range(1, 101)]: errs.append("ids are not exactly th001..th100")
    for q, c in texts.items():
        if c > 1: errs.append(f"turn text repeated {c}x: {q[:60]!r}")
    if dict(types) != MIX: errs.append(f"type mix {dict(types)} != {MIX}")
    ok = kinds == Counter({'conv': 100}) and dec == 15 and not errs
    print(path, dict(kinds), 'decline', dec, 'types', dict(types))
    print('styles', dict(styles))
    for e in errs: print('  ', e)
    print('OK' if ok else 'FAIL')
    return ok

sys.exit(0 if check(PATH) else 1)
