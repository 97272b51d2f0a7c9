// The labelled PHI sets and the figures computed on them, shared by the privacy tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectForPhi } from '../../src/privacy/phi.js';

export interface Labelled {
  text: string;
  /** True when the message carries identifiers (see README.md for the rules). */
  phi: boolean;
  /** The identifier kinds a reader would name (IdentifierKind values). */
  kinds: string[];
  /** The identifier substrings, exactly as written in text; none may survive scrubbing or reach a log or a file. */
  identifiers?: string[];
  note: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));

export type SetName = 'phi-set.jsonl' | 'phi-holdout.jsonl' | 'phi-clerk-dev.jsonl' | 'phi-clerk-set.jsonl';

/** Every labelled set, in the order the figures are reported. */
export const SET_NAMES: SetName[] = ['phi-set.jsonl', 'phi-holdout.jsonl', 'phi-clerk-dev.jsonl', 'phi-clerk-set.jsonl'];

export function loadSet(name: SetName = 'phi-set.jsonl'): Labelled[] {
  return readFileSync(path.join(here, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const row = JSON.parse(line) as Labelled;
      if (typeof row.text !== 'string' || typeof row.phi !== 'boolean') throw new Error(`${name}:${i + 1} is not a labelled message`);
      return row;
    });
}

export interface Figures {
  positives: number;
  negatives: number;
  recall: number;
  falseAlarmRate: number;
  misses: Labelled[];
  alarms: Labelled[];
}

export function figures(set: Labelled[]): Figures {
  const positives = set.filter((s) => s.phi);
  const negatives = set.filter((s) => !s.phi);
  const misses = positives.filter((s) => !inspectForPhi(s.text).detected);
  const alarms = negatives.filter((s) => inspectForPhi(s.text).detected);
  return {
    positives: positives.length,
    negatives: negatives.length,
    recall: (positives.length - misses.length) / positives.length,
    falseAlarmRate: alarms.length / negatives.length,
    misses,
    alarms,
  };
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;

export function describeFigures(f: Figures): string {
  return `recall ${pct(f.recall)} (${f.positives - f.misses.length}/${f.positives}), false alarms ${pct(f.falseAlarmRate, 2)} (${f.alarms.length}/${f.negatives})`;
}
