// The topic-mass sweep: the same trained model read with other thresholds (Understanding.withThresholds), the
// tuning sets asked through a real advisor at each value. Thresholds are passed in, never changed in place:
// what is measured is what would run with those numbers.
import { Advisor } from '../core/advisor.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { MemoryStore } from '../store/memory.js';
import type { Thresholds } from '../understanding/thresholds.js';
import type { Understanding } from '../understanding/understand.js';
import { scoreItems, type KindTally } from './facts.js';
import type { QuestionItem } from './sets.js';

/** 0.40, 0.45, ... 0.80. */
export const TOPIC_MASS_GRID: readonly number[] = Array.from({ length: 9 }, (_, i) => (40 + i * 5) / 100);
/** topicMassWithField is topicMass minus this. */
export const WITH_FIELD_GAP = 0.2;

const round2 = (x: number) => Math.round(x * 100) / 100;

/** The thresholds at each topicMass of the grid (and at the current one when it is off the grid), ascending. */
export function sweepPoints(base: Readonly<Thresholds>, grid: readonly number[] = TOPIC_MASS_GRID): Thresholds[] {
  const masses = [...new Set([...grid, base.topicMass])].sort((a, b) => a - b);
  return masses.map((topicMass) =>
    topicMass === base.topicMass ? { ...base } : { ...base, topicMass, topicMassWithField: round2(topicMass - WITH_FIELD_GAP) },
  );
}

export interface SweepRow {
  thresholds: Thresholds;
  /** Pass rates by kind over the swept sets pooled. */
  kinds: Record<string, KindTally>;
}

export interface Sweep {
  /** The sets the sweep was run on (never the holdout). */
  sets: string[];
  /** The topicMass the bot runs with. */
  current: number;
  rows: SweepRow[];
}

const same = (a: Thresholds, b: Thresholds) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Thresholds>;
  return [...keys].every((k) => a[k] === b[k]);
};

/**
 * Asks `items` at each of `points` through an advisor on `understanding` read with those thresholds. `atCurrent`,
 * the pass rates already measured with the understanding's own thresholds on the same items, saves asking again.
 */
export async function sweepTopicMass(
  kb: KnowledgeBase,
  understanding: Understanding,
  items: readonly QuestionItem[],
  points: readonly Thresholds[],
  sets: string[],
  atCurrent?: Record<string, KindTally>,
): Promise<Sweep> {
  const rows: SweepRow[] = [];
  for (const thresholds of points) {
    if (atCurrent && same(thresholds, understanding.thresholds)) {
      rows.push({ thresholds: { ...thresholds }, kinds: atCurrent });
      continue;
    }
    const advisor = new Advisor(kb, new MemoryStore(), { understanding: understanding.withThresholds({ ...thresholds }) });
    rows.push({ thresholds: { ...thresholds }, kinds: (await scoreItems(advisor, items)).kinds });
  }
  return { sets, current: understanding.thresholds.topicMass, rows };
}

/** The kinds the sweep shows, in order. */
export const SWEEP_KINDS: readonly string[] = ['in', 'oos', 'ctx-in', 'ctx-oos', 'conv'];
