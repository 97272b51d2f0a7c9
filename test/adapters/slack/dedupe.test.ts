// adapters/slack/dedupe.ts on its own, with a clock the test sets: RecentIds (in memory) and PersistedIds (over a
// store) answer "first time?" for a delivery id within a time window, so a retried Slack event is answered once.
// Checked here: a repeat inside the window, a new chance after it, the size bound (oldest goes first), and for
// PersistedIds that a batch is one claim (any repeat makes it a repeat) and that has() sees what was remembered.
// Two processes sharing the record through PostgreSQL are in dedupe.e2e.test.ts.
import { describe, expect, it } from 'vitest';
import { PersistedIds, RecentIds } from '../../../adapters/slack/dedupe.js';
import { MemoryStore } from '../../../src/store/memory.js';

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

describe('RecentIds', () => {
  it('an id is first once within the window, and again once the window has passed', () => {
    const c = clock();
    const ids = new RecentIds(60_000, 100, c.now);
    expect(ids.firstTime('Ev1')).toBe(true);
    c.advance(60_000);
    expect(ids.firstTime('Ev1')).toBe(false); // at the edge of the window: still a repeat
    expect(ids.firstTime('Ev2')).toBe(true);
    c.advance(60_001);
    expect(ids.firstTime('Ev1')).toBe(true);
    expect(ids.firstTime('Ev1')).toBe(false);
  });

  it('past its size the oldest id is forgotten first', () => {
    const c = clock();
    const ids = new RecentIds(60_000, 2, c.now);
    for (const id of ['A', 'B', 'C']) expect(ids.firstTime(id)).toBe(true);
    expect(ids.firstTime('C')).toBe(false);
    expect(ids.firstTime('B')).toBe(false);
    expect(ids.firstTime('A')).toBe(true); // evicted when C came
  });
});

describe('PersistedIds', () => {
  it('remembers ids in the store for the window: a second instance on the same store sees them', async () => {
    const c = clock();
    const store = new MemoryStore();
    const first = new PersistedIds(store, 60_000, c.now);
    const afterRestart = new PersistedIds(store, 60_000, c.now);
    expect(await first.has('Ev1')).toBe(false);
    expect(await first.firstTime('Ev1')).toBe(true);
    expect(await afterRestart.has('Ev1')).toBe(true);
    expect(await afterRestart.firstTime('Ev1')).toBe(false);
    c.advance(60_001);
    expect(await afterRestart.has('Ev1')).toBe(false);
    expect(await afterRestart.firstTime('Ev1')).toBe(true);
  });

  it('remember(ids) records every id and is false when any of them was already remembered', async () => {
    const ids = new PersistedIds(new MemoryStore(), 60_000, clock().now);
    expect(await ids.remember(['r:1', 'Ev9'])).toBe(true);
    expect(await ids.has('r:1')).toBe(true);
    expect(await ids.has('Ev9')).toBe(true);
    expect(await ids.remember(['r:2', 'Ev9'])).toBe(false);
    expect(await ids.has('r:2')).toBe(true);
  });
});
