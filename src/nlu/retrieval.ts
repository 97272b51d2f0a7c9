// BM25 over each topic's own words (title, answer text, example questions): a second opinion beside the
// classifier that does not depend on the examples alone, so a long question that uses the answer's words
// ("a misfiled chart", "the Cooperating Parties") still finds its topic.
import type { Analysis } from './analyzer.js';

export interface RetrievalDoc {
  id: string;
  /** Stems of the document's text; fields that should weigh more are simply repeated. */
  stems: string[];
}

export interface Retrieved {
  id: string;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

/**
 * What scoring needs of an index, in flat arrays (the compiled bundle stores it, so a start builds nothing): each
 * stem's idf, and its postings at offsets[i]..offsets[i + 1] of docs and scores.
 */
export interface Bm25Snapshot {
  ids: string[];
  stems: string[];
  idf: Float64Array;
  offsets: Int32Array;
  docs: Int32Array;
  scores: Float64Array;
}

interface Posting {
  docs: Int32Array;
  scores: Float64Array;
  query: number;
}

export class Bm25Index {
  private readonly ids: string[];
  private readonly idf = new Map<string, number>();
  /**
   * Per stem, the documents that have it (ascending) and the stem's BM25 term score in each: scoring reads only these.
   * `query`: the last query that counted the stem (scores() counts each distinct stem once).
   */
  private readonly postings = new Map<string, Posting>();
  private queries = 0;

  constructor(docs: readonly RetrievalDoc[] | Bm25Snapshot) {
    if (!Array.isArray(docs)) {
      const snap = docs as Bm25Snapshot;
      this.ids = snap.ids;
      for (let i = 0; i < snap.stems.length; i++) {
        const stem = snap.stems[i]!;
        this.idf.set(stem, snap.idf[i]!);
        this.postings.set(stem, { docs: snap.docs.subarray(snap.offsets[i]!, snap.offsets[i + 1]!), scores: snap.scores.subarray(snap.offsets[i]!, snap.offsets[i + 1]!), query: 0 });
      }
      return;
    }
    const list = docs as readonly RetrievalDoc[];
    this.ids = list.map((d) => d.id);
    const tfs = list.map((d) => {
      const m = new Map<string, number>();
      for (const s of d.stems) m.set(s, (m.get(s) ?? 0) + 1);
      return m;
    });
    const lengths = Float64Array.from(list, (d) => d.stems.length);
    const avgLength = lengths.reduce((a, b) => a + b, 0) / Math.max(1, list.length);
    const df = new Map<string, number>();
    for (const m of tfs) for (const s of m.keys()) df.set(s, (df.get(s) ?? 0) + 1);
    const n = list.length;
    for (const [s, f] of df) this.idf.set(s, Math.log(1 + (n - f + 0.5) / (f + 0.5)));
    // One pass over the documents in order (each stem's list comes out ascending), not one pass per stem.
    const filled = new Map<string, number>();
    for (const [s, count] of df) {
      this.postings.set(s, { docs: new Int32Array(count), scores: new Float64Array(count), query: 0 });
      filled.set(s, 0);
    }
    for (let d = 0; d < tfs.length; d++) {
      const length = lengths[d]!;
      tfs[d]!.forEach((f, s) => {
        const p = this.postings.get(s)!;
        const k = filled.get(s)!;
        filled.set(s, k + 1);
        p.docs[k] = d;
        p.scores[k] = (this.idf.get(s)! * f * (K1 + 1)) / (f + K1 * (1 - B + (B * length) / avgLength));
      });
    }
  }

  /** The index as flat arrays, for the compiled bundle (the same numbers, bit for bit). */
  snapshot(): Bm25Snapshot {
    const stems = [...this.postings.keys()];
    const offsets = new Int32Array(stems.length + 1);
    stems.forEach((s, i) => (offsets[i + 1] = offsets[i]! + this.postings.get(s)!.docs.length));
    const docs = new Int32Array(offsets[stems.length]!);
    const scores = new Float64Array(offsets[stems.length]!);
    stems.forEach((s, i) => {
      const p = this.postings.get(s)!;
      docs.set(p.docs, offsets[i]!);
      scores.set(p.scores, offsets[i]!);
    });
    return { ids: this.ids, stems, idf: Float64Array.from(stems, (s) => this.idf.get(s)!), offsets, docs, scores };
  }

  /**
   * Every document's score for the query's stems (each distinct stem counted once), in index order; written into
   * `out` when given (one number per document, reused by the caller), else into a new array.
   */
  scores(query: Analysis, out: Float64Array = new Float64Array(this.ids.length)): Float64Array {
    out.fill(0);
    const { stems } = query;
    // Each distinct stem once, in order of first appearance (as a Set would give them: the sums are the same bits).
    // A posting marked with this query's number was counted already (marks, not a search of the stems before it).
    const q = ++this.queries;
    for (let i = 0; i < stems.length; i++) {
      const p = this.postings.get(stems[i]!);
      if (!p || p.query === q) continue;
      p.query = q;
      const { docs, scores } = p;
      for (let k = 0; k < docs.length; k++) out[docs[k]!]! += scores[k]!;
    }
    return out;
  }

  /** True when some document has the stem. */
  has(stem: string): boolean {
    return this.idf.has(stem);
  }

  /** How rare a stem is across the documents (0 for a stem no document has). */
  idfOf(stem: string): number {
    return this.idf.get(stem) ?? 0;
  }

  get documentIds(): readonly string[] {
    return this.ids;
  }
}
