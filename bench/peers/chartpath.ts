// The project's own engine, exactly as the bot builds it: ChartPathClassifier with its defaults
// plus any EngineOptions override the benchmark states.
import { ChartPathClassifier, type EngineOptions } from '../../src/nlu/classifier.js';
import type { Labelled } from '../lib/datasets.js';
import type { BenchSystem, TopIntent } from './types.js';

export class ChartPathSystem implements BenchSystem {
  readonly name = 'chartpath';
  readonly setup: string;
  private readonly classifier: ChartPathClassifier;

  constructor(options: EngineOptions = {}) {
    this.classifier = new ChartPathClassifier(options);
    this.setup = `ChartPathClassifier, ${Object.keys(options).length ? `EngineOptions ${JSON.stringify(options)}` : 'default EngineOptions'}`;
  }

  async train(examples: Labelled[]): Promise<void> {
    this.classifier.train(examples);
  }

  predict(text: string): TopIntent {
    const [best] = this.classifier.predict(text, 1);
    return best ? { intent: best.intent, score: best.confidence } : { intent: '', score: 0 };
  }
}
