import { describe, expect, it } from 'vitest';
import { stratifiedFolds } from '../../src/eval/folds.js';
import { seededRandom } from '../../src/util/seeded-random.js';

// 23 of a, 10 of b, 7 of c, 3 of d, interleaved.
const labels = [...Array(23).fill('a'), ...Array(10).fill('b'), ...Array(7).fill('c'), ...Array(3).fill('d')].map((l, i, all) => all[(i * 7) % all.length] as string);

function countsPerFold(folds: number[], k: number) {
  const out = new Map<string, number[]>();
  folds.forEach((f, i) => {
    const row = out.get(labels[i]!) ?? new Array(k).fill(0);
    row[f]++;
    out.set(labels[i]!, row);
  });
  return out;
}

describe('stratified k-fold', () => {
  it('puts every item in exactly one fold', () => {
    const folds = stratifiedFolds(labels, 5, 1);
    expect(folds).toHaveLength(labels.length);
    for (const f of folds) expect(f === 0 || f === 1 || f === 2 || f === 3 || f === 4).toBe(true);
  });

  it.each([2, 3, 5, 7])('spreads each label evenly over %i folds (floor or ceil of n/k per fold)', (k) => {
    const folds = stratifiedFolds(labels, k, 42);
    for (const [label, row] of countsPerFold(folds, k)) {
      const n = labels.filter((l) => l === label).length;
      for (const c of row) {
        expect(c).toBeGreaterThanOrEqual(Math.floor(n / k));
        expect(c).toBeLessThanOrEqual(Math.ceil(n / k));
      }
    }
    const sizes = Array.from({ length: k }, (_, f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('is reproducible with a seed and changes with another seed', () => {
    expect(stratifiedFolds(labels, 5, 7)).toEqual(stratifiedFolds(labels, 5, 7));
    expect(stratifiedFolds(labels, 5, 7)).not.toEqual(stratifiedFolds(labels, 5, 8));
  });

  it('shuffles within a label (not just the first items to fold 0)', () => {
    const folds = stratifiedFolds(labels, 5, 3);
    const aFolds = labels.map((l, i) => (l === 'a' ? folds[i] : -1)).filter((f) => f !== -1);
    expect(aFolds).not.toEqual([...aFolds].sort((x, y) => x! - y!));
  });

  it('refuses fewer than 2 folds or more folds than items', () => {
    expect(() => stratifiedFolds(labels, 1, 1)).toThrow(/at least 2/);
    expect(() => stratifiedFolds(['a', 'b'], 3, 1)).toThrow(/cannot make 3 folds/);
  });

  it('the seeded generator gives numbers in [0, 1) and repeats with its seed', () => {
    const r1 = seededRandom(5);
    const r2 = seededRandom(5);
    for (let i = 0; i < 100; i++) {
      const x = r1();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      expect(r2()).toBe(x);
    }
  });
});
