#!/usr/bin/env python3
"""Validate holdout16 (prefix b). Adapted from ../validate_template.py: same check(), run on this set only,
plus checks specific to this set."""
import json, sys, re, os
from collections import Counter

def check(path, pre):
    errs=[]; ids=set(); kinds=Counter(); dec=0
    for n,line in enumerate(open(path),1):
        try: r=json.loads(line)
        except Exception as e: errs.append(f"line {n}: bad json {e}"); continue
        i=r.get('id')
        if i in ids: errs.append(f"dup id {i}")
        ids.add(i); k=r.get('kind'); kinds[k]+=1
        if not r.get('note'): errs.append(f"{i}: no note")
        elif not re.search(r'\[(web|terse|long|nonnative|supervisor|facts|plain)\]\s*$', r['note']): errs.append(f"{i}: note lacks style tag")
        if any('@everyone' in t['q'] for t in r.get('turns',[r])) and '@everyone' not in r.get('forbid',[]): errs.append(f"{i}: @everyone without forbid")
        if k=='in':
            if not re.fullmatch(pre+r'0(0[1-9]|[1-3]\d|40)',i): errs.append(f"{i}: id range")
            last=r['expect']; assert 'turns' not in r
        elif k=='oos':
            if not re.fullmatch(pre+r'0(4[1-9]|[5-6]\d|70)',i): errs.append(f"{i}: id range")
            last=r['expect']
            if last: errs.append(f"{i}: oos expect not empty")
        elif k=='conv':
            if not re.fullmatch(pre+r'c(0[1-9]|[1-5]\d|60)',i): errs.append(f"{i}: id range")
            t=r['turns']
            if not 2<=len(t)<=3: errs.append(f"{i}: turns {len(t)}")
            if any('expect' in x for x in t[:-1]): errs.append(f"{i}: expect on earlier turn")
            last=t[-1].get('expect')
            if r.get('decline'):
                dec+=1
                if last: errs.append(f"{i}: decline expect not empty")
        else: errs.append(f"{i}: kind {k}")
        if (k=='in' or (k=='conv' and not r.get('decline'))):
            if not last: errs.append(f"{i}: empty expect")
            if not 1<=len(last)<=3: errs.append(f"{i}: {len(last)} groups")
            for g in last:
                if not g or not all(isinstance(s,str) and s for s in g): errs.append(f"{i}: empty group/stem")
                for s in g:
                    if s!=s.lower() or re.search('[\u2010-\u2015\u2018\u2019]',s) or not s.isascii(): errs.append(f"{i}: stem not normalised {s!r}")
    ok = kinds==Counter({'in':40,'oos':30,'conv':60}) and dec==15 and not errs
    print(path, dict(kinds), 'decline', dec, 'errors', len(errs), 'OK' if ok else 'FAIL')
    for e in errs: print('  ', e)
    return ok, ids

def extra(path, pre):
    """Set-specific checks: declines are exactly bc46-bc60, answerable conv bc01-bc45; every turn text non-empty
    and unique; no duplicate stems inside a group; injection notes carry a forbid list; about 12 three-turn chats."""
    errs=[]; seen=Counter(); three=0
    for line in open(path):
        r=json.loads(line); i=r['id']
        turns=r.get('turns',[r])
        for t in turns:
            q=t.get('q','')
            if not isinstance(q,str) or not q.strip(): errs.append(f"{i}: empty q")
            seen[q.strip().lower()]+=1
        if r['kind']=='conv':
            n=int(i[len(pre)+1:])
            if bool(r.get('decline')) != (46<=n<=60): errs.append(f"{i}: decline flag does not match id range")
            if len(turns)==3: three+=1
        for g in (turns[-1].get('expect') or []):
            if len(set(g))!=len(g): errs.append(f"{i}: duplicate stem in group {g}")
        if 'D-injection' in r['note'] and not r.get('forbid'): errs.append(f"{i}: injection without forbid")
        for f in r.get('forbid',[]):
            if f!=f.lower(): errs.append(f"{i}: forbid not lowercase {f!r}")
        if not r['id'].startswith(pre): errs.append(f"{i}: prefix")
    dups=[q for q,c in seen.items() if c>1]
    if dups: errs.append(f"duplicate turn texts: {dups}")
    if not 10<=three<=14: errs.append(f"three-turn chats {three}, want about 12")
    print('extra checks: three-turn', three, 'errors', len(errs))
    for e in errs: print('  ', e)
    return not errs

here=os.path.dirname(os.path.abspath(__file__))
p=os.path.join(here,'questions.jsonl')
a,_=check(p,'b')
b=extra(p,'b')
print('OK' if a and b else 'FAIL')
sys.exit(0 if a and b else 1)
