// How the embedded store lays its document out on disk: three files, by how often they change, so that writing one
// answer does not rewrite everyone's profile (issue 14: at 50,000 people every answer rewrote 33 MB), and a journal
// beside the people's file, so that marking one step does not either.
//
//   chartpath.json                people's profiles and checklists, Slack installations: the snapshot, rewritten only
//                                 when the journal is compacted, and on a change that is not one person's (forget-me,
//                                 retention, an installation)
//   chartpath.journal             one line per changed person since the snapshot (a mark, a rating): people-journal.ts
//   chartpath-conversations.json  conversation contexts, answered reply ids, handled requests: changes on every answer
//   chartpath-ratings.json        ratings and the review log: changes on a rating or an unanswered question
//
// Each file carries `version: 2`, and the snapshot the generation of the journal that goes with it. A data folder
// from before the split has one chartpath.json with `version: 1` and everything in it: it is read as it is and split
// on the first start (split-files.ts writes the new files, the people's file last, so an interrupted split simply runs
// again from the intact old file). Reading here; writing in split-files.ts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { replayJournal, type JournalRead } from './people-journal.js';
import { StoreError } from './private-file.js';
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
  people: z.object({ version: v2, journal: z.number().int().nonnegative().optional(), people: shape.people, installations: shape.installations }),
  talk: z.object({ version: v2, contexts: shape.contexts, replies: shape.replies, seen: shape.seen }),
  ratings: z.object({ version: v2, feedback: shape.feedback, unanswered: shape.unanswered }),
};

/** The text of one file: its part of the document (the people's with the generation of its journal). */
export function sectionText(data: StoreData, section: Section, generation = 0): string {
  const part: Record<string, unknown> = { version: LAYOUT_VERSION };
  if (section === 'people') part.journal = generation;
  for (const key of SECTION_KEYS[section]) if (data[key] !== undefined) part[key] = data[key];
  return JSON.stringify(part, null, 2);
}

export interface ReadLayout {
  data: StoreData;
  /** What each file holds now (for a section not on disk yet: its text from `data`); the people's without its journal. */
  durable: Record<Section, string>;
  /** The files read as they were, each to become its start-up backup (the people's with its journal replayed). */
  read: Partial<Record<Section, string>>;
  /**
   * Files to write before the store is used: all of them for a new folder or an old single file, else the missing
   * ones, and the people's when its journal has anything in it (compacted at the start) or is missing.
   */
  toWrite: Section[];
  /** The journal generation of the people's file on disk. */
  generation: number;
  journal: JournalRead;
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
    return { data, durable: textsOf(data, 0), read: {}, toWrite: [...SECTIONS], generation: 0, journal: noJournal() };
  }
  const mainText = readFileSync(main, 'utf8');
  const raw = parseJson(main, mainText) as { version?: unknown };
  if (raw.version === 1) {
    // The single file from before the split: everything is in it; split on this start.
    const data = validate(main, raw, storeSchema) as StoreData;
    return { data, durable: textsOf(data, 0), read: { people: mainText }, toWrite: [...SECTIONS], generation: 0, journal: noJournal() };
  }
  const data = emptyData();
  const read: Partial<Record<Section, string>> = {};
  const toWrite: Section[] = [];
  let generation = 0;
  for (const s of SECTIONS) {
    const file = fileOf(s);
    if (!existsSync(file)) {
      toWrite.push(s);
      continue;
    }
    const text = s === 'people' ? mainText : readFileSync(file, 'utf8');
    const part = validate(file, s === 'people' ? raw : parseJson(file, text), SCHEMAS[s]) as Record<string, unknown>;
    delete part.version;
    if (s === 'people') generation = (part.journal as number | undefined) ?? 0;
    delete part.journal;
    Object.assign(data, part);
    read[s] = text;
  }
  const durable = { ...textsOf(data, generation), ...read };
  const journal = replayJournal(dataDir, generation, data.people);
  if (journal.count) read.people = sectionText(data, 'people', generation);
  if (!journal.exists || journal.count || journal.stale || journal.tornLine) toWrite.push('people');
  return { data, durable, read, toWrite: SECTIONS.filter((s) => toWrite.includes(s)), generation, journal };
}

const noJournal = (): JournalRead => ({ exists: false, bytes: 0, lines: new Map(), count: 0, stale: false });

function textsOf(data: StoreData, generation: number): Record<Section, string> {
  return { talk: sectionText(data, 'talk'), ratings: sectionText(data, 'ratings'), people: sectionText(data, 'people', generation) };
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
