// Multinomial logistic regression trained by stochastic gradient descent over sparse vectors.
// natural's LogisticRegressionClassifier uses dense matrices and full-batch steps and never finished
// on CLINC150 here; per-example sparse updates train the same kind of model in seconds.
// The defaults were chosen with bench/ (CLINC150 full, the Braun et al. corpora and 60-intent x 20-example
// subsets of CLINC150 for the knowledge-base regime); bench/README.md has the ablation.
import type { SparseVector } from './vectorizer.js';
import { seededRandom } from '../util/seeded-random.js';

export interface SoftmaxOptions {
  /** Passes over the training set (at least; see minSteps). */
  epochs: number;
  /** Small training sets get more epochs: at least this many example steps in all (a 30-example set gets 400 epochs). */
  minSteps: number;
  learningRate: number;
  /** The rate decays linearly from learningRate to learningRate * finalRate over the run. */
  finalRate: number;
  /** L2 penalty per example step. */
  l2: number;
  /** Seed of the example order: training is deterministic. */
  seed: number;
  /** Class gradients smaller than this (in absolute value) are not applied. */
  minGradient: number;
  /**
   * An example the model already gets right with probability above 1 - skipLoss sits out the next 1, 3, then 7
   * epochs while it stays learned (0 = never): most of the late steps would change next to nothing.
   */
  skipLoss: number;
  /** Class scores are divided by this before the softmax at prediction time (calibration; 1 = none). */
  temperature: number;
  /** Learn a bias per class. */
  bias: boolean;
}

export const DEFAULT_SOFTMAX: SoftmaxOptions = {
  epochs: 12,
  minSteps: 12_000,
  learningRate: 2,
  finalRate: 0.1,
  l2: 1e-6,
  seed: 7,
  minGradient: 1e-4,
  skipLoss: 0.05,
  temperature: 1,
  bias: true,
};

/**
 * Where a restored model's weight rows are read from on demand (the compiled bundle's file): a question touches a few
 * dozen of the tens of thousands of feature rows, so start-up need not read megabytes of weights it will not use.
 */
export interface WeightRows {
  /** Copies feature f's C weights into `into` (the whole weight matrix) at f*C. */
  read(f: number, into: Float32Array): void;
  /** Copies the whole matrix into `into`. */
  readAll?(into: Float32Array): void;
}

/** Rows read one at a time before the whole matrix is read (see need()). */
const ROWS_READ_ONE_BY_ONE = 512;

export class SoftmaxRegression {
  /** Weights, feature-major: the C class weights of feature f are W[f*C .. f*C+C). Stored scaled by `scale`. */
  private W: Float32Array;
  private readonly b: Float64Array;
  private scale = 1;
  private temperature = 1;
  /** Rows not read yet come from here (undefined once every row is in W, or when W was given whole). */
  private rows: WeightRows | undefined;
  private loaded: Uint8Array | undefined;
  private missing = 0;

  constructor(
    readonly numFeatures: number,
    readonly numClasses: number,
  ) {
    this.W = new Float32Array(numFeatures * numClasses);
    this.b = new Float64Array(numClasses);
  }

  /** The trained state, for the model cache. */
  snapshot(): { W: Float32Array; b: Float64Array; temperature: number } {
    if (this.rows?.readAll) {
      this.rows.readAll(this.W);
      this.rows = undefined;
      this.loaded = undefined;
      this.missing = 0;
    }
    for (let f = 0; this.rows && f < this.numFeatures; f++) this.need(f);
    this.rescale();
    return { W: this.W, b: this.b, temperature: this.temperature };
  }

  /** With `rows`, W starts as zeros (memory the OS has not committed) and each row is read the first time it is used. */
  static fromSnapshot(numFeatures: number, numClasses: number, snap: { W: Float32Array; b: Float64Array; temperature: number; rows?: WeightRows | undefined }): SoftmaxRegression {
    if (snap.W.length !== numFeatures * numClasses || snap.b.length !== numClasses) throw new Error('model snapshot does not fit its shape');
    const model = new SoftmaxRegression(0, numClasses);
    Object.defineProperty(model, 'numFeatures', { value: numFeatures });
    model.W = snap.W;
    model.b.set(snap.b);
    model.temperature = snap.temperature;
    if (snap.rows && numFeatures > 0) {
      model.rows = snap.rows;
      model.loaded = new Uint8Array(numFeatures);
      model.missing = numFeatures;
    }
    return model;
  }

  train(X: SparseVector[], y: Int32Array, options: SoftmaxOptions = DEFAULT_SOFTMAX): void {
    const C = this.numClasses;
    const random = seededRandom(options.seed);
    const order = Int32Array.from(X.keys());
    const p = new Float64Array(C);
    const g = new Float64Array(C);
    const active = new Int32Array(C);
    const epochs = Math.max(options.epochs, Math.ceil(options.minSteps / Math.max(1, X.length)));
    const total = epochs * X.length;
    const decay = 1 - options.finalRate;
    /** Epochs each example still sits out, and how long it sat out last time. */
    const skipFor = new Uint8Array(X.length);
    const skipLen = new Uint8Array(X.length);
    this.temperature = 1;
    let step = 0;
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i]!;
        order[i] = order[j]!;
        order[j] = t;
      }
      for (const n of order) {
        // The rate follows the schedule over all example slots, skipped ones included.
        const lr = options.learningRate * (1 - (decay * step) / total);
        step++;
        if (skipFor[n]! > 0) {
          skipFor[n]!--;
          continue;
        }
        const target = y[n]!;
        const pTarget = this.step(X[n]!, target, lr, options, p, g, active);
        if (options.skipLoss > 0) {
          // Learned examples sit out 1, then 3, then 7 epochs while they stay learned.
          if (1 - pTarget < options.skipLoss) {
            const len = Math.min(2 * skipLen[n]! + 1, 7);
            skipLen[n] = len;
            skipFor[n] = len;
          } else skipLen[n] = 0;
        }
      }
    }
    this.rescale();
    this.temperature = options.temperature;
  }

  /** One SGD step on one example; returns the probability the model gave the right class before the step. */
  private step(
    x: SparseVector,
    target: number,
    lr: number,
    options: SoftmaxOptions,
    p: Float64Array,
    g: Float64Array,
    active: Int32Array,
  ): number {
    const C = this.numClasses;
    this.scores(x, p);
    softmaxInPlace(p, C);
    const pTarget = p[target]!;
    p[target]! -= 1; // p is now the gradient of the loss with respect to the scores
    if (options.l2 > 0) {
      this.scale *= 1 - lr * options.l2;
      if (this.scale < 1e-6) this.rescale();
    }
    const minGradient = options.minGradient;
    let nActive = 0;
    for (let c = 0; c < C; c++) {
      const gc = p[c]!;
      if (gc > minGradient || gc < -minGradient) {
        g[nActive] = gc;
        active[nActive++] = c;
      }
    }
    if (options.bias) for (let a = 0; a < nActive; a++) this.b[active[a]!]! -= lr * g[a]!;
    const stepSize = lr / this.scale;
    if (nActive * 2 > C) denseUpdate(this.W, C, x, stepSize, p);
    else sparseUpdate(this.W, C, x, stepSize, g, active, nActive);
    return pTarget;
  }

  private rescale(): void {
    if (this.scale === 1) return;
    const s = this.scale;
    for (let i = 0; i < this.W.length; i++) this.W[i]! *= s;
    this.scale = 1;
  }

  private need(f: number): void {
    if (this.loaded![f]) return;
    // A process that keeps answering (stdin, a chat server) soon uses rows all over the matrix: past this many
    // single-row reads, the rest is read at once (one read of the whole matrix instead of thousands of small ones).
    if (this.numFeatures - this.missing >= ROWS_READ_ONE_BY_ONE && this.rows!.readAll) {
      this.rows!.readAll(this.W);
      this.rows = undefined;
      this.loaded = undefined;
      this.missing = 0;
      return;
    }
    this.rows!.read(f, this.W);
    this.loaded![f] = 1;
    if (--this.missing === 0) {
      this.rows = undefined;
      this.loaded = undefined;
    }
  }

  /** Raw class scores (logits) for one vector, written into `out`. */
  scores(x: SparseVector, out: Float64Array = new Float64Array(this.numClasses)): Float64Array {
    const { idx, val } = x;
    const n = x.size ?? idx.length;
    if (this.rows) for (let k = 0; k < n && this.rows; k++) this.need(idx[k]!);
    const C = this.numClasses;
    const W = this.W;
    const s = this.scale;
    for (let c = 0; c < C; c++) out[c] = this.b[c]!;
    let k = 0;
    // Eight feature rows at a time: the class loop then loads and stores out[c] once per eight rows.
    for (; k + 7 < n; k += 8) {
      const b0 = idx[k]! * C, b1 = idx[k + 1]! * C, b2 = idx[k + 2]! * C, b3 = idx[k + 3]! * C;
      const b4 = idx[k + 4]! * C, b5 = idx[k + 5]! * C, b6 = idx[k + 6]! * C, b7 = idx[k + 7]! * C;
      const v0 = val[k]! * s, v1 = val[k + 1]! * s, v2 = val[k + 2]! * s, v3 = val[k + 3]! * s;
      const v4 = val[k + 4]! * s, v5 = val[k + 5]! * s, v6 = val[k + 6]! * s, v7 = val[k + 7]! * s;
      for (let c = 0; c < C; c++) {
        out[c]! +=
          v0 * W[b0 + c]! + v1 * W[b1 + c]! + v2 * W[b2 + c]! + v3 * W[b3 + c]! +
          v4 * W[b4 + c]! + v5 * W[b5 + c]! + v6 * W[b6 + c]! + v7 * W[b7 + c]!;
      }
    }
    for (; k + 1 < n; k += 2) {
      const b0 = idx[k]! * C, b1 = idx[k + 1]! * C;
      const v0 = val[k]! * s, v1 = val[k + 1]! * s;
      for (let c = 0; c < C; c++) out[c]! += v0 * W[b0 + c]! + v1 * W[b1 + c]!;
    }
    for (; k < n; k++) {
      const b0 = idx[k]! * C;
      const v0 = val[k]! * s;
      for (let c = 0; c < C; c++) out[c]! += v0 * W[b0 + c]!;
    }
    return out;
  }

  /** Class probabilities for one vector, written into `out`. */
  probabilities(x: SparseVector, out: Float64Array = new Float64Array(this.numClasses)): Float64Array {
    this.scores(x, out);
    const factor = (x.confidence ?? 1) / this.temperature;
    if (factor !== 1) for (let c = 0; c < this.numClasses; c++) out[c]! *= factor;
    return softmaxInPlace(out, this.numClasses);
  }
}

/** W[f] -= step * x[f] * grad over every class: contiguous rows, unrolled by four. */
function denseUpdate(W: Float32Array, C: number, x: SparseVector, stepSize: number, grad: Float64Array): void {
  const { idx, val } = x;
  for (let k = 0; k < idx.length; k++) {
    const base = idx[k]! * C;
    const v = val[k]! * stepSize;
    let c = 0;
    for (; c + 3 < C; c += 4) {
      const i = base + c;
      W[i]! -= v * grad[c]!;
      W[i + 1]! -= v * grad[c + 1]!;
      W[i + 2]! -= v * grad[c + 2]!;
      W[i + 3]! -= v * grad[c + 3]!;
    }
    for (; c < C; c++) W[base + c]! -= v * grad[c]!;
  }
}

/** The same for the few classes whose gradient is not negligible. */
function sparseUpdate(W: Float32Array, C: number, x: SparseVector, stepSize: number, g: Float64Array, active: Int32Array, nActive: number): void {
  const { idx, val } = x;
  for (let k = 0; k < idx.length; k++) {
    const base = idx[k]! * C;
    const v = val[k]! * stepSize;
    for (let a = 0; a < nActive; a++) W[base + active[a]!]! -= v * g[a]!;
  }
}

function softmaxInPlace(out: Float64Array, C: number): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < C; c++) if (out[c]! > max) max = out[c]!;
  let sum = 0;
  for (let c = 0; c < C; c++) {
    const e = Math.exp(out[c]! - max);
    out[c] = e;
    sum += e;
  }
  for (let c = 0; c < C; c++) out[c]! /= sum;
  return out;
}
