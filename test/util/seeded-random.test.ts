// The seeded generator behind training, fold splits and benchmark traffic: the same seed gives the same numbers
// (so results repeat), different seeds give different ones, and every number is in [0, 1).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/util/seeded-random.js';

const take = (seed: number, n: number) => {
  const next = seededRandom(seed);
  return Array.from({ length: n }, () => next());
};

describe('seededRandom', () => {
  it('repeats its sequence for a seed, and another seed gives another sequence', () => {
    expect(take(7, 50)).toEqual(take(7, 50));
    expect(take(7, 50)).not.toEqual(take(8, 50));
  });

  it('is mulberry32: its first numbers for seed 1 are the published ones', () => {
    // mulberry32(1) starts 0.6270739405881613, 0.002735721180215478, 0.5274470399599522.
    expect(take(1, 3)).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('numbers are in [0, 1) and spread evenly (each tenth holds about a tenth of 10,000)', () => {
    const xs = take(42, 10_000);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const tenths = new Array<number>(10).fill(0);
    for (const x of xs) tenths[Math.floor(x * 10)]!++;
    for (const n of tenths) expect(Math.abs(n - 1000)).toBeLessThan(150);
  });

  it('reads the seed as an unsigned 32-bit number', () => {
    expect(take(-1, 5)).toEqual(take(2 ** 32 - 1, 5));
  });
});
