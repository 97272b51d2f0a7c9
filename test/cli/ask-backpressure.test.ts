// `chartpath ask --json` honours backpressure (issue 12: 715 MB of answers piled up in memory behind a slow reader):
// while the reader has not taken what was written, no further line is read or answered.
import { Readable, Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { askStream } from '../../src/cli/ask.js';
import { makeAdvisor } from '../helpers/core.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ask --json from stdin', () => {
  it('stops answering while the reader is behind, and answers every line once it catches up', async () => {
    const advisor = makeAdvisor();
    const ask = vi.spyOn(advisor, 'ask');
    const lines = Array.from({ length: 400 }, (_, i) => `what is the RHIT and how do I earn it, question ${i}`);
    // A reader that takes nothing until released: a small buffer, so a few answers fill it.
    let release: (() => void) | undefined;
    const released = new Promise<void>((r) => (release = r));
    const received: string[] = [];
    const out = new Writable({
      highWaterMark: 4096,
      write(chunk: Buffer, _enc, done) {
        received.push(chunk.toString());
        void released.then(() => done());
      },
    });
    const run = askStream(advisor, Readable.from(lines.map((l) => `${l}\n`)), out);
    await sleep(1000);
    // Blocked: only what fits in the buffer (plus one batch) was answered.
    expect(ask.mock.calls.length).toBeLessThan(60);
    release!();
    expect(await run).toBe(lines.length);
    const answers = received.join('').trim().split('\n');
    expect(answers).toHaveLength(lines.length);
    expect(ask).toHaveBeenCalledTimes(lines.length);
  }, 30_000);
});
