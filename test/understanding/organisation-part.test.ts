// organisation-part.ts: a general card that gives each body a part of its own answers a question naming one body
// with that body's part, and the next message continues from it.
import { describe, expect, it } from 'vitest';
import { conversation } from '../helpers/conversation.js';

const { last, partOf } = conversation();

describe("a body named beside a general card gets that body's part", () => {
  it('"how many CEUs does AAPC require?" is the continuing education card\'s AAPC part', () => {
    expect(last('how many ceus does aapc require')).toMatchObject({ intent: { id: 'continuing-education' }, part: partOf('continuing-education', /^AAPC/) });
  });
  it('"and if I hold two certifications?" then stays with the AAPC, not the overview of every credential', () => {
    expect(last('How many CEUs does AAPC require if you hold one credential?', 'and if I hold two certifications?')).toMatchObject({
      intent: { id: 'continuing-education' },
      part: partOf('continuing-education', /^AAPC/),
    });
  });
  it('"what does AAPC stand for?" asks nothing of the body\'s part: the acronyms card is not narrowed to its AAPC part', () => {
    expect(last('what does AAPC stand for?')).toMatchObject({ intent: { id: 'field-acronyms' } });
    expect(last('what does AAPC stand for?').part).not.toBe(partOf('field-acronyms', /^AAPC and NHA/));
  });
  it('a card with a part of its own for what is asked is not narrowed to the body\'s part ("how often... renewed?")', () => {
    const d = last('How often do NHA certifications need to be renewed?');
    expect(d.intent?.id).toBe('certification-overview');
    expect(d.part).not.toBe(partOf('certification-overview', /^NHA$/));
  });
});
