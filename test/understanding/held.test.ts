// held.ts: "i have my rhit already" after a credential whose eligibility names the RHIT says what they qualify with.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const { last, partOf } = conversation();

describe('a credential the person says they hold, after a credential in context', () => {
  it('"i have my rhit already" after the CHPS is the CHPS eligibility part, which names the RHIT', () => {
    expect(last('ok whats chps', 'i have my rhit already')).toMatchObject({ intent: { id: 'chps' }, part: partOf('chps', /eligib/i) });
  });
  it('a question about the one they hold is still about it, and with nothing in context it is that card', () => {
    expect(last('ok whats chps', 'i have my rhit already, how many CEUs does it need?').intent?.id).not.toBe('chps');
    expect(last('i have my rhit already').intent?.id).toBe('rhit');
  });
  it('"who can sit for it w/ an RHIT, how many yrs" after the CHPS asks its eligibility with the RHIT, not the RHIT', () => {
    expect(last('CHPS what is it', 'who can sit for it w/ an RHIT, how many yrs')).toMatchObject({ intent: { id: 'chps' }, part: partOf('chps', /eligib/i) });
  });
  it('an organisation named beside sitting for it is no credential held: "how long I have to schedule it" after the CPC, naming AHIMA', () => {
    expect(last('How many CEU I need for the CPC?', 'Other question: when I am eligible for AHIMA exam, how long I have to schedule it?').part).not.toBe(partOf('cpc', /eligib/i));
  });
});
