// referent.ts: the topic a follow-up refers to.
import { describe, expect, it } from 'vitest';
import { handsOverTo, referentOf } from '../../src/understanding/referent.js';
import { realKnowledge } from '../helpers/core.js';

const kb = realKnowledge();
const topic = (id: string) => kb.byId.get(id)!;

describe('referentOf', () => {
  it('is the topic last answered, with the entity named beside it', () => {
    expect(referentOf({ topic: 'pay', entity: 'cpc', at: 0 }, kb)).toEqual({ target: topic('pay'), ctxTopic: topic('pay'), ctxEntity: topic('cpc') });
  });
  it('is the entity when the topic answered is a general one that hands over to it (CEUs for the CPC)', () => {
    expect(referentOf({ topic: 'continuing-education', entity: 'cpc', at: 0 }, kb).target).toBe(topic('cpc'));
  });
  it('is the entity alone when no topic was answered, and nothing when neither is known', () => {
    expect(referentOf({ entity: 'rhit', at: 0 }, kb).target).toBe(topic('rhit'));
    expect(referentOf({ at: 0 }, kb).target).toBeUndefined();
  });
});

describe('handsOverTo', () => {
  it('a general topic hands over to an entity of a kind it defers to, never to itself or to another kind', () => {
    expect(handsOverTo(topic('exam-logistics'), topic('rhit'))).toBe(true);
    expect(handsOverTo(topic('pay'), topic('rhit'))).toBe(false);
    expect(handsOverTo(topic('exam-logistics'), topic('icd-10-cm-pcs'))).toBe(false);
    expect(handsOverTo(undefined, topic('rhit'))).toBe(false);
  });
});
