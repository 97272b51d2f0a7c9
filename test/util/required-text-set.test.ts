// required-text-set.ts: many expressions' required strings looked for in one text at once. It may say "may match"
// too often (a shared hash), never "cannot" of a text that holds a required string.
import { describe, expect, it } from 'vitest';
import { RequiredText } from '../../src/util/required-text.js';
import { RequiredTextSet } from '../../src/util/required-text-set.js';

const set = new RequiredTextSet([
  new RequiredText(['renew', 'ceu'], true),
  new RequiredText(['Pearson VUE'], false),
  undefined,
  new RequiredText(['how long does it take to become'], true),
]);
const may = (text: string) => [...set.mayMatch(text)];

describe('RequiredTextSet', () => {
  it('marks an expression possible when the text holds one of its strings, long ones included', () => {
    expect(may('How many CEUs do I need?')).toEqual([1, 0, 1, 0]);
    expect(may('how long does it take to become a coder')).toEqual([0, 0, 1, 1]);
  });
  it('reads a case-sensitive string as written, a lowercase one in any case', () => {
    expect(may('is the exam at Pearson VUE?')[1]).toBe(1);
    expect(may('is the exam at pearson vue?')[1]).toBe(0);
    expect(may('RENEW my RHIT')[0]).toBe(1);
  });
  it('rules an expression out when the text holds none of its strings, and always leaves one with no strings', () => {
    expect(may('what does a clerk do all day')).toEqual([0, 0, 1, 0]);
    expect(may('')).toEqual([0, 0, 1, 0]);
  });
  it('forgets the last text: a string seen before does not count for the next', () => {
    expect(may('renew')[0]).toBe(1);
    expect(may('something else entirely')[0]).toBe(0);
  });
});
