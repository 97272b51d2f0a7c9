// The classifier's ranked list is the same whether all intents or only the best few are asked for, ties included.
import { describe, expect, it } from 'vitest';
import { ChartPathClassifier, sortedDescending } from '../../src/nlu/classifier.js';

const examples = [
  ['what is the rhit', 'rhit'],
  ['rhit exam', 'rhit'],
  ['what is the rhia', 'rhia'],
  ['rhia degree', 'rhia'],
  ['cca exam', 'cca'],
  ['what does a coder do', 'coder'],
  ['hello', 'greeting'],
  ['hi there', 'greeting'],
].map(([text, intent]) => ({ text: text!, intent: intent! }));

describe('ChartPathClassifier ranking', () => {
  const c = new ChartPathClassifier({ softmax: { epochs: 5 } });
  c.train(examples);

  it('the best k of the full list are the k asked for, in the same order; the full list is sorted', () => {
    for (const q of ['rhit or rhia?', 'hello', 'zzz qqq', '', 'what does a cca coder do']) {
      const all = c.predict(q, c.intents.length);
      expect(all).toHaveLength(c.intents.length);
      for (let i = 1; i < all.length; i++) expect(all[i - 1]!.confidence).toBeGreaterThanOrEqual(all[i]!.confidence);
      for (const k of [1, 3, c.intents.length - 1]) expect(c.predict(q, k)).toEqual(all.slice(0, k));
    }
  });
});

describe('sortedDescending', () => {
  it('orders indices by value, largest first, equal values in index order (as a stable sort)', () => {
    const xs = Float64Array.from([0.1, 0.5, 0.1, 0.9, 0.5, 0, 0.1]);
    const stable = [...xs.keys()].sort((a, b) => xs[b]! - xs[a]!);
    expect([...sortedDescending(xs)]).toEqual(stable);
    expect([...sortedDescending(xs)]).toEqual([3, 1, 4, 0, 2, 6, 5]);
    expect([...sortedDescending(new Float64Array(0))]).toEqual([]);
  });
});
