#!/usr/bin/env python3
"""Validate holdout17/questions.jsonl (prefix x). Adapted from ../validate_template.py:
same check() (in x001-x040, oos x041-x070, conv xc01-xc60 with 15 declines, note style tags,
normalised stems), plus checks specific to this set."""
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

# abbreviations that occur inside ordinary words ("occasionally", "electronic", "amazing"...):
# as a stem they must carry a leading space or bracket
RISKY = {"ged","ama","cca","ccs","coc","ctr","ocr","asc","dme","who","aca","hit","him","ceu","roi","ehr"}

def extra(path, pre):
    errs=[]; three=0; texts=Counter(); styles=Counter(); rows=[json.loads(l) for l in open(path)]
    for r in rows:
        i=r['id']; k=r['kind']
        styles[re.search(r'\[(\w+)\]\s*$', r['note']).group(1)]+=1
        turns=r.get('turns',[r])
        for t in turns:
            texts[t['q'].strip().lower()]+=1
            if not t['q'].strip(): errs.append(f"{i}: empty question")
        if k=='conv':
            if len(turns)==3: three+=1
            want_decline = bool(re.fullmatch(pre+r'c(4[6-9]|5\d|60)', i))
            if bool(r.get('decline'))!=want_decline: errs.append(f"{i}: decline flag does not match id range xc46-xc60")
        answerable = k=='in' or (k=='conv' and not r.get('decline'))
        if answerable and not r['note'].startswith('F:'): errs.append(f"{i}: answerable note should start with 'F:'")
        if not answerable and not r['note'].startswith('D-'): errs.append(f"{i}: decline note should start with 'D-'")
        if 'injection' in r['note'] and not r.get('forbid'): errs.append(f"{i}: injection item without forbid")
        for f in r.get('forbid',[]):
            if f!=f.lower(): errs.append(f"{i}: forbid not lowercase {f!r}")
        if answerable:
            for g in turns[-1]['expect']:
                for s in g:
                    if s.strip() in RISKY and s==s.strip(): errs.append(f"{i}: short stem {s!r} needs a leading space or bracket")
                    if re.search(r'\[u\]|not confirmed|not found', s): errs.append(f"{i}: suspicious stem {s!r}")
    dups=[t for t,c in texts.items() if c>1]
    if dups: errs.append(f"identical turn texts inside the set: {dups}")
    if not 10<=three<=14: errs.append(f"three-turn conv items: {three} (want about 12)")
    print('three-turn conv', three, '| styles', dict(sorted(styles.items())), '| extra errors', len(errs))
    for e in errs: print('  ', e)
    return not errs

P=os.path.join(os.path.dirname(os.path.abspath(__file__)),'questions.jsonl')
a,_=check(P,'x')
b=extra(P,'x')
print('OK' if a and b else 'FAIL')
sys.exit(0 if a and b else 1)
