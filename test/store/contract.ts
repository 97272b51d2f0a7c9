// The storage port's contract (src/store/port.ts): one suite, run against every implementation (memory, lowdb,
// PostgreSQL), so they all behave the same for the core. `open` gives a fresh, empty store; `reopen` (when the store
// keeps data) closes it and opens the same data again.
import { afterEach, expect, it } from 'vitest';
import type { Store } from '../../src/store/port.js';
import { newPerson, type PersonState, type UnansweredEntry } from '../../src/store/state.js';

export interface ContractTarget {
  open(): Promise<Store>;
  /** Closes this store and opens its data again (a restart); absent for the memory store. */
  reopen?(store: Store): Promise<Store>;
}

const at = (iso: string) => new Date(iso);
const line = (id: string, iso: string, by?: string): UnansweredEntry => ({ id, text: `question ${id}`, reason: 'low-confidence', candidates: [{ intent: 'rhit', confidence: 0.4 }], at: iso, status: 'open', ...(by ? { by } : {}) });
const withStep = (step: string, iso = '2026-06-01T00:00:00.000Z') => (p: PersonState | undefined) => {
  const person = p ?? newPerson(at(iso));
  person.done[step] = iso;
  person.updatedAt = iso;
  return person;
};

export function storeContract(target: ContractTarget): void {
  const open: Store[] = [];
  const fresh = async () => {
    const s = await target.open();
    open.push(s);
    return s;
  };
  afterEach(async () => {
    for (const s of open.splice(0)) await s.close().catch(() => {});
  });

  it('people: none at first; a change creates, changes and returns the person; a change that keeps nothing stores nothing', async () => {
    const s = await fresh();
    expect(await s.getPerson('slack:U1')).toBeUndefined();
    expect(await s.changePerson('slack:U1', () => undefined)).toBeUndefined();
    expect(await s.getPerson('slack:U1')).toBeUndefined();
    const made = await s.changePerson('slack:U1', withStep('a'));
    expect(made?.done).toEqual({ a: '2026-06-01T00:00:00.000Z' });
    await s.changePerson('slack:U1', withStep('b'));
    expect(Object.keys((await s.getPerson('slack:U1'))!.done).sort()).toEqual(['a', 'b']);
    // What a caller holds is a copy: changing it changes nothing stored.
    const copy = (await s.getPerson('slack:U1'))!;
    copy.done.z = 'x';
    expect((await s.getPerson('slack:U1'))!.done.z).toBeUndefined();
  });

  it('people: 40 concurrent changes of one person (and of a second one) are all kept', async () => {
    const s = await fresh();
    await Promise.all(Array.from({ length: 40 }, (_, i) => [s.changePerson('slack:U1', withStep(`s${i}`)), s.changePerson('slack:U2', withStep(`s${i}`))]).flat());
    expect(Object.keys((await s.getPerson('slack:U1'))!.done)).toHaveLength(40);
    expect(Object.keys((await s.getPerson('slack:U2'))!.done)).toHaveLength(40);
  });

  it('forgetPerson deletes the person, their contexts and their review lines, and nobody else’s', async () => {
    const s = await fresh();
    await s.changePerson('slack:U1', withStep('a'));
    await s.changePerson('slack:U10', withStep('a'));
    await s.putContext('slack:U1|C1', { topic: 'rhit', at: 1 }, Date.now() + 60_000);
    await s.putContext('slack:U10|C1', { topic: 'rhit', at: 1 }, Date.now() + 60_000);
    await s.addReview(line('q1', '2026-06-01T00:00:00.000Z', 'tag-u1'), 100);
    await s.addReview(line('q2', '2026-06-01T00:00:00.000Z', 'tag-u10'), 100);
    expect(await s.forgetPerson('slack:U1', 'tag-u1')).toBe(true);
    expect(await s.getPerson('slack:U1')).toBeUndefined();
    expect(await s.getContext('slack:U1|C1', Date.now())).toBeUndefined();
    expect((await s.listReview()).map((e) => e.id)).toEqual(['q2']);
    expect(await s.getPerson('slack:U10')).toBeDefined();
    expect(await s.getContext('slack:U10|C1', Date.now())).toBeDefined();
    expect(await s.forgetPerson('slack:U1', 'tag-u1')).toBe(false);
  });

  it('forgetPeopleWithPrefix deletes one workspace’s people and contexts', async () => {
    const s = await fresh();
    for (const k of ['slack:T1/U1', 'slack:T1/U2', 'slack:T2/U1']) await s.changePerson(k, withStep('a'));
    await s.putContext('slack:T1/U1|C', { topic: 'rhit', at: 1 }, Date.now() + 60_000);
    expect(await s.forgetPeopleWithPrefix('slack:T1/')).toBe(2);
    expect(await s.getPerson('slack:T1/U2')).toBeUndefined();
    expect(await s.getContext('slack:T1/U1|C', Date.now())).toBeUndefined();
    expect(await s.getPerson('slack:T2/U1')).toBeDefined();
    await expect(s.forgetPeopleWithPrefix('')).rejects.toThrow(/everyone/);
  });

  it('contexts: read back until they expire, never after; pruning removes the expired ones', async () => {
    const s = await fresh();
    await s.putContext('p|c', { topic: 'rhit', entity: 'rhit', also: ['rhia'], at: 1000 }, 5000);
    expect(await s.getContext('p|c', 4999)).toEqual({ topic: 'rhit', entity: 'rhit', also: ['rhia'], at: 1000 });
    expect(await s.getContext('p|c', 5000)).toBeUndefined();
    await s.putContext('p|c', { offered: ['cca'], at: 2000 }, 9000);
    expect(await s.getContext('p|c', 5000)).toEqual({ offered: ['cca'], at: 2000 });
    await s.putContext('q|c', { topic: 'cca', at: 1000 }, 3000);
    expect(await s.pruneContexts(5000)).toBe(1);
    expect(await s.getContext('p|c', 5000)).toBeDefined();
  });

  it('replies: remembered by id, at most `keep`, the oldest leave first', async () => {
    const s = await fresh();
    for (let i = 0; i < 5; i++) await s.putReply(`r${i}`, { intent: i % 2 ? null : 'rhit', at: i }, 3);
    expect(await s.getReply('r0')).toBeUndefined();
    expect(await s.getReply('r1')).toBeUndefined();
    expect(await s.getReply('r2')).toEqual({ intent: 'rhit', at: 2 });
    expect(await s.getReply('r3')).toEqual({ intent: null, at: 3 });
    // Putting an id again moves it to the newest without counting it twice: three stay.
    await s.putReply('r3', { intent: 'rhit', at: 5 }, 3);
    await s.putReply('r3', { intent: 'rhit', at: 6 }, 3);
    expect(await s.getReply('r2')).toEqual({ intent: 'rhit', at: 2 });
    await s.putReply('r5', { intent: null, at: 7 }, 3);
    expect(await s.getReply('r2')).toBeUndefined();
    expect(await s.getReply('r4')).toEqual({ intent: 'rhit', at: 4 });
    expect(await s.getReply('r3')).toEqual({ intent: 'rhit', at: 6 });
    expect(await s.getReply('r5')).toEqual({ intent: null, at: 7 });
  });

  it('feedback: a second rating of a reply replaces the first', async () => {
    const s = await fresh();
    await s.putFeedback({ replyId: 'r1', intent: 'rhit', helpful: true, at: '2026-06-01T00:00:00.000Z' });
    await s.putFeedback({ replyId: 'r2', intent: null, helpful: true, at: '2026-06-01T00:00:00.000Z' });
    await s.putFeedback({ replyId: 'r1', intent: 'rhit', helpful: false, at: '2026-06-02T00:00:00.000Z' });
    expect(await s.listFeedback()).toEqual([
      { replyId: 'r1', intent: 'rhit', helpful: false, at: '2026-06-02T00:00:00.000Z' },
      { replyId: 'r2', intent: null, helpful: true, at: '2026-06-01T00:00:00.000Z' },
    ]);
  });

  it('review log: appended in order, capped, filtered by status, closed and deleted by id', async () => {
    const s = await fresh();
    for (let i = 0; i < 5; i++) await s.addReview(line(`q${i}`, `2026-06-0${i + 1}T00:00:00.000Z`), 4);
    expect((await s.listReview()).map((e) => e.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(await s.setReviewStatus(['q1', 'q2', 'nope'], 'added', 'rhit')).toBe(2);
    expect(await s.setReviewStatus(['q3'], 'out-of-scope')).toBe(1);
    expect((await s.listReview('open')).map((e) => e.id)).toEqual(['q4']);
    expect((await s.listReview('added')).map((e) => [e.id, e.resolvedTo])).toEqual([['q1', 'rhit'], ['q2', 'rhit']]);
    expect(await s.deleteReview(['q2', 'q4'])).toBe(2);
    expect((await s.listReview()).map((e) => e.id)).toEqual(['q1', 'q3']);
    expect((await s.listReview())[0]).toEqual({ ...line('q1', '2026-06-02T00:00:00.000Z'), status: 'added', resolvedTo: 'rhit' });
  });

  it('prune: old ratings, inactive people (with their contexts) and old review lines go; caps apply; the rest stays', async () => {
    const s = await fresh();
    await s.putFeedback({ replyId: 'old', intent: 'rhit', helpful: true, at: '2025-01-01T00:00:00.000Z' });
    for (let i = 0; i < 3; i++) await s.putFeedback({ replyId: `new${i}`, intent: 'rhit', helpful: true, at: `2026-05-0${i + 1}T00:00:00.000Z` });
    await s.changePerson('slack:GONE', withStep('a', '2024-01-01T00:00:00.000Z'));
    await s.changePerson('slack:HERE', withStep('a', '2026-05-30T00:00:00.000Z'));
    await s.putContext('slack:GONE|c', { topic: 'rhit', at: 1 }, Date.now() + 60_000);
    await s.addReview(line('q-old', '2025-01-01T00:00:00.000Z'), 100);
    for (let i = 0; i < 3; i++) await s.addReview(line(`q${i}`, `2026-05-0${i + 1}T00:00:00.000Z`), 100);
    const pruned = await s.prune({ feedbackBefore: at('2026-01-01'), maxFeedback: 2, peopleBefore: at('2026-01-01'), reviewBefore: at('2026-01-01'), maxReview: 2 });
    expect(pruned).toEqual({ feedback: 2, people: 1, reviewLog: 2 });
    expect((await s.listFeedback()).map((f) => f.replyId)).toEqual(['new1', 'new2']);
    expect(await s.getPerson('slack:GONE')).toBeUndefined();
    expect(await s.getContext('slack:GONE|c', Date.now())).toBeUndefined();
    expect(await s.getPerson('slack:HERE')).toBeDefined();
    expect((await s.listReview()).map((e) => e.id)).toEqual(['q1', 'q2']);
  });

  it('handled requests: the first claim wins, a repeat loses until the record expires; of concurrent claims exactly one wins', async () => {
    const s = await fresh();
    expect(await s.claim(['ev1'], 1000, 2000)).toBe(true);
    expect(await s.claimed('ev1', 1500)).toBe(true);
    expect(await s.claim(['ev1'], 1500, 2500)).toBe(false);
    expect(await s.claim(['ev2', 'ev1'], 1500, 2500)).toBe(false);
    expect(await s.claim(['ev1'], 3000, 4000)).toBe(true);
    expect(await s.claimed('ev3', 1000)).toBe(false);
    const wins = await Promise.all(Array.from({ length: 20 }, () => s.claim(['race'], 1000, 9000)));
    expect(wins.filter(Boolean)).toHaveLength(1);
  });

  it('installations: put, get, list, reinstall keeps the first installedAt, delete', async () => {
    const s = await fresh();
    const rec = { platform: 'slack' as const, key: 'T1', teamId: 'T1', isEnterpriseInstall: false, data: { bot: { token: 'xoxb-1' } } };
    const first = await s.putInstallation(rec, at('2026-01-01T00:00:00.000Z'));
    expect(first).toMatchObject({ ...rec, installedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
    const again = await s.putInstallation({ ...rec, data: { bot: { token: 'xoxb-2' } } }, at('2026-02-01T00:00:00.000Z'));
    expect(again).toMatchObject({ installedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-02-01T00:00:00.000Z', data: { bot: { token: 'xoxb-2' } } });
    expect(await s.getInstallation('slack', 'T1')).toEqual(again);
    expect(await s.listInstallations('slack')).toEqual([again]);
    expect(await s.deleteInstallation('slack', 'T1')).toBe(true);
    expect(await s.deleteInstallation('slack', 'T1')).toBe(false);
    expect(await s.getInstallation('slack', 'T1')).toBeUndefined();
  });

  if (target.reopen) {
    const reopen = target.reopen.bind(target);
    it('keeps everything across a restart', async () => {
      const s = await fresh();
      await s.changePerson('slack:U1', withStep('a'));
      // Every field of a context, so that a field the file's validation does not know is caught being dropped.
      const context = { topic: 'rhit', entity: 'rhit', part: 'Exam', asked: 'length', also: ['rhia'], declined: 'What does a {career} make?', named: 'AAPC', offered: ['cca'], at: 1 };
      await s.putContext('slack:U1|c', context, Date.now() + 60_000);
      await s.putReply('r1', { intent: 'rhit', at: 1 }, 10);
      await s.claim(['ev1'], Date.now(), Date.now() + 60_000);
      const again = await reopen(s);
      open.push(again);
      expect((await again.getPerson('slack:U1'))?.done).toEqual({ a: '2026-06-01T00:00:00.000Z' });
      expect(await again.getContext('slack:U1|c', Date.now())).toEqual(context);
      expect(await again.getReply('r1')).toEqual({ intent: 'rhit', at: 1 });
      expect(await again.claimed('ev1', Date.now())).toBe(true);
    });
  }
}
