// The speller on its own: which words it corrects, to what, and which it leaves alone.
import { describe, expect, it } from 'vitest';
import { Speller, boundedDistance } from '../../src/nlu/speller.js';

const words = ['certification', 'certification', 'education', 'technician', 'records', 'coding', 'coder', 'from', 'form', 'hipaa', 'clerk'];

describe('boundedDistance', () => {
  it('is the edit distance (adjacent swaps count one) up to max, and max + 1 beyond it', () => {
    expect(boundedDistance('coder', 'coder', 2)).toBe(0);
    expect(boundedDistance('coder', 'codr', 2)).toBe(1); // a letter left out
    expect(boundedDistance('coder', 'coedr', 2)).toBe(1); // two letters swapped
    expect(boundedDistance('coder', 'cdoer', 2)).toBe(1);
    expect(boundedDistance('records', 'recrods', 2)).toBe(1);
    expect(boundedDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 2)).toBe(3); // beyond the bound: max + 1
    expect(boundedDistance('', 'abc', 5)).toBe(3);
    expect(boundedDistance('rannccstsn', 'ranncccsisn', 3)).toBe(2); // natural's distance said 1 here
  });
});

describe('Speller', () => {
  const speller = new Speller(words);

  it('corrects one mistake in a word of four letters or more, two in a word of eight or more', () => {
    expect(speller.correct('educaton')).toBe('education');
    expect(speller.correct('recrods')).toBe('records');
    expect(speller.correct('certfcation')).toBe('certification'); // two letters left out of a long word
    expect(speller.correct('tehcnicain')).toBe('technician');
  });

  it('leaves alone short words, words it knows, numbers, very long strings and words too far from any', () => {
    expect(speller.correct('cdr')).toBe('cdr'); // under four letters
    expect(speller.correct('form')).toBe('form'); // a known word is never "corrected" into a more frequent one
    expect(speller.correct('c0der')).toBe('c0der');
    expect(speller.correct('x'.repeat(31))).toBe('x'.repeat(31));
    expect(speller.correct('cxdxr')).toBe('cxdxr'); // two mistakes in a short word: too far
    expect(speller.correct('banana')).toBe('banana');
  });

  it('prefers the more frequent word between equally close ones', () => {
    const s = new Speller(['coder', 'coder', 'cider']);
    expect(s.correct('coder')).toBe('coder');
    expect(s.correct('cxder')).toBe('coder');
  });

  it('reads the plural of a word it knows as that word, not as a more frequent word as close', () => {
    const s = new Speller(['ccs', 'ccs', 'ccs', 'coc', 'crc']);
    expect(s.correct('cocs')).toBe('coc');
    expect(s.correct('crcs')).toBe('crc');
    expect(s.correct('cxcs')).toBe('ccs');
  });

  it('rebuilds from its vocabulary, and corrects a message word by word', () => {
    const again = new Speller(speller.vocabulary());
    expect(again.correctMessage(['my', 'educaton', 'and', 'recrods'])).toEqual(['my', 'education', 'and', 'records']);
    expect(again.lastWork.lookups).toBe(2);
  });
});
