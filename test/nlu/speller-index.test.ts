// A speller restored from its index (the compiled bundle) corrects exactly as the speller the index was taken from,
// though it builds its look-up tables only when the first unknown word needs them.
import { describe, expect, it } from 'vitest';
import { Speller } from '../../src/nlu/speller.js';
import { sharedUnderstanding } from '../helpers/core.js';

const vocabulary = sharedUnderstanding().classifier.analyzer.vocabulary()!;
const words = ['certfcation', 'medcal', 'hippa', 'educaton', 'registred', 'certification', 'form', 'codder', 'qqqqqq', 'transcriptoin'];

describe('a speller restored from its index', () => {
  it('corrects every word as the original does, message budgets included, and gives back the same index', () => {
    const original = new Speller(vocabulary);
    const index = original.index();
    let read = 0;
    // The tables are read from the index only when a word needs looking up.
    const counted = Object.defineProperties({ ...index }, {
      deletions: { get: () => (read++, index.deletions), enumerable: true },
      starts: { get: () => index.starts, enumerable: true },
    });
    const restored = Speller.fromIndex(counted).remember(index.cache);
    expect(restored.correct('certification')).toBe('certification');
    expect(read).toBe(0);
    for (const w of words) expect(restored.correct(w), w).toBe(original.correct(w));
    expect(read).toBe(1);
    expect(restored.correctMessage([...words, ...words.map((w) => `${w}x`)])).toEqual(original.correctMessage([...words, ...words.map((w) => `${w}x`)]));
    expect(restored.index()).toEqual(original.index());
  });
});
