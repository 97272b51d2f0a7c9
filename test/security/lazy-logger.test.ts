// boot()'s logger (src/log.ts lazyLogger) makes the real, redacting logger only when a line passes its level: the lines
// are createLogger's own, secrets removed, and a quiet run loads nothing.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, lazyLogger } from '../../src/log.js';

function sink() {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _e, done) => (lines.push(chunk.toString()), done()) });
  return { stream, lines };
}

const strip = (line: string) => line.replace(/"time":\d+,/, '').replace(/"pid":\d+,/, '');

describe('the lazy logger', () => {
  it('writes what createLogger writes, secrets redacted, from the first line its level lets through', () => {
    const a = sink();
    const b = sink();
    const secrets = ['s3cret-value-1234'];
    const lazy = lazyLogger({ level: 'warn', secrets, destination: a.stream });
    const real = createLogger({ level: 'warn', secrets, destination: b.stream });
    for (const l of [lazy, real]) {
      l.info({ x: 1 }, 'below the level');
      l.warn({ detail: 'token s3cret-value-1234 here' }, 'careful');
      l.error({ err: new Error('no message s3cret-value-1234') });
    }
    expect(a.lines.map(strip)).toEqual(b.lines.map(strip));
    expect(a.lines).toHaveLength(2);
    expect(a.lines.join('')).not.toContain('s3cret-value-1234');
  });

  it('writes nothing below its level', () => {
    const a = sink();
    const lazy = lazyLogger({ level: 'error', destination: a.stream });
    lazy.debug({}, 'd');
    lazy.info({}, 'i');
    lazy.warn({}, 'w');
    expect(a.lines).toEqual([]);
    lazy.error({}, 'e');
    expect(a.lines).toHaveLength(1);
  });
});
