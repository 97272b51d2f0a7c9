// The compiled bundle's file: the knowledge base, the trained model, the analyzer's vocabulary and the speller's
// index, in one file that start-up reads with one JSON.parse and three typed-array views (no YAML, no schema, no
// training). Layout: "CPB1", the header's length (uint32 LE), the header as JSON, padding to 8 bytes, then the
// model's numbers: b (float64), retrieval's idf and term scores (float64), the vectorizer's weights (float32), its
// feature table (int32, nlu/feature-table.ts), where each feature name starts in the header's featureText (int32,
// nlu/packed-names.ts), retrieval's offsets and documents (int32), W (float32). Start-up reads W's rows on demand.
// It holds only what curators wrote in knowledge/ and what training derived from it: never anything a person sent.
import { fstatSync, readSync } from 'node:fs';
import type { ClassifierSnapshot } from '../nlu/classifier.js';
import { buildFeatureTable } from '../nlu/feature-table.js';
import { namesArray, PackedNames } from '../nlu/packed-names.js';
import type { WeightRows } from '../nlu/softmax.js';
import type { SpellerIndex } from '../nlu/speller.js';
import type { Intent, KnowledgeBase, ScopeLists, Vocabulary } from '../knowledge/types.js';
import type { Plan } from '../knowledge/types.js';
import type { UnderstandingTables } from '../understanding/understand.js';

const MAGIC = 'CPB1';

/** The knowledge base as stored: `byId` is rebuilt on load and `root` is wherever the folder is now. */
interface StoredKnowledge {
  intents: Intent[];
  vocabulary: Vocabulary;
  scope: ScopeLists;
  plans: Plan[];
}

interface Header {
  key: string;
  kb: StoredKnowledge;
  labels: string[];
  /** The speller's words, counts and remembered corrections (the analyzer's vocabulary); none when spelling is off. */
  speller: Omit<SpellerIndex, SpellerTable> | undefined;
  spelling: boolean;
  /** The vectorizer's feature names, one after the other (where each starts is in the arrays after the header). */
  featureText: string;
  docs: number;
  temperature: number;
  /** `tables`: the bytes of the speller's look-up tables (JSON, right after the header, read when first needed). */
  lengths: { b: number; weight: number; featureTable: number; featureStarts: number; W: number; tables: number; documents: number; stems: number; postings: number };
  /** Retrieval's ids and stems here; its numbers are in the arrays after the header. */
  /** Retrieval's ids and stems here; the topics' stems (`documents`) are in their own part after the speller's. */
  tables: { names: string[][]; retrieval: { ids: string[]; stems: string[] } };
  fieldWords: string[];
}

export interface Compiled {
  kb: KnowledgeBase;
  snapshot: ClassifierSnapshot;
  tables: UnderstandingTables;
  /** The review log's field vocabulary (review/strict-scrub.ts). */
  fieldWords: string[];
}

const align = (n: number) => Math.ceil(n / 8) * 8;
type SpellerTable = 'deletions' | 'starts';

export function encodeBundle(key: string, compiled: Compiled): Buffer {
  const { kb, snapshot: snap, tables, fieldWords } = compiled;
  const sp = snap.speller;
  const featureTable = snap.vectorizer.table ?? buildFeatureTable(namesArray(snap.vectorizer.features));
  const names = snap.vectorizer.features instanceof PackedNames ? snap.vectorizer.features : PackedNames.of(snap.vectorizer.features);
  const retrieval = tables.retrieval;
  if (!retrieval) throw new Error('a bundle needs the retrieval index');
  const spellerTables = Buffer.from(sp ? JSON.stringify({ deletions: sp.deletions, starts: sp.starts }) : '', 'utf8');
  // The topics' stems: only a rebuild of retrieval needs them (the bundle has its index), so they are read on demand.
  const documents = Buffer.from(JSON.stringify(tables.documents), 'utf8');
  const header: Header = {
    key,
    kb: { intents: kb.intents, vocabulary: kb.vocabulary, scope: kb.scope, plans: kb.plans },
    labels: snap.labels,
    speller: sp && { words: sp.words, counts: sp.counts, cache: sp.cache },
    spelling: snap.vocabulary !== undefined,
    featureText: names.text,
    docs: snap.vectorizer.docs,
    temperature: snap.model.temperature,
    lengths: {
      b: snap.model.b.length,
      weight: snap.vectorizer.weight.length,
      featureTable: featureTable.length,
      featureStarts: names.starts.length,
      W: snap.model.W.length,
      tables: spellerTables.length,
      documents: documents.length,
      stems: retrieval.stems.length,
      postings: retrieval.docs.length,
    },
    tables: { names: tables.names, retrieval: { ids: retrieval.ids, stems: retrieval.stems } },
    fieldWords,
  };
  if (header.spelling && !header.speller) throw new Error('a bundle needs the speller index of a speller that is on');
  // Every character past ASCII written as a \u escape: the header is then one-byte text, which start-up turns into a
  // string without UTF-8 decoding and JSON.parse reads faster (the strings it gives are the same).
  const json = Buffer.from(JSON.stringify(header).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`), 'latin1');
  const start = align(8 + json.length + spellerTables.length + documents.length);
  const arrays = [snap.model.b, retrieval.idf, retrieval.scores, snap.vectorizer.weight, featureTable, names.starts, retrieval.offsets, retrieval.docs, snap.model.W];
  const out = Buffer.alloc(start + arrays.reduce((n, a) => n + a.byteLength, 0));
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  spellerTables.copy(out, 8 + json.length);
  documents.copy(out, 8 + json.length + spellerTables.length);
  let offset = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, offset);
    offset += a.byteLength;
  }
  return out;
}

/** Reads `length` bytes at `offset` of a bundle (a buffer's or an open file's). */
type Read = (offset: number, length: number) => Buffer;

/** The bundle in buf, or undefined when it is not one, is damaged, or was built for another key. */
export function decodeBundle(buf: Buffer, key: string, root: string): Compiled | undefined {
  return decode((offset, length) => {
    if (offset + length > buf.length) throw new Error('truncated bundle');
    return buf.subarray(offset, offset + length);
  }, buf.length, key, root, undefined);
}

/**
 * The bundle in an open file, as decodeBundle, but the classifier's weight matrix (most of the file) is not read: each
 * feature's row is read from the file the first time a question uses it. The file stays open for the process's life
 * (a rebuilt bundle is a new file, renamed into place, so this one's contents never change under it).
 */
export function decodeBundleFile(fd: number, key: string, root: string): Compiled | undefined {
  const size = fstatSync(fd).size;
  const read: Read = (offset, length) => {
    if (offset + length > size) throw new Error('truncated bundle');
    const out = Buffer.allocUnsafe(length);
    if (readSync(fd, out, 0, length, offset) !== length) throw new Error('short read');
    return out;
  };
  return decode(read, size, key, root, fd);
}

function decode(read: Read, size: number, key: string, root: string, fd: number | undefined): Compiled | undefined {
  try {
    if (size < 8) return undefined;
    const head = read(0, 8);
    if (head.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const headerLength = head.readUInt32LE(4);
    // The key is checked before the (large) header is parsed: a stale file costs next to nothing.
    if (!read(8, Math.min(headerLength, 64)).toString('latin1').startsWith(`{"key":"${key}"`)) return undefined;
    const h = JSON.parse(read(8, headerLength).toString('latin1')) as Header;
    const tablesAt = 8 + headerLength;
    const documentsAt = tablesAt + h.lengths.tables;
    let offset = align(documentsAt + h.lengths.documents);
    // Views on the bytes read, copied only if misaligned (a copy of W alone would be megabytes).
    const take = (bytes: number, width: number): [ArrayBufferLike, number] => {
      const part = read(offset, bytes);
      offset += bytes;
      return part.byteOffset % width === 0 ? [part.buffer, part.byteOffset] : [part.buffer.slice(part.byteOffset, part.byteOffset + bytes), 0];
    };
    const b = new Float64Array(...take(h.lengths.b * 8, 8), h.lengths.b);
    const idf = new Float64Array(...take(h.lengths.stems * 8, 8), h.lengths.stems);
    const scores = new Float64Array(...take(h.lengths.postings * 8, 8), h.lengths.postings);
    const weight = new Float32Array(...take(h.lengths.weight * 4, 4), h.lengths.weight);
    const table = new Int32Array(...take(h.lengths.featureTable * 4, 4), h.lengths.featureTable);
    const featureStarts = new Int32Array(...take(h.lengths.featureStarts * 4, 4), h.lengths.featureStarts);
    const offsets = new Int32Array(...take((h.lengths.stems + 1) * 4, 4), h.lengths.stems + 1);
    const docs = new Int32Array(...take(h.lengths.postings * 4, 4), h.lengths.postings);
    let W: Float32Array;
    let rows: WeightRows | undefined;
    if (fd === undefined) W = new Float32Array(...take(h.lengths.W * 4, 4), h.lengths.W);
    else {
      if (offset + h.lengths.W * 4 !== size) throw new Error('truncated bundle');
      W = new Float32Array(h.lengths.W);
      const C = h.labels.length;
      const at = offset;
      const bytes = new Uint8Array(W.buffer);
      rows = {
        read(f, into) {
          if (into !== W) throw new Error('weight rows go into the matrix they were made for');
          if (readSync(fd, bytes, f * C * 4, C * 4, at + f * C * 4) !== C * 4) throw new Error('short read of the knowledge bundle');
        },
        readAll(into) {
          if (into !== W) throw new Error('weight rows go into the matrix they were made for');
          for (let done = 0; done < bytes.length; ) {
            const n = readSync(fd, bytes, done, bytes.length - done, at + done);
            if (n <= 0) throw new Error('short read of the knowledge bundle');
            done += n;
          }
        },
      };
    }
    let documents: string[][] | undefined;
    const byId = new Map<string, Intent>();
    for (const i of h.kb.intents) if (!byId.has(i.id)) byId.set(i.id, i);
    const vocabulary = h.spelling && h.speller ? h.speller.words.map((w, i): [string, number] => [w, h.speller!.counts[i]!]) : undefined;
    let speller: SpellerIndex | undefined;
    if (h.speller) {
      // The look-up tables are parsed (and, from a file, read) only when the speller first needs them.
      let parsed: Pick<SpellerIndex, SpellerTable> | undefined;
      const part = () => (parsed ??= JSON.parse(read(tablesAt, h.lengths.tables).toString('utf8')) as Pick<SpellerIndex, SpellerTable>);
      speller = Object.defineProperties({ ...h.speller } as SpellerIndex, {
        deletions: { get: () => part().deletions, enumerable: true },
        starts: { get: () => part().starts, enumerable: true },
      });
    }
    return {
      kb: { ...h.kb, byId, root },
      tables: Object.defineProperty({ names: h.tables.names, retrieval: { ...h.tables.retrieval, idf, offsets, docs, scores } } as UnderstandingTables, 'documents', {
        get: () => (documents ??= JSON.parse(read(documentsAt, h.lengths.documents).toString('utf8')) as string[][]),
        enumerable: true,
      }),
      fieldWords: h.fieldWords,
      snapshot: { labels: h.labels, vocabulary, speller, vectorizer: { features: new PackedNames(h.featureText, featureStarts), weight, docs: h.docs, table }, model: { W, b, temperature: h.temperature, rows } },
    };
  } catch {
    return undefined;
  }
}
