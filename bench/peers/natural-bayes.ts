// natural's BayesClassifier (Porter stems, natural's stop words removed), loaded from its submodule so the
// package index (0.8 s, dotenv output) stays out. Its `value` is prior x likelihood, which depends on the
// question's length; the score here is that value normalised over the classes, as in the findings.
import { createRequire } from 'node:module';
import type { Labelled } from '../lib/datasets.js';
import type { BenchSystem, TopIntent } from './types.js';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const require = createRequire(import.meta.url);

interface NaturalBayes {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): { label: string; value: number }[];
}

export class NaturalBayesSystem implements BenchSystem {
  readonly name = 'natural-bayes';
  readonly setup = 'natural BayesClassifier (default smoothing, Porter stemmer); score = value / sum of values over classes';
  private readonly classifier: NaturalBayes;

  constructor() {
    const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js') as new () => NaturalBayes;
    this.classifier = new BayesClassifier();
  }

  async train(examples: Labelled[]): Promise<void> {
    for (const e of examples) this.classifier.addDocument(e.text, e.intent);
    this.classifier.train();
  }

  predict(text: string): TopIntent {
    const ranked = this.classifier.getClassifications(text);
    const top = ranked[0];
    if (!top) return { intent: '', score: 0 };
    let sum = 0;
    for (const r of ranked) sum += r.value;
    return { intent: top.label, score: sum > 0 ? top.value / sum : 1 / ranked.length };
  }
}
