// patterns.ts: anyCaseRe and the patterns whose boundaries matter most (full dates, phones, SSNs, ZIP codes).
import { describe, expect, it } from 'vitest';
import { ANY_FULL_DATE, anyCaseRe, PHONE_NANP, SHORT_DATE, SSN_BARE, ZIP_WITH_STATE } from '../../src/privacy/patterns.js';

const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m[0]);

describe('anyCaseRe', () => {
  it('makes each letter match either case and leaves escapes untouched', () => {
    expect(anyCaseRe('dob\\s')).toBe('[dD][oO][bB]\\s');
    const re = new RegExp(`^${anyCaseRe('born\\s+on')}$`);
    expect(re.test('BORN  On')).toBe(true);
    expect(re.test('born on')).toBe(true);
    expect(re.test('bornSon')).toBe(false);
  });
});

describe('date patterns', () => {
  it('ANY_FULL_DATE takes dates with a year in the usual shapes, and no part of a longer number', () => {
    expect(all(ANY_FULL_DATE, 'on 4/5/1970, April 5, 1970 or 1970-04-05')).toEqual(['4/5/1970', 'April 5, 1970', '1970-04-05']);
    expect(all(ANY_FULL_DATE, 'version 1.4/5/1970x and 4/5/19701')).toEqual([]);
  });
  it('SHORT_DATE takes a month and day, not a fraction inside a longer one', () => {
    expect(all(SHORT_DATE, 'seen 4/4 and 11/15')).toEqual(['4/4', '11/15']);
    expect(all(SHORT_DATE, 'score 13/40 and 4/4/2024')).toEqual([]);
  });
});

describe('number patterns', () => {
  it('PHONE_NANP takes North American numbers with their extension', () => {
    expect(all(PHONE_NANP, 'call (312) 555-0199 x12 or +1 312.555.0100')).toEqual(['(312) 555-0199 x12', '+1 312.555.0100']);
    expect(all(PHONE_NANP, 'item 3125550199123')).toEqual([]);
  });
  it('SSN_BARE takes 3-2-4 digits only when they stand alone', () => {
    expect(all(SSN_BARE, 'it is 123-45-6789.')).toEqual(['123-45-6789']);
    expect(all(SSN_BARE, 'code 1123-45-6789 and 123-45-67890')).toEqual([]);
  });
  it('ZIP_WITH_STATE takes the ZIP after a state abbreviation', () => {
    const m = [...'Chicago, IL 60614-1234'.matchAll(ZIP_WITH_STATE)];
    expect(m.map((x) => x[1])).toEqual(['60614-1234']);
    expect([...'jobs near 60614'.matchAll(ZIP_WITH_STATE)]).toEqual([]);
  });
});
