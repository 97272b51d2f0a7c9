import type { Labelled } from '../lib/datasets.js';

export interface TopIntent {
  intent: string;
  /** The confidence the system gives its top intent; what the out-of-scope threshold is applied to. */
  score: number;
}

/** One intent classifier as the benchmarks see it. */
export interface BenchSystem {
  readonly name: string;
  /** How it is set up, printed under the table. */
  readonly setup: string;
  train(examples: Labelled[]): Promise<void>;
  predict(text: string): Promise<TopIntent> | TopIntent;
}

/** The label a system uses for "none of the intents" (NLP.js answers "None" when it knows no word of a question). */
export const NONE = 'None';
