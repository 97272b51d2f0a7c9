import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Advisor } from '../../src/core/advisor.js';
import { Understanding } from '../../src/understanding/understand.js';
import { inspectKnowledge, loadKnowledge } from '../../src/knowledge/load.js';
import { insertExamples } from '../../src/review/add-examples.js';
import { addGroupToIntent, markOutOfScope, reviewGroups } from '../../src/review/review.js';
import { LowdbStore } from '../../src/store/lowdb-store.js';
import { knowledgeDir } from '../helpers/core.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'chartpath-review-'));
const kbDir = path.join(tmp, 'knowledge');
const dataDir = path.join(tmp, 'data');
cpSync(knowledgeDir, kbDir, { recursive: true });
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const who = (n: number) => ({ person: `u${n}`, channel: 'c', surface: 'slack' as const });

// Realistic questions about a records task the knowledge base does not phrase this way yet.
const GAP = ['how do I handle chart deficiency tracking at my job', 'chart deficiency tracking tips for a beginner', 'explain deficiency tracking of charts'];
const UNRELATED = ['whats the best pizza topping', 'who won the football game last night'];

describe('the unanswered-question review loop', () => {
  it('logs unanswered questions, groups them, adds a group to an intent, and the questions become answerable', async () => {
    const store = await LowdbStore.open(dataDir);
    const before = new Advisor(loadKnowledge(kbDir), store);
    for (const [i, q] of GAP.entries()) {
      const reply = await before.ask({ ...who(i), text: q });
      expect(reply.intent, q).not.toBe('daily-duties');
    }
    // A question with patient details is never logged, even when unanswered.
    await before.ask({ ...who(9), text: 'patient Maria Lopez DOB 03/14/1962 chart deficiency tracking?' });
    expect(store.data.unanswered.length).toBeGreaterThanOrEqual(GAP.length - 1);
    expect(JSON.stringify(store.data)).not.toMatch(/Lopez|1962/);

    const groups = await reviewGroups(store, new Understanding(loadKnowledge(kbDir)));
    const gap = groups.find((g) => g.entries.some((e) => /deficiency/.test(e.text)))!;
    expect(gap.entries.length).toBeGreaterThanOrEqual(2);
    expect(gap.closest.length).toBeGreaterThan(0);

    const file = path.join(kbDir, 'topics', 'role', 'daily-duties.md');
    const original = readFileSync(file, 'utf8');
    const result = await addGroupToIntent(gap, 'daily-duties', loadKnowledge(kbDir), store);
    expect(result.added.length).toBe(gap.entries.length);

    // The file keeps its formatting: only new example lines were inserted.
    const edited = readFileSync(file, 'utf8');
    const removed = original.split('\n').filter((l) => !edited.split('\n').includes(l));
    expect(removed).toEqual([]);
    expect(edited.split('\n').length).toBe(original.split('\n').length + result.added.length);
    expect(inspectKnowledge(kbDir).problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(store.data.unanswered.filter((e) => gap.entries.some((g) => g.id === e.id)).every((e) => e.status === 'added')).toBe(true);

    const after = new Advisor(loadKnowledge(kbDir), store);
    for (const [i, q] of GAP.entries()) {
      const reply = await after.ask({ ...who(100 + i), text: q });
      if (gap.entries.some((e) => e.text === q)) expect(reply, q).toMatchObject({ answered: true, intent: 'daily-duties' });
    }
    await store.close();
  });

  it('marks a group out of scope so it leaves the review', async () => {
    const store = await LowdbStore.open(dataDir);
    const advisor = new Advisor(loadKnowledge(kbDir), store);
    for (const [i, q] of UNRELATED.entries()) await advisor.ask({ ...who(200 + i), text: q });
    const understanding = new Understanding(loadKnowledge(kbDir));
    const open = await reviewGroups(store, understanding);
    for (const g of open) await markOutOfScope(g, store);
    expect(await reviewGroups(store, understanding)).toEqual([]);
    expect(store.data.unanswered.every((e) => e.status !== 'open')).toBe(true);
    await store.close();
  });
});

describe('inserting examples', () => {
  it('adds lines after the last example, quoting only when needed', () => {
    const text = '---\nid: x\n# a comment\nexamples:\n  - one\n  - "two: yes"\nrelated: [a, b]\n---\nbody\n';
    const out = insertExamples(text, ['three', 'four: with colon', "it's #1"]);
    expect(out).toBe('---\nid: x\n# a comment\nexamples:\n  - one\n  - "two: yes"\n  - three\n  - "four: with colon"\n  - "it\'s #1"\nrelated: [a, b]\n---\nbody\n');
  });

  it('refuses a file without a block list of examples', () => {
    expect(() => insertExamples('---\nid: x\nexamples: [a]\n---\n', ['b'])).toThrow(/examples/);
  });
});
