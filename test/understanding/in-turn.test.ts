// in-turn.ts through Understanding.decide in conversation: two things of one kind asked in turn are compared.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const { last, partOf } = conversation();

describe('two things of one kind asked in turn', () => {
  it('"or should i do the CPC instead? which one is easier to qualify for..." after the CCA answers both eligibilities', () => {
    const d = last(
      "I'm 19, just finished high school, no experience at all, and want to get into coding asap. I'm looking at the CCA from AHIMA",
      'or should i do the CPC instead? which one is easier to qualify for with no degree and no job yet?',
    );
    expect(d).toMatchObject({ intent: { id: 'cpc' }, part: partOf('cpc', /^Eligibility/) });
    expect(d.also?.map((i) => i.id)).toEqual(['cca']);
  });
  it('"what is the rhia?" after "what is the rhit?" answers the RHIA alone and keeps the RHIT to compare with next', () => {
    const d = last('what is the rhit?', 'what is the rhia?');
    expect(d.intent?.id).toBe('rhia');
    expect(d.also).toBeUndefined();
    expect(d.compared?.map((i) => i.id)).toEqual(['rhit']);
  });
});
