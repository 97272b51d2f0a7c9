// review.ts: turning a group of unanswered questions into examples (added, skipped as already known, or refused and
// removed from the log for identifiers), marking a group out of scope, and grouping the open entries.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { addGroupToIntent, markOutOfScope, reviewGroups, type ReviewGroup } from '../../src/review/review.js';
import { MemoryStore } from '../../src/store/memory.js';
import type { UnansweredEntry } from '../../src/store/state.js';
import { knowledgeDir, sharedUnderstanding } from '../helpers/core.js';

const temp = mkdtempSync(path.join(tmpdir(), 'chartpath-review-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const entry = (id: string, text: string): UnansweredEntry => ({ id, text, reason: 'low-confidence', candidates: [], at: '2026-01-01T00:00:00Z', status: 'open' });

async function storeWith(entries: UnansweredEntry[]): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (const e of entries) await store.addReview(e, 100);
  return store;
}

describe('addGroupToIntent', () => {
  it('adds new questions once, skips known ones, refuses and deletes ones with identifiers, and closes the rest', async () => {
    const dir = path.join(temp, 'kb');
    cpSync(knowledgeDir, dir, { recursive: true });
    const kb = loadKnowledge(dir);
    const known = kb.byId.get('cpt')!.examples[0]!;
    const entries = [
      entry('e1', 'is cpt coding hard to learn'),
      entry('e2', 'Is CPT coding hard to learn?'),
      entry('e3', known),
      entry('e4', 'does okoro need cpt codes, dob 4/5/1961'),
    ];
    const store = await storeWith(entries);
    const result = await addGroupToIntent({ number: 1, entries, closest: [] }, 'cpt', kb, store);
    expect(result.added).toEqual(['is cpt coding hard to learn']);
    expect(result.skipped).toEqual(['Is CPT coding hard to learn?', known]);
    expect(result.refused.map((r) => r.text)).toEqual(['does okoro need cpt codes, dob 4/5/1961']);
    expect(result.refused[0]!.reasons.join(' ')).not.toContain('okoro');
    expect(readFileSync(path.join(dir, 'topics', 'coding', 'cpt.md'), 'utf8')).toContain('- is cpt coding hard to learn\n');
    const log = await store.listReview();
    expect(log.map((e) => [e.id, e.status, e.resolvedTo])).toEqual([
      ['e1', 'added', 'cpt'],
      ['e2', 'added', 'cpt'],
      ['e3', 'added', 'cpt'],
    ]);
  });

  it('refuses an intent id that does not exist, changing nothing', async () => {
    const kb = loadKnowledge(knowledgeDir);
    const store = await storeWith([entry('e1', 'a question')]);
    await expect(addGroupToIntent({ number: 1, entries: [entry('e1', 'a question')], closest: [] }, 'no-such-topic', kb, store)).rejects.toThrow('"no-such-topic" is not the id');
    expect((await store.listReview('open')).length).toBe(1);
  });
});

describe('markOutOfScope and reviewGroups', () => {
  it('marks only the group entries out of scope and says how many', async () => {
    const store = await storeWith([entry('e1', 'x'), entry('e2', 'y'), entry('e3', 'z')]);
    const group: ReviewGroup = { number: 1, entries: [entry('e1', 'x'), entry('e3', 'z')], closest: [] };
    expect(await markOutOfScope(group, store)).toBe(2);
    expect((await store.listReview('open')).map((e) => e.id)).toEqual(['e2']);
  });

  it('groups the open entries only, numbers them from 1, and gives at most three closest intents each', async () => {
    const store = await storeWith([entry('e1', 'how do i renew my rhit'), entry('e2', 'renewing the rhit credential'), entry('e3', 'what is the weather on mars')]);
    await store.setReviewStatus(['e3'], 'out-of-scope');
    const groups = await reviewGroups(store, sharedUnderstanding());
    expect(groups.map((g) => g.number)).toEqual(groups.map((_, i) => i + 1));
    expect(groups.flatMap((g) => g.entries.map((e) => e.id)).sort()).toEqual(['e1', 'e2']);
    for (const g of groups) {
      expect(g.closest.length).toBeLessThanOrEqual(3);
      expect(g.closest.map((c) => c.confidence)).toEqual([...g.closest.map((c) => c.confidence)].sort((a, b) => b - a));
    }
  });
});
