// Locates and loads the benchmark data sets. They are not part of the repository: by default they are read
// from ../shared/datasets beside the repository root; DATASETS_DIR overrides that.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Labelled {
  text: string;
  intent: string;
}

/** The repository root: the nearest folder above this file that holds package.json (works from bench/ and dist/bench/). */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

export function datasetsDir(): string {
  return resolve(process.env.DATASETS_DIR ?? join(repositoryRoot(), '..', 'shared', 'datasets'));
}

export class MissingDataError extends Error {}

function need(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new MissingDataError(
      `${what} not found at ${path}.\n` +
        `Put the data sets in ../shared/datasets beside the repository (clinc150/data_full.json, nlu-evaluation-corpora/*.json)\n` +
        `or point DATASETS_DIR at the folder that holds them, e.g. DATASETS_DIR=/path/to/datasets npm run bench:clinc150`,
    );
  }
  return path;
}

export interface Clinc150 {
  train: Labelled[];
  val: Labelled[];
  oosVal: Labelled[];
  test: Labelled[];
  oosTest: Labelled[];
}

export function loadClinc150(): Clinc150 {
  const file = need(join(datasetsDir(), 'clinc150', 'data_full.json'), 'CLINC150 (data_full.json)');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, [string, string][]>;
  const rows = (name: string): Labelled[] => {
    const list = raw[name];
    if (!Array.isArray(list)) throw new Error(`${file}: the list "${name}" is missing`);
    return list.map(([text, intent]) => ({ text, intent }));
  };
  return { train: rows('train'), val: rows('val'), oosVal: rows('oos_val'), test: rows('test'), oosTest: rows('oos_test') };
}

export const BRAUN_CORPORA = [
  ['chatbot', 'ChatbotCorpus.json'],
  ['askubuntu', 'AskUbuntuCorpus.json'],
  ['webapps', 'WebApplicationsCorpus.json'],
] as const;

export type BraunName = (typeof BRAUN_CORPORA)[number][0];

export interface BraunCorpus {
  name: BraunName;
  train: Labelled[];
  test: Labelled[];
}

export function loadBraun(): BraunCorpus[] {
  return BRAUN_CORPORA.map(([name, fileName]) => {
    const file = need(join(datasetsDir(), 'nlu-evaluation-corpora', fileName), `The ${name} corpus (${fileName})`);
    const { sentences } = JSON.parse(readFileSync(file, 'utf8')) as { sentences: { text: string; intent: string; training: boolean }[] };
    const pick = (training: boolean) => sentences.filter((s) => s.training === training).map(({ text, intent }) => ({ text, intent }));
    return { name, train: pick(true), test: pick(false) };
  });
}

/**
 * Re-splits a corpus at random, keeping how many training sentences each intent has in the official split
 * (a seeded, stratified resample): the official test sets are small enough that one sentence moves a
 * corpus's figure by up to 1.7 points, so the benchmark also reports the mean over such re-splits.
 */
export function resplitBraun(corpus: BraunCorpus, seed: number): BraunCorpus {
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4294967296;
  };
  const all = [...corpus.train, ...corpus.test];
  const trainCount = new Map<string, number>();
  for (const e of corpus.train) trainCount.set(e.intent, (trainCount.get(e.intent) ?? 0) + 1);
  const byIntent = new Map<string, Labelled[]>();
  for (const e of all) byIntent.set(e.intent, [...(byIntent.get(e.intent) ?? []), e]);
  const train: Labelled[] = [];
  const test: Labelled[] = [];
  for (const [intent, list] of [...byIntent].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shuffled = [...list];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    const k = trainCount.get(intent) ?? 0;
    train.push(...shuffled.slice(0, k));
    test.push(...shuffled.slice(k));
  }
  return { name: corpus.name, train, test };
}
