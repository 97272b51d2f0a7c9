// The vectorizer's feature names to numbers, as an open-addressing hash table in one Int32Array: the compiled bundle
// stores the table, so a start reads it instead of building a 34k-entry Map (a tenth of a one-question start,
// with the garbage it made). A slot holds a feature's number + 1, or 0 when empty; collisions probe the next slot.
import { nameAt, type FeatureNames } from './packed-names.js';

/** FNV-1a over the UTF-16 code units: the same number in the build and in every look-up. */
function hash(feature: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < feature.length; k++) h = Math.imul(h ^ feature.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

/** A table for these (distinct) features, at most half full. */
export function buildFeatureTable(features: readonly string[]): Int32Array {
  let size = 1024;
  while (size < features.length * 2) size *= 2;
  const table = new Int32Array(size);
  const mask = size - 1;
  for (let i = 0; i < features.length; i++) {
    let h = hash(features[i]!) & mask;
    while (table[h] !== 0) h = (h + 1) & mask;
    table[h] = i + 1;
  }
  return table;
}

/** True when the table can serve these features (a power-of-two size with room to spare). */
export function fitsFeatures(table: Int32Array, features: FeatureNames): boolean {
  const size = table.length;
  return size >= 1024 && (size & (size - 1)) === 0 && size >= features.length * 2;
}

/** The feature's number, or -1 when it is not in the table. */
export function lookUpFeature(table: Int32Array, features: FeatureNames, feature: string): number {
  const mask = table.length - 1;
  let h = hash(feature) & mask;
  for (;;) {
    const entry = table[h]!;
    if (entry === 0) return -1;
    if (nameAt(features, entry - 1, feature)) return entry - 1;
    h = (h + 1) & mask;
  }
}
