// `chartpath review` (cli/review.ts), in process: what the curator reads for the open groups of unanswered
// questions (text, JSON, none), the one-shot --add / --out-of-scope edits with the knowledge check after them, and
// the interactive loop's answers. The grouping and the edits themselves: test/review/.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runReview, type ReviewOptions } from '../../src/cli/review.js';
import { Advisor } from '../../src/core/advisor.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { MemoryStore } from '../../src/store/memory.js';
import { sharedUnderstanding } from '../helpers/core.js';
import { copyKnowledge } from '../helpers/eval.js';

// Questions the knowledge base does not phrase this way (they are logged as unanswered), as in test/review/.
const GAP = ['how do I handle chart deficiency tracking at my job', 'chart deficiency tracking tips for a beginner', 'explain deficiency tracking of charts'];

/** A copy of the knowledge base and a store whose review log holds the questions it could not answer. */
async function setUp(): Promise<{ root: string; store: MemoryStore; logged: number }> {
  const root = copyKnowledge();
  const store = new MemoryStore();
  // The copy is the repository's knowledge base: the shared trained understanding answers for it.
  const advisor = new Advisor(loadKnowledge(root), store, { understanding: sharedUnderstanding() });
  for (const [i, text] of GAP.entries()) await advisor.ask({ person: `u${i}`, channel: 'c', surface: 'slack', text });
  const logged = (await store.listReview('open')).length;
  expect(logged).toBeGreaterThanOrEqual(2);
  return { root, store, logged };
}

/** Runs the review; with `typed`, interactively, each line typed once the previous prompt (ending "> ") is shown. */
async function review(root: string, store: MemoryStore, options: ReviewOptions, typed?: string[]): Promise<{ code: number; out: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  const lines = [...(typed ?? [])];
  let out = '';
  output.on('data', (d: Buffer) => {
    out += d.toString();
    if (out.endsWith('> ')) {
      const line = lines.shift();
      if (line === undefined) input.end();
      else input.write(`${line}\n`);
    }
  });
  if (!typed) input.end();
  const code = await runReview(root, store, options, { input, output, interactive: typed !== undefined });
  return { code, out };
}

describe('runReview', () => {
  it('lists each group: its questions, why they were logged, the closest intents; JSON on request; "none" when empty', async () => {
    const { root, store, logged } = await setUp();
    const text = await review(root, store, { list: true });
    expect(text.code).toBe(0);
    expect(text.out).toMatch(new RegExp(`^Group 1: ${logged} questions \\([a-z-]+(, [a-z-]+)*\\)\\n`));
    for (const q of (await store.listReview('open')).map((e) => e.text)) expect(text.out).toContain(`    - ${q}\n`);
    expect(text.out).toMatch(/\n {2}closest intents: [a-z-]+ \(0\.\d\d\)(, [a-z-]+ \(\d\.\d\d\))*\n$/);

    const json = JSON.parse((await review(root, store, { list: true, json: true })).out) as { number: number; questions: { text: string }[]; closest: unknown[] }[];
    expect(json).toHaveLength(1);
    expect(json[0]!.number).toBe(1);
    expect(json[0]!.questions).toHaveLength(logged);
    expect(json[0]!.closest.length).toBeGreaterThan(0);

    expect((await review(root, new MemoryStore(), { list: true })).out).toBe('No open questions to review.\n');
    // Not on a terminal (a pipe, a script), no question is asked: the list is printed instead.
    expect(await review(root, store, {})).toEqual(text);
  }, 120_000);

  it('--add needs --to and an existing group number, and says so', async () => {
    const { root, store } = await setUp();
    await expect(review(root, store, { add: '1' })).rejects.toThrow('Say which intent to add the questions to: --to <intent-id>');
    await expect(review(root, store, { add: '7', to: 'daily-duties' })).rejects.toThrow('There is no group 7; run `chartpath review --list` to see the 1 open group(s).');
  }, 120_000);

  it('--add N --to <intent>: the examples are added to its file and the knowledge check still passes', async () => {
    const { root, store, logged } = await setUp();
    const { code, out } = await review(root, store, { add: '1', to: 'daily-duties' });
    expect(code).toBe(0);
    expect(out).toBe(`Added ${logged} example(s) to topics/role/daily-duties.md.\nThe knowledge check passes.\n`);
    expect(loadKnowledge(root).byId.get('daily-duties')!.examples).toEqual(expect.arrayContaining((await store.listReview('added')).map((e) => e.text)));
    expect((await review(root, store, { list: true })).out).toBe('No open questions to review.\n');
  }, 120_000);

  it('--out-of-scope N: says how many, and the group leaves the review', async () => {
    const { root, store, logged } = await setUp();
    const { code, out } = await review(root, store, { outOfScope: '1' });
    expect(code).toBe(0);
    expect(out).toBe(`Marked ${logged} question(s) out of scope.\nThe knowledge check passes.\n`);
    expect(await store.listReview('open')).toEqual([]);
  }, 120_000);

  it('interactively: "x" marks the group out of scope, then the count of groups still open', async () => {
    const { root, store, logged } = await setUp();
    const { code, out } = await review(root, store, {}, ['x']);
    expect(code).toBe(0);
    expect(out).toMatch(/\[a\] add to [a-z-]+ {2}\[i\] add to another intent {2}\[x\] out of scope {2}\[s\] skip {2}\[q\] quit > /);
    expect(out).toContain(`  marked ${logged} out of scope\n`);
    expect(out.endsWith('\n0 group(s) still open.\n')).toBe(true);
  }, 120_000);

  it('interactively: "i" with an id that is no intent is skipped; "q" stops with the group still open', async () => {
    const { root, store } = await setUp();
    const wrong = await review(root, store, {}, ['i', 'no-such-intent']);
    expect(wrong.out).toContain('  "no-such-intent" is not an intent; skipped\n');
    expect(wrong.out.endsWith('\n1 group(s) still open.\n')).toBe(true);
    const quit = await review(root, store, {}, ['q']);
    expect(quit.out.endsWith('\n1 group(s) still open.\n')).toBe(true);
    expect((await store.listReview('open')).length).toBeGreaterThan(0);
  }, 120_000);
});
