// strict-scrub.ts: the review log's stricter scrub. Every number and possible name outside the field's vocabulary is
// masked; field words, ordinary English and one-slip misspellings of field words stay; reasons never echo the words.
import { describe, expect, it } from 'vitest';
import { FieldVocabulary, identifierReasons, strictScrub } from '../../src/review/strict-scrub.js';

const vocab = new FieldVocabulary(['The RHIT exam covers ICD-10 and CPT 99213.', 'What is a certification? Darnell explains.']);

describe('FieldVocabulary', () => {
  it('holds the words and numbers of its texts, lowercased, but not a first name', () => {
    expect(vocab.has('rhit')).toBe(true);
    expect(vocab.has('ICD-10')).toBe(true);
    expect(vocab.has('99213')).toBe(true);
    expect(vocab.has('darnell')).toBe(false);
    expect(new FieldVocabulary([], vocab.list()).has('certification')).toBe(true);
  });

  it('nearly() accepts one slip (a missing, swapped, changed or extra letter) from a field word of six or more letters', () => {
    expect(vocab.nearly('certifcation')).toBe(true);
    expect(vocab.nearly('certificaiton')).toBe(true);
    expect(vocab.nearly('certificatoon')).toBe(true);
    expect(vocab.nearly('certificationn')).toBe(true);
    expect(vocab.nearly('crtfcation')).toBe(false);
    expect(vocab.nearly('rhitt')).toBe(false); // too short to guess
  });
});

describe('strictScrub', () => {
  it('masks numbers and names outside the vocabulary and keeps field words and English', () => {
    const r = strictScrub('does okoro need the RHIT exam again, code 99213 or 4412?', vocab);
    expect(r.text).toBe('does [name] need the RHIT exam again, code 99213 or [number]?');
    expect(r.masked).toBe(2);
  });

  it('masks a slashed date whole, a first name, and a capitalised word inside a sentence but not at its start', () => {
    expect(strictScrub('Darnell was seen 12/31/2025', vocab).text).toBe('[name] was seen [number]');
    expect(strictScrub('Nursing is hard. I asked Delgado', vocab).text).toBe('Nursing is hard. I asked [name]');
  });

  it('decides each word by where it stands and how it is written, however often it has been seen before', () => {
    const v = new FieldVocabulary(['The RHIT exam covers ICD-10 and CPT 99213.']);
    // The same word at a sentence's start, then inside one, then again at the start: only the middle one is masked.
    expect(strictScrub('Zebra fun. I like Zebra. Zebra fun.', v).text).toBe('Zebra fun. I like [name]. Zebra fun.');
    // The same letters in another case: the capitals are a name, the lowercase word is English.
    expect(strictScrub('ask Bill about the bill. ask BILL', v).text).toBe('ask [name] about the bill. ask [name]');
    for (let i = 0; i < 3; i++) expect(strictScrub('does okoro pass the bill', v).text).toBe('does [name] pass the bill');
    // Only words that stay are remembered: a masked one (a possible name) is not kept past its message.
    const remembered = (v as unknown as { staying: Set<string>[] }).staying.flatMap((s) => [...s]);
    expect(remembered).toContain('bill');
    expect(remembered).not.toContain('okoro');
    expect(remembered).not.toContain('Bill');
  });

  it('treats the word after a title as mid-sentence, and masks anything with an @', () => {
    expect(strictScrub('ask Dr. Smith', vocab).text).toBe('ask Dr. [name]');
    expect(strictScrub('write jo@x please', vocab).text).toBe('write [email] please');
  });
});

describe('identifierReasons', () => {
  it('is empty for a question in the field and names the reasons otherwise, without the words', () => {
    expect(identifierReasons('what is the RHIT exam?', vocab)).toEqual([]);
    const reasons = identifierReasons('does okoro need a certification', vocab);
    expect(reasons).toEqual(['1 word or number is not field vocabulary (it could be a name or an identifier)']);
    expect(identifierReasons('call [name] back', vocab)[0]).toBe('it has a placeholder ([name]) where personal details were');
    expect(identifierReasons('my ssn is 123-45-6789', vocab).join(' ')).not.toContain('6789');
  });
});
