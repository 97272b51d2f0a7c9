// deferred-to-context.ts: a general card that hands over to credentials gives way to the credential in context when
// the message points back at it.
import { describe, expect, it } from 'vitest';
import { deferredToContext } from '../../src/understanding/deferred-to-context.js';
import { realKnowledge } from '../helpers/core.js';

const kb = realKnowledge();
const topic = (id: string) => kb.byId.get(id)!;
const label = (id: string, pattern: RegExp) => topic(id).layout.parts.find((p) => pattern.test(p.label))!.label;
const afterChda = { topic: 'chda', entity: 'chda', at: 0 };

describe('deferredToContext', () => {
  it('"is that one of those things you have to keep renewing?" read as CEUs in general is the CHDA in context, its renewal part', () => {
    expect(deferredToContext(topic('continuing-education'), 'is that one of those things you have to keep renewing? how much CE', 0, afterChda, kb)).toEqual({ intent: topic('chda'), part: label('chda', /keeping/i) });
  });
  it('"am I allowed to take that exam with only a GED" read as how exams work is the CCA in context, its eligibility', () => {
    expect(deferredToContext(topic('exam-logistics'), 'am I even allowed to take that exam with only a GED?', 0, { topic: 'cca', entity: 'cca', at: 0 }, kb)?.part).toBe(label('cca', /eligibility/i));
  });
  it('"what do the codes look like?" read as coding in general is the code set in context, its format', () => {
    const d = deferredToContext(topic('medical-coding-basics'), 'what do the codes look like, format wise', 0, { topic: 'hcpcs', entity: 'hcpcs', at: 0 }, kb);
    expect(d?.intent).toBe(topic('hcpcs'));
    expect(d?.part).toBe(label('hcpcs', /looks like/i));
  });
  it('no pointing back, a name of its own, no credential in context, or a topic that does not hand over: nothing', () => {
    expect(deferredToContext(topic('continuing-education'), 'Why the hospital want more training after I am already certified? I think exam one time is enough.', 0, afterChda, kb)).toBeUndefined();
    expect(deferredToContext(topic('continuing-education'), 'is that one of those things you have to keep renewing?', 1, afterChda, kb)).toBeUndefined();
    expect(deferredToContext(topic('continuing-education'), 'is that one of those things you have to keep renewing?', 0, { topic: 'pay', at: 0 }, kb)).toBeUndefined();
    expect(deferredToContext(topic('pay'), 'is that one of those things you have to keep renewing?', 0, afterChda, kb)).toBeUndefined();
  });
});
