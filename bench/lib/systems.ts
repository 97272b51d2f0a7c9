// The systems every benchmark compares, by name, and the EngineOptions each data set gives the project's engine.
import type { EngineOptions } from '../../src/nlu/classifier.js';
import { ChartPathSystem } from '../peers/chartpath.js';
import { NaturalBayesSystem } from '../peers/natural-bayes.js';
import { NlpjsSystem } from '../peers/nlpjs.js';
import type { BenchSystem } from '../peers/types.js';

export type Task = 'clinc150' | 'braun';

export const SYSTEM_NAMES = ['chartpath', 'natural-bayes', 'nlpjs'] as const;
export type SystemName = (typeof SYSTEM_NAMES)[number];

/**
 * Per-data-set EngineOptions for the project's engine. Empty means the bot's defaults; anything here is
 * printed with the results.
 */
export const ENGINE_OVERRIDES: Record<Task, EngineOptions> = {
  clinc150: {},
  braun: {},
};

export function createSystem(name: SystemName, task: Task): BenchSystem {
  switch (name) {
    case 'chartpath':
      return new ChartPathSystem(ENGINE_OVERRIDES[task]);
    case 'natural-bayes':
      return new NaturalBayesSystem();
    case 'nlpjs':
      // CLINC150 thresholds the classifier's own score; on Braun NLP.js answers as NlpManager does by default.
      return new NlpjsSystem(task === 'braun');
  }
}
