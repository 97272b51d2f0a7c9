// The pattern detectors on their own: which spans each adds, and the filters that keep years, code ranges and
// plain words out (acceptRecord, acceptDashed, the wordy e-mail checks).
import { describe, expect, it } from 'vitest';
import { acceptDashed, acceptRecord, addNumberPatterns, addSpelledDigits, addWordyEmails } from '../../src/privacy/detectors.js';
import { Spans } from '../../src/privacy/spans.js';

/** Runs one detector and lists [kind, text] for each span it added. */
function found(detector: (text: string, spans: Spans) => void, text: string): [string, string][] {
  const spans = new Spans();
  detector(text, spans);
  return spans.list.map((s) => [s.kind, text.slice(s.start, s.end)]);
}

/** A match array shaped like RECORD_CUED's: [whole, prefix, token]. */
function recordMatch(prefix: string | undefined, token: string): RegExpExecArray {
  const m = [`${prefix ?? ''} ${token}`, prefix, token] as unknown as RegExpExecArray;
  m.index = 0;
  return m;
}

function dashedMatch(s: string): RegExpExecArray {
  const m = [s] as unknown as RegExpExecArray;
  m.index = 0;
  return m;
}

describe('acceptRecord', () => {
  it('accepts a token of four or more digits, with or without an uppercase code prefix', () => {
    expect(acceptRecord(recordMatch(undefined, '88120045'))).toBe(true);
    expect(acceptRecord(recordMatch('WQ', '88120045'))).toBe(true);
  });
  it('refuses a lowercase word as prefix, fewer than four digits, and a bare year', () => {
    expect(acceptRecord(recordMatch('was', '99213'))).toBe(false);
    expect(acceptRecord(recordMatch(undefined, '123'))).toBe(false);
    expect(acceptRecord(recordMatch(undefined, '2024'))).toBe(false);
    expect(acceptRecord(recordMatch(undefined, '1999'))).toBe(false);
    // A year-like number with a code prefix is a number, not a year.
    expect(acceptRecord(recordMatch('MR', '2024'))).toBe(true);
  });
});

describe('acceptDashed', () => {
  it('accepts dashed numbers of seven or more digits', () => {
    expect(acceptDashed(dashedMatch('445-12-9981'))).toBe(true);
    expect(acceptDashed(dashedMatch('12-3456-7'))).toBe(true);
  });
  it('refuses short numbers and ranges of years or codes', () => {
    expect(acceptDashed(dashedMatch('12-345'))).toBe(false);
    expect(acceptDashed(dashedMatch('2019-2022'))).toBe(false);
    expect(acceptDashed(dashedMatch('99202-99215'))).toBe(false);
  });
});

describe('addNumberPatterns', () => {
  it('finds a cued SSN, a phone, a cued record number and a date of birth, each with its kind', () => {
    expect(found(addNumberPatterns, 'ssn 123-45-6789')).toEqual([['ssn', '123-45-6789']]);
    expect(found(addNumberPatterns, 'call me at (312) 555-0199')).toEqual([['phone', '(312) 555-0199']]);
    expect(found(addNumberPatterns, 'dob 4/5/1970')).toEqual([['date-of-birth', '4/5/1970']]);
    expect(found(addNumberPatterns, 'MRN 88120045')).toEqual([['record-number', '88120045']]);
  });
  it('takes the last four of an SSN only when an SSN word is there, and not a year after "since"', () => {
    expect(found(addNumberPatterns, 'last 4 of her social is 6291')).toEqual([['ssn', '6291']]);
    expect(found(addNumberPatterns, 'ssn rules since 2019')).toEqual([]);
  });
  it('finds initials beside a date, but not an abbreviation beside a date', () => {
    expect(found(addNumberPatterns, 'JT 03/14/1962')).toEqual([
      ['initials', 'JT'],
      ['date', '03/14/1962'],
    ]);
    expect(found(addNumberPatterns, 'ER 03/14/2025')).toEqual([]);
  });
  it('leaves ordinary numbers alone: years, code ranges, small counts', () => {
    expect(found(addNumberPatterns, 'I worked there from 2019-2022 and billed 99202-99215 codes for 12 doctors')).toEqual([]);
  });
});

describe('addSpelledDigits', () => {
  it('needs a number cue for four to six spelled digits', () => {
    expect(found(addSpelledDigits, 'mrn is four four seven two')).toEqual([['record-number', 'four four seven two']]);
    expect(found(addSpelledDigits, 'one two three four, here we go')).toEqual([]);
  });
  it('names the kind from the words around: nine digits beside "ssn" are an SSN, seven beside "call" a phone', () => {
    expect(found(addSpelledDigits, 'ssn one two three four five six seven eight nine')[0]?.[0]).toBe('ssn');
    expect(found(addSpelledDigits, 'call five five five one two one two')[0]?.[0]).toBe('phone');
  });
});

describe('addWordyEmails', () => {
  it('finds an address in words at a known provider or top-level domain', () => {
    expect(found(addWordyEmails, 'write to jdoe at gmail dot com please')).toEqual([['email', 'jdoe at gmail dot com']]);
  });
  it('ignores "at" between ordinary words', () => {
    expect(found(addWordyEmails, 'I work at home and study at night')).toEqual([]);
    expect(found(addWordyEmails, 'email me at work')).toEqual([]);
  });
});
