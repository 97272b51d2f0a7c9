// Scoring helpers shared by the benchmarks.

export interface Scored {
  /** The top intent was the right one (for out-of-scope questions: always false). */
  correct: boolean;
  /** The top intent's confidence. */
  score: number;
}

/**
 * The oos-threshold rule of Larson et al. (2019): the threshold that maximises 151-way accuracy on the
 * validation data, where an in-scope question counts when its top intent is right and its score reaches
 * the threshold, and an out-of-scope question counts when its score falls below it. Every distinct score is
 * tried (an exact search, not a grid); the threshold is set halfway between the two scores it separates, and
 * of equally good thresholds the lowest wins.
 */
export function paperThreshold(inScope: Scored[], outOfScope: Scored[]): number {
  // A system's "no intent" answers score -Infinity: rejected whatever the threshold, so they are counted
  // up front and left out of the search.
  const events = [
    ...inScope.map((r) => ({ s: r.score, delta: r.correct ? -1 : 0 })),
    ...outOfScope.map((r) => ({ s: r.score, delta: 1 })),
  ]
    .filter((e) => e.s !== -Infinity)
    .sort((a, b) => a.s - b.s);
  // Start by accepting every real answer: a threshold of 0 (or just below the lowest score, were any negative).
  let correct = inScope.filter((r) => r.correct).length + outOfScope.filter((r) => r.score === -Infinity).length;
  let best = correct;
  const lowest = events[0]?.s ?? 0;
  let bestThreshold = lowest >= 0 ? 0 : lowest - 1e-9;
  for (let i = 0; i < events.length; ) {
    const s = events[i]!.s;
    let j = i;
    for (; j < events.length && events[j]!.s === s; j++) correct += events[j]!.delta;
    if (correct > best) {
      best = correct;
      bestThreshold = j < events.length ? (s + events[j]!.s) / 2 : s + 1e-9;
    }
    i = j;
  }
  return bestThreshold;
}

/** Probability that an in-scope question scores higher than an out-of-scope one (ties count half). */
export function auroc(inScopeScores: number[], outOfScopeScores: number[]): number {
  const all = [...inScopeScores.map((s) => ({ s, pos: true })), ...outOfScopeScores.map((s) => ({ s, pos: false }))].sort(
    (a, b) => a.s - b.s,
  );
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.s === all[i]!.s) j++;
    const rank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]!.pos) rankSum += rank;
    i = j;
  }
  const P = inScopeScores.length;
  const N = outOfScopeScores.length;
  return P && N ? (rankSum - (P * (P + 1)) / 2) / (P * N) : NaN;
}

export function percentile(sorted: Float64Array | number[], q: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * Micro-averaged F1 over single-label predictions where every question gets exactly one intent ("None"
 * counted as an intent like the others): each wrong answer is one false positive and one false negative,
 * so micro precision = micro recall = micro-F1 = accuracy.
 */
export function microF1(pairs: { expected: string; predicted: string }[]): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { expected, predicted } of pairs) {
    if (expected === predicted) tp++;
    else {
      fp++;
      fn++;
    }
  }
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}
