// Cross-validation: each example is predicted exactly once, by an Understanding trained without it (otherwise the
// accuracy `chartpath eval` reports would be a memory test), on folds that the seed alone decides.
import { describe, expect, it } from 'vitest';
import { crossValidate, withExamples, type CrossValidation } from '../../src/eval/crossval.js';
import { stratifiedFolds } from '../../src/eval/folds.js';
import type { Intent, KnowledgeBase } from '../../src/knowledge/types.js';
import { realKnowledge } from '../helpers/core.js';

/** Four real coding-credential topics plus one whose examples share no word or letter run with any other. */
function smallKnowledge(): KnowledgeBase {
  const kb = realKnowledge();
  const base = kb.intents.filter((i) => ['cbcs', 'cca', 'ccs-p', 'ccs'].includes(i.id));
  expect(base).toHaveLength(4);
  const unique: Intent = { ...base[0]!, id: 'zz-unique', examples: ['qwzx vbnm', 'jkpf ghyt', 'xqvz wmkj'] };
  const intents = [...base, unique];
  return { ...kb, intents, byId: new Map(intents.map((i) => [i.id, i])) };
}

describe('withExamples', () => {
  it('keeps the examples the filter accepts, rebuilds the index and leaves the original alone', () => {
    const kb = smallKnowledge();
    const before = kb.intents.map((i) => i.examples.length);
    const firstTwo = withExamples(kb, (_i, _e, n) => n < 2);
    expect(firstTwo.intents.map((i) => i.examples.length)).toEqual([2, 2, 2, 2, 2]);
    expect(firstTwo.byId.get('zz-unique')!.examples).toEqual(['qwzx vbnm', 'jkpf ghyt']);
    expect(firstTwo.byId.get('cca')).toBe(firstTwo.intents[1]);
    expect(kb.intents.map((i) => i.examples.length)).toEqual(before);
    const onlyCca = withExamples(kb, (i) => i.id === 'cca');
    expect(onlyCca.intents.filter((i) => i.examples.length).map((i) => i.id)).toEqual(['cca']);
  });
});

describe('crossValidate', () => {
  const kb = smallKnowledge();
  const folds: number[] = [];
  let cv: CrossValidation;
  const run = async () => (cv ??= await crossValidate(kb, { folds: 3, seed: 11, onFold: (f, k) => folds.push(f * 10 + k) }));

  it('predicts every example once, in the stratified fold the seed gives it, reporting each fold as it ends', async () => {
    await run();
    const examples = kb.intents.flatMap((i) => i.examples.map((text) => ({ text, expected: i.id })));
    expect(cv.items.map((i) => ({ text: i.text, expected: i.expected }))).toEqual(examples);
    const expectedFolds = stratifiedFolds(examples.map((e) => e.expected), 3, 11);
    expect(cv.items.map((i) => i.fold)).toEqual(expectedFolds);
    expect(folds).toEqual([13, 23, 33]);
    expect(cv.folds).toBe(3);
    expect(cv.seed).toBe(11);
  }, 60_000);

  it('never trains on the example it predicts: examples with nothing in common with the rest are not recognised', async () => {
    await run();
    const unique = cv.items.filter((i) => i.expected === 'zz-unique');
    expect(unique).toHaveLength(3);
    for (const item of unique) expect(item.predicted).not.toBe('zz-unique');
    // The real topics, whose examples resemble each other, are mostly recognised.
    const real = cv.items.filter((i) => i.expected !== 'zz-unique');
    expect(real.filter((i) => i.predicted === i.expected).length / real.length).toBeGreaterThan(0.7);
  }, 60_000);

  it('its figures are those of its items: accuracy, one score per intent in knowledge order, confusion counts', async () => {
    await run();
    const right = cv.items.filter((i) => i.predicted === i.expected).length;
    expect(cv.accuracy).toBeCloseTo(right / cv.items.length, 10);
    expect(cv.scores.map((s) => s.intent)).toEqual(['cbcs', 'cca', 'ccs-p', 'ccs', 'zz-unique']);
    expect(cv.scores.find((s) => s.intent === 'zz-unique')!.recall).toBe(0);
    let counted = 0;
    for (const row of cv.confusion.values()) for (const n of row.values()) counted += n;
    expect(counted).toBe(cv.items.length);
    expect(cv.confusion.get('zz-unique')!.get('zz-unique')).toBeUndefined();
    for (const item of cv.items) {
      expect(item.confidence).toBeGreaterThan(0);
      expect(item.confidence).toBeLessThanOrEqual(1);
    }
  }, 60_000);
});
