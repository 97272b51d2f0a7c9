// The people's journal: a mark (or unmark) of one step appends one line here instead of rewriting every person's
// profile in chartpath.json (at 50,000 people that rewrite took about a second per mark).
//
//   chartpath.journal   {"journal":1,"generation":7}          the header: pairs the journal with the snapshot
//                       {"k":"slack:U1","p":{...}}             a person's whole new record
//                       {"k":"slack:U2","p":null}              a person deleted
//
// chartpath.json (the snapshot) carries `"journal": <generation>`; on open the journal is replayed over it only when
// the generations match, so a journal left over from before a compaction (a crash between writing the new snapshot
// and resetting the journal) is never replayed over the newer snapshot. Compaction (split-files.ts) writes the
// snapshot with the next generation, then replaces the journal with just the new header, both atomically.
// A line is complete when it ends in a newline: an unterminated last line is a write cut short by a crash (its change
// was never reported as saved), dropped and reported; a damaged line before it is an error naming the file and line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StoreError } from './private-file.js';
import { personSchema } from './schema.js';
import type { PersonState } from './state.js';

export const JOURNAL_FILE_NAME = 'chartpath.journal';
export const JOURNAL_VERSION = 1;

const headerSchema = z.object({ journal: z.literal(JOURNAL_VERSION), generation: z.number().int().nonnegative() });
const lineSchema = z.object({ k: z.string(), p: personSchema.nullable() });

export const journalFile = (dataDir: string): string => path.join(dataDir, JOURNAL_FILE_NAME);

/** The first line of a journal of this generation. */
export const journalHeader = (generation: number): string => `${JSON.stringify({ journal: JOURNAL_VERSION, generation })}\n`;

/** One person's line: their whole record, or their deletion (undefined). */
export const personLine = (key: string, person: PersonState | undefined): string => `${JSON.stringify({ k: key, p: person ?? null })}\n`;

export interface JournalRead {
  /** Whether the file exists. */
  exists: boolean;
  /** Its size in bytes. */
  bytes: number;
  /** The last line of each person, in the order last written (what it holds beyond the snapshot). */
  lines: Map<string, string>;
  /** Lines replayed (a person changed twice counts twice). */
  count: number;
  /** 1-based number of an unterminated last line that was dropped, if any. */
  tornLine?: number | undefined;
  /** The journal belongs to another generation than the snapshot (or has no header): not replayed. */
  stale: boolean;
}

/**
 * Reads the journal beside the snapshot of `generation` and applies its lines to `people` (in place). Throws a
 * StoreError naming the file and the line for a damaged complete line; never changes the file.
 */
export function replayJournal(dataDir: string, generation: number, people: Record<string, PersonState>): JournalRead {
  const file = journalFile(dataDir);
  const read: JournalRead = { exists: existsSync(file), bytes: 0, lines: new Map(), count: 0, stale: false };
  if (!read.exists) return read;
  const text = readFileSync(file, 'utf8');
  read.bytes = Buffer.byteLength(text);
  const parts = text.split('\n');
  // The text after the last newline: empty for a journal whose every line is whole.
  const tail = parts.pop()!;
  if (tail) read.tornLine = parts.length + 1;
  if (!parts.length) {
    read.stale = true; // no whole header: nothing in it was ever reported as saved
    return read;
  }
  const header = parseLine(file, 1, parts[0]!, headerSchema);
  if (header.generation !== generation) {
    read.stale = true;
    return read;
  }
  for (let i = 1; i < parts.length; i++) {
    const { k, p } = parseLine(file, i + 1, parts[i]!, lineSchema);
    if (p) people[k] = p as PersonState;
    else delete people[k];
    read.lines.delete(k); // re-inserted last: the map stays in write order
    read.lines.set(k, `${parts[i]!}\n`);
    read.count++;
  }
  return read;
}

/** Applies journal lines (as personLine writes them) to `people`, in order. */
export function applyLines(people: Record<string, PersonState>, lines: Iterable<string>): void {
  for (const line of lines) {
    const { k, p } = JSON.parse(line) as { k: string; p: PersonState | null };
    if (p) people[k] = p;
    else delete people[k];
  }
}

function parseLine<S extends z.ZodTypeAny>(file: string, n: number, text: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw damaged(file, n, (error as Error).message);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  // The field's path inside the line (p.done...), never the person's key or a value.
  const issue = parsed.error.issues[0]!;
  throw damaged(file, n, `at ${issue.path.join('.') || 'the top level'}: ${issue.message}`);
}

function damaged(file: string, n: number, problem: string): StoreError {
  return new StoreError(
    `The journal ${file} is damaged at line ${n} (${problem}). ChartPath did not change it. Move it away to start from ` +
      `${path.join(path.dirname(file), 'chartpath.json')} without the changes made since its last compaction, or fix that line.`,
  );
}
