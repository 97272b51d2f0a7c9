// The compiled bundle's file: the knowledge base, the trained model, the analyzer's vocabulary and the speller's
// index, in one file that start-up reads with one JSON.parse and three typed-array views (no YAML, no schema, no
// training). Layout: "CPB1", the header's length (uint32 LE), the header as JSON, padding to 8 bytes, then the
// model's numbers: b (float64), the vectorizer's weights (float32), W (float32).
// It holds only what curators wrote in knowledge/ and what training derived from it: never anything a person sent.
import type { ClassifierSnapshot } from '../nlu/classifier.js';
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
  /** The speller's tables (their words and counts are the analyzer's vocabulary); none when spelling is off. */
  speller: SpellerIndex | undefined;
  spelling: boolean;
  features: string[];
  docs: number;
  temperature: number;
  lengths: { b: number; weight: number; W: number };
  tables: UnderstandingTables;
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

export function encodeBundle(key: string, compiled: Compiled): Buffer {
  const { kb, snapshot: snap, tables, fieldWords } = compiled;
  const header: Header = {
    key,
    kb: { intents: kb.intents, vocabulary: kb.vocabulary, scope: kb.scope, plans: kb.plans },
    labels: snap.labels,
    speller: snap.speller,
    spelling: snap.vocabulary !== undefined,
    features: snap.vectorizer.features,
    docs: snap.vectorizer.docs,
    temperature: snap.model.temperature,
    lengths: { b: snap.model.b.length, weight: snap.vectorizer.weight.length, W: snap.model.W.length },
    tables,
    fieldWords,
  };
  if (header.spelling && !header.speller) throw new Error('a bundle needs the speller index of a speller that is on');
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align(8 + json.length);
  const arrays = [snap.model.b, snap.vectorizer.weight, snap.model.W];
  const out = Buffer.alloc(start + arrays.reduce((n, a) => n + a.byteLength, 0));
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  let offset = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, offset);
    offset += a.byteLength;
  }
  return out;
}

/** The bundle in buf, or undefined when it is not one, is damaged, or was built for another key. */
export function decodeBundle(buf: Buffer, key: string, root: string): Compiled | undefined {
  try {
    if (buf.length < 8 || buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
    const headerLength = buf.readUInt32LE(4);
    // The key is checked before the (large) header is parsed: a stale file costs next to nothing.
    if (!buf.toString('latin1', 8, 8 + Math.min(headerLength, 64)).startsWith(`{"key":"${key}"`)) return undefined;
    const h = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as Header;
    let offset = align(8 + headerLength);
    // Views on the file's own memory, no copy (a copy of W alone would be megabytes); copied only if misaligned.
    const take = (bytes: number, width: number): [ArrayBufferLike, number] => {
      if (offset + bytes > buf.length) throw new Error('truncated bundle');
      const at = buf.byteOffset + offset;
      offset += bytes;
      return at % width === 0 ? [buf.buffer, at] : [buf.buffer.slice(at, at + bytes), 0];
    };
    const b = new Float64Array(...take(h.lengths.b * 8, 8), h.lengths.b);
    const weight = new Float32Array(...take(h.lengths.weight * 4, 4), h.lengths.weight);
    const W = new Float32Array(...take(h.lengths.W * 4, 4), h.lengths.W);
    const byId = new Map<string, Intent>();
    for (const i of h.kb.intents) if (!byId.has(i.id)) byId.set(i.id, i);
    const vocabulary = h.spelling && h.speller ? h.speller.words.map((w, i): [string, number] => [w, h.speller!.counts[i]!]) : undefined;
    return {
      kb: { ...h.kb, byId, root },
      tables: h.tables,
      fieldWords: h.fieldWords,
      snapshot: { labels: h.labels, vocabulary, speller: h.speller, vectorizer: { features: h.features, weight, docs: h.docs }, model: { W, b, temperature: h.temperature } },
    };
  } catch {
    return undefined;
  }
}
