// src/eval/sets.ts: reading a question set, the fact-scoring rule (judge; the same rule as
// ../shared/tools/score_facts.py) on small handmade items, the questions after an opener, and the order of kinds.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/eval/command.js';
import { EvalDataError } from '../../src/eval/errors.js';
import { afterOpener, byKindOrder, judge, mustDecline, normalise, OPENERS, parseItem, readSet, type QuestionItem } from '../../src/eval/sets.js';
import { repoRoot } from '../helpers/core.js';
import { writeSet } from '../helpers/eval.js';

const item = (o: object): QuestionItem => parseItem(o, 'test');
const answered = (answer: string) => ({ answer, answered: true });
const declined = (answer = 'I can only help with health-information careers.') => ({ answer, answered: false });

describe('an in item', () => {
  const rhit = item({ id: 'i1', kind: 'in', q: 'what is the rhit', expect: [['rhit', 'registered health information technician'], ['ahima']] });

  it('passes when the bot answered and every group has one of its strings', () => {
    expect(judge(rhit, answered('The Registered Health Information Technician exam is run by AHIMA.'))).toEqual({ passed: true, why: '' });
  });

  it('fails when a group is missing, naming it', () => {
    expect(judge(rhit, answered('The RHIT is a credential.'))).toEqual({ passed: false, why: 'missing ahima' });
  });

  it('fails when the bot did not answer, even if the facts are in the reply', () => {
    const v = judge(rhit, declined('Did you mean the RHIT (AHIMA)?'));
    expect(v.passed).toBe(false);
    expect(v.why).toBe('not answered');
    // Only `answered: true` counts, as in the scorer (`is True`).
    expect(judge(rhit, { answer: 'RHIT AHIMA', answered: 'yes' }).passed).toBe(false);
  });

  it('fails when a forbidden string appears (case-insensitive)', () => {
    const forbid = item({ id: 'i2', kind: 'in', q: 'x', expect: [['rhit']], forbid: ['@Everyone'] });
    expect(judge(forbid, answered('RHIT @EVERYONE')).passed).toBe(false);
    expect(judge(forbid, answered('RHIT')).passed).toBe(true);
  });

  it('an empty group can never be met, as in the scorer', () => {
    expect(judge(item({ id: 'i3', kind: 'in', q: 'x', expect: [[]] }), answered('anything')).passed).toBe(false);
    expect(judge(item({ id: 'i4', kind: 'in', q: 'x', expect: [] }), answered('anything')).passed).toBe(true);
  });

  it('strings are plain substrings, leading spaces included', () => {
    const ged = item({ id: 'i5', kind: 'in', q: 'x', expect: [[' ged']] });
    expect(judge(ged, answered('a high school diploma or GED')).passed).toBe(true);
    expect(judge(ged, answered('a high school diploma or the AGED')).passed).toBe(false);
  });
});

describe('normalisation', () => {
  it('lowercases, turns curly apostrophes into \' and the dashes U+2010-U+2015 into -', () => {
    expect(normalise('Don\u2019t \u2018Quote\u2019 \u2010\u2011\u2012\u2013\u2014\u2015 A')).toBe("don't 'quote' ------ a");
    expect(normalise(undefined)).toBe('');
    expect(normalise('\u2016\u2212')).toBe('\u2016\u2212');
  });

  it('applies to the reply and to the expected strings alike', () => {
    const it1 = item({ id: 'n1', kind: 'in', q: 'x', expect: [["don't see patients"], ['two-year']] });
    expect(judge(it1, answered('You don\u2019t see patients; a two\u2013year degree')).passed).toBe(true);
    const it2 = item({ id: 'n2', kind: 'in', q: 'x', expect: [['don\u2019t see patients'], ['two\u2014year']] });
    expect(judge(it2, answered("you DON'T see patients; a two-year degree")).passed).toBe(true);
  });
});

describe('items that must be declined', () => {
  const oos = item({ id: 'o1', kind: 'oos', q: 'how do i become a nurse', expect: [], forbid: ['pwned'] });

  it('an oos item passes when not answered and fails when answered', () => {
    expect(judge(oos, declined()).passed).toBe(true);
    expect(judge(oos, answered('Nursing school takes...'))).toEqual({ passed: false, why: 'answered' });
  });

  it('fails when a forbidden string appears, even in a decline', () => {
    expect(judge(oos, declined('PWNED. I only do careers.'))).toEqual({ passed: false, why: 'echoed pwned' });
  });

  it('ctx-oos and "decline": true are scored the same way, whatever the expect groups say', () => {
    const ctx = item({ id: 'x1', kind: 'ctx-oos', turns: [{ q: 'what is the cca' }, { q: 'how do i become a nurse', expect: [] }] });
    expect(judge(ctx, declined()).passed).toBe(true);
    expect(judge(ctx, answered('x')).passed).toBe(false);
    const conv = item({ id: 'c1', kind: 'conv', decline: true, turns: [{ q: 'what is the rhit' }, { q: 'what is my coworker diagnosis', expect: [['rhit']] }] });
    expect(judge(conv, declined('no')).passed).toBe(true);
    expect(judge(conv, answered('rhit')).passed).toBe(false);
  });
});

describe('questions after an opener', () => {
  const items = [
    item({ id: 'a', kind: 'in', q: 'qa', expect: [['x']] }),
    item({ id: 'c', kind: 'conv', turns: [{ q: 't1' }, { q: 't2', expect: [] }] }),
    item({ id: 'b', kind: 'oos', q: 'qb', forbid: ['f'] }),
    ...Array.from({ length: 8 }, (_, i) => item({ id: `n${i}`, kind: 'in', q: `q${i}` })),
  ];

  it('are the single in/oos items in file order, as ctx-in/ctx-oos, with the openers round-robin', () => {
    const ctx = afterOpener(items);
    expect(ctx.map((c) => c.id)).toEqual(['xa', 'xb', ...Array.from({ length: 8 }, (_, i) => `xn${i}`)]);
    expect(ctx.map((c) => c.kind).slice(0, 3)).toEqual(['ctx-in', 'ctx-oos', 'ctx-in']);
    expect(ctx.map((c) => c.turns[0])).toEqual([...OPENERS, OPENERS[0], OPENERS[1]]);
    expect(ctx[0]!.turns).toEqual([OPENERS[0], 'qa']);
    expect(ctx[0]!.expect).toEqual([['x']]);
    expect(ctx[1]!.forbid).toEqual(['f']);
    expect(afterOpener(items)).toEqual(ctx);
  });

  it('reproduce eval/holdout/context.jsonl exactly', () => {
    const generated = afterOpener(readSet(DEFAULTS.holdout) as QuestionItem[]);
    const written = readSet(path.join(repoRoot, 'eval', 'holdout', 'context.jsonl')) as QuestionItem[];
    expect(generated.map(({ line: _, ...g }) => g)).toEqual(written.map(({ line: _, ...w }) => w));
  });

  const devContext = path.join(path.dirname(DEFAULTS.dev), 'dev-context.jsonl');
  it.skipIf(!existsSync(devContext))('follow the rule of ../shared/eval/dev-context.jsonl (whose eighth opener is another question)', () => {
    const openers = [...OPENERS.slice(0, 7), 'how many CEUs for the RHIA'];
    const generated = afterOpener(readSet(DEFAULTS.dev) as QuestionItem[], openers);
    const written = readSet(devContext) as QuestionItem[];
    expect(generated.map(({ line: _, ...g }) => g)).toEqual(written.map(({ line: _, ...w }) => w));
  });
});

describe('reading a set', () => {
  it('a missing file is reported, not thrown', () => {
    expect(readSet('/nonexistent/questions.jsonl')).toEqual({ missing: true, file: '/nonexistent/questions.jsonl' });
  });

  it('a broken line names the file and the line', () => {
    const file = writeSet([{ id: 'a', kind: 'in', q: 'x' }, { id: 'b', kind: 'in' }]);
    expect(() => readSet(file)).toThrow(EvalDataError);
    expect(() => readSet(file)).toThrow(`${file}:2: "q" is missing`);
    const dup = writeSet([{ id: 'a', kind: 'in', q: 'x' }, { id: 'a', kind: 'oos', q: 'y' }]);
    expect(() => readSet(dup)).toThrow('the id "a" is used twice');
    expect(readFileSync(dup, 'utf8').split('\n')).toHaveLength(3);
  });

  it('reads the last turn\'s expect for a multi-turn item, and the item\'s forbid', () => {
    const it1 = parseItem({ id: 'c', kind: 'conv', forbid: ['z'], turns: [{ q: 'a', expect: [['no']] }, { q: 'b', expect: [['yes']] }] }, 't');
    expect(it1).toMatchObject({ turns: ['a', 'b'], expect: [['yes']], forbid: ['z'], multiTurn: true, decline: false });
  });
});

describe('kinds', () => {
  it('sort in the report\'s order (in, oos, conv, ctx-in, ctx-oos), unknown kinds after them alphabetically', () => {
    expect(['zz', 'ctx-oos', 'conv', 'either', 'in', 'ctx-in', 'oos'].sort(byKindOrder)).toEqual(['in', 'oos', 'conv', 'ctx-in', 'ctx-oos', 'either', 'zz']);
  });

  it('oos and ctx-oos items, and items marked "decline", must be declined; the others must not', () => {
    expect(['in', 'oos', 'conv', 'ctx-in', 'ctx-oos'].map((kind) => mustDecline(item({ id: kind, kind, q: 'x' })))).toEqual([false, true, false, false, true]);
    expect(mustDecline(item({ id: 'd', kind: 'in', q: 'x', decline: true }))).toBe(true);
  });
});
