// The ranking's order is a stable sort of the scores, largest first: ties keep index order (or the order they had,
// when re-ranked). The answers depend on it bit for bit (the masses are summed in this order).
import { describe, expect, it } from 'vitest';
import { firstDescending, sortedDescending, stableDescending } from '../../src/nlu/classifier.js';
import { seededRandom } from '../../src/util/seeded-random.js';

/** What a stable sort gives (Array.prototype.sort is stable). */
const reference = (order: number[], xs: Float64Array) => [...order].sort((a, b) => xs[b]! - xs[a]!);

describe('sortedDescending / stableDescending / firstDescending', () => {
  it('orders as a stable sort does, ties included, for lengths across the merge runs', () => {
    const random = seededRandom(11);
    for (let t = 0; t < 3000; t++) {
      const n = 1 + Math.floor(random() * 120);
      // Some arrays with many ties (a few distinct values), some with zeros among distinct values.
      const xs = Float64Array.from({ length: n }, () => (t % 3 === 0 ? Math.floor(random() * 4) / 4 : t % 3 === 1 ? random() : random() < 0.5 ? 0 : random()));
      expect([...sortedDescending(xs)]).toEqual(reference([...xs.keys()], xs));
      const shuffled = reference([...xs.keys()], Float64Array.from(xs, () => random()));
      expect([...stableDescending(Int32Array.from(shuffled), xs)]).toEqual(reference(shuffled, xs));
    }
  });

  it('firstDescending gives the first k of that order, ties included', () => {
    const random = seededRandom(12);
    for (let t = 0; t < 3000; t++) {
      const n = 1 + Math.floor(random() * 120);
      const k = 1 + Math.floor(random() * Math.min(n, 8));
      const xs = Float64Array.from({ length: n }, () => (t % 2 === 0 ? Math.floor(random() * 4) / 4 : random()));
      expect([...firstDescending(xs, k, new Int32Array(n)).subarray(0, k)]).toEqual(reference([...xs.keys()], xs).slice(0, k));
    }
  });
});
