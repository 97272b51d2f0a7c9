import { describe, expect, it } from 'vitest';
import { blankOut, PhraseList } from '../../src/nlu/phrase-list.js';

const phrases = (list: PhraseList, text: string) => list.find(text).map((h) => h.phrase);

describe('PhraseList', () => {
  it('matches whole words only: "rn" is not found inside "learn" or "turn"', () => {
    const list = new PhraseList(['rn']);
    expect(list.has('I want to learn coding, my turn')).toBe(false);
    expect(list.has('I am an RN')).toBe(true);
    expect(list.has('rn, then coding')).toBe(true);
    // Digits are word characters too: "rn2" is not "rn".
    expect(list.has('rn2')).toBe(false);
  });

  it('matches a lowercase phrase in any case', () => {
    const list = new PhraseList(['medical records']);
    expect(phrases(list, 'MEDICAL RECORDS clerk')).toEqual(['medical records']);
    expect(phrases(list, 'Medical Records clerk')).toEqual(['medical records']);
  });

  it('matches a phrase written with capitals only in that spelling', () => {
    const list = new PhraseList(['HIT']);
    expect(list.has('a job in HIT')).toBe(true);
    expect(list.has('the recession hit hard')).toBe(false);
    expect(list.has('Hit the books')).toBe(false);
  });

  it('keeps the two kinds apart in one list', () => {
    const list = new PhraseList(['HIM', 'coding']);
    expect(phrases(list, 'I told him about CODING')).toEqual(['coding']);
    expect(phrases(list, 'HIM and coding')).toEqual(expect.arrayContaining(['him', 'coding']));
  });

  it('joins the words of a phrase by spaces, hyphens or nothing', () => {
    const list = new PhraseList(['icd-10']);
    for (const text of ['icd-10 codes', 'ICD 10 codes', 'icd10 codes', 'the ICD - 10 book']) expect(list.has(text), text).toBe(true);
    const spaced = new PhraseList(['wi fi']);
    expect(spaced.has('the wi-fi code')).toBe(true);
    expect(spaced.has('the wifi code')).toBe(true);
  });

  it('prefers the longest phrase at a place', () => {
    const list = new PhraseList(['records', 'court records clerk', 'court records']);
    const hits = list.find('a court records clerk job');
    expect(hits).toEqual([{ phrase: 'court records clerk', start: 2, end: 21 }]);
  });

  it('reports every hit with where it stands in the raw text', () => {
    const list = new PhraseList(['pto']);
    const text = 'PTO and more pto';
    const hits = list.find(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['PTO', 'pto']);
    expect(hits.every((h) => h.phrase === 'pto')).toBe(true);
  });

  it('escapes characters that mean something in a regular expression', () => {
    const list = new PhraseList(['100% pass', 'c.c.a']);
    expect(list.has('a 100% pass guarantee')).toBe(true);
    expect(list.has('100 pass')).toBe(false);
    expect(list.has('cxcxa')).toBe(false);
  });

  it('has() stops at the first match and says what find() says, whichever kind of phrase matches', () => {
    const list = new PhraseList(['nurse', 'HIT', 'medical records']);
    const texts = ['a nurse', 'the HIT field', 'hit me', 'Medical-Records clerk', 'nurses and HIT', '', 'nothing here', 'nursery'];
    for (const t of texts) {
      expect(list.has(t)).toBe(list.find(t).length > 0);
      expect(list.has(t)).toBe(list.find(t).length > 0); // again: nothing left behind by the first call
    }
    expect(list.has('the HIT field')).toBe(true);
    expect(list.has('nursery')).toBe(false);
  });

  it('builds its expressions on first use, once: a list never searched costs nothing at start', () => {
    let reads = 0;
    class Watched extends Array<string> {
      override filter(...args: Parameters<Array<string>['filter']>): string[] {
        reads++;
        return [...this].filter(...args);
      }
    }
    const phrases = Watched.from(['nurse', 'HIT']);
    const list = new PhraseList(phrases);
    expect(reads).toBe(0);
    expect(list.has('a nurse')).toBe(true);
    const afterFirst = reads;
    expect(afterFirst).toBeGreaterThan(0);
    expect(list.find('the HIT nurse')).toHaveLength(2);
    expect(reads).toBe(afterFirst);
  });

  it('an empty list finds nothing', () => {
    expect(new PhraseList([]).find('anything at all')).toEqual([]);
  });

  it('is reusable: a second search starts from the beginning again', () => {
    const list = new PhraseList(['nurse']);
    expect(list.has('a nurse')).toBe(true);
    expect(list.has('a nurse')).toBe(true);
    expect(list.find('nurse nurse')).toHaveLength(2);
  });
});

describe('blankOut', () => {
  it('replaces each hit with as many spaces, so other hits keep their places', () => {
    const text = 'court records clerk or records';
    const hits = new PhraseList(['court records clerk']).find(text);
    const blanked = blankOut(text, hits);
    expect(blanked).toBe(' '.repeat(19) + ' or records');
    expect(blanked.length).toBe(text.length);
    // The field word inside the career is gone; the one outside it remains.
    expect(new PhraseList(['records']).find(blanked).map((h) => h.start)).toEqual([23]);
  });

  it('leaves the text alone when there is nothing to blank', () => {
    expect(blankOut('unchanged', [])).toBe('unchanged');
  });
});

describe('PhraseList plurals', () => {
  it('a lowercase phrase also finds its plural; one with capitals only itself', () => {
    const list = new PhraseList(['emt', 'paralegal', 'HIT', 'dental assistant']);
    expect(phrases(list, 'how much do EMTs make')).toEqual(['emts']);
    expect(phrases(list, 'paralegals and dental assistants')).toEqual(['paralegals', 'dental assistants']);
    expect(list.has('THIS HITS HARD')).toBe(false);
    expect(list.has('emtsx')).toBe(false);
  });
});

describe('PhraseList first characters', () => {
  it('finds phrases that start with symbols or digits, and letters in any case (the lookahead drops nothing)', () => {
    const list = new PhraseList(['$$$', 'bit.ly', '100% pass', 'kit', '[x]', '^up', 'a-b']);
    expect(phrases(list, 'get $$$ at BIT.LY: 100% PASS, KIT [x] ^up A B')).toEqual(['$$$', 'bit.ly', '100% pass', 'kit', '[x]', '^up', 'a b']);
    expect(list.has('skit')).toBe(false);
  });
});
