// Caches the trained classifier on disk, keyed by everything training depends on: the examples, the
// options and the engine's own source. Training the knowledge base takes most of a cold start; with the
// cache a restart only refits the analyzer's vocabulary. A stale or damaged file is simply retrained.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClassifierSnapshot } from './classifier.js';
import { nodeCrypto } from '../util/lazy-crypto.js';
import { namesArray } from './packed-names.js';

const MAGIC = 'CPM1';
const engineDir = path.dirname(fileURLToPath(import.meta.url));
let engineHash: string | undefined;

/** A hash of the engine's code, so that a changed engine never reads a model trained by an older one. */
function engineSource(): string {
  if (!engineHash) {
    const h = nodeCrypto().createHash('sha256');
    for (const f of readdirSync(engineDir).filter((n) => /\.(js|ts)$/.test(n) && !n.endsWith('.d.ts')).sort()) h.update(f).update(readFileSync(path.join(engineDir, f)));
    engineHash = h.digest('hex');
  }
  return engineHash;
}

export function cacheKey(trainingInputs: unknown): string {
  return nodeCrypto().createHash('sha256').update(engineSource()).update(JSON.stringify(trainingInputs)).digest('hex').slice(0, 32);
}

interface Header {
  key: string;
  labels: string[];
  vocabulary: [string, number][] | undefined;
  features: string[];
  docs: number;
  temperature: number;
  lengths: { b: number; weight: number; W: number };
}

/** The cache's writes, as a seam: tests inject a full disk here. */
export interface CacheFs {
  writeFileSync(file: string, data: Buffer, mode: number): void;
}

const realCacheFs: CacheFs = { writeFileSync: (file, data, mode) => writeFileSync(file, data, { mode }) };

export class ModelCache {
  constructor(
    private readonly dir: string,
    private readonly fs: CacheFs = realCacheFs,
  ) {}

  private file(key: string): string {
    return path.join(this.dir, `model-${key}.bin`);
  }

  load(key: string): ClassifierSnapshot | undefined {
    let buf: Buffer;
    try {
      buf = readFileSync(this.file(key));
    } catch {
      return undefined;
    }
    try {
      if (buf.toString('latin1', 0, 4) !== MAGIC) return undefined;
      const headerLength = buf.readUInt32LE(4);
      const header = JSON.parse(buf.toString('utf8', 8, 8 + headerLength)) as Header;
      if (header.key !== key) return undefined;
      let offset = align(8 + headerLength);
      const take = (bytes: number) => {
        const slice = buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + bytes);
        offset += bytes;
        return slice;
      };
      const b = new Float64Array(take(header.lengths.b * 8));
      const weight = new Float32Array(take(header.lengths.weight * 4));
      const W = new Float32Array(take(header.lengths.W * 4));
      if (W.length !== header.lengths.W) return undefined;
      return { labels: header.labels, vocabulary: header.vocabulary, vectorizer: { features: header.features, weight, docs: header.docs }, model: { W, b, temperature: header.temperature } };
    } catch {
      return undefined;
    }
  }

  /** Writes atomically and drops models of earlier knowledge bases. Failures are ignored: the cache is an optimisation. */
  save(key: string, snap: ClassifierSnapshot): boolean {
    const temp = `${this.file(key)}.${process.pid}.tmp`;
    try {
      // Owner-only, like the data folder it lives in. Leftovers of a run that died mid-write go first.
      mkdirSync(this.dir, { recursive: true, mode: 0o700 });
      this.removeTemps();
      const header: Header = {
        key,
        labels: snap.labels,
        vocabulary: snap.vocabulary,
        features: namesArray(snap.vectorizer.features),
        docs: snap.vectorizer.docs,
        temperature: snap.model.temperature,
        lengths: { b: snap.model.b.length, weight: snap.vectorizer.weight.length, W: snap.model.W.length },
      };
      const json = Buffer.from(JSON.stringify(header), 'utf8');
      const start = align(8 + json.length);
      const out = Buffer.alloc(start + snap.model.b.byteLength + snap.vectorizer.weight.byteLength + snap.model.W.byteLength);
      out.write(MAGIC, 0, 'latin1');
      out.writeUInt32LE(json.length, 4);
      json.copy(out, 8);
      let offset = start;
      for (const arr of [snap.model.b, snap.vectorizer.weight, snap.model.W]) {
        Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength).copy(out, offset);
        offset += arr.byteLength;
      }
      const target = this.file(key);
      this.fs.writeFileSync(temp, out, 0o600);
      renameSync(temp, target);
      for (const f of readdirSync(this.dir)) if (/^model-[0-9a-f]+\.bin$/.test(f) && path.join(this.dir, f) !== target) rmSync(path.join(this.dir, f), { force: true });
      return true;
    } catch {
      // A full disk: no partial temporary file may stay behind to keep it full.
      rmSync(temp, { force: true });
      return false;
    }
  }

  private removeTemps(): void {
    for (const f of readdirSync(this.dir)) if (/^model-[0-9a-f]+\.bin\.\d+\.tmp$/.test(f)) rmSync(path.join(this.dir, f), { force: true });
  }
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}
