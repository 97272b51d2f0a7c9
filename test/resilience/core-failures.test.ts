// A failure inside one message's handling stays inside it: the person gets the apology, the error is logged (without
// what they wrote), and the next message is answered. Faults: a store whose update throws (or rejects) once, a
// classifier error, a real disk write failure under a LowdbStore, and one failure among many concurrent messages.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Who } from '../../src/core/advisor.js';
import { PHRASES } from '../../src/core/phrases.js';
import type { Reply } from '../../src/contract/index.js';
import { DATA_FILE_NAME, JOURNAL_FILE_NAME, LowdbStore } from '../../src/store/lowdb-store.js';
import { MemoryStore } from '../../src/store/memory.js';
import type { StoreData } from '../../src/store/state.js';
import { recordingLogger } from '../helpers/logger.js';
import { makeAdvisor } from '../helpers/core.js';

/** A MemoryStore whose next update fails: `throw` synchronously inside update, or `reject` later (like a disk write). */
class FlakyStore extends MemoryStore {
  /** What the next updates do, in order (then they succeed). */
  failures: ('ok' | 'throw' | 'reject')[] = [];

  override update<T>(change: (data: StoreData) => T): Promise<T> {
    const failure = this.failures.shift();
    if (failure === 'throw') throw new Error('store update threw: the database is locked');
    if (failure === 'reject') return Promise.reject(new Error('store write rejected: EIO, i/o error'));
    return super.update(change);
  }
}

const who = (person: string): Who => ({ person, channel: 'C1', surface: 'slack' });
const QUESTION = 'what is the RHIT?';

function expectApology(reply: Reply): void {
  expect(reply.kind).toBe('notice');
  expect(reply.text).toBe(PHRASES.error);
  expect(reply.answered).toBe(false);
}

function expectAnswer(reply: Reply): void {
  expect(reply.kind).toBe('answer');
  expect(reply.intent).toBe('rhit');
  expect(reply.text).toContain('RHIT');
}

describe('the store fails once', () => {
  for (const failure of ['throw', 'reject'] as const) {
    it(`update ${failure === 'throw' ? 'throws' : 'rejects'}: ask, run and act each apologise once, log it, and the next message is answered`, async () => {
      const store = new FlakyStore();
      const logger = recordingLogger();
      const advisor = makeAdvisor({ logger }, store);

      store.failures.push(failure);
      expectApology(await advisor.ask({ ...who('U1'), text: QUESTION }));
      expectAnswer(await advisor.ask({ ...who('U1'), text: QUESTION }));

      store.failures.push(failure);
      expectApology(await advisor.run(who('U2'), { name: 'checklist-start', goal: 'rhit', education: 'high-school', experience: 'none' }));
      const started = await advisor.run(who('U2'), { name: 'checklist-start', goal: 'rhit', education: 'high-school', experience: 'none' });
      expect(started.kind).toBe('checklist');
      expect(started.checklist?.total).toBeGreaterThan(0);

      store.failures.push(failure);
      expectApology(await advisor.act(who('U3'), 'topic:rhit'));
      expectAnswer(await advisor.act(who('U3'), 'topic:rhit'));

      const errors = logger.entries.filter((e) => e.level === 'error');
      expect(errors.map((e) => e.msg)).toEqual(['failed to answer a message', 'failed to run a command', 'failed to handle a button']);
      for (const e of errors) {
        expect(((e.obj as { err?: Error }).err as Error).message).toMatch(/store (update threw|write rejected)/);
        expect(JSON.stringify(e.obj)).not.toContain(QUESTION); // what people wrote is never logged
      }
    });
  }

  it('one failing update among 40 concurrent messages: exactly one apology, 39 answers', async () => {
    const store = new FlakyStore();
    const advisor = makeAdvisor({}, store);
    store.failures.push('ok', 'ok', 'ok', 'reject'); // the fourth update fails
    const replies = await Promise.all(Array.from({ length: 40 }, (_, i) => advisor.ask({ ...who(`P${i}`), text: QUESTION })));
    expect(replies.filter((r) => r.text === PHRASES.error)).toHaveLength(1);
    expect(replies.filter((r) => r.kind === 'answer')).toHaveLength(39);
  });
});

describe('the classifier fails', () => {
  it('an exception in understanding: an apology, logged, and the next message is answered', async () => {
    const logger = recordingLogger();
    const advisor = makeAdvisor({ logger });
    const decide = vi.spyOn(advisor.understanding, 'decide').mockImplementationOnce(() => {
      throw new TypeError("Cannot read properties of undefined (reading 'weights')");
    });
    try {
      expectApology(await advisor.ask({ ...who('U9'), text: QUESTION }));
      expectAnswer(await advisor.ask({ ...who('U9'), text: QUESTION }));
      // the /ask command goes through the same understanding
      decide.mockImplementationOnce(() => {
        throw new RangeError('Invalid array length');
      });
      expectApology(await advisor.run(who('U9'), { name: 'ask', question: QUESTION }));
      expectAnswer(await advisor.run(who('U9'), { name: 'ask', question: QUESTION }));
    } finally {
      decide.mockRestore();
    }
    const errors = logger.entries.filter((e) => e.level === 'error');
    expect(errors).toHaveLength(2);
    expect(((errors[0]!.obj as { err: Error }).err as Error).message).toContain('weights');
  });
});

describe('a real disk failure under the LowdbStore', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the people\'s journal cannot be written (a directory took its place): an apology, then answers again once it can', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'chartpath-diskfail-'));
    // A mark is a line appended to the journal (src/store/people-journal.ts); chartpath.json gets it at the close.
    const file = path.join(dir, JOURNAL_FILE_NAME);
    const store = await LowdbStore.open(dir);
    const logger = recordingLogger();
    const advisor = makeAdvisor({ logger }, store);
    const me = who('UDISK');
    expect((await advisor.run(me, { name: 'checklist-start', goal: 'rhit', education: 'high-school', experience: 'none' })).kind).toBe('checklist');

    // The mark's append now fails (EISDIR).
    rmSync(file);
    mkdirSync(file);
    expectApology(await advisor.run(me, { name: 'checklist-done', step: '1' }));
    expect(((logger.entries.find((e) => e.level === 'error')!.obj as { err: Error }).err as Error).message).toMatch(/EISDIR|EPERM|illegal operation on a directory/i);

    // The disk is back: the next message is answered and written. The earlier change was reported as failed, so
    // it was undone: it is not saved behind the person's back by this later write.
    rmdirSync(file);
    const done = await advisor.run(me, { name: 'checklist-done', step: '2' });
    expect(done.kind).toBe('checklist');
    expect(done.checklist?.doneCount).toBe(1);
    await store.close();
    const onDisk = JSON.parse(readFileSync(path.join(dir, DATA_FILE_NAME), 'utf8')) as StoreData;
    expect(Object.keys(onDisk.people['slack:UDISK']!.done)).toHaveLength(1);
  }, 20_000);
});
