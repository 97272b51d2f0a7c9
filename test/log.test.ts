// src/log.ts: redactText; createLogger's lines (JSON on the destination, secrets removed from anything logged, cycles and
// deep nesting cut); and boot()'s logger, lazyLogger, which makes the real, redacting logger only when a line passes its
// level: the lines are createLogger's own, secrets removed, and a quiet run loads nothing. (test/security/secrets.test.ts
// logs the configured platform tokens every way code can.)
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, lazyLogger, redactText } from '../src/log.js';

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

describe('redactText', () => {
  it('replaces every occurrence of every given secret, and the platforms\' token shapes even when not given', () => {
    expect(redactText('a pw1234 b pw1234 c other', ['pw1234', 'other'])).toBe('a [redacted] b [redacted] c [redacted]');
    expect(redactText('bot xoxb-12345678-abcdefgh and app xapp-1-ABCDEFGH-1', [])).toBe('bot [redacted] and app [redacted]');
    expect(redactText('discord MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789A.', [])).toBe('discord [redacted].');
  });

  it('leaves ordinary text alone, and an empty secret does not match everything', () => {
    expect(redactText('xoxb-short and a plain sentence', [''])).toBe('xoxb-short and a plain sentence');
  });
});

describe('createLogger', () => {
  const SECRET = 'hunter2-secret-value';
  const logged = (log: (l: ReturnType<typeof createLogger>) => void) => {
    const out = sink();
    log(createLogger({ level: 'debug', secrets: [SECRET], destination: out.stream }));
    return out.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  };

  it('writes one JSON line per call with the level, the message and the app name', () => {
    const [line] = logged((l) => l.info({ n: 3 }, 'hello'));
    expect(line).toMatchObject({ level: 30, msg: 'hello', app: 'chartpath', n: 3 });
  });

  it('removes a secret from keys, Maps, Sets, toJSON results and error fields, keeping the rest', () => {
    const error = Object.assign(new Error(`failed with ${SECRET}`), { code: 'E_X', detail: SECRET });
    const [line] = logged((l) =>
      l.warn({ [SECRET]: 1, m: new Map([['k', SECRET]]), s: new Set([SECRET, 'kept']), j: { toJSON: () => `json ${SECRET}` }, err: error }, 'w'),
    );
    const text = JSON.stringify(line);
    expect(text).not.toContain(SECRET);
    expect(line).toMatchObject({ '[redacted]': 1, m: { k: '[redacted]' }, s: ['[redacted]', 'kept'], j: 'json [redacted]' });
    expect(line!.err).toMatchObject({ type: 'Error', message: 'failed with [redacted]', code: 'E_X', detail: '[redacted]' });
  });

  it('an error logged without a message: its (redacted) message becomes the line\'s message', () => {
    const lines = logged((l) => {
      l.error(new Error(`boom ${SECRET}`) as unknown as object);
      l.error({ err: new Error('plain boom') });
    });
    expect(lines.map((l) => l.msg)).toEqual(['boom [redacted]', 'plain boom']);
  });

  it('cuts cycles and very deep nesting instead of failing', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { end: true };
    for (let i = 0; i < 20; i++) deep = { d: deep };
    const [line] = logged((l) => l.info({ cyclic, deep }, 'shapes'));
    expect(line!.cyclic).toEqual({ name: 'loop', self: '[circular]' });
    expect(JSON.stringify(line!.deep)).toContain('"[too deep]"');
    expect(JSON.stringify(line!.deep)).not.toContain('end');
  });

  it('the same object twice (not a cycle) is logged twice', () => {
    const shared = { v: 1 };
    const [line] = logged((l) => l.info({ a: shared, b: shared }, 'twice'));
    expect(line).toMatchObject({ a: { v: 1 }, b: { v: 1 } });
  });

  it('a secret in a child logger\'s bindings is removed by the last line of defence', () => {
    const [line] = logged((l) => l.child({ who: `x"${SECRET}` }).info({}, 'child'));
    expect(JSON.stringify(line)).not.toContain(SECRET);
  });
});
