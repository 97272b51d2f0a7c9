// Button payloads: what each encoder writes, that parsing gives it back, and that anything else is "unknown".
import { describe, expect, it } from 'vitest';
import { actionPayload, parseAction } from '../../src/contract/index.js';

describe('button payloads', () => {
  it('parse back to the action they encode', () => {
    expect(parseAction(actionPayload.topic('rhit'))).toEqual({ kind: 'topic', topic: 'rhit' });
    expect(parseAction(actionPayload.part('rhit', 2))).toEqual({ kind: 'part', topic: 'rhit', part: 2 });
    expect(parseAction(actionPayload.rate('abcd1234', true))).toEqual({ kind: 'rate', replyId: 'abcd1234', helpful: true });
    expect(parseAction(actionPayload.rate('abcd1234', false))).toEqual({ kind: 'rate', replyId: 'abcd1234', helpful: false });
    expect(parseAction(actionPayload.step('get-ged', true))).toEqual({ kind: 'step', step: 'get-ged', done: true });
    expect(parseAction(actionPayload.step('get-ged', false))).toEqual({ kind: 'step', step: 'get-ged', done: false });
    expect(parseAction(actionPayload.start('rhit', 'none'))).toEqual({ kind: 'start', goal: 'rhit', education: 'none', experience: undefined });
    expect(parseAction(actionPayload.start())).toEqual({ kind: 'start', goal: undefined, education: undefined, experience: undefined });
    expect(parseAction(actionPayload.checklist())).toEqual({ kind: 'checklist' });
    expect(parseAction(actionPayload.forget(true))).toEqual({ kind: 'forget', confirmed: true });
    expect(parseAction(actionPayload.forget(false))).toEqual({ kind: 'forget', confirmed: false });
    expect(parseAction(actionPayload.reset(true))).toEqual({ kind: 'reset', confirmed: true });
    expect(parseAction(actionPayload.reset(false))).toEqual({ kind: 'reset', confirmed: false });
  });

  it('step payloads say the state wanted (idempotent): the old toggle form is refused', () => {
    expect(actionPayload.step('a', true)).toBe('step:a:done');
    expect(actionPayload.step('a', false)).toBe('step:a:undo');
    for (const bad of ['step:a', 'step:a:toggle', 'step::done', 'step:A:done', 'step:a:done:x']) expect(parseAction(bad)).toEqual({ kind: 'unknown' });
  });

  it('anything malformed is "unknown", never an exception', () => {
    const bad: unknown[] = [undefined, null, 42, {}, [], '', ':', 'topic', 'topic:', 'topic:../x', 'topic:Rhit', 'part:x:100', 'part:x:01', 'part:x:-1', 'fb:abc:up', 'fb:abcd1234:sideways',
      'start:a:b:c:d', 'checklist:x', 'forget:maybe', 'reset:yes', 'x'.repeat(201), `topic:${'a'.repeat(65)}`];
    for (const p of bad) expect(parseAction(p), String(p)).toEqual({ kind: 'unknown' });
  });

  it('the longest payload stays within Discord’s 100-character custom_id', () => {
    const id = 'a'.repeat(64);
    for (const p of [actionPayload.topic(id), actionPayload.part(id, 99), actionPayload.step(id, false), actionPayload.start(id.slice(0, 30), id.slice(0, 30), id.slice(0, 30))]) {
      expect(p.length).toBeLessThanOrEqual(100);
      expect(parseAction(p).kind).not.toBe('unknown');
    }
  });
});

// Found by mutation testing: the exact shapes of yes/no and part payloads. (The 200-character cap cannot be pinned:
// no valid payload is that long, so it only spares the parser huge strings.)
describe('parseAction at its edges', () => {
  it('yes/no payloads take exactly one word of two', () => {
    expect(parseAction('forget:confirm')).toEqual({ kind: 'forget', confirmed: true });
    expect(parseAction('reset:cancel')).toEqual({ kind: 'reset', confirmed: false });
    expect(parseAction('forget:maybe')).toEqual({ kind: 'unknown' });
    expect(parseAction('forget:confirm:extra')).toEqual({ kind: 'unknown' });
    expect(parseAction('forget')).toEqual({ kind: 'unknown' });
  });

  it('part payloads need a topic id and a part number', () => {
    expect(parseAction('part:rhit:2')).toEqual({ kind: 'part', topic: 'rhit', part: 2 });
    expect(parseAction('part:rhit')).toEqual({ kind: 'unknown' });
    expect(parseAction('part:RHIT!:2')).toEqual({ kind: 'unknown' });
    expect(parseAction('part:rhit:02')).toEqual({ kind: 'unknown' });
  });
});
