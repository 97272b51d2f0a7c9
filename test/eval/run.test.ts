// src/eval/run.ts: the parts of one evaluation run that are not the classifier's: the items asked (each single question
// again after an opener), the dev/holdout drift, the figures the gate compares, paths as they are named, and the order of
// work (a broken question set fails before any cross-validation). test/eval/real-kb.test.ts runs evaluate() in full.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EvalDataError } from '../../src/eval/errors.js';
import { DRIFT_POINTS, driftOf, evaluate, figuresOf, relative, withOpeners, type SetResult } from '../../src/eval/run.js';
import { OPENERS, parseItem } from '../../src/eval/sets.js';
import { realKnowledge, repoRoot } from '../helpers/core.js';
import { handmadeEvaluation, itemResult, setScore, writeSet } from '../helpers/eval.js';

/** A set whose items of `kind` pass `passed` out of `total` times. */
function set(name: string, tunedOn: boolean, shares: Record<string, [number, number]> | undefined): SetResult {
  const spec = { name, file: path.join(repoRoot, 'eval', `${name}.jsonl`), about: name, tunedOn };
  if (!shares) return { spec };
  const results = Object.entries(shares).flatMap(([kind, [passed, total]]) => Array.from({ length: total }, (_, i) => itemResult(`${name}-${kind}-${i}`, kind, i < passed)));
  return { spec, score: setScore(results) };
}

describe('withOpeners', () => {
  it('is the set itself, then its single in/oos questions again after an opener', () => {
    const items = [parseItem({ id: 'a', kind: 'in', q: 'qa' }, 't'), parseItem({ id: 'c', kind: 'conv', turns: [{ q: '1' }, { q: '2' }] }, 't'), parseItem({ id: 'b', kind: 'oos', q: 'qb' }, 't')];
    const all = withOpeners(items);
    expect(all.map((i) => i.id)).toEqual(['a', 'c', 'b', 'xa', 'xb']);
    expect(all.slice(3).map((i) => i.turns)).toEqual([[OPENERS[0], 'qa'], [OPENERS[1], 'qb']]);
  });
});

describe('driftOf', () => {
  it('dev minus each measure-only set, for in and oos, in points; flagged beyond DRIFT_POINTS', () => {
    const drift = driftOf([set('dev', true, { in: [9, 10], oos: [10, 10], conv: [1, 1] }), set('tune', true, { in: [0, 10] }), set('holdout', false, { in: [6, 10], oos: [10, 10] }), set('holdout2', false, { oos: [7, 10] })]);
    expect(drift.map(({ set: s, kind, flagged }) => [s, kind, flagged])).toEqual([
      ['holdout', 'in', true],
      ['holdout', 'oos', false],
      ['holdout2', 'oos', true],
    ]);
    expect(drift[0]).toMatchObject({ dev: 0.9, holdout: 0.6 });
    expect(drift[0]!.difference).toBeCloseTo(30, 10);
    expect(drift[2]!.difference).toBeCloseTo(30, 10);
  });

  it('exactly DRIFT_POINTS apart is not flagged (despite floating point), a little more is', () => {
    expect(DRIFT_POINTS).toBe(5);
    expect(driftOf([set('dev', true, { in: [20, 20] }), set('holdout', false, { in: [19, 20] })])[0]!.flagged).toBe(false);
    expect(driftOf([set('dev', true, { in: [100, 100] }), set('holdout', false, { in: [94, 100] })])[0]!.flagged).toBe(true);
  });

  it('nothing without a dev score, and nothing for a measure-only set that was not found', () => {
    expect(driftOf([set('dev', true, undefined), set('holdout', false, { in: [1, 2] })])).toEqual([]);
    expect(driftOf([set('dev', true, { in: [1, 2] }), set('holdout', false, undefined)])).toEqual([]);
  });
});

describe('figuresOf', () => {
  it('the cross-validation figures, each intent\'s recall, and the kinds of every set that was found, with its relative path', () => {
    const e = handmadeEvaluation();
    const [a, b] = e.cv.scores.map((s) => s.intent);
    expect(figuresOf(e.cv, e.sets)).toEqual({
      cvAccuracy: 2 / 3,
      cvMacroF1: 0.61234567,
      cvExamples: 3,
      intentRecall: { [a!]: 0.5, [b!]: 0.75 },
      sets: { dev: { file: 'eval/dev.jsonl', kinds: e.sets[0]!.score!.kinds }, holdout: { file: 'eval/holdout.jsonl', kinds: e.sets[1]!.score!.kinds } },
    });
  });
});

describe('relative', () => {
  it('names a file relative to the package root; the root itself by its full path', () => {
    expect(relative(path.join(repoRoot, 'eval', 'holdout', 'questions.jsonl'))).toBe('eval/holdout/questions.jsonl');
    expect(relative('/elsewhere/q.jsonl')).toBe(path.relative(repoRoot, '/elsewhere/q.jsonl'));
    expect(relative(repoRoot)).toBe(repoRoot);
  });
});

describe('evaluate', () => {
  it('reads every set before cross-validating: a broken set fails with the file and line named', async () => {
    const broken = writeSet([{ id: 'a', kind: 'in', q: 'x' }, { id: 'b', kind: 'in' }]);
    const spec = (name: string, file: string) => ({ name, file, about: name, tunedOn: true });
    // One fold is refused by cross-validation (a RangeError): the set's error comes first.
    await expect(evaluate(realKnowledge(), { sets: [spec('missing', '/nonexistent/q.jsonl'), spec('broken', broken)], folds: 1, seed: 1, sweep: false })).rejects.toThrow(
      new EvalDataError(`${broken}:2: "q" is missing`),
    );
  });
});
