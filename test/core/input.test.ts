// The first check on incoming text: empty, unreadable, or cut to the limit at a word boundary.
import { describe, expect, it } from 'vitest';
import { prepareInput } from '../../src/core/input.js';

describe('prepareInput', () => {
  it('empty, blank or not text: empty', () => {
    for (const raw of ['', '   \n\t', undefined, 42, null]) expect(prepareInput(raw, 100), String(raw)).toEqual({ ok: false, reason: 'empty' });
  });

  it('no letter or digit at all: unreadable', () => {
    expect(prepareInput('?!? ... 🙂', 100)).toEqual({ ok: false, reason: 'unreadable' });
    expect(prepareInput('what is the rhit', 100)).toEqual({ ok: true, text: 'what is the rhit', truncated: false });
  });

  it('at the limit nothing is cut; past it the text is cut at the last space only when it is in the last fifth', () => {
    expect(prepareInput('abcde', 5)).toEqual({ ok: true, text: 'abcde', truncated: false });
    // the first 10 characters are "aaaaaaaaa ": the space at 9 is past 8 (80 %), so the cut is there
    expect(prepareInput('aaaaaaaaa bbbbbbbbbb', 10)).toEqual({ ok: true, text: 'aaaaaaaaa', truncated: true });
    // "aaaa bbbbb": the space at 4 is too early, so the cut is at the limit
    expect(prepareInput('aaaa bbbbb cc', 10)).toEqual({ ok: true, text: 'aaaa bbbbb', truncated: true });
    // a space exactly at 80 % is not "past" it: "aaaaaaaa bb" cut at 10 keeps 10 characters
    expect(prepareInput('aaaaaaaa bbbbbbb', 10)).toEqual({ ok: true, text: 'aaaaaaaa b', truncated: true });
  });

  it('never leaves half of a surrogate pair', () => {
    const r = prepareInput(`abc${'😀'.repeat(5)}`, 6);
    expect(r.ok && r.text).toBe('abc😀');
  });
});
