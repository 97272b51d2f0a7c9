// lead-and-part.ts through Understanding.decide in conversation: a direct-answer follow-up that also speaks of a part.
import { describe, expect, it } from 'vitest';
import { LEAD_PART } from '../../src/knowledge/parts.js';
import { conversation } from '../helpers/conversation.js';

const { last, partOf } = conversation();

describe('a part beside the direct answer', () => {
  it('"what is that per hour, and what do the lowest paid ones make?" after the pay: the direct answer and the lower end', () => {
    const d = last('what do medical records specialists make', 'what is that per hour, and what do the lowest paid ones make?');
    expect(d).toMatchObject({ intent: { id: 'pay' }, part: LEAD_PART, besidePart: partOf('pay', /^Lower end/) });
  });
  it('none when the follow-up asks one part by itself in everyday words', () => {
    const d = last('what is the cca', 'how much does it cost?');
    expect(d.part).toBe(partOf('cca', /^Cost/));
    expect(d.besidePart).toBeUndefined();
  });
  it('a part found only by the words it shares is a guess: the next closest comes beside it (same-part.ts)', () => {
    const d = last('what do medical records specialists make', 'what do the lowest paid ones make?');
    expect(d.part).toBe(partOf('pay', /^Lower end/));
    expect(d.besidePart).toBeDefined();
  });
  it('"how long is the exam and how much does it cost?" after the CCA: both parts asked', () => {
    const d = last('what is the cca', 'how long is the exam and how much does it cost?');
    expect([d.part, d.besidePart].sort()).toEqual([partOf('cca', /^Cost/), partOf('cca', /^The exam/)].sort());
  });
  it('"what kinds of safeguards does it require?" after the Security Rule: the direct answer and the one part that alone shares a word with it', () => {
    const d = last('What is the HIPAA Security Rule?', 'what kinds of safeguards does it require?');
    expect(d).toMatchObject({ intent: { id: 'security-rule' }, part: LEAD_PART, besidePart: partOf('security-rule', /encryption/i) });
  });
  it('one question asking one part has nothing beside it', () => {
    expect(last('what is the cca', 'how much does it cost?').besidePart).toBeUndefined();
  });
});

describe('two parts compared by their labels', () => {
  it('"cat ii vs cat iii" after CPT: both categories, in the card\'s order', () => {
    const d = last('cpt code categories', 'cat ii vs cat iii');
    expect(d).toMatchObject({ intent: { id: 'cpt' }, part: 'Category II', besidePart: 'Category III' });
  });
  it('a comparison naming only one label is that part only', () => {
    const d = last('cpt code categories', 'how is category iii different from the rest?');
    expect(d.besidePart).toBeUndefined();
  });
});
