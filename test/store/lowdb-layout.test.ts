// The lowdb store's files (src/store/file-layout.ts): an answer rewrites the small conversations file and nobody's
// profile; a data folder from before the split (one chartpath.json, version 1) is split on its first start with
// nothing lost; forget-me removes the person from every file and every backup.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DATA_FILE_NAME, LowdbStore, SECTION_FILES } from '../../src/store/lowdb-store.js';
import { newPerson } from '../../src/store/state.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'chartpath-layout-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const mark = (step: string) => (p = newPerson()) => ({ ...p, done: { ...p.done, [step]: '2026-06-01T00:00:00.000Z' } });

it("an answer's writes (context, reply id, handled request) leave the people's file untouched; a mark writes it", async () => {
  const store = await LowdbStore.open(dir, { lockWaitMs: 0 });
  await store.changePerson('slack:U1', mark('a'));
  const people = path.join(dir, DATA_FILE_NAME);
  // Every write is a new file renamed into place: an unchanged inode means the file was not written.
  const before = statSync(people).ino;
  const talkBefore = statSync(path.join(dir, SECTION_FILES.talk)).ino;
  await Promise.all([store.putContext('slack:U1|C1', { topic: 'rhit', at: 1 }, Date.now() + 60_000), store.putReply('r1', { intent: 'rhit', at: 1 }, 10)]);
  await store.claim(['ev1'], 1, Date.now() + 60_000);
  await store.flush();
  expect(statSync(people).ino).toBe(before);
  expect(statSync(path.join(dir, SECTION_FILES.talk)).ino).not.toBe(talkBefore);
  expect(JSON.parse(read(SECTION_FILES.talk)).contexts['slack:U1|C1']).toMatchObject({ topic: 'rhit' });
  await store.changePerson('slack:U1', mark('b'));
  expect(statSync(people).ino).not.toBe(before);
  await store.close();
});

it('splits a single data file from an older version on first start, keeps it as the backup, and loses nothing', async () => {
  const old = {
    version: 1,
    people: { 'slack:U1': { ...newPerson(new Date('2026-05-01T00:00:00.000Z')), done: { a: '2026-05-01T00:00:00.000Z' } } },
    contexts: { 'slack:U1|C1': { topic: 'rhit', at: 1, expiresAt: 9e15 } },
    feedback: [{ replyId: 'r1', intent: 'rhit', helpful: true, at: '2026-05-01T00:00:00.000Z' }],
    unanswered: [{ id: 'q1', text: 'a question', reason: 'low-confidence', candidates: [], at: '2026-05-01T00:00:00.000Z', status: 'open', by: 'tag1' }],
    replies: { r1: { intent: 'rhit', at: 1 } },
    // No `seen`, no `installations`: files from before those existed.
  };
  const oldText = JSON.stringify(old, null, 2);
  writeFileSync(path.join(dir, DATA_FILE_NAME), oldText, { mode: 0o600 });

  const store = await LowdbStore.open(dir, { lockWaitMs: 0 });
  expect((await store.getPerson('slack:U1'))?.done).toEqual({ a: '2026-05-01T00:00:00.000Z' });
  expect(await store.getContext('slack:U1|C1', 2)).toEqual({ topic: 'rhit', at: 1 });
  expect(await store.getReply('r1')).toEqual({ intent: 'rhit', at: 1 });
  expect(await store.listFeedback()).toEqual(old.feedback);
  expect((await store.listReview()).map((e) => e.id)).toEqual(['q1']);
  await store.close();

  // On disk: three files in the new layout, each with its own part only; the old file is the backup.
  expect(JSON.parse(read(DATA_FILE_NAME))).toEqual({ version: 2, people: old.people });
  expect(JSON.parse(read(SECTION_FILES.talk))).toEqual({ version: 2, contexts: old.contexts, replies: old.replies, seen: {} });
  expect(JSON.parse(read(SECTION_FILES.ratings))).toEqual({ version: 2, feedback: old.feedback, unanswered: old.unanswered });
  expect(read(`${DATA_FILE_NAME}.bak`)).toBe(oldText);

  // And the split folder opens again as it is.
  const again = await LowdbStore.open(dir, { lockWaitMs: 0 });
  expect((await again.getPerson('slack:U1'))?.done).toEqual({ a: '2026-05-01T00:00:00.000Z' });
  expect(await again.listFeedback()).toEqual(old.feedback);
  await again.close();
});

it('forget-me removes the person from every file and every backup, and keeps everyone else', async () => {
  const first = await LowdbStore.open(dir, { lockWaitMs: 0 });
  for (const who of ['slack:GONE', 'slack:KEPT']) {
    await first.changePerson(who, mark('a'));
    await first.putContext(`${who}|C1`, { topic: 'rhit', at: 1 }, Date.now() + 60_000);
    await first.addReview({ id: `q-${who}`, text: 'a question', reason: 'low-confidence', candidates: [], at: '2026-05-01T00:00:00.000Z', status: 'open', by: `tag-${who}` }, 100);
  }
  await first.close();
  // A second start keeps a backup of every file, each still holding the person.
  const store = await LowdbStore.open(dir, { lockWaitMs: 0 });
  const backups = readdirSync(dir).filter((f) => f.endsWith('.bak'));
  expect(backups.sort()).toEqual(Object.values(SECTION_FILES).map((f) => `${f}.bak`).sort());
  expect(backups.filter((f) => read(f).includes('GONE'))).toHaveLength(3);

  expect(await store.forgetPerson('slack:GONE', 'tag-slack:GONE')).toBe(true);
  await store.purgeOldCopies();
  await store.close();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json') || n.endsWith('.bak'))) {
    expect(read(f), f).not.toMatch(/GONE/);
  }
  expect(read(DATA_FILE_NAME)).toMatch(/slack:KEPT/);
  expect(read(SECTION_FILES.talk)).toMatch(/slack:KEPT\|C1/);
  expect(read(SECTION_FILES.ratings)).toMatch(/tag-slack:KEPT/);
});

it('a damaged conversations file is refused with its name, and left as it was', async () => {
  await (await LowdbStore.open(dir, { lockWaitMs: 0 })).close();
  writeFileSync(path.join(dir, SECTION_FILES.talk), '{"version": 2, "contexts": {');
  await expect(LowdbStore.open(dir, { lockWaitMs: 0 })).rejects.toThrow(path.join(dir, SECTION_FILES.talk));
  expect(read(SECTION_FILES.talk)).toBe('{"version": 2, "contexts": {');
});
