// Multinomial logistic regression trained by stochastic gradient descent over sparse vectors.
// natural's LogisticRegressionClassifier uses dense matrices and full-batch steps and never finished
// on CLINC150 here; per-example sparse updates train the same kind of model in seconds.
import type { SparseVector } from './vectorizer.js';

export interface SoftmaxOptions {
  epochs: number;
  learningRate: number;
  /** The rate decays linearly from learningRate to learningRate * finalRate over the run. */
  finalRate: number;
  /** L2 penalty per example step. */
  l2: number;
  seed: number;
  /** Class gradients smaller than this (in absolute value) are not applied. */
  minGradient: number;
  /** An example the model already gets right with probability above 1 - skipLoss sits out the next epochs (0 = never). */
  skipLoss: number;
  /** Average the weights over the last N epochs (0 or 1 = keep the last weights). */
  averageEpochs: number;
  /** Logits are divided by this before the softmax at prediction time. */
  temperature: number;
}

export const DEFAULT_SOFTMAX: SoftmaxOptions = {
  epochs: 12,
  learningRate: 1.0,
  finalRate: 0.1,
  l2: 1e-6,
  seed: 7,
  minGradient: 1e-4,
  skipLoss: 0,
  averageEpochs: 0,
  temperature: 1,
};

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class SoftmaxRegression {
  /** Weights, feature-major: the C class weights of feature f are W[f*C .. f*C+C). Stored scaled by `scale`. */
  private W: Float32Array;
  private readonly b: Float64Array;
  private scale = 1;
  private temperature = 1;

  constructor(
    readonly numFeatures: number,
    readonly numClasses: number,
  ) {
    this.W = new Float32Array(numFeatures * numClasses);
    this.b = new Float64Array(numClasses);
  }

  train(X: SparseVector[], y: Int32Array, options: SoftmaxOptions = DEFAULT_SOFTMAX): void {
    const C = this.numClasses;
    const W = this.W;
    const b = this.b;
    const random = mulberry32(options.seed);
    const order = Int32Array.from(X.keys());
    const p = new Float64Array(C);
    const g = new Float64Array(C);
    const active = new Int32Array(C);
    const total = options.epochs * X.length;
    const decay = 1 - options.finalRate;
    const minGradient = options.minGradient;
    /** Epochs each example still sits out, and how long it sat out last time. */
    const skipFor = new Uint8Array(X.length);
    const skipLen = new Uint8Array(X.length);
    const averageFrom = options.averageEpochs > 1 ? options.epochs - Math.min(options.averageEpochs, options.epochs) : options.epochs;
    let sumW: Float32Array | undefined;
    let sumB: Float64Array | undefined;
    this.temperature = 1;
    let step = 0;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
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
        const x = X[n]!;
        const target = y[n]!;
        this.scores(x, p);
        softmaxInPlace(p, C);
        if (options.skipLoss > 0) {
          if (1 - p[target]! < options.skipLoss) {
            const len = Math.min(2 * skipLen[n]! + 1, 7);
            skipLen[n] = len;
            skipFor[n] = len;
          } else skipLen[n] = 0;
        }
        let nActive = 0;
        for (let c = 0; c < C; c++) {
          const gc = p[c]! - (c === target ? 1 : 0);
          if (gc > minGradient || gc < -minGradient) {
            g[nActive] = gc;
            active[nActive++] = c;
          }
        }
        if (options.l2 > 0) {
          this.scale *= 1 - lr * options.l2;
          if (this.scale < 1e-6) this.rescale();
        }
        const step_ = lr / this.scale;
        const { idx, val } = x;
        if (nActive * 2 > C) {
          // Most classes move: a contiguous pass over the whole row is cheaper than the indirect one.
          p[target]! -= 1;
          for (let c = 0; c < C; c++) b[c]! -= lr * p[c]!;
          for (let k = 0; k < idx.length; k++) {
            const base = idx[k]! * C;
            const v = val[k]! * step_;
            let c = 0;
            for (; c + 3 < C; c += 4) {
              const i = base + c;
              W[i]! -= v * p[c]!;
              W[i + 1]! -= v * p[c + 1]!;
              W[i + 2]! -= v * p[c + 2]!;
              W[i + 3]! -= v * p[c + 3]!;
            }
            for (; c < C; c++) W[base + c]! -= v * p[c]!;
          }
        } else {
          for (let a = 0; a < nActive; a++) b[active[a]!]! -= lr * g[a]!;
          for (let k = 0; k < idx.length; k++) {
            const base = idx[k]! * C;
            const v = val[k]! * step_;
            let a = 0;
            for (; a + 3 < nActive; a += 4) {
              W[base + active[a]!]! -= v * g[a]!;
              W[base + active[a + 1]!]! -= v * g[a + 1]!;
              W[base + active[a + 2]!]! -= v * g[a + 2]!;
              W[base + active[a + 3]!]! -= v * g[a + 3]!;
            }
            for (; a < nActive; a++) W[base + active[a]!]! -= v * g[a]!;
          }
        }
      }
      if (epoch >= averageFrom) {
        this.rescale();
        if (!sumW || !sumB) {
          sumW = Float32Array.from(W);
          sumB = Float64Array.from(b);
        } else {
          for (let i = 0; i < W.length; i++) sumW[i]! += W[i]!;
          for (let c = 0; c < C; c++) sumB[c]! += b[c]!;
        }
      }
    }
    this.rescale();
    if (sumW && sumB) {
      const n = options.epochs - averageFrom;
      for (let i = 0; i < W.length; i++) W[i] = sumW[i]! / n;
      for (let c = 0; c < C; c++) b[c] = sumB[c]! / n;
    }
    this.temperature = options.temperature;
  }

  private rescale(): void {
    if (this.scale === 1) return;
    const s = this.scale;
    for (let i = 0; i < this.W.length; i++) this.W[i]! *= s;
    this.scale = 1;
  }

  /** Raw class scores (logits) for one vector, written into `out`. */
  scores(x: SparseVector, out: Float64Array = new Float64Array(this.numClasses)): Float64Array {
    const C = this.numClasses;
    const W = this.W;
    const s = this.scale;
    for (let c = 0; c < C; c++) out[c] = this.b[c]!;
    const { idx, val } = x;
    const n = idx.length;
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
    if (this.temperature !== 1) for (let c = 0; c < this.numClasses; c++) out[c]! /= this.temperature;
    return softmaxInPlace(out, this.numClasses);
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
