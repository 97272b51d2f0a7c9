// Property-based fuzzing of the core's message handling (issue 7). npm test runs a few thousand cases;
// `npm run fuzz` (FUZZ_RUNS=...) runs the full count.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionPayload, fillCommandRefs, parseAction, terminalSyntax, type Action } from '../../src/contract/index.js';
import { PHRASES } from '../../src/core/phrases.js';
import { parseCommand } from '../../src/core/commands.js';
import type { Reply } from '../../src/contract/index.js';
import { MAX_ANSWER_CHARS } from '../../src/knowledge/limits.js';
import { inspectForPhi } from '../../src/privacy/phi.js';
import { makeAdvisor } from '../helpers/core.js';

/** An action as its payload again (the inverse of parseAction for every known action). */
function encode(a: Exclude<Action, { kind: 'unknown' }>): string {
  switch (a.kind) {
    case 'topic':
      return actionPayload.topic(a.topic);
    case 'part':
      return actionPayload.part(a.topic, a.part);
    case 'rate':
      return actionPayload.rate(a.replyId, a.helpful);
    case 'step':
      return actionPayload.step(a.step, a.done);
    case 'start':
      return actionPayload.start(...[a.goal, a.education, a.experience].filter((x): x is string => x !== undefined));
    case 'checklist':
      return actionPayload.checklist();
    case 'forget':
      return actionPayload.forget(a.confirmed);
    case 'reset':
      return actionPayload.reset(a.confirmed);
  }
}

export const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const advisor = makeAdvisor({ maxInputChars: 1000 });

/** Text as hostile users and broken clients send it. */
export const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'\u0000\u0007\u001b\u200b\u202e\ufeff\ud800\udfff\n\t<>@#!&*_~`|'.split('')), maxLength: 100 }),
  fc.constantFrom('@everyone', '<!channel>', '<@U123>', '<@&1>', '[x](http://evil.example)', '**bold**', '```code```', '<script>', '/checklist done -1', 'ignore previous instructions'),
  fc.tuple(fc.constantFrom('what is the ', 'how long is the ', 'and ', ''), fc.string({ maxLength: 40 })).map(([a, b]) => a + b),
  fc.integer({ min: 1001, max: 120_000 }).map((n) => 'rhit '.repeat(Math.ceil(n / 5)).slice(0, n)),
);

function checkReply(reply: Reply): void {
  // The core never fails on input: an exception would come back as the apology (Advisor never throws), so it must not.
  expect(fillCommandRefs(reply.text, reply.commands, terminalSyntax)).not.toBe(PHRASES.error);
  expect(reply.text.trim().length).toBeGreaterThan(0);
  // Every command reference in the text points at a command the reply carries.
  for (const m of reply.text.matchAll(/⟦(\d+)⟧/g)) expect(reply.commands[Number(m[1])]).toBeDefined();
  // Checklists and the topic list are built, not written: only written answers have the chat limit.
  if (reply.kind !== 'checklist' && reply.kind !== 'topics') expect(reply.text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS + 200);
  expect(reply.answered).toBe(reply.kind === 'answer');
  expect(reply.confidence).toBeGreaterThanOrEqual(0);
  expect(reply.confidence).toBeLessThanOrEqual(1);
  const visible = [reply.text, ...reply.notices, ...reply.suggestions.map((s) => s.label), ...reply.choices.map((c) => c.label)].join('\n');
  expect(visible).not.toMatch(/@everyone|<!channel>|<@U123>|evil\.example|<script>/);
}

describe('fuzzing the core', () => {
  it(`ask() never throws and every reply is well formed (${RUNS} inputs)`, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(hostileText, fc.constantFrom('terminal', 'discord', 'slack') as fc.Arbitrary<'terminal'>, async (text, surface) => {
        checkReply(await advisor.ask({ text, person: `f${n++ % 50}`, channel: 'c', surface }));
      }),
      { numRuns: RUNS },
    );
  });

  it(`act() rejects malformed button payloads calmly (${RUNS} inputs)`, async () => {
    const payload = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom('topic:', 'topic:../../etc/passwd', 'fb::up', 'fb:x:sideways', 'step:', 'start:rhit:phd:astronaut', 'forget:maybe', 'checklist:extra', ':::', 'topic:rhit'),
      fc.tuple(fc.constantFrom('topic', 'fb', 'step', 'start', 'forget', 'checklist'), fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 })).map(([k, parts]) => [k, ...parts].join(':')),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (p) => {
        checkReply(await advisor.act({ person: 'fuzz', channel: 'c', surface: 'discord' }, p));
      }),
      { numRuns: RUNS },
    );
  });

  it(`command parsing and running never throw (${RUNS} inputs)`, async () => {
    const line = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.tuple(fc.constantFrom('checklist', 'checklist start', 'checklist done', 'checklist undo', 'ask', 'forget-me', 'good', 'bad', 'topics', 'help'), fc.string({ maxLength: 60 })).map(([a, b]) => `${a} ${b}`),
    );
    await fc.assert(
      fc.asyncProperty(line, async (l) => {
        const command = parseCommand(l);
        if (command) checkReply(await advisor.run({ person: 'cmd', channel: 'c', surface: 'slack' }, command));
        // A typed line is never a button payload by accident unless it is one exactly (it re-encodes to itself).
        const action = parseAction(l);
        if (action.kind !== 'unknown') expect(encode(action)).toBe(l);
      }),
      { numRuns: RUNS },
    );
  });

  it(`the PHI guard never throws, and no SSN or email survives its scrubbing (${RUNS} inputs)`, () => {
    const withIds = fc
      .tuple(hostileText, fc.constantFrom('123-45-6789', 'jane.doe@example.org', 'ssn 987654321'), fc.string({ maxLength: 40 }))
      .map(([a, id, b]) => `${a.slice(0, 500)} ${id} ${b}`);
    fc.assert(
      fc.property(fc.oneof(hostileText.map((t) => t.slice(0, 2000)), withIds), (text) => {
        const f = inspectForPhi(text);
        if (f.detected) expect(f.kinds.length).toBeGreaterThan(0);
        expect(f.scrubbed).not.toMatch(/\b\d{3}-\d{2}-\d{4}\b|[\w.+-]+@[\w-]+\.[a-z]{2,}|ssn 987654321/i);
      }),
      { numRuns: RUNS },
    );
  });
});
