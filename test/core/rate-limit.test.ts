// The rate limiter on its own: a sliding one-minute window per key, with a bounded memory.
import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/core/rate-limit.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, at: (ms: number) => (t = start + ms) };
}

describe('RateLimiter', () => {
  it('allows perMinute hits, then says how many seconds to wait until the oldest leaves the window', () => {
    const c = clock();
    const limiter = new RateLimiter(2, c.now);
    expect(limiter.take('a')).toBe(0);
    c.at(20_000);
    expect(limiter.take('a')).toBe(0);
    c.at(30_000);
    expect(limiter.take('a')).toBe(30); // the first hit (t = 0) leaves at 60 s
    c.at(59_001);
    expect(limiter.take('a')).toBe(1); // never 0 while refused: rounded up
    c.at(60_000);
    expect(limiter.take('a')).toBe(0); // the first left; the one at 20 s is still in
    expect(limiter.take('a')).toBe(20);
  });

  it('refused hits do not count: waiting is enough', () => {
    const c = clock();
    const limiter = new RateLimiter(1, c.now);
    expect(limiter.take('a')).toBe(0);
    for (let i = 1; i < 10; i++) {
      c.at(i * 5000);
      expect(limiter.take('a')).toBe(60 - i * 5);
    }
    c.at(60_000);
    expect(limiter.take('a')).toBe(0);
  });

  it('keeps keys apart, and 0 (or less) turns the limit off', () => {
    const limiter = new RateLimiter(1, clock().now);
    expect(limiter.take('a')).toBe(0);
    expect(limiter.take('b')).toBe(0);
    expect(limiter.take('a')).toBeGreaterThan(0);
    const off = new RateLimiter(0, clock().now);
    for (let i = 0; i < 100; i++) expect(off.take('a')).toBe(0);
    expect(new RateLimiter(-1, clock().now).take('a')).toBe(0);
  });

  it('forgets keys idle for a minute (memory stays bounded by the people active in the last minute)', () => {
    const c = clock();
    const limiter = new RateLimiter(5, c.now);
    for (let i = 0; i < 1000; i++) limiter.take(`k${i}`);
    const hits = (limiter as unknown as { hits: Map<string, number[]> }).hits;
    expect(hits.size).toBe(1000);
    c.at(60_000);
    limiter.take('fresh');
    expect([...hits.keys()]).toEqual(['fresh']);
  });

  it('sweeps at most once a minute, so a take costs the same however many keys there are', () => {
    const c = clock();
    const limiter = new RateLimiter(5, c.now);
    const hits = (limiter as unknown as { hits: Map<string, number[]> }).hits;
    limiter.take('x'); // the first sweep
    c.at(10_000);
    limiter.take('a');
    c.at(61_000);
    limiter.take('y'); // a sweep: 'x' goes, 'a' (51 s idle) stays
    expect([...hits.keys()].sort()).toEqual(['a', 'y']);
    c.at(100_000);
    limiter.take('z'); // 39 s after the last sweep: no sweep, so 'a' (90 s idle) is still there
    expect([...hits.keys()].sort()).toEqual(['a', 'y', 'z']);
  });
});
