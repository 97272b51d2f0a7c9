// no-repeat.ts through Understanding.decide on the real knowledge base: a clipped follow-up answered by the card the
// last reply showed whole gets a part of it, never the whole card again; a full question, or after a part, is whole.
import { describe, expect, it } from 'vitest';
import { LEAD_PART } from '../../src/knowledge/parts.js';
import { conversation } from '../helpers/conversation.js';

const { decide, contextOf, last, partOf } = conversation();

describe('notTheSameCardAgain', () => {
  it('"over 500?" after breach notification is its direct answer (which gives the 500 rule), not the whole card', () => {
    expect(last('breach', 'over 500?')).toMatchObject({ intent: { id: 'breach-notification' }, part: LEAD_PART });
  });
  it('"cpc passing score?" after the CPC is its exam part, the part asked', () => {
    expect(last('what is the CPC', 'cpc passing score?').part).toBe(partOf('cpc', /exam/i));
  });
  it('a full question about the same card is answered whole', () => {
    expect(last('what is the CPC', 'what is the CPC and who is it for exactly?').part).toBeUndefined();
  });
  it('after a part of the card, a clipped mention of it is the whole card', () => {
    const ctx = { ...contextOf('what is the CPC')!, part: partOf('cpc', /cost/i) };
    const d = decide('cpc?', ctx);
    expect(d.intent?.id).toBe('cpc');
    expect(d.part).toBeUndefined();
  });
  it('in a fresh conversation the card is whole', () => {
    expect(decide('over 500?', undefined).part).toBeUndefined();
  });
});
