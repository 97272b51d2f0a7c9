// named-topic.ts: the topic a name in the message chooses, on the real knowledge base.
import { describe, expect, it } from 'vitest';
import { namedTopic } from '../../src/understanding/named-topic.js';
import { PartFinder } from '../../src/understanding/part-finder.js';
import { realKnowledge, sharedUnderstanding } from '../helpers/core.js';

const kb = realKnowledge();
const understanding = sharedUnderstanding();
const parts = new PartFinder(kb, understanding.ranker);
const named = (text: string) => {
  const ranking = understanding.ranker.rank(text);
  return namedTopic(text, ranking, understanding.entities.find(ranking.analysis), kb, parts, understanding.ranker);
};

describe('namedTopic', () => {
  it('a short question that is mostly the name is its own card', () => {
    expect(named('rhia eligibility')).toMatchObject({ intent: expect.objectContaining({ id: 'rhia' }), route: 'entity' });
  });
  it('of two credentials named, the one held only says where the person stands: the other is asked about', () => {
    expect(named('She already has her CCA and wants to go for the CCS. Is she on one of the recommended paths?')?.intent.id).toBe('ccs');
    expect(named('I have my RHIT. What does the RHIA exam cover?')?.intent.id).toBe('rhia');
    // The question naming the one held asks about it.
    expect(named('She has her CCA but her employer wants the CPC. How much does the CCA renewal cost?')?.intent.id).toBe('cca');
    // Neither held: no one name stands out.
    expect(named('She is choosing between the CCA and the CCS. Is she on one of the recommended paths?')).toBeUndefined();
  });
  it('"AHIMA\'s CCA": the organisation beside the one thing named only says whose it is', () => {
    expect(named("What are the eligibility requirements for AHIMA's CCA?")?.intent.id).toBe('cca');
  });
  it('a very clear topic of its own is not the named thing\'s card', () => {
    expect(named('what counts as a HIPAA breach?')?.intent.id).not.toBe('hipaa-basics');
  });
  it('a short question naming an organisation, asking what its card has no part for (CEUs), is not its card', () => {
    expect(named('how many ceus does aapc require')).toBeUndefined();
    expect(named('ahima ceus how many')).toBeUndefined();
    // Asked what its card has ("when was aapc founded"), or only the name, it is.
    expect(named('when was aapc founded')?.intent.id).toBe('professional-associations');
    expect(named('what is aapc')?.intent.id).toBe('professional-associations');
  });
  it('two names of one card compared ("AAPC and AHIMA") is that card, which holds both sides', () => {
    expect(named('whats the difference between AAPC and AHIMA?')).toMatchObject({ intent: expect.objectContaining({ id: 'professional-associations' }), route: 'entity' });
    // One name, in a longer message that compares it with nothing named, is not decided by the name.
    expect(named('whats the difference between AAPC and the folks who do records?')).toBeUndefined();
    // A name inside a longer one ("CPC" in "CPC-A") is not a second name.
    expect(named('difference between a CPC-A and a medical biller')?.route).not.toBe('entity');
  });
  it('no name, or two things named: no topic chosen by a name', () => {
    expect(named('how long is the exam')).toBeUndefined();
    expect(named('rhit vs rhia')).toBeUndefined();
  });
});
