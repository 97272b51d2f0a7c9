// How the embedded store lays its document out on disk: three files, by how often they change, so that writing one
// answer does not rewrite everyone's profile (issue 14: at 50,000 people every answer rewrote 33 MB).
//
//   chartpath.json                people's profiles and checklists, Slack installations: changes on a mark or a rating
//   chartpath-conversations.json  conversation contexts, answered reply ids, handled requests: changes on every answer
//   chartpath-ratings.json        ratings and the review log: changes on a rating or an unanswered question
//
// Each file carries `version: 2`. A data folder from before the split has one chartpath.json with `version: 1` and
// everything in it: it is read as it is and split on the first start (lowdb-store.ts writes the new files, the
// people's file last, so an interrupted split simply runs again from the intact old file).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { StoreError, writeAtomic, type StoreFs } from './private-file.js';
import { storeSchema } from './schema.js';
import { emptyData, type StoreData } from './state.js';

export type Section = 'talk' | 'ratings' | 'people';
/** Write order: the people's file last (see the migration note above). */
export const SECTIONS: readonly Section[] = ['talk', 'ratings', 'people'];
export const DATA_FILE_NAME = 'chartpath.json';
export const SECTION_FILES: Readonly<Record<Section, string>> = { people: DATA_FILE_NAME, talk: 'chartpath-conversations.json', ratings: 'chartpath-ratings.json' };
const SECTION_KEYS = {
  people: ['people', 'installations'],
  talk: ['contexts', 'replies', 'seen'],
  ratings: ['feedback', 'unanswered'],
} as const satisfies Record<Section, readonly (keyof StoreData)[]>;
export const LAYOUT_VERSION = 2;

const v2 = z.literal(LAYOUT_VERSION);
const shape = storeSchema.shape;
const SCHEMAS = {
  people: z.object({ version: v2, people: shape.people, installations: shape.installations }),
  talk: z.object({ version: v2, contexts: shape.contexts, replies: shape.replies, seen: shape.seen }),
  ratings: z.object({ version: v2, feedback: shape.feedback, unanswered: shape.unanswered }),
};

/** The text of one file: its part of the document. */
export function sectionText(data: StoreData, section: Section): string {
  const part: Record<string, unknown> = { version: LAYOUT_VERSION };
  for (const key of SECTION_KEYS[section]) if (data[key] !== undefined) part[key] = data[key];
  return JSON.stringify(part, null, 2);
}

export interface ReadLayout {
  data: StoreData;
  /** What each file holds now (for a section not on disk yet: its text from `data`). */
  durable: Record<Section, string>;
  /** The files read as they were: each becomes its start-up backup. */
  read: Partial<Record<Section, string>>;
  /** Files to write before the store is used: all of them for a new folder or an old single file, else the missing ones. */
  toWrite: Section[];
}

/**
 * Reads the data folder, new layout or old. A file that is not JSON or not ChartPath's shape is never overwritten:
 * a StoreError names it, the problem, and its last good copy.
 */
export function readLayout(dataDir: string): ReadLayout {
  const fileOf = (s: Section) => path.join(dataDir, SECTION_FILES[s]);
  const main = fileOf('people');
  if (!existsSync(main)) {
    // A new folder (side files without the people's file are an interrupted first start: written again now).
    const data = emptyData();
    return { data, durable: textsOf(data), read: {}, toWrite: [...SECTIONS] };
  }
  const mainText = readFileSync(main, 'utf8');
  const raw = parseJson(main, mainText) as { version?: unknown };
  if (raw.version === 1) {
    // The single file from before the split: everything is in it; split on this start.
    const data = validate(main, raw, storeSchema) as StoreData;
    return { data, durable: textsOf(data), read: { people: mainText }, toWrite: [...SECTIONS] };
  }
  const data = emptyData();
  const read: Partial<Record<Section, string>> = {};
  const toWrite: Section[] = [];
  for (const s of SECTIONS) {
    const file = fileOf(s);
    if (!existsSync(file)) {
      toWrite.push(s);
      continue;
    }
    const text = s === 'people' ? mainText : readFileSync(file, 'utf8');
    const part = validate(file, s === 'people' ? raw : parseJson(file, text), SCHEMAS[s]) as Record<string, unknown>;
    delete part.version;
    Object.assign(data, part);
    read[s] = text;
  }
  return { data, durable: { ...textsOf(data), ...read }, read, toWrite };
}

function textsOf(data: StoreData): Record<Section, string> {
  return { talk: sectionText(data, 'talk'), ratings: sectionText(data, 'ratings'), people: sectionText(data, 'people') };
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new StoreError(`The data file ${file} is damaged (${(error as Error).message}). ChartPath did not change it.${restoreHint(file)}`);
  }
}

function validate(file: string, raw: unknown, schema: z.ZodTypeAny): unknown {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new StoreError(
    `The data file ${file} is not in ChartPath's format (at ${issue.path.join('.') || 'the top level'}: ${issue.message}). ` +
      `ChartPath did not change it.${restoreHint(file)}`,
  );
}

function restoreHint(file: string): string {
  const backup = `${file}.bak`;
  return (existsSync(backup) ? ` The last good copy is ${backup}: restore it, or` : ' Fix it, or') + ' move the file away to start with empty data.';
}

/**
 * lowdb's adapter over the three files: a write writes only the files whose part changed (`pending`), each atomically
 * and 0600, so an answer rewrites the small conversations file and nobody's profile.
 */
export class SplitJsonFiles implements Adapter<StoreData> {
  /** The parts changed since the last write. */
  readonly pending = new Set<Section>();

  constructor(
    private readonly dataDir: string,
    private readonly fs: StoreFs,
    /** The text of the last write of each file that reached the disk: what a failed write rolls back to. */
    readonly durable: Record<Section, string>,
  ) {}

  file(section: Section): string {
    return path.join(this.dataDir, SECTION_FILES[section]);
  }

  async read(): Promise<StoreData> {
    return this.restore();
  }

  /** The document as the disk holds it. */
  restore(): StoreData {
    const data = emptyData();
    for (const s of SECTIONS) {
      const part = JSON.parse(this.durable[s]) as Record<string, unknown>;
      delete part.version;
      Object.assign(data, part);
    }
    return data;
  }

  async write(data: StoreData): Promise<void> {
    // Every text is taken now, before the first await: a change made while the files are written belongs to the next
    // write, never half to this one.
    const texts = SECTIONS.filter((s) => this.pending.has(s)).map((s) => [s, sectionText(data, s)] as const);
    this.pending.clear();
    for (const [s, text] of texts) {
      await writeAtomic(this.fs, this.file(s), text);
      this.durable[s] = text;
    }
  }
}
