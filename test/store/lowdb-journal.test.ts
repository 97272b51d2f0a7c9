// The people's journal (src/store/people-journal.ts, split-files.ts): a mark is one appended line, not a rewrite of
// chartpath.json; the journal is replayed on open, compacted past its bound, at start and at a clean close; a line cut
// short by a crash is dropped and reported, a damaged line before it refused with the file and line; forget-me leaves
// the person in no file. "A crash" here is a copy of the data folder taken while the store is open: what the disk
// holds if the process dies at that moment (no close, no compaction).
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { killMidRun } from '../helpers/kill-mid-run.js';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DATA_FILE_NAME, JOURNAL_FILE_NAME, LOCK_NAME, LowdbStore, StoreError } from '../../src/store/lowdb-store.js';
import { newPerson, type PersonState } from '../../src/store/state.js';
import { repoRoot } from '../helpers/core.js';
import { recordingLogger } from '../helpers/logger.js';

const temps: string[] = [];
const temp = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'chartpath-journal-'));
  temps.push(d);
  return d;
};
let dir: string;
beforeEach(() => {
  dir = temp();
});
afterEach(() => {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
});

const read = (d: string, name: string) => readFileSync(path.join(d, name), 'utf8');
const snapshot = (d: string) => JSON.parse(read(d, DATA_FILE_NAME)) as { journal: number; people: Record<string, PersonState> };
const journalLines = (d: string) => read(d, JOURNAL_FILE_NAME).split('\n').slice(0, -1);
const mark = (step: string) => (p: PersonState | undefined) => ({ ...(p ?? newPerson()), done: { ...p?.done, [step]: '2026-06-01T00:00:00.000Z' } });
const open = (d: string, options: Parameters<typeof LowdbStore.open>[1] = {}) => LowdbStore.open(d, { lockWaitMs: 0, ...options });

/** The data folder as it is on disk now, as a crash would leave it: every file but the lock. */
function crashCopy(from: string): string {
  const to = temp();
  cpSync(from, to, { recursive: true, filter: (src) => path.basename(src) !== LOCK_NAME });
  return to;
}

it('a mark persists across a crash through the journal alone: the snapshot is not written', async () => {
  const store = await open(dir);
  const inode = statSync(path.join(dir, DATA_FILE_NAME)).ino;
  await store.changePerson('slack:U1', mark('a'));
  await store.changePerson('slack:U1', mark('b'));
  await store.changePerson('slack:U2', mark('a'));
  expect(statSync(path.join(dir, DATA_FILE_NAME)).ino).toBe(inode);
  expect(snapshot(dir).people).toEqual({});
  expect(journalLines(dir)).toHaveLength(4); // the header and one line per mark

  const after = crashCopy(dir);
  const reopened = await open(after);
  expect(Object.keys((await reopened.getPerson('slack:U1'))!.done).sort()).toEqual(['a', 'b']);
  expect(Object.keys((await reopened.getPerson('slack:U2'))!.done)).toEqual(['a']);
  // The start compacted the journal into the snapshot: a new generation, a journal of just its header.
  expect(Object.keys(snapshot(after).people).sort()).toEqual(['slack:U1', 'slack:U2']);
  expect(journalLines(after)).toEqual([JSON.stringify({ journal: 1, generation: snapshot(after).journal })]);
  await reopened.close();
  await store.close();
});

it('a change that keeps nothing writes nothing: not even the key of someone with no data', async () => {
  const store = await open(dir);
  const before = read(dir, JOURNAL_FILE_NAME);
  expect(await store.changePerson('slack:NOBODY', () => undefined)).toBeUndefined();
  expect(read(dir, JOURNAL_FILE_NAME)).toBe(before);
  await store.close();
  for (const f of readdirSync(dir)) expect(read(dir, f), f).not.toMatch(/NOBODY/);
});

it("a compaction's temporary journal left by a crash is removed at the next start", async () => {
  await (await open(dir)).close();
  const temp = path.join(dir, `${JOURNAL_FILE_NAME}.4242.tmp`);
  writeFileSync(temp, '{"journal":1,"generation":9}\n{"k":"slack:U1","p":null}\n');
  await (await open(dir)).close();
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

it('a clean close compacts the journal into the snapshot', async () => {
  const store = await open(dir);
  const generation = snapshot(dir).journal;
  await store.changePerson('slack:U1', mark('a'));
  await store.close();
  expect(snapshot(dir)).toMatchObject({ journal: generation + 1, people: { 'slack:U1': { done: { a: '2026-06-01T00:00:00.000Z' } } } });
  expect(journalLines(dir)).toEqual([JSON.stringify({ journal: 1, generation: generation + 1 })]);
});

it('the journal is compacted once it would pass its bound, and nothing is lost', async () => {
  const store = await open(dir, { journalBound: 2_000 });
  const inode = statSync(path.join(dir, DATA_FILE_NAME)).ino;
  for (let i = 0; i < 40; i++) await store.changePerson(`slack:U${i % 4}`, mark(`s${i}`));
  expect(statSync(path.join(dir, DATA_FILE_NAME)).ino).not.toBe(inode);
  expect(statSync(path.join(dir, JOURNAL_FILE_NAME)).size).toBeLessThanOrEqual(2_000);
  expect(snapshot(dir).journal).toBeGreaterThan(1);
  const after = crashCopy(dir);
  const reopened = await open(after);
  for (let p = 0; p < 4; p++) expect(Object.keys((await reopened.getPerson(`slack:U${p}`))!.done)).toHaveLength(10);
  await reopened.close();
  await store.close();
});

it('a last line cut short by a crash is dropped and reported; the lines before it are kept', async () => {
  const store = await open(dir);
  await store.changePerson('slack:U1', mark('a'));
  const after = crashCopy(dir);
  await store.close();
  appendFileSync(path.join(after, JOURNAL_FILE_NAME), '{"k":"slack:U1","p":{"goals":[],"done":{"b"');
  const logger = recordingLogger();
  const reopened = await open(after, { logger });
  expect(Object.keys((await reopened.getPerson('slack:U1'))!.done)).toEqual(['a']);
  const warning = logger.entries.find((e) => e.level === 'warn');
  expect(warning?.msg).toMatch(/cut short/);
  expect(warning?.obj).toEqual({ file: path.join(after, JOURNAL_FILE_NAME), line: 3 });
  // Compacted at this start: the torn line is gone from the disk.
  expect(journalLines(after)).toHaveLength(1);
  await reopened.close();
});

it('a damaged line before the last is refused with the file and the line, and the journal is left as it was', async () => {
  const store = await open(dir);
  await store.changePerson('slack:U1', mark('a'));
  await store.changePerson('slack:U2', mark('a'));
  const after = crashCopy(dir);
  await store.close();
  const file = path.join(after, JOURNAL_FILE_NAME);
  const lines = journalLines(after);
  lines[1] = '{"k":"slack:U1","p":{"done":"yes"}}';
  const damaged = `${lines.join('\n')}\n`;
  writeFileSync(file, damaged);
  const error = await open(after).catch((e: unknown) => e as Error);
  expect(error).toBeInstanceOf(StoreError);
  expect(error.message).toContain(`The journal ${file} is damaged at line 2`);
  expect(error.message).not.toContain('slack:U1'); // the field's path, never the person's key
  expect(read(after, JOURNAL_FILE_NAME)).toBe(damaged);
});

it('a journal left from before a compaction (a crash between the snapshot and the reset) is never replayed over it', async () => {
  const store = await open(dir);
  await store.changePerson('slack:GONE', mark('a'));
  const oldJournal = read(dir, JOURNAL_FILE_NAME);
  expect(await store.forgetPerson('slack:GONE', 'tag')).toBe(true);
  const after = crashCopy(dir);
  await store.close();
  writeFileSync(path.join(after, JOURNAL_FILE_NAME), oldJournal);
  const reopened = await open(after);
  expect(await reopened.getPerson('slack:GONE')).toBeUndefined();
  await reopened.close();
  expect(read(after, JOURNAL_FILE_NAME)).not.toMatch(/GONE/);
});

it('forget-me leaves the person in no file of the folder, the journal included, and keeps everyone else', async () => {
  const first = await open(dir);
  await first.changePerson('slack:GONE', mark('a'));
  await first.close();
  const store = await open(dir); // a start: backups of every file, the person in them
  await store.changePerson('slack:GONE', mark('b'));
  await store.changePerson('slack:KEPT', mark('a'));
  expect(read(dir, JOURNAL_FILE_NAME)).toMatch(/slack:GONE/);
  expect(readdirSync(dir).filter((f) => f.endsWith('.bak') && read(dir, f).includes('GONE'))).not.toEqual([]);

  await store.forgetPerson('slack:GONE', 'tag');
  await store.purgeOldCopies();
  const files = () => readdirSync(dir).filter((f) => f !== LOCK_NAME);
  expect(files()).toContain(JOURNAL_FILE_NAME);
  for (const f of files()) expect(read(dir, f), f).not.toMatch(/GONE/);
  expect(read(dir, DATA_FILE_NAME)).toMatch(/slack:KEPT/);
  await store.close();
  for (const f of files()) expect(read(dir, f), f).not.toMatch(/GONE/);
});

it('a process killed while marking leaves every mark it made up to its last whole line, and opens again', async () => {
  // A child marks one step after another (each a journal line); we kill it with SIGKILL while it marks.
  const script = `
    const { LowdbStore } = await import(${JSON.stringify(path.join(repoRoot, 'dist/src/store/lowdb-store.js'))});
    const store = await LowdbStore.open(${JSON.stringify(dir)}, { journalBound: 1e9 });
    process.stdout.write('ready\\n');
    for (let n = 1; ; n++) {
      await store.changePerson('terminal:k', (p) => ({ goals: [], rated: {}, ...p, done: { ...p?.done, ['s' + n]: String(n) }, updatedAt: String(n) }));
    }`;
  await killMidRun(script);
  expect(snapshot(dir).people).toEqual({}); // every mark went to the journal
  const reopened = await open(crashCopy(dir)); // (its lock stays fresh for 10 s: the copy has none)
  const person = (await reopened.getPerson('terminal:k'))!;
  const n = Number(person.updatedAt);
  expect(n).toBeGreaterThan(5);
  expect(Object.keys(person.done)).toEqual(Array.from({ length: n }, (_, i) => `s${i + 1}`));
  await reopened.close();
});
