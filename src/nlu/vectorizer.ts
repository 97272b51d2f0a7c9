// TF-IDF over the named features, learned from the training examples, L2-normalised per question.
// A feature's block is the first letter of its name (see features.ts); each block can be weighted.
// Features the training set never had do not take part in the scores, but they do lower the confidence.
import { buildFeatureTable, fitsFeatures, lookUpFeature } from './feature-table.js';
import { firstCodeOf, namesArray, type FeatureNames, type PackedNames } from './packed-names.js';

export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
  /** Multiplies the class scores at prediction time (below 1 when part of the question is unknown). */
  confidence?: number;
  /**
   * How many entries of idx and val are the vector's, when the arrays are longer: a message's vector at prediction
   * time lives in the vectorizer's working arrays, valid until its next message (see transformCounted).
   */
  size?: number;
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
  /**
   * Features never seen in training count as if they had this fraction of the highest idf: the class scores are
   * multiplied by the share of the question's (weighted) norm that is known, so a question made mostly of
   * unknown words gets a low confidence. The ranking of the intents never changes (0 = ignore unknown features).
   */
  unknownWeight: number;
}

export const DEFAULT_VECTORIZER: VectorizerOptions = {
  minDf: 1,
  sublinearTf: true,
  idf: true,
  norm: 'vector',
  // Stems and stem pairs weigh 1.5 times the character n-grams, which otherwise dominate the norm by number.
  blockWeights: { w: 1.5, b: 1.5 },
  unknownWeight: 1,
};

export interface VectorizerSnapshot {
  /** Packed when read from the compiled bundle (packed-names.ts); snapshot() always gives an array. */
  features: string[] | PackedNames;
  weight: Float32Array;
  docs: number;
  /** The feature table (feature-table.ts); built from the features when absent or not fit for them. */
  table?: Int32Array | undefined;
}

export class TfidfVectorizer {
  /** The features in number order, and the table that finds a name's number (nlu/feature-table.ts). */
  private features: FeatureNames = [];
  private table: Int32Array = buildFeatureTable([]);
  private weight: Float32Array = new Float32Array(0);
  private block = new Uint8Array(0);
  /** Block number by the char code of a feature name's first letter. */
  private readonly blockOf = new Map<number, number>();
  private blockWeight = new Float64Array(0);
  private unknownIdf = 0;
  private readonly options: VectorizerOptions;
  private norms = new Float64Array(0);
  private unknown = new Float64Array(0);
  private scale = new Float64Array(0);
  /** transformCounted's working arrays (feature numbers and term weights of one message). */
  private idsScratch = new Int32Array(256);
  private tfsScratch = new Float64Array(256);
  private valScratch = new Float32Array(256);

  constructor(options: Partial<VectorizerOptions> | number = {}) {
    this.options = { ...DEFAULT_VECTORIZER, ...(typeof options === 'number' ? { minDf: options } : options) };
  }

  get size(): number {
    return this.features.length;
  }

  /** The block of a feature whose name starts with this char code. */
  private blockNumber(code: number): number {
    let b = this.blockOf.get(code);
    if (b === undefined) {
      b = this.blockOf.size;
      this.blockOf.set(code, b);
    }
    return b;
  }

  /** The learnt state, for the model cache: the features in number order, their weights, and the number of documents. */
  snapshot(): VectorizerSnapshot {
    return { features: namesArray(this.features), weight: this.weight, docs: this.docs, table: this.table };
  }

  restore(snap: VectorizerSnapshot): this {
    if (snap.features.length !== snap.weight.length) throw new Error('vectorizer snapshot does not fit its shape');
    this.features = snap.features;
    this.table = snap.table && fitsFeatures(snap.table, snap.features) ? snap.table : buildFeatureTable(namesArray(snap.features));
    this.install(snap.weight, snap.docs);
    return this;
  }

  private docs = 0;

  /** Sets the weights and derives everything else from the feature names (blocks) and the options. */
  private install(weight: Float32Array, n: number): void {
    const { idf } = this.options;
    this.docs = n;
    this.weight = weight;
    const features = this.features;
    this.block = new Uint8Array(features.length);
    this.blockOf.clear();
    for (let id = 0; id < features.length; id++) this.block[id] = this.blockNumber(firstCodeOf(features, id));
    this.unknownIdf = this.options.unknownWeight * (idf ? Math.log(1 + n) + 1 : 1);
    const B = this.blockOf.size;
    this.blockWeight = new Float64Array(B);
    for (const [code, b] of this.blockOf) this.blockWeight[b] = this.options.blockWeights[String.fromCharCode(code)] ?? 1;
    this.norms = new Float64Array(B);
    this.unknown = new Float64Array(B);
    this.scale = new Float64Array(B);
  }

  /** fit, then the training questions' vectors (cheaper than transforming them again). */
  fitTransform(docs: Map<string, number>[]): SparseVector[] {
    const { ids, tfs } = this.learn(docs);
    return ids.map((docIds, d) => this.vector(docIds, tfs[d]!, docIds.length, 0));
  }

  /** Numbers the features, computes their idf and returns each question's feature numbers and term weights. */
  private learn(docs: Map<string, number>[]): { ids: Int32Array[]; tfs: Float64Array[] } {
    const numbers = new Map<string, number>();
    let df = new Int32Array(1024);
    const docIds: Int32Array[] = [];
    const docTfs: Float64Array[] = [];
    const { sublinearTf } = this.options;
    for (const d of docs) {
      const ids = new Int32Array(d.size);
      const tfs = new Float64Array(d.size);
      let k = 0;
      // forEach, not for...of: no [key, value] array per entry (several times faster before the JIT warms up).
      d.forEach((tf, f) => {
        let id = numbers.get(f);
        if (id === undefined) {
          id = numbers.size;
          numbers.set(f, id);
          if (id >= df.length) {
            const grown = new Int32Array(df.length * 2);
            grown.set(df);
            df = grown;
          }
        }
        df[id]!++;
        ids[k] = id;
        tfs[k++] = sublinearTf ? 1 + Math.log(tf) : tf;
      });
      docIds.push(ids);
      docTfs.push(tfs);
    }
    const { minDf, idf } = this.options;
    let index = numbers;
    if (minDf > 1) {
      // Renumber the kept features; dropped ones become -1 in the training questions.
      index = new Map();
      const renumber = new Int32Array(numbers.size).fill(-1);
      const kept = new Int32Array(numbers.size);
      for (const [f, id] of numbers) {
        if (df[id]! < minDf) continue;
        renumber[id] = index.size;
        kept[index.size] = df[id]!;
        index.set(f, index.size);
      }
      df = kept;
      for (let d = 0; d < docIds.length; d++) {
        const ids = docIds[d]!;
        const tfs = docTfs[d]!;
        let m = 0;
        for (let k = 0; k < ids.length; k++) {
          const id = renumber[ids[k]!]!;
          if (id < 0) continue;
          ids[m] = id;
          tfs[m++] = tfs[k]!;
        }
        docIds[d] = ids.slice(0, m);
        docTfs[d] = tfs.slice(0, m);
      }
    }
    const n = docs.length;
    this.features = [...index.keys()];
    this.table = buildFeatureTable(this.features);
    const weight = new Float32Array(index.size);
    index.forEach((id) => {
      weight[id] = idf ? Math.log((1 + n) / (1 + df[id]!)) + 1 : 1;
    });
    this.install(weight, n);
    return { ids: docIds, tfs: docTfs };
  }

  transform(features: Map<string, number>): SparseVector {
    const { unknown } = this;
    unknown.fill(0);
    const ids = new Int32Array(features.size);
    const tfs = new Float64Array(features.size);
    let n = 0;
    const { sublinearTf } = this.options;
    features.forEach((tf, f) => {
      const t = sublinearTf ? 1 + Math.log(tf) : tf;
      const i = this.numberOf(f);
      if (i >= 0) {
        ids[n] = i;
        tfs[n++] = t;
      } else if (this.unknownIdf > 0) {
        const b = this.blockOf.get(f.charCodeAt(0));
        const u = t * this.unknownIdf;
        if (b !== undefined) unknown[b]! += u * u;
      }
    });
    return this.vector(ids, tfs, n, 1);
  }

  /** The feature's number, or -1 when training never saw it. */
  numberOf(feature: string): number {
    return lookUpFeature(this.table, this.features, feature);
  }

  /**
   * transform() of features already numbered (nlu/encoder.ts), in the same order with the same counts: a key is a
   * feature number, or -(1 + u) for an unknown feature whose name starts with the character code unknownCodes[u].
   */
  transformCounted(keys: Int32Array, counts: Int32Array, size: number, unknownCodes: readonly number[]): SparseVector {
    const { unknown } = this;
    unknown.fill(0);
    // Working arrays kept between messages: a typed array of this size is allocated outside the heap, and the four
    // allocated here per message cost more than filling them. The vector returned is read before the next message.
    if (this.idsScratch.length < size) {
      this.idsScratch = new Int32Array(Math.max(size, 2 * this.idsScratch.length));
      this.tfsScratch = new Float64Array(this.idsScratch.length);
    }
    const ids = this.idsScratch;
    const tfs = this.tfsScratch;
    let n = 0;
    const { sublinearTf } = this.options;
    for (let k = 0; k < size; k++) {
      const tf = counts[k]!;
      const t = sublinearTf ? 1 + Math.log(tf) : tf;
      const key = keys[k]!;
      if (key >= 0) {
        ids[n] = key;
        tfs[n++] = t;
      } else if (this.unknownIdf > 0) {
        const b = this.blockOf.get(unknownCodes[-1 - key]!);
        const u = t * this.unknownIdf;
        if (b !== undefined) unknown[b]! += u * u;
      }
    }
    return this.vector(ids, tfs, n, 1);
  }

  /** The weighted, normalised vector of the first n (feature number, term weight) pairs; `unknown` holds the unknown mass. */
  private vector(ids: Int32Array, tfs: Float64Array, n: number, withUnknown: 0 | 1): SparseVector {
    const B = this.blockWeight.length;
    const { norms, unknown, scale, weight, block, blockWeight } = this;
    norms.fill(0);
    const reused = ids === this.idsScratch;
    if (reused && this.valScratch.length < ids.length) this.valScratch = new Float32Array(ids.length);
    const val = reused ? this.valScratch : new Float32Array(n);
    for (let k = 0; k < n; k++) {
      const i = ids[k]!;
      const v = tfs[k]! * weight[i]!;
      tfs[k] = v;
      norms[block[i]!]! += v * v;
    }
    let known = 0;
    let all = 0;
    for (let b = 0; b < B; b++) {
      const w2 = blockWeight[b]! * blockWeight[b]!;
      known += norms[b]! * w2;
      all += (norms[b]! + (withUnknown ? unknown[b]! : 0)) * w2;
    }
    if (this.options.norm === 'block') {
      for (let b = 0; b < B; b++) scale[b] = norms[b]! > 0 ? blockWeight[b]! / Math.sqrt(norms[b]!) : 0;
    } else {
      const norm = Math.sqrt(known) || 1;
      for (let b = 0; b < B; b++) scale[b] = blockWeight[b]! / norm;
    }
    for (let k = 0; k < n; k++) val[k] = tfs[k]! * scale[block[ids[k]!]!]!;
    // The share of the question the model knows: 1 when every feature was seen in training.
    const confidence = all > 0 ? Math.sqrt(known / all) : 1;
    if (reused) return { idx: ids, val, confidence, size: n };
    return { idx: n === ids.length ? ids : ids.slice(0, n), val, confidence };
  }
}
