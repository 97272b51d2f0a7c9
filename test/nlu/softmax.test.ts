// Covers src/nlu/softmax.ts: training on a small separable set, scores, probabilities, temperature and snapshots.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOFTMAX, SoftmaxRegression } from '../../src/nlu/softmax.js';
import type { SparseVector } from '../../src/nlu/vectorizer.js';

const vec = (entries: [number, number][], confidence?: number): SparseVector => ({
  idx: Int32Array.from(entries.map((e) => e[0])),
  val: Float32Array.from(entries.map((e) => e[1])),
  ...(confidence === undefined ? {} : { confidence }),
});

// Three classes over six features: class c is signalled by features 2c and 2c+1.
const X = [0, 1, 2].flatMap((c) => [vec([[2 * c, 1]]), vec([[2 * c + 1, 1]]), vec([[2 * c, 0.7], [2 * c + 1, 0.7]])]);
const y = Int32Array.from([0, 0, 0, 1, 1, 1, 2, 2, 2]);
const fast = { ...DEFAULT_SOFTMAX, minSteps: 600 };

function trained(options = fast): SoftmaxRegression {
  const model = new SoftmaxRegression(6, 3);
  model.train(X, y, options);
  return model;
}

const argmax = (p: Float64Array) => p.indexOf(Math.max(...p));
const sum = (p: Float64Array) => p.reduce((a, b) => a + b, 0);

describe('SoftmaxRegression', () => {
  it('gives every class the same probability before training', () => {
    const p = new SoftmaxRegression(6, 4).probabilities(vec([[0, 1]]));
    expect([...p]).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('learns a separable set: each example and an unseen mix of its features go to the right class', () => {
    const model = trained();
    X.forEach((x, n) => expect(argmax(model.probabilities(x)), `example ${n}`).toBe(y[n]));
    const p = model.probabilities(vec([[4, 0.3], [5, 0.9]]));
    expect(argmax(p)).toBe(2);
    expect(p[2]).toBeGreaterThan(0.5);
    expect(sum(p)).toBeCloseTo(1, 10);
  });

  it('trains deterministically for a seed', () => {
    expect(trained().snapshot()).toEqual(trained().snapshot());
    expect(trained({ ...fast, seed: 8 }).snapshot().W).not.toEqual(trained().snapshot().W);
  });

  it('scores a vector as bias plus weighted features, for any number of features', () => {
    const model = trained();
    const { W, b } = model.snapshot();
    // 11 features go through the eight-wide, two-wide and single paths of the scoring loop.
    const x = vec(Array.from({ length: 11 }, (_, k) => [k % 6, 0.1 * (k + 1)] as [number, number]));
    const scores = model.scores(x);
    for (let c = 0; c < 3; c++) {
      let expected = b[c]!;
      for (let k = 0; k < x.idx.length; k++) expected += x.val[k]! * W[x.idx[k]! * 3 + c]!;
      expect(scores[c]).toBeCloseTo(expected, 4);
    }
  });

  it('flattens the probabilities with a higher temperature or a lower confidence, keeping the winner', () => {
    const x = vec([[0, 1]]);
    const sharp = trained().probabilities(x);
    const warm = trained({ ...fast, temperature: 3 }).probabilities(x);
    const unsure = trained().probabilities(vec([[0, 1]], 0.3));
    for (const p of [warm, unsure]) {
      expect(argmax(p)).toBe(0);
      expect(p[0]).toBeLessThan(sharp[0]!);
      expect(sum(p)).toBeCloseTo(1, 10);
    }
  });

  it('stays finite for very large scores', () => {
    const model = SoftmaxRegression.fromSnapshot(1, 2, { W: new Float32Array(2), b: Float64Array.from([1000, 999]), temperature: 1 });
    const p = model.probabilities(vec([[0, 1]]));
    expect(p[0]).toBeCloseTo(Math.E / (Math.E + 1), 10);
  });

  it('restores a snapshot to the same predictions and rejects one of the wrong shape', () => {
    const model = trained({ ...fast, temperature: 2 });
    const copy = SoftmaxRegression.fromSnapshot(6, 3, model.snapshot());
    const x = vec([[1, 1], [3, 0.5]]);
    expect(copy.numFeatures).toBe(6);
    expect([...copy.probabilities(x)]).toEqual([...model.probabilities(x)]);
    expect(() => SoftmaxRegression.fromSnapshot(5, 3, model.snapshot())).toThrow(/does not fit/);
  });
});
