// Stratified k-fold cross-validation over the knowledge base's own examples. Each fold trains a fresh
// Understanding (the bot's own construction: vocabulary synonyms, entity words, the same engine options) on
// the other folds' examples and predicts the held-back ones.
import { Understanding } from '../understanding/understand.js';
import type { Intent, KnowledgeBase } from '../knowledge/types.js';
import type { EngineOptions } from '../nlu/classifier.js';
import { stratifiedFolds } from './folds.js';
import { accuracy, confusedPairs, confusionCounts, intentScores, macroF1, type ConfusedPair, type IntentScore } from './metrics.js';

export interface CvOptions {
  folds: number;
  seed: number;
  engine?: EngineOptions | undefined;
  /** Called after each fold (for progress output). */
  onFold?: ((fold: number, folds: number) => void) | undefined;
}

export interface OutOfFold {
  text: string;
  expected: string;
  /** The classifier's first choice. */
  predicted: string;
  confidence: number;
  fold: number;
}

export interface CrossValidation {
  folds: number;
  seed: number;
  items: OutOfFold[];
  accuracy: number;
  macroF1: number;
  /** One per intent of the knowledge base, in knowledge-base order. */
  scores: IntentScore[];
  /** Non-empty cells of the confusion matrix: expected -> predicted -> count. */
  confusion: Map<string, Map<string, number>>;
  pairs: ConfusedPair[];
}

/** The knowledge base with each intent keeping only the examples `keep` accepts. */
export function withExamples(kb: KnowledgeBase, keep: (intent: Intent, example: string, index: number) => boolean): KnowledgeBase {
  const intents = kb.intents.map((i) => ({ ...i, examples: i.examples.filter((e, n) => keep(i, e, n)) }));
  return { ...kb, intents, byId: new Map(intents.map((i) => [i.id, i])) };
}

export async function crossValidate(kb: KnowledgeBase, options: CvOptions): Promise<CrossValidation> {
  const examples = kb.intents.flatMap((intent) => intent.examples.map((text, n) => ({ intent, text, n })));
  const foldOf = stratifiedFolds(
    examples.map((e) => e.intent.id),
    options.folds,
    options.seed,
  );
  const key = (id: string, n: number) => `${id}\u0000${n}`;
  const fold = new Map(examples.map((e, i) => [key(e.intent.id, e.n), foldOf[i]!]));
  const items: OutOfFold[] = new Array(examples.length);

  for (let f = 0; f < options.folds; f++) {
    const understanding = new Understanding(
      withExamples(kb, (i, _e, n) => fold.get(key(i.id, n)) !== f),
      options.engine ?? {},
    );
    for (const [index, e] of examples.entries()) {
      if (foldOf[index] !== f) continue;
      const top = understanding.classifier.predict(e.text, 1)[0]!;
      items[index] = { text: e.text, expected: e.intent.id, predicted: top.intent, confidence: top.confidence, fold: f };
    }
    options.onFold?.(f + 1, options.folds);
  }

  const labelled = items.map((i) => ({ expected: i.expected, predicted: i.predicted, text: i.text }));
  const scores = intentScores(
    labelled,
    kb.intents.map((i) => i.id),
  );
  return {
    folds: options.folds,
    seed: options.seed,
    items,
    accuracy: accuracy(labelled),
    macroF1: macroF1(scores),
    scores,
    confusion: confusionCounts(labelled),
    pairs: confusedPairs(labelled, 15, 6),
  };
}
