// Stratified k-fold assignment: every intent's examples are spread as evenly as possible over the folds,
// shuffled with a seeded generator so the same seed always gives the same folds.

import { seededRandom } from '../util/seeded-random.js';

/**
 * The fold (0..k-1) of each item, given the items' labels. Each label's items are shuffled and dealt to the
 * folds in turn, and the dealing carries on from label to label, so every fold holds floor(n/k) or ceil(n/k)
 * items of each label and the fold sizes differ by at most one.
 */
export function stratifiedFolds(labels: readonly string[], k: number, seed: number): number[] {
  if (!Number.isInteger(k) || k < 2) throw new RangeError(`the number of folds must be a whole number of at least 2 (got ${k})`);
  if (labels.length < k) throw new RangeError(`cannot make ${k} folds from ${labels.length} items`);
  const random = seededRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, index) => {
    const list = byLabel.get(label);
    if (list) list.push(index);
    else byLabel.set(label, [index]);
  });
  const folds = new Array<number>(labels.length).fill(-1);
  let next = 0;
  for (const label of [...byLabel.keys()].sort()) {
    const indices = byLabel.get(label)!;
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    for (const index of indices) {
      folds[index] = next;
      next = (next + 1) % k;
    }
  }
  return folds;
}
