// TF-IDF over the named features, learned from the training examples, L2-normalised per question.
// A feature's block is the first letter of its name (see features.ts); each block can be weighted.

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

export interface VectorizerOptions {
  /** Drop features seen in fewer training examples than this. */
  minDf: number;
  /** 1 + log(tf) instead of the raw count. */
  sublinearTf: boolean;
  /** Multiply by the smoothed inverse document frequency. */
  idf: boolean;
  /** 'vector': one L2 norm over the whole question; 'block': each block normalised on its own, then weighted. */
  norm: 'vector' | 'block';
  /** Weight per block letter (w, b, t, c); missing letters weigh 1. */
  blockWeights: Record<string, number>;
}

export const DEFAULT_VECTORIZER: VectorizerOptions = {
  minDf: 1,
  sublinearTf: true,
  idf: true,
  norm: 'vector',
  blockWeights: {},
};

export class TfidfVectorizer {
  private index = new Map<string, number>();
  private weight = new Float32Array(0);
  private block = new Uint8Array(0);
  private blockWeight = new Float64Array(0);
  private readonly options: VectorizerOptions;

  constructor(options: Partial<VectorizerOptions> | number = {}) {
    this.options = { ...DEFAULT_VECTORIZER, ...(typeof options === 'number' ? { minDf: options } : options) };
  }

  get size(): number {
    return this.index.size;
  }

  fit(docs: Map<string, number>[]): this {
    const df = new Map<string, number>();
    for (const d of docs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
    this.index = new Map();
    const weight: number[] = [];
    const block: number[] = [];
    const blocks = new Map<string, number>();
    for (const [f, n] of df) {
      if (n < this.options.minDf) continue;
      this.index.set(f, weight.length);
      weight.push(this.options.idf ? Math.log((1 + docs.length) / (1 + n)) + 1 : 1);
      const letter = f[0]!;
      let b = blocks.get(letter);
      if (b === undefined) blocks.set(letter, (b = blocks.size));
      block.push(b);
    }
    this.weight = Float32Array.from(weight);
    this.block = Uint8Array.from(block);
    this.blockWeight = new Float64Array(blocks.size);
    for (const [letter, b] of blocks) this.blockWeight[b] = this.options.blockWeights[letter] ?? 1;
    return this;
  }

  transform(features: Map<string, number>): SparseVector {
    const idx: number[] = [];
    const val: number[] = [];
    const B = this.blockWeight.length;
    const norms = new Float64Array(B);
    const { sublinearTf } = this.options;
    for (const [f, tf] of features) {
      const i = this.index.get(f);
      if (i === undefined) continue;
      const v = (sublinearTf ? 1 + Math.log(tf) : tf) * this.weight[i]!;
      idx.push(i);
      val.push(v);
      norms[this.block[i]!]! += v * v;
    }
    const scale = new Float64Array(B);
    if (this.options.norm === 'block') {
      for (let b = 0; b < B; b++) scale[b] = norms[b]! > 0 ? this.blockWeight[b]! / Math.sqrt(norms[b]!) : 0;
    } else {
      let norm = 0;
      for (let b = 0; b < B; b++) norm += norms[b]! * this.blockWeight[b]! * this.blockWeight[b]!;
      norm = Math.sqrt(norm) || 1;
      for (let b = 0; b < B; b++) scale[b] = this.blockWeight[b]! / norm;
    }
    const out = new Float32Array(val.length);
    for (let k = 0; k < val.length; k++) out[k] = val[k]! * scale[this.block[idx[k]!]!]!;
    return { idx: Int32Array.from(idx), val: out };
  }
}
