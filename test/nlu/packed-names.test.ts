// Feature names packed in one string (src/nlu/packed-names.ts), as the compiled bundle keeps them: the vectorizer must
// find exactly the names it would find in the array, and no name that only starts or ends like one.
import { describe, expect, it } from 'vitest';
import { buildFeatureTable, lookUpFeature } from '../../src/nlu/feature-table.js';
import { PackedNames } from '../../src/nlu/packed-names.js';
import { TfidfVectorizer } from '../../src/nlu/vectorizer.js';

const names = ['wrhit', 'wrhi', 'c_rh', 'c_rhi', 'bcoding exam', 'wcafé', 'w', 'xÜber'];

describe('packed feature names', () => {
  it('keeps every name, in order', () => {
    const packed = PackedNames.of(names);
    expect(packed.length).toBe(names.length);
    expect(packed.toArray()).toEqual(names);
    for (let i = 0; i < names.length; i++) expect(packed.firstCode(i)).toBe(names[i]!.charCodeAt(0));
  });

  it('a name is equal only to itself: not to a prefix, an extension or its neighbour', () => {
    const packed = PackedNames.of(names);
    for (let i = 0; i < names.length; i++) {
      for (let j = 0; j < names.length; j++) expect(packed.equals(i, names[j]!)).toBe(i === j);
      expect(packed.equals(i, names[i]!.slice(0, -1))).toBe(false);
      expect(packed.equals(i, `${names[i]}x`)).toBe(false);
    }
  });

  it('finds in the feature table what the array finds, and nothing more', () => {
    const table = buildFeatureTable(names);
    const packed = PackedNames.of(names);
    for (const probe of [...names, 'wrh', 'c_r', 'bcoding', 'wcaf', 'zzz', '', 'wrhitx']) {
      expect(lookUpFeature(table, packed, probe)).toBe(lookUpFeature(table, names, probe));
    }
  });

  it('refuses starts that do not fit the text', () => {
    expect(() => new PackedNames('abc', Int32Array.from([0, 2]))).toThrow();
  });

  it('a vectorizer restored from packed names transforms as one restored from the array', () => {
    const weight = Float32Array.from(names.map((_, i) => 1 + i / 10));
    const fromArray = new TfidfVectorizer().restore({ features: names, weight, docs: 20 });
    const fromPacked = new TfidfVectorizer().restore({ features: PackedNames.of(names), weight, docs: 20 });
    const doc = new Map([
      ['wrhit', 2],
      ['c_rh', 1],
      ['wcafé', 1],
      ['wunknown', 1],
      ['xÜber', 3],
    ]);
    expect(fromPacked.transform(doc)).toEqual(fromArray.transform(doc));
    expect(fromPacked.snapshot().features).toEqual(names);
  });
});
