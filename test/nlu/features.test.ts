// extractFeatures names each feature by its block (w stems, b stem pairs/triples, t tokens, c character n-grams,
// x n-grams across a space) and counts repeats; the vectorizer weights blocks by that first letter.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FEATURES, extractFeatures, type FeatureOptions } from '../../src/nlu/features.js';

const off: FeatureOptions = { wordUnigrams: false, wordBigrams: false, wordTrigrams: false, tokenUnigrams: false, charMin: 3, charMax: 0, charMode: 'word' };
const keys = (m: Map<string, number>) => [...m.keys()].sort();

describe('extractFeatures', () => {
  const a = { tokens: ['coding', 'jobs'], stems: ['code', 'job'] };

  it('word features: stems, pairs with a start marker, triples and raw tokens, each only when asked for', () => {
    expect(keys(extractFeatures(a, { ...off, wordUnigrams: true }))).toEqual(['w code', 'w job']);
    expect(keys(extractFeatures(a, { ...off, wordBigrams: true }))).toEqual(['b ^ code', 'b code job']);
    expect(keys(extractFeatures({ tokens: ['a', 'b', 'c'], stems: ['a', 'b', 'c'] }, { ...off, wordTrigrams: true }))).toEqual(['b ^ a b', 'b a b c']);
    expect(keys(extractFeatures(a, { ...off, tokenUnigrams: true }))).toEqual(['t coding', 't jobs']);
    expect(extractFeatures(a, off).size).toBe(0);
  });

  it('counts a feature once per occurrence', () => {
    const m = extractFeatures({ tokens: ['rhit', 'rhit'], stems: ['rhit', 'rhit'] }, { ...off, wordUnigrams: true, wordBigrams: true });
    expect(m.get('w rhit')).toBe(2);
    expect(m.get('b ^ rhit')).toBe(1);
    expect(m.get('b rhit rhit')).toBe(1);
  });

  it("'word' character n-grams are taken inside each space-padded token, from charMin to charMax long", () => {
    const m = extractFeatures({ tokens: ['ab'], stems: ['ab'] }, { ...off, charMin: 2, charMax: 3 });
    expect(keys(m)).toEqual(['c a', 'c ab', 'cab ', 'cb ', 'cab'].sort());
    expect(m.size).toBe(5); // ' a', 'ab', 'b ', ' ab', 'ab '
  });

  it("'text' n-grams run across the whole question, spaces included, in the c block", () => {
    const m = extractFeatures({ tokens: ['a', 'b'], stems: ['a', 'b'] }, { ...off, charMin: 3, charMax: 3, charMode: 'text' });
    expect(keys(m)).toEqual(['c a ', 'ca b', 'c b '].sort());
  });

  it("'both' adds to the word n-grams only those that span a space, in their own x block", () => {
    const m = extractFeatures({ tokens: ['a', 'b'], stems: ['a', 'b'] }, { ...off, charMin: 3, charMax: 3, charMode: 'both' });
    // Word n-grams: ' a ' and ' b '; across the text (' a b '): ' a ', 'a b', ' b '; only 'a b' spans an inner space.
    expect(keys(m)).toEqual(['c a ', 'c b ', 'xa b'].sort());
  });

  it('no tokens, no features (no empty-text n-grams)', () => {
    expect(extractFeatures({ tokens: [], stems: [] }, { ...DEFAULT_FEATURES, charMode: 'both' }).size).toBe(0);
  });

  it('the defaults are stems, stem pairs and 3-5 character n-grams inside words', () => {
    const m = extractFeatures({ tokens: ['rhit'], stems: ['rhit'] });
    expect(m.has('w rhit')).toBe(true);
    expect(m.has('b ^ rhit')).toBe(true);
    expect(m.has('t rhit')).toBe(false);
    // ' rhit ' padded: 3-grams ' rh', 'rhi', 'hit', 'it '; 4-grams ' rhi', 'rhit', 'hit '; 5-grams ' rhit', 'rhit '.
    expect(keys(m).filter((k) => k.startsWith('c'))).toEqual(['c rh', 'crhi', 'chit', 'cit ', 'c rhi', 'crhit', 'chit ', 'c rhit', 'crhit '].sort());
    expect(m.size).toBe(11);
  });
});
