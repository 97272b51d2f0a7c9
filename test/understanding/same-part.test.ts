// A part asked again across turns (src/understanding/same-part.ts), on the real knowledge base.
import { describe, expect, it } from 'vitest';
import { LEAD_PART } from '../../src/knowledge/parts.js';
import type { ConversationContext } from '../../src/store/state.js';
import { PartFinder } from '../../src/understanding/part-finder.js';
import { examTimeAfterExam, partAgain, sameAgain, samePart, secondClosest } from '../../src/understanding/same-part.js';
import { conversation } from '../helpers/conversation.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const topic = (id: string) => kb.byId.get(id)!;
const label = (id: string, pattern: RegExp) => topic(id).layout.parts.find((p) => pattern.test(p.label))!.label;
const context = (extra: Partial<ConversationContext>): ConversationContext => ({ topic: 'cca', at: 0, ...extra }) as ConversationContext;

describe('examTimeAfterExam', () => {
  it('"how long is it?" of a credential, which has no length of its own, is its exam', () => {
    expect(examTimeAfterExam('how long is it?', context({}), topic('cca'))?.part.label).toBe(label('cca', /exam/i));
  });
  it('a question that is not about time is not', () => {
    expect(examTimeAfterExam('who awards it?', context({}), topic('cca'))).toBeUndefined();
  });
});

describe('sameAgain', () => {
  it('the part the previous answer gave, or the lead', () => {
    expect(sameAgain(context({ part: label('cca', /exam/i) }), topic('cca'))?.label).toBe(label('cca', /exam/i));
    expect(sameAgain(context({ part: LEAD_PART }), topic('cca'))?.label).toBe(LEAD_PART);
  });
  it('after a whole card, the part its question asked', () => {
    expect(sameAgain(context({ asked: 'renewal' }), topic('cca'))?.label).toBe(label('cca', /keep/i));
    expect(sameAgain(context({}), topic('cca'))).toBeUndefined();
  });
});

describe('samePart', () => {
  it('"and the CPC?" after the CCA\'s exam is the CPC\'s exam', () => {
    expect(samePart(context({ part: label('cca', /exam/i) }), topic('cca'), topic('cpc'))?.label).toBe(label('cpc', /exam/i));
  });
  it('after a whole card that answered one facet, the same facet of the other', () => {
    expect(samePart(context({ asked: 'renewal' }), topic('cca'), topic('rhit'))?.label).toBe(label('rhit', /keep/i));
    expect(samePart(context({}), topic('cca'), topic('rhit'))).toBeUndefined();
  });
});

describe('partAgain', () => {
  it('a challenge quoting a figure with its unit is the one part stating a figure of that unit', () => {
    expect(partAgain('u sure? my classmate said its 4 hrs', context({ topic: 'rhit', asked: 'length' }), topic('rhit'))?.label).toBe(label('rhit', /^The exam/));
  });
  it('the part just given when it states that unit; without a unit, the part just given', () => {
    expect(partAgain('are you sure? i read 2 hours', context({ part: label('cca', /^The exam/) }), topic('cca'))?.label).toBe(label('cca', /^The exam/));
    expect(partAgain('are you sure?', context({ part: label('cca', /^Cost/) }), topic('cca'))?.label).toBe(label('cca', /^Cost/));
  });
  it('"it is for which years exactly?" after a whole card is the direct answer when it gives a year', () => {
    const outlook = topic('job-outlook');
    expect(/\b20\d\d\b/.test(outlook.layout.lead)).toBe(true);
    expect(partAgain('This growth number, it is for which years exactly?', { topic: 'job-outlook', at: 0 }, outlook)?.label).toBe(LEAD_PART);
  });
  it('nothing for a message that neither challenges nor asks when a figure is from', () => {
    expect(partAgain('how much does it cost', context({ part: label('cca', /^Cost/) }), topic('cca'))).toBeUndefined();
  });
});

describe('secondClosest: the part given beside a part guessed by shared words', () => {
  const parts = new PartFinder(kb, sharedUnderstanding().ranker);
  const { last } = conversation();

  it('"And the lowest people and the highest people, how much they get?" after the pay: both ends of the range', () => {
    const d = last('What is salary of medical records specialist in USA?', 'And the lowest people and the highest people, how much they get?');
    expect(d).toMatchObject({ intent: { id: 'pay' }, weak: true, part: label('pay', /lower end/i), besidePart: label('pay', /whole occupation/i) });
  });
  it('is another part than the first, and never the direct answer', () => {
    const first = topic('pay').layout.parts.find((p) => /lower end/i.test(p.label))!;
    const second = secondClosest(parts, 'the lowest and the highest, how much', topic('pay'), first);
    expect(second?.label).not.toBe(first.label);
    expect(second?.label).not.toBe(LEAD_PART);
    expect(secondClosest(parts, 'the lowest and the highest, how much', topic('pay'), { label: LEAD_PART, text: topic('pay').layout.lead })).toBeUndefined();
  });
  it('a part an everyday question asks for is no guess: nothing beside it ("how long is the exam?" after the CCA)', () => {
    expect(last('what is the CCA', 'how long is the exam?').besidePart).toBeUndefined();
  });
});
