// The threshold sweep: what the bot would do at each answer threshold. The real decision code runs with
// THRESHOLDS.answer temporarily set to each value, so what is measured is what would run.
import { THRESHOLDS } from '../core/thresholds.js';

/** 0.05, 0.10, ... 0.95. */
export const SWEEP_GRID: readonly number[] = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);

/** The grid plus the current threshold when it is not on it, ascending. */
export function sweepThresholds(current: number = THRESHOLDS.answer, grid: readonly number[] = SWEEP_GRID): number[] {
  return [...new Set([...grid, current])].sort((a, b) => a - b);
}

/**
 * Runs `fn` with the answer threshold set to `t`, then puts the real value back (even on errors). The bot
 * reads THRESHOLDS.answer on every decision, so everything `fn` asks is decided at `t`.
 */
export async function atThreshold<T>(t: number, fn: () => T | Promise<T>): Promise<T> {
  const saved = THRESHOLDS.answer;
  THRESHOLDS.answer = t;
  try {
    return await fn();
  } finally {
    THRESHOLDS.answer = saved;
  }
}

/**
 * The outcome at every threshold of `thresholds` (ascending) of a question whose outcome changes at most
 * once as the threshold rises: a question asked without context is either confident enough or not, so it
 * has one change point, at its top confidence. With `changeAt` (that top confidence, when known) two probes
 * suffice, one on each side; without it the ends are probed and the change point found by bisection.
 * Questions asked with context can change more than once: sweep those with `everyThreshold`.
 */
export async function stepProfile<T>(
  thresholds: readonly number[],
  at: (t: number) => T | Promise<T>,
  same: (a: T, b: T) => boolean = Object.is,
  changeAt?: number,
): Promise<T[]> {
  const n = thresholds.length;
  if (!n) return [];
  const probe = (i: number) => atThreshold(thresholds[i]!, () => at(thresholds[i]!));
  if (changeAt !== undefined) {
    // Confident (top >= t) up to index `split` - 1, not confident from `split` on.
    const split = thresholds.filter((t) => t <= changeAt).length;
    const below = split > 0 ? await probe(split - 1) : undefined;
    const above = split < n ? await probe(split) : undefined;
    return thresholds.map((_, i) => (i < split ? below! : above!));
  }
  const first = await probe(0);
  const last = n > 1 ? await probe(n - 1) : first;
  if (same(first, last)) return thresholds.map(() => first);
  // Invariant: outcome(lo) is `first`, outcome(hi) is not.
  let lo = 0;
  let hi = n - 1;
  let high = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    const value = await probe(mid);
    if (same(value, first)) lo = mid;
    else {
      hi = mid;
      high = value;
    }
  }
  return thresholds.map((_, i) => (i <= lo ? first : high));
}

/** The outcome at every threshold, probing each one: for questions whose outcome may change more than once. */
export async function everyThreshold<T>(thresholds: readonly number[], at: (t: number) => T | Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (const t of thresholds) out.push(await atThreshold(t, () => at(t)));
  return out;
}

export interface SweepRow {
  threshold: number;
  /** Held-out topic questions answered with the right topic. */
  inScope: number;
  /** Held-out out-of-scope questions not answered. */
  oosRejection: number;
  /** Mean of inScope and oosRejection: the figure the recommended threshold maximises. */
  balanced: number;
  /** Held-out conversation questions (greeting, thanks...) given the right reply. */
  conversation: number;
  /** Follow-up turns (after the first of each conversation) given the right topic. */
  followups: number;
  /** Cross-validation: out-of-fold topic examples the bot (no context) answers with the right topic. */
  cvInScope: number | undefined;
}

export interface Sweep {
  rows: SweepRow[];
  current: number;
  /** The threshold with the best balanced figure (ties: the one nearest the current threshold, then the lower). */
  best: number;
}

/** Share of `true` at each threshold index, over a list of per-question profiles. */
export function shareCorrect(profiles: readonly (readonly boolean[])[], count: number): number[] {
  return Array.from({ length: count }, (_, i) => {
    if (!profiles.length) return 0;
    let ok = 0;
    for (const p of profiles) if (p[i]) ok++;
    return ok / profiles.length;
  });
}

export function bestBalanced(rows: readonly SweepRow[], current: number): number {
  let best: SweepRow | undefined;
  const EPS = 1e-9;
  for (const row of rows) {
    if (!best || row.balanced > best.balanced + EPS) best = row;
    else if (Math.abs(row.balanced - best.balanced) <= EPS) {
      const d = Math.abs(row.threshold - current) - Math.abs(best.threshold - current);
      if (d < -EPS || (Math.abs(d) <= EPS && row.threshold < best.threshold)) best = row;
    }
  }
  return best ? best.threshold : current;
}

export interface SweepInputs {
  thresholds: readonly number[];
  current: number;
  /** One profile (correct or not at each threshold) per held-out question, by kind. */
  inScope: readonly (readonly boolean[])[];
  oos: readonly (readonly boolean[])[];
  conversation: readonly (readonly boolean[])[];
  followups: readonly (readonly boolean[])[];
  cvInScope?: readonly (readonly boolean[])[] | undefined;
}

export function buildSweep(inputs: SweepInputs): Sweep {
  const n = inputs.thresholds.length;
  const inScope = shareCorrect(inputs.inScope, n);
  const oos = shareCorrect(inputs.oos, n);
  const conversation = shareCorrect(inputs.conversation, n);
  const followups = shareCorrect(inputs.followups, n);
  const cv = inputs.cvInScope ? shareCorrect(inputs.cvInScope, n) : undefined;
  const rows = inputs.thresholds.map((threshold, i) => ({
    threshold,
    inScope: inScope[i]!,
    oosRejection: oos[i]!,
    balanced: (inScope[i]! + oos[i]!) / 2,
    conversation: conversation[i]!,
    followups: followups[i]!,
    cvInScope: cv?.[i],
  }));
  return { rows, current: inputs.current, best: bestBalanced(rows, inputs.current) };
}

const share = (x: number) => `${(x * 100).toFixed(1)}%`;

/** One sweep row in words: "93.7% balanced: in-scope 93.7%, out-of-scope rejection 93.7%, follow-ups 82.8%...". */
export function describeRow(row: SweepRow): string {
  return (
    `${share(row.balanced)} balanced: in-scope ${share(row.inScope)}, out-of-scope rejection ${share(row.oosRejection)}, ` +
    `follow-ups ${share(row.followups)}, conversation ${share(row.conversation)}` +
    (row.cvInScope === undefined ? '' : `, CV in-scope ${share(row.cvInScope)}`)
  );
}
