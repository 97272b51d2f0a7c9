// Reply ids: short, unique, safe in a button value (moved from person.test.ts to ids.ts's path).
import { describe, expect, it } from 'vitest';
import { newReplyId } from '../../src/contract/ids.js';

describe('newReplyId', () => {
  it('twelve lowercase hex characters, different every time, also across refills of the random pool', () => {
    // 2,000 ids use the 4 KB pool about three times over.
    const ids = new Set(Array.from({ length: 2000 }, () => newReplyId()));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{12}$/);
  });
});
