// The ranking's order is a stable sort of the scores, largest first: ties keep index order (or the order they had,
// when re-ranked). The answers depend on it bit for bit (the masses are summed in this order).
import { describe, expect, it } from 'vitest';
import { sortedDescending, stableDescending } from '../../src/nlu/classifier.js';
import { seededRandom } from '../../src/util/seeded-random.js';

/** What a stable sort gives (Array.prototype.sort is stable). */
const reference = (order: number[], xs: Float64Array) => [...order].sort((a, b) => xs[b]! - xs[a]!);

describe('sortedDescending / stableDescending', () => {
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
});
