// The feature encoder must give exactly the vectors of the named path (extractFeatures, then transform): the same
// feature numbers in the same order, bit-identical values and the same confidence, for every feature option.
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/nlu/analyzer.js';
import { FeatureEncoder } from '../../src/nlu/encoder.js';
import { DEFAULT_FEATURES, extractFeatures, type FeatureOptions } from '../../src/nlu/features.js';
import { TfidfVectorizer } from '../../src/nlu/vectorizer.js';

const training = [
  'what does a medical records clerk do',
  'how do i become an rhit',
  'is the cca exam hard to pass',
  'what is icd-10 coding',
  'do i need a degree for the rhia',
  'how much does a coder make',
];
const questions = [
  'wat does a medical records clerk do all day lol',
  'rhit rhit rhit vs rhia',
  'zxqv plorb',
  '',
  'coding coding coding and more coding of icd-10 codes',
  'how do i become an rhit and how much does a coder make',
  'the the the the',
];

function check(options: FeatureOptions): void {
  const analyzer = new Analyzer({ spelling: false });
  const v = new TfidfVectorizer();
  v.fitTransform(training.map((t) => extractFeatures(analyzer.analyze(t), options)));
  const encoder = new FeatureEncoder(v, options);
  // Twice over: the second pass reads the remembered words.
  for (const q of [...questions, ...questions]) {
    const a = analyzer.analyze(q);
    const named = v.transform(extractFeatures(a, options));
    const encoded = encoder.transform(a);
    // The encoder's vector lives in the vectorizer's working arrays: its first `size` entries are the vector.
    const size = encoded.size ?? encoded.idx.length;
    expect([...encoded.idx.subarray(0, size)]).toEqual([...named.idx]);
    expect([...encoded.val.subarray(0, size)]).toEqual([...named.val]);
    expect(encoded.confidence).toBe(named.confidence);
  }
}

describe('FeatureEncoder', () => {
  it('matches the named features with the default options', () => check(DEFAULT_FEATURES));
  it('matches with trigrams and token unigrams', () => check({ ...DEFAULT_FEATURES, wordTrigrams: true, tokenUnigrams: true }));
  it("matches with n-grams across the whole text ('text')", () => check({ ...DEFAULT_FEATURES, charMode: 'text' }));
  it("matches with both kinds of n-grams ('both')", () => check({ ...DEFAULT_FEATURES, charMode: 'both', charMin: 2, charMax: 4 }));
  it('matches with no character n-grams', () => check({ ...DEFAULT_FEATURES, charMax: 0 }));
});
