// node:crypto loaded on first use (src/util/lazy-crypto.ts); that a one-question ask never loads it is checked in
// test/cli/lazy-loading.test.ts.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeCrypto } from '../../src/util/lazy-crypto.js';

describe('nodeCrypto', () => {
  it('is node:crypto, the same module every time', () => {
    expect(nodeCrypto()).toBe(nodeCrypto());
    expect(nodeCrypto().createHash('sha256').update('x').digest('hex')).toBe(createHash('sha256').update('x').digest('hex'));
  });
});
