import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { killMidRun } from '../helpers/kill-mid-run.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, JOURNAL_FILE_NAME, LowdbStore, SECTION_FILES, StoreError } from '../../src/store/lowdb-store.js';
import { newPerson } from '../../src/store/state.js';
import { repoRoot } from '../helpers/core.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-store-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fileIn = (d: string) => path.join(d, DATA_FILE_NAME);

describe('the lowdb store on real files', () => {
  it('creates the data files on first open, 0600', async () => {
    const store = await LowdbStore.open(dir);
    await store.close();
    expect(JSON.parse(readFileSync(fileIn(dir), 'utf8'))).toEqual({ version: 2, journal: 1, people: {} });
    expect(readFileSync(path.join(dir, JOURNAL_FILE_NAME), 'utf8')).toBe('{"journal":1,"generation":1}\n');
    expect(JSON.parse(readFileSync(path.join(dir, SECTION_FILES.talk), 'utf8'))).toEqual({ version: 2, contexts: {}, replies: {}, seen: {} });
    expect(JSON.parse(readFileSync(path.join(dir, SECTION_FILES.ratings), 'utf8'))).toEqual({ version: 2, feedback: [], unanswered: [] });
    for (const f of [...Object.values(SECTION_FILES), JOURNAL_FILE_NAME]) expect(statSync(path.join(dir, f)).mode & 0o777, f).toBe(0o600);
  });

  it('loses nothing when 100 people mark 10 steps each, concurrently', async () => {
    const store = await LowdbStore.open(dir);
    const writes: Promise<unknown>[] = [];
    for (let step = 0; step < 10; step++) {
      for (let p = 0; p < 100; p++) {
        writes.push(
          store.update((d) => {
            const person = (d.people[`discord:${p}`] ??= newPerson());
            person.done[`step-${step}`] = new Date().toISOString();
          }),
        );
      }
    }
    await Promise.all(writes);
    await store.close();
    const reopened = await LowdbStore.open(dir);
    const people = Object.values(reopened.data.people);
    expect(people).toHaveLength(100);
    for (const person of people) expect(Object.keys(person.done).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `step-${i}`).sort());
    await reopened.close();
  });

  it('refuses a damaged file with a message naming it, and leaves it untouched', async () => {
    writeFileSync(fileIn(dir), '{"version": 1, "people": {');
    await expect(LowdbStore.open(dir)).rejects.toThrow(StoreError);
    await expect(LowdbStore.open(dir)).rejects.toThrow(fileIn(dir));
    expect(readFileSync(fileIn(dir), 'utf8')).toBe('{"version": 1, "people": {');
  });

  it('refuses a hand-edited file in the wrong shape, points at the field, and keeps the last good copy', async () => {
    const store = await LowdbStore.open(dir);
    await store.update((d) => {
      d.people['slack:U1'] = newPerson();
    });
    await store.close();
    await (await LowdbStore.open(dir)).close(); // a good open keeps a backup
    const good = readFileSync(`${fileIn(dir)}.bak`, 'utf8');
    expect(JSON.parse(good).people['slack:U1']).toBeDefined();
    const edited = JSON.parse(good);
    edited.people['slack:U1'].done = 'yes';
    writeFileSync(fileIn(dir), JSON.stringify(edited));
    const error = await LowdbStore.open(dir).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.message).toMatch(/people\.slack:U1\.done/);
    expect(error.message).toMatch(/\.bak/);
    expect(readFileSync(`${fileIn(dir)}.bak`, 'utf8')).toBe(good);
  });

  it('leaves a valid, consistent earlier state when the process is killed mid-stream', async () => {
    // A child writes an ever-growing, self-checking state; we kill it with SIGKILL while it writes.
    const script = `
      const { LowdbStore } = await import(${JSON.stringify(path.join(repoRoot, 'dist/src/store/lowdb-store.js'))});
      const store = await LowdbStore.open(${JSON.stringify(dir)});
      let n = 0;
      process.stdout.write('ready\\n');
      for (;;) {
        n++;
        await store.update((d) => {
          const p = (d.people['terminal:k'] ??= { goals: [], done: {}, rated: {}, updatedAt: '' });
          p.done['s' + n] = String(n);
          p.updatedAt = String(n);
          d.feedback.push({ replyId: 'r' + n, intent: null, helpful: true, at: String(n) });
        });
      }`;
    await killMidRun(script);
    // Each file is whole (written atomically). A change that spans files is atomic per file: the ratings file is
    // written before the people's, so after a kill it may hold the last batch's ratings too, never fewer.
    const data = JSON.parse(readFileSync(fileIn(dir), 'utf8'));
    const ratings = JSON.parse(readFileSync(path.join(dir, SECTION_FILES.ratings), 'utf8'));
    const person = data.people['terminal:k'];
    const n = Number(person.updatedAt);
    expect(n).toBeGreaterThan(5);
    expect(Object.keys(person.done)).toHaveLength(n);
    expect(ratings.feedback.length).toBeGreaterThanOrEqual(n);
    expect(ratings.feedback.map((f: { at: string }) => Number(f.at))).toEqual(Array.from({ length: ratings.feedback.length }, (_, i) => i + 1));
    // And the store opens it again.
    const reopened = await LowdbStore.open(dir);
    expect(Object.keys(reopened.data.people['terminal:k']!.done)).toHaveLength(n);
    await reopened.close();
    expect(existsSync(fileIn(dir))).toBe(true);
  });
});
