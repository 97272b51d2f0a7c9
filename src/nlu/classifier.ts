// The intent classifier: one interface for the bot, the evaluation report and the benchmarks,
// so that what is measured is what runs.
import { Analyzer, type Analysis, type AnalyzerOptions } from './analyzer.js';
import type { SpellerIndex } from './speller.js';
import { DEFAULT_FEATURES, extractFeatures, type FeatureOptions } from './features.js';
import { DEFAULT_SOFTMAX, SoftmaxRegression, type SoftmaxOptions, type WeightRows } from './softmax.js';
import { DEFAULT_VECTORIZER, TfidfVectorizer, type VectorizerOptions, type VectorizerSnapshot } from './vectorizer.js';
import { FeatureEncoder } from './encoder.js';

export interface LabelledText {
  text: string;
  intent: string;
}

export interface Prediction {
  intent: string;
  /** Probability-like score in [0, 1]; the ranked list sums to 1 over all intents. */
  confidence: number;
}

export interface ClassifierSnapshot {
  labels: string[];
  /** The speller's words and counts (undefined when spelling is off). */
  vocabulary: [string, number][] | undefined;
  /** The speller's built tables (the compiled bundle keeps them; the model cache does not). */
  speller?: SpellerIndex | undefined;
  vectorizer: VectorizerSnapshot;
  /** With `rows`, W's rows are read from there on first use (the compiled bundle's file) and W starts as zeros. */
  model: { W: Float32Array; b: Float64Array; temperature: number; rows?: WeightRows | undefined };
}

/**
 * Everything that can be tuned; every part is optional and merges over the defaults (DEFAULT_FEATURES,
 * DEFAULT_VECTORIZER, DEFAULT_SOFTMAX), which bench/ measured on CLINC150 and the Braun et al. corpora.
 */
export interface EngineOptions {
  analyzer?: AnalyzerOptions;
  features?: Partial<FeatureOptions>;
  vectorizer?: Partial<VectorizerOptions>;
  softmax?: Partial<SoftmaxOptions>;
  /** Drop features seen in fewer training examples than this (saves memory on large sets); same as vectorizer.minDf. */
  minDf?: number;
}

export class ChartPathClassifier {
  readonly analyzer: Analyzer;
  private readonly featureOptions: FeatureOptions;
  private readonly softmaxOptions: SoftmaxOptions;
  private readonly vectorizerOptions: VectorizerOptions;
  private vectorizer: TfidfVectorizer;
  /** Reads messages into the vectorizer's features (made again whenever the vectorizer is). */
  private encoder: FeatureEncoder | undefined;
  private model: SoftmaxRegression | undefined;
  private labels: string[] = [];
  private scratch = new Float64Array(0);
  /** topK's working order of the labels (one per classifier: allocating it per message cost more than the sort). */
  private order = new Int32Array(0);

  constructor(options: EngineOptions = {}) {
    this.analyzer = new Analyzer(options.analyzer);
    this.featureOptions = { ...DEFAULT_FEATURES, ...options.features };
    this.softmaxOptions = { ...DEFAULT_SOFTMAX, ...options.softmax };
    this.vectorizerOptions = { ...DEFAULT_VECTORIZER, ...options.vectorizer };
    if (options.minDf !== undefined) this.vectorizerOptions.minDf = options.minDf;
    this.vectorizer = new TfidfVectorizer(this.vectorizerOptions);
  }

  get intents(): readonly string[] {
    return this.labels;
  }

  train(examples: LabelledText[], extraWords: Iterable<string> = []): void {
    if (!examples.length) throw new Error('cannot train a classifier without examples');
    this.analyzer.fit(
      examples.map((e) => e.text),
      extraWords,
    );
    this.labels = [...new Set(examples.map((e) => e.intent))].sort();
    const labelIndex = new Map(this.labels.map((l, i) => [l, i]));
    const featureMaps = examples.map((e) => extractFeatures(this.analyzer.analyze(e.text), this.featureOptions));
    this.vectorizer = new TfidfVectorizer(this.vectorizerOptions);
    const X = this.vectorizer.fitTransform(featureMaps);
    const y = Int32Array.from(examples, (e) => labelIndex.get(e.intent)!);
    this.model = new SoftmaxRegression(this.vectorizer.size, this.labels.length);
    this.model.train(X, y, this.softmaxOptions);
    this.encoder = new FeatureEncoder(this.vectorizer, this.featureOptions);
    this.scratch = new Float64Array(this.labels.length);
  }

  /** Everything training learnt: for the model cache. */
  snapshot(): ClassifierSnapshot {
    if (!this.model) throw new Error('the classifier has not been trained');
    return { labels: this.labels, vocabulary: this.analyzer.vocabulary(), vectorizer: this.vectorizer.snapshot(), model: this.model.snapshot() };
  }

  /** Takes everything training learnt from a snapshot of the same training (see model-cache.ts). */
  restore(snap: ClassifierSnapshot): void {
    this.analyzer.fitVocabulary(snap.vocabulary, snap.speller);
    this.vectorizer = new TfidfVectorizer(this.vectorizerOptions).restore(snap.vectorizer);
    this.labels = snap.labels;
    this.model = SoftmaxRegression.fromSnapshot(this.vectorizer.size, this.labels.length, snap.model);
    this.encoder = new FeatureEncoder(this.vectorizer, this.featureOptions);
    this.scratch = new Float64Array(this.labels.length);
  }

  predict(text: string, limit = 5): Prediction[] {
    return this.predictAnalysis(this.analyzer.analyze(text), limit);
  }

  /** Every label's probability, in the order of `intents`, written into `out`: what predictAnalysis ranks. */
  probabilitiesOf(analysis: Analysis, out: Float64Array): Float64Array {
    if (!this.model || !this.encoder) throw new Error('the classifier has not been trained');
    return this.model.probabilities(this.encoder.transform(analysis), out);
  }

  predictAnalysis(analysis: Analysis, limit = 5): Prediction[] {
    if (!this.model || !this.encoder) throw new Error('the classifier has not been trained');
    const probs = this.model.probabilities(this.encoder.transform(analysis), this.scratch);
    if (this.order.length !== probs.length) this.order = new Int32Array(probs.length);
    return topK(probs, this.labels, limit, this.order);
  }
}

function topK(probs: Float64Array, labels: string[], k: number, scratch: Int32Array): Prediction[] {
  if (k >= probs.length) {
    // Every intent (the ranker asks for all): the same insertion as below (ties keep label order), moving label
    // numbers instead of swapping objects, and one object per intent made at the end.
    const order = sortedDescending(probs, scratch);
    const all: Prediction[] = new Array(order.length);
    for (let r = 0; r < order.length; r++) all[r] = { intent: labels[order[r]!]!, confidence: probs[order[r]!]! };
    return all;
  }
  const best: Prediction[] = [];
  for (let c = 0; c < probs.length; c++) {
    const p = probs[c]!;
    if (best.length < k || p > best[best.length - 1]!.confidence) {
      let i = best.length < k ? best.length : best.length - 1;
      if (best.length < k) best.push({ intent: labels[c]!, confidence: p });
      else best[i] = { intent: labels[c]!, confidence: p };
      while (i > 0 && best[i - 1]!.confidence < best[i]!.confidence) {
        const t = best[i - 1]!;
        best[i - 1] = best[i]!;
        best[i] = t;
        i--;
      }
    }
  }
  return best;
}

/**
 * The indices of xs, largest value first; equal values keep index order (a stable sort). Written into `order` when
 * given (an array of xs's length the caller reuses), else into a new one.
 */
export function sortedDescending(xs: Float64Array, order: Int32Array = new Int32Array(xs.length)): Int32Array {
  for (let i = 0; i < xs.length; i++) order[i] = i;
  return stableDescending(order, xs);
}

/**
 * The first k of sortedDescending(xs) (the same indices in the same order: equal values keep index order), written
 * into order[0..k). Each index is placed among the best so far, which a later index only passes when strictly larger.
 */
export function firstDescending(xs: Float64Array, k: number, order: Int32Array): Int32Array {
  let filled = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    if (filled === k && !(x > xs[order[k - 1]!]!)) continue;
    let j = filled < k ? filled++ : k - 1;
    while (j > 0 && xs[order[j - 1]!]! < x) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  return order;
}

const RUN = 8;
/** The merge sort's other array, kept between calls (sorting is never interleaved). */
let other: Int32Array = new Int32Array(128);

/**
 * Reorders `order` (indices into xs) largest value first, keeping the present order of equal values. A stable sort
 * has one result, which the insertion sort this replaces gave too; merging runs needs n log n comparisons instead of
 * the insertion sort's n^2 / 4 on the ~90 scores of a message.
 */
export function stableDescending(order: Int32Array, xs: Float64Array): Int32Array {
  const n = order.length;
  if (other.length < n) other = new Int32Array(Math.max(n, 2 * other.length));
  // Runs of RUN by insertion (few moves in so short a run), then merged pairwise.
  for (let lo = 0; lo < n; lo += RUN) {
    const hi = Math.min(lo + RUN, n);
    for (let i = lo + 1; i < hi; i++) {
      const l = order[i]!;
      const x = xs[l]!;
      let j = i;
      while (j > lo && xs[order[j - 1]!]! < x) {
        order[j] = order[j - 1]!;
        j--;
      }
      order[j] = l;
    }
  }
  let from: Int32Array = order;
  let to: Int32Array = other;
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      // The right run's element goes first only when it is strictly larger: equal values keep their order.
      while (i < mid && j < hi) to[k++] = xs[from[i]!]! < xs[from[j]!]! ? from[j++]! : from[i++]!;
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
    }
    const t = from;
    from = to;
    to = t;
  }
  if (from !== order) for (let k = 0; k < n; k++) order[k] = from[k]!;
  return order;
}
