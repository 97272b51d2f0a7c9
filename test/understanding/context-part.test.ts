// context-part.ts: before "not sure", a claim about the card in context or a question pointing back at it gets a part.
import { describe, expect, it } from 'vitest';
import { partAskedOfContext, partOfAgreeingContext } from '../../src/understanding/context-part.js';
import { PartFinder } from '../../src/understanding/part-finder.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const parts = new PartFinder(kb, sharedUnderstanding().ranker);
const label = (topic: string, pattern: RegExp) => kb.byId.get(topic)!.layout.parts.find((p) => pattern.test(p.label))!.label;

describe('partAskedOfContext', () => {
  it('a claim someone made is checked against the closest part of the card in context', () => {
    const found = partAskedOfContext('my friend says BLS lists no on-the-job training, is she wrong?', { topic: 'on-the-job-training', at: 0 }, kb, parts);
    expect(found).toEqual({ intent: kb.byId.get('on-the-job-training'), part: label('on-the-job-training', /bls/i) });
  });
  it('an asking clause that points back or carries on gets the part it asks', () => {
    expect(partAskedOfContext('One of them earned extra CEUs. Can she roll the surplus into the next one?', { topic: 'cpc', at: 0 }, kb, parts)?.part).toBe(label('cpc', /keeping/i));
    expect(partAskedOfContext('so i wouldnt have to deal w patients? lol', { topic: 'medical-coding-basics', at: 0 }, kb, parts)?.part).toBe(label('medical-coding-basics', /working with others/i));
  });
  it('a question with a subject of its own, or no card in context, gets nothing', () => {
    expect(partAskedOfContext('whats the zumba pass rate this yr?', { topic: 'rhit', at: 0 }, kb, parts)).toBeUndefined();
    expect(partAskedOfContext('my friend says BLS lists no on-the-job training', undefined, kb, parts)).toBeUndefined();
  });
});

describe('partOfAgreeingContext', () => {
  const phi = { topic: 'what-is-phi', at: 0 };
  it("a message whose own best guess is the card in context gets that card's part, named for a number it gives", () => {
    expect(partOfAgreeingContext('what are the 18 things we have to memorize', phi, 'what-is-phi', kb, parts)?.part).toBe(label('what-is-phi', /18/));
  });
  it('a best guess that hands over to credentials (how the exams work) agrees with the credential in context', () => {
    expect(partOfAgreeingContext('ok once im cleared how long do i have before i gotta actually book a test date', { topic: 'rhit', entity: 'rhit', at: 0 }, 'exam-logistics', kb, parts)?.intent.id).toBe('rhit');
    expect(partOfAgreeingContext('ok once im cleared how long do i have before i gotta actually book a test date', { topic: 'pay', at: 0 }, 'exam-logistics', kb, parts)).toBeUndefined();
  });
  it('another best guess, or no part the message asks, gets nothing', () => {
    expect(partOfAgreeingContext('what are the 18 things we have to memorize', phi, 'pay', kb, parts)).toBeUndefined();
    expect(partOfAgreeingContext('what are the 18 things we have to memorize', undefined, 'what-is-phi', kb, parts)).toBeUndefined();
    expect(partOfAgreeingContext('hmm ok whatever', phi, 'what-is-phi', kb, parts)).toBeUndefined();
  });
});
