// The core's fixed phrases: the ones that take a figure say it, and every phrase is a full sentence.
import { describe, expect, it } from 'vitest';
import { PHRASES } from '../../src/core/phrases.js';

describe('PHRASES', () => {
  it('the phrases with a figure put it in the sentence', () => {
    expect(PHRASES.truncated(2000)).toContain('first 2000 characters');
    expect(PHRASES.rateLimited(17)).toContain('about 17 seconds');
    expect(PHRASES.channelRateLimited(42)).toContain('about 42 seconds');
    expect(PHRASES.unknownCommand('frobnicate')).toContain('"frobnicate"');
  });

  it('every phrase is non-empty text ending in a full stop, question mark or exclamation mark', () => {
    const texts = Object.values(PHRASES).map((p) => (typeof p === 'function' ? p(7 as never) : p));
    expect(texts).toHaveLength(Object.keys(PHRASES).length);
    for (const text of texts) expect(text).toMatch(/\S.*[.?!]$/s);
  });

  it('the privacy phrases say that nothing was kept', () => {
    expect(PHRASES.privacy).toMatch(/didn't store it/);
    expect(PHRASES.privacyOnly).toMatch(/haven't kept it/);
  });
});
