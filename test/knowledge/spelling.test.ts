// spelling.ts: the British spellings kb check warns about, each with its American form.
import { describe, expect, it } from 'vitest';
import { britishSpellings } from '../../src/knowledge/spelling.js';

describe('britishSpellings', () => {
  it('finds the common British forms and gives the American one', () => {
    expect(britishSpellings('Employers value organisation; we recognised the licence at the centre.')).toEqual([
      { written: 'organisation', american: 'organization' },
      { written: 'recognised', american: 'recognized' },
      { written: 'licence', american: 'license' },
      { written: 'centre', american: 'center' },
    ]);
    expect(britishSpellings('You enrol in a programme and practise coding.').map((s) => s.american)).toEqual(['practice', 'enroll', 'program']);
  });
  it('leaves American spelling and look-alike words alone', () => {
    expect(britishSpellings('An organization recognized the license; specialists analyze data; analyses and enrollment.')).toEqual([]);
  });
});
