// Scores for single-label predictions: accuracy, the confusion counts, per-intent precision, recall and F1,
// macro-F1 and the pairs of intents most often mistaken for each other. Pure functions, no I/O.

export interface Labelled {
  expected: string;
  predicted: string;
  /** The question, kept so confusions can be shown with their examples. */
  text?: string | undefined;
}

export interface IntentScore {
  intent: string;
  /** How many items carry this intent (true positives + false negatives). */
  support: number;
  /** How many items were predicted as this intent (true positives + false positives). */
  predictedCount: number;
  correct: number;
  /** correct / predictedCount; 0 when the intent was never predicted. */
  precision: number;
  /** correct / support; 0 when the intent has no items. */
  recall: number;
  /** Harmonic mean of precision and recall; 0 when both are 0. */
  f1: number;
}

export interface ConfusedPair {
  /** The two intents, in the order given by the `order` argument (or alphabetically). */
  a: string;
  b: string;
  /** Items of `a` predicted as `b` plus items of `b` predicted as `a`. */
  total: number;
  aAsB: number;
  bAsA: number;
  /** The questions of `a` predicted as `b` (at most `examples`). */
  aAsBExamples: string[];
  bAsAExamples: string[];
}

export function accuracy(items: readonly Labelled[]): number {
  if (!items.length) return 0;
  let ok = 0;
  for (const i of items) if (i.expected === i.predicted) ok++;
  return ok / items.length;
}

/** Share of `hits` in `n`, 0 for an empty set (so an empty set never looks perfect). */
export function ratio(hits: number, n: number): number {
  return n ? hits / n : 0;
}

/**
 * Counts per (expected, predicted) pair: `counts.get(expected)?.get(predicted)`. Only pairs that occur are
 * present, so iterating gives exactly the non-empty cells of the confusion matrix.
 */
export function confusionCounts(items: readonly Labelled[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const { expected, predicted } of items) {
    let row = counts.get(expected);
    if (!row) counts.set(expected, (row = new Map()));
    row.set(predicted, (row.get(predicted) ?? 0) + 1);
  }
  return counts;
}

/**
 * Precision, recall and F1 for each of `labels` (every label that occurs in the items is added when missing),
 * in the order of `labels`.
 */
export function intentScores(items: readonly Labelled[], labels: readonly string[] = []): IntentScore[] {
  const all = [...labels];
  const known = new Set(all);
  for (const i of items) {
    for (const l of [i.expected, i.predicted]) {
      if (!known.has(l)) {
        known.add(l);
        all.push(l);
      }
    }
  }
  const support = new Map<string, number>();
  const predicted = new Map<string, number>();
  const correct = new Map<string, number>();
  for (const { expected, predicted: p } of items) {
    support.set(expected, (support.get(expected) ?? 0) + 1);
    predicted.set(p, (predicted.get(p) ?? 0) + 1);
    if (expected === p) correct.set(p, (correct.get(p) ?? 0) + 1);
  }
  return all.map((intent) => {
    const s = support.get(intent) ?? 0;
    const pc = predicted.get(intent) ?? 0;
    const c = correct.get(intent) ?? 0;
    const precision = ratio(c, pc);
    const recall = ratio(c, s);
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { intent, support: s, predictedCount: pc, correct: c, precision, recall, f1 };
  });
}

/**
 * The unweighted mean of the per-intent F1 over intents that occur (as expected or predicted): every intent
 * counts the same, however many examples it has, so a small topic that is always missed shows.
 */
export function macroF1(scores: readonly IntentScore[]): number {
  const present = scores.filter((s) => s.support > 0 || s.predictedCount > 0);
  if (!present.length) return 0;
  return present.reduce((sum, s) => sum + s.f1, 0) / present.length;
}

/**
 * The pairs of intents most often mistaken for each other, both directions added up, most confused first
 * (ties: alphabetical). Each pair keeps up to `examples` questions per direction.
 */
export function confusedPairs(items: readonly Labelled[], limit = 15, examples = 5): ConfusedPair[] {
  const pairs = new Map<string, ConfusedPair>();
  for (const { expected, predicted, text } of items) {
    if (expected === predicted) continue;
    const [a, b] = expected < predicted ? [expected, predicted] : [predicted, expected];
    const key = `${a}\u0000${b}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { a, b, total: 0, aAsB: 0, bAsA: 0, aAsBExamples: [], bAsAExamples: [] }));
    pair.total++;
    const forward = expected === a;
    if (forward) pair.aAsB++;
    else pair.bAsA++;
    const list = forward ? pair.aAsBExamples : pair.bAsAExamples;
    if (text !== undefined && list.length < examples) list.push(text);
  }
  return [...pairs.values()]
    .sort((x, y) => y.total - x.total || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
    .slice(0, limit);
}
