// The feature table finds every feature's number and nothing else, however full and wherever its slots collide.
import { describe, expect, it } from 'vitest';
import { buildFeatureTable, fitsFeatures, lookUpFeature } from '../../src/nlu/feature-table.js';

describe('feature table', () => {
  it('finds each feature by its number and misses the rest', () => {
    const features = Array.from({ length: 5000 }, (_, i) => `c${i.toString(36)}`).concat(['w rhit', 'b ^ rhit', '', 'x a b']);
    const table = buildFeatureTable(features);
    expect(fitsFeatures(table, features)).toBe(true);
    features.forEach((f, i) => expect(lookUpFeature(table, features, f)).toBe(i));
    for (const miss of ['w rhia', 'c', 'czzzzz', 'b ^', ' ']) expect(lookUpFeature(table, features, miss)).toBe(-1);
  });

  it('an empty table misses everything; a table too small for the features does not fit them', () => {
    expect(lookUpFeature(buildFeatureTable([]), [], 'w rhit')).toBe(-1);
    expect(fitsFeatures(new Int32Array(1024), Array.from({ length: 600 }, String))).toBe(false);
    expect(fitsFeatures(new Int32Array(3000), ['a'])).toBe(false);
  });
});
