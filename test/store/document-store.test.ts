// document-store.ts: what the shared document store adds beyond the storage contract (test/store/contract.ts):
// which parts of the file each operation asks to be written, who is named for the journal, copies in and out, and
// the sweep of expired contexts.
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory.js';
import { seededRandom } from '../../src/util/seeded-random.js';
import { newPerson, type StoreData } from '../../src/store/state.js';

/** A memory store that records the sections and people each update names (what the lowdb store would write). */
class RecordingStore extends MemoryStore {
  updates: { sections: readonly string[] | undefined; people: readonly string[] | undefined }[] = [];
  override async update<T>(change: (data: StoreData) => T, sections?: readonly string[], people?: readonly string[]): Promise<T> {
    const result = await super.update(change);
    this.updates.push({ sections: sections && [...sections], people: people && [...people] });
    return result;
  }
}

const day = (d: number) => new Date(Date.UTC(2026, 0, d));

describe('DocumentStore sections and journal names', () => {
  it('a person change writes the people section and names the person only when the change keeps something', async () => {
    const store = new RecordingStore();
    await store.changePerson('slack:U1', () => undefined);
    await store.changePerson('slack:U1', () => newPerson(day(1)));
    expect(store.updates).toEqual([
      { sections: ['people'], people: [] },
      { sections: ['people'], people: ['slack:U1'] },
    ]);
  });

  it('an answer writes the talk section only; a rating the ratings section only', async () => {
    const store = new RecordingStore();
    await store.putContext('slack:U1|C1', { topic: 'rhit', at: 1 }, 1000);
    await store.putReply('r1', { intent: 'rhit', at: 1 }, 10);
    await store.putFeedback({ replyId: 'r1', intent: 'rhit', helpful: true, at: day(1).toISOString() });
    expect(store.updates.map((w) => w.sections)).toEqual([['talk'], ['talk'], ['ratings']]);
  });

  it('a prune that removes nobody writes no section; one that forgets a person writes people and talk', async () => {
    const store = new RecordingStore();
    await store.changePerson('slack:U1', () => newPerson(day(10)));
    store.updates = [];
    const request = { feedbackBefore: day(1), maxFeedback: 100, peopleBefore: day(5), reviewBefore: day(1), maxReview: 100 };
    await store.prune(request);
    await store.prune({ ...request, peopleBefore: day(20) });
    expect(store.updates.map((w) => w.sections)).toEqual([[], ['people', 'talk']]);
    expect(await store.getPerson('slack:U1')).toBeUndefined();
  });
});

describe('DocumentStore copies', () => {
  it('what goes in and what comes out are copies: changing them never changes the document', async () => {
    const store = new MemoryStore();
    const person = newPerson(day(1));
    await store.changePerson('k', () => person);
    person.done['x'] = 'later';
    const out = (await store.getPerson('k'))!;
    out.done['y'] = 'later';
    expect(store.data.people['k']!.done).toEqual({});
  });

  it('keeps an own "__proto__" key of a context as a key, without touching the prototype', async () => {
    const store = new MemoryStore();
    const context = JSON.parse('{"topic":"rhit","at":1,"__proto__":{"polluted":true}}') as { topic: string; at: number };
    await store.putContext('k|c', context, 1000);
    const back = (await store.getContext('k|c', 0)) as Record<string, unknown>;
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(back, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(back).not.toHaveProperty('expiresAt');
  });
});

describe('DocumentStore contexts and prefixes', () => {
  it('pruneContexts drops expired contexts only and says how many', async () => {
    const store = new MemoryStore();
    await store.putContext('a|c', { at: 1 }, 100);
    await store.putContext('b|c', { at: 1 }, 300);
    expect(await store.pruneContexts(200)).toBe(1);
    expect(Object.keys(store.data.contexts)).toEqual(['b|c']);
  });

  it('every 128 writes, the expired contexts at the front leave; one expired behind a live one waits for pruneContexts', async () => {
    const store = new MemoryStore();
    // Written out of expiry order: 'late|c' expires at 50 but stands behind 'live|c', which lives until 10,000.
    await store.putContext('early|c', { at: 0 }, 10);
    await store.putContext('live|c', { at: 0 }, 10_000);
    await store.putContext('late|c', { at: 0 }, 50);
    // 125 more contexts, each expired by the 128th write at time 1,000, then that write.
    for (let i = 0; i < 124; i++) await store.putContext(`p${i}|c`, { at: i }, 100 + i);
    expect(Object.keys(store.data.contexts)).toHaveLength(127);
    await store.putContext('now|c', { at: 1000 }, 2000);
    // The sweep on the way removed the expired front ('early|c') and stopped at the first live context.
    expect(Object.keys(store.data.contexts).slice(0, 2)).toEqual(['live|c', 'late|c']);
    expect(store.data.contexts['early|c']).toBeUndefined();
    // What stays behind is never read as live, and the full sweep takes every expired context wherever it stands.
    expect(await store.getContext('late|c', 1000)).toBeUndefined();
    expect(await store.pruneContexts(1000)).toBe(125);
    expect(Object.keys(store.data.contexts)).toEqual(['live|c', 'now|c']);
  });

  it('the sweep on the way empties a front of expired contexts written in order (a long stdin run stays bounded)', async () => {
    const store = new MemoryStore();
    for (let i = 0; i < 1024; i++) await store.putContext(`p${i}|c`, { at: i }, i + 100);
    // At the 1,024th write (time 1,023) every context that expired by then (expiry <= 1,023) is gone.
    expect(Object.keys(store.data.contexts)).toHaveLength(100);
    expect(Object.keys(store.data.contexts)[0]).toBe('p924|c');
  });

  it('the sweep on the way takes what a walk of the contexts in write order would, through re-puts, prunes and forgets', async () => {
    const store = new MemoryStore();
    // The reference: a Map keeps write order as the record does (a re-put moves a key last); its sweep walks it.
    const ref = new Map<string, number>();
    const random = seededRandom(5);
    let writes = 0;
    for (let t = 0; t < 6000; t++) {
      const key = `${random() < 0.1 ? 'gone' : 'p'}${Math.floor(random() * 400)}|c`;
      const expiresAt = t + 1 + Math.floor(random() * (random() < 0.05 ? 5000 : 300));
      await store.putContext(key, { at: t }, expiresAt);
      ref.delete(key);
      ref.set(key, expiresAt);
      if (++writes % 128 === 0) {
        for (const [k, e] of ref) {
          if (e > t) break;
          ref.delete(k);
        }
      }
      if (t % 700 === 0) {
        await store.pruneContexts(t);
        for (const [k, e] of ref) if (e <= t) ref.delete(k);
      }
      if (t % 1100 === 0) {
        for (const k of Object.keys(store.data.contexts)) if (k.startsWith('gone')) delete store.data.contexts[k];
        for (const k of ref.keys()) if (k.startsWith('gone')) ref.delete(k);
      }
      if (t % 97 === 0) expect(Object.keys(store.data.contexts)).toEqual([...ref.keys()]);
    }
  });

  it('forgetPeopleWithPrefix refuses an empty prefix instead of forgetting everyone', async () => {
    const store = new MemoryStore();
    await store.changePerson('slack:T1:U1', () => newPerson());
    await expect(store.forgetPeopleWithPrefix('')).rejects.toThrow('empty prefix');
    expect(await store.forgetPeopleWithPrefix('slack:T1:')).toBe(1);
  });
});
