import { describe, expect, it } from 'vitest';
import { accuracy, confusedPairs, confusionCounts, intentScores, macroF1, ratio } from '../../src/eval/metrics.js';

// Ten predictions over three intents, worked out by hand:
//   a: 4 items -> a, a, a, b       (3 right)
//   b: 3 items -> b, b, c          (2 right)
//   c: 3 items -> c, a, a          (1 right)
// predicted counts: a 5 (3 right), b 3 (2 right), c 2 (1 right)
const items = [
  ['a', 'a'], ['a', 'a'], ['a', 'a'], ['a', 'b'],
  ['b', 'b'], ['b', 'b'], ['b', 'c'],
  ['c', 'c'], ['c', 'a'], ['c', 'a'],
].map(([expected, predicted], i) => ({ expected: expected!, predicted: predicted!, text: `q${i}` }));

describe('metrics', () => {
  it('accuracy is the share of right predictions', () => {
    expect(accuracy(items)).toBeCloseTo(6 / 10);
    expect(accuracy([])).toBe(0);
    expect(ratio(3, 4)).toBe(0.75);
    expect(ratio(0, 0)).toBe(0);
  });

  it('per-intent precision, recall and F1 match the hand computation', () => {
    const [a, b, c] = intentScores(items, ['a', 'b', 'c']);
    expect(a).toMatchObject({ intent: 'a', support: 4, predictedCount: 5, correct: 3 });
    expect(a!.precision).toBeCloseTo(3 / 5);
    expect(a!.recall).toBeCloseTo(3 / 4);
    expect(a!.f1).toBeCloseTo((2 * 0.6 * 0.75) / (0.6 + 0.75)); // 0.6667
    expect(b!.precision).toBeCloseTo(2 / 3);
    expect(b!.recall).toBeCloseTo(2 / 3);
    expect(b!.f1).toBeCloseTo(2 / 3);
    expect(c!.precision).toBeCloseTo(1 / 2);
    expect(c!.recall).toBeCloseTo(1 / 3);
    expect(c!.f1).toBeCloseTo(0.4);
  });

  it('macro-F1 is the plain mean of the per-intent F1', () => {
    const scores = intentScores(items, ['a', 'b', 'c']);
    expect(macroF1(scores)).toBeCloseTo((2 / 3 + 2 / 3 + 0.4) / 3);
  });

  it('an intent never predicted has precision, recall and F1 0; an intent with no items is left out of macro-F1', () => {
    const scores = intentScores([{ expected: 'x', predicted: 'y' }], ['x', 'y', 'unused']);
    expect(scores.map((s) => [s.intent, s.precision, s.recall, s.f1])).toEqual([
      ['x', 0, 0, 0],
      ['y', 0, 0, 0],
      ['unused', 0, 0, 0],
    ]);
    expect(macroF1(scores)).toBe(0);
    const perfect = intentScores([{ expected: 'x', predicted: 'x' }], ['x', 'unused']);
    expect(macroF1(perfect)).toBe(1);
  });

  it('adds labels that occur but were not listed', () => {
    expect(intentScores([{ expected: 'p', predicted: 'q' }], []).map((s) => s.intent)).toEqual(['p', 'q']);
  });

  it('confusion counts hold exactly the non-empty cells', () => {
    const counts = confusionCounts(items);
    const cells = [...counts].flatMap(([e, row]) => [...row].map(([p, n]) => `${e}>${p}:${n}`)).sort();
    expect(cells).toEqual(['a>a:3', 'a>b:1', 'b>b:2', 'b>c:1', 'c>a:2', 'c>c:1']);
  });

  it('confused pairs add both directions, keep the examples, most confused first', () => {
    const pairs = confusedPairs(items, 10, 5);
    expect(pairs.map((p) => [p.a, p.b, p.total, p.aAsB, p.bAsA])).toEqual([
      ['a', 'c', 2, 0, 2],
      ['a', 'b', 1, 1, 0],
      ['b', 'c', 1, 1, 0],
    ]);
    const ac = pairs.find((p) => p.a === 'a' && p.b === 'c')!;
    expect(ac.bAsAExamples).toEqual(['q8', 'q9']);
    expect(ac.aAsBExamples).toEqual([]);
    expect(confusedPairs(items, 1)).toHaveLength(1);
    expect(confusedPairs(items, 10, 1).find((p) => p.a === 'a' && p.b === 'c')!.bAsAExamples).toEqual(['q8']);
  });
});
